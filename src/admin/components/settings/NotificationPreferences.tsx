/**
 * "My notifications": which emails Storedesk sends the current agent.
 * Each switch saves at once; nobody else's switches are reachable here.
 */
import { CheckboxControl, Spinner } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	store,
	usePreferences,
	type NotificationEvent,
	type Preferences,
} from '../../store/notifications';

const SWITCHES: Array< [ NotificationEvent, string, string ] > = [
	[
		'new_ticket',
		__( 'A new ticket arrives', 'storedesk' ),
		__( 'For my teams, or any ticket without a team.', 'storedesk' ),
	],
	[
		'customer_reply',
		__( 'A customer replies', 'storedesk' ),
		__(
			'On tickets assigned to me, or on unassigned tickets I would hear about.',
			'storedesk'
		),
	],
	[
		'assignment',
		__( 'A ticket is assigned to me', 'storedesk' ),
		__( 'Not when I take a ticket myself.', 'storedesk' ),
	],
	[
		'mention',
		__( 'Someone mentions me in a note', 'storedesk' ),
		__( 'With the note in the email.', 'storedesk' ),
	],
];

export function NotificationPreferences() {
	const preferences = usePreferences();
	const { savePreferences } = useDispatch( store ) as unknown as {
		savePreferences: ( c: Partial< Preferences > ) => Promise< boolean >;
	};
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const [ saving, setSaving ] = useState( false );

	const change = async ( event: NotificationEvent, on: boolean ) => {
		setSaving( true );
		const ok = await savePreferences( { [ event ]: on } );
		setSaving( false );
		if ( ok ) {
			createSuccessNotice(
				__( 'Notification settings saved.', 'storedesk' ),
				{
					type: 'snackbar',
				}
			);
		} else {
			createErrorNotice(
				__(
					'The notification settings could not be saved. Try again.',
					'storedesk'
				),
				{ type: 'snackbar' }
			);
		}
	};

	return (
		<section
			className="storedesk-settings__panel"
			aria-labelledby="storedesk-my-notifications"
		>
			<h3 id="storedesk-my-notifications">
				{ __( 'My notifications', 'storedesk' ) }
			</h3>
			{ ! preferences ? (
				<Spinner />
			) : (
				<fieldset>
					<legend>{ __( 'Email me when:', 'storedesk' ) }</legend>
					{ SWITCHES.map( ( [ event, label, help ] ) => (
						<CheckboxControl
							key={ event }
							__nextHasNoMarginBottom
							label={ label }
							help={ help }
							checked={ preferences[ event ] }
							disabled={ saving }
							onChange={ ( on ) => change( event, on ) }
						/>
					) ) }
				</fieldset>
			) }
		</section>
	);
}

/**
 * An order email sent again ("I never got the confirmation"): the emails
 * WooCommerce can send again for the order in its state, each with who
 * gets it; a confirmation names the recipient.
 */
import { Button, RadioControl, Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { ActionError, ConfirmAction, emailText } from './action-parts';
import type { OrderActionResult, OrderDetails, OrderEmail } from './types';
import { useOrderAction } from './use-order-action';

export function ResendEmailForm( {
	ticketId,
	order,
	onDone,
}: {
	ticketId: number;
	order: OrderDetails;
	onDone: ( said: string, result: OrderActionResult ) => void;
} ) {
	const { run, busy, error } = useOrderAction( ticketId, order.id );
	const [ emails, setEmails ] = useState< OrderEmail[] >();
	const [ chosen, setChosen ] = useState( '' );
	const [ confirming, setConfirming ] = useState( false );
	useEffect( () => {
		run< OrderEmail[] >( 'emails', undefined, 'GET' ).then( ( list ) => {
			if ( list ) {
				setEmails( list );
				setChosen( ( c ) => c || list[ 0 ]?.id || '' );
			}
		} );
	}, [ run ] );
	const email = emails?.find( ( e ) => e.id === chosen );
	const send = async () => {
		const result = await run< OrderActionResult & { email: OrderEmail } >(
			'emails',
			{ email: chosen }
		);
		setConfirming( false );
		if ( result ) {
			onDone(
				sprintf(
					/* translators: 1: email title, 2: email address */
					__( '“%1$s” email sent again to %2$s.', 'storedesk' ),
					result.email.title,
					result.email.recipient
				),
				result
			);
		}
	};
	if ( ! emails ) {
		return busy ? (
			<p>
				<Spinner />
				{ __( 'Reading which emails can be sent again…', 'storedesk' ) }
			</p>
		) : (
			<ActionError error={ error } />
		);
	}
	if ( ! emails.length ) {
		return (
			<p>
				{ __(
					'No email can be sent again for this order in its current state.',
					'storedesk'
				) }
			</p>
		);
	}
	return (
		<form
			className="storedesk-store-form"
			onSubmit={ ( event ) => {
				event.preventDefault();
				setConfirming( true );
			} }
		>
			<RadioControl
				label={ __( 'Email to send again', 'storedesk' ) }
				selected={ chosen }
				onChange={ setChosen }
				options={ emails.map( ( e ) => ( {
					value: e.id,
					label: emailText( e ),
				} ) ) }
			/>
			<ActionError error={ error } />
			<Button
				__next40pxDefaultSize
				type="submit"
				variant="secondary"
				disabled={ busy || ! email }
				accessibleWhenDisabled
			>
				{ __( 'Send again…', 'storedesk' ) }
			</Button>
			{ confirming && email && (
				<ConfirmAction
					title={ sprintf(
						/* translators: %s: email title */
						__( 'Send the “%s” email again?', 'storedesk' ),
						email.title
					) }
					confirmLabel={ __( 'Send email', 'storedesk' ) }
					busy={ busy }
					onConfirm={ send }
					onCancel={ () => setConfirming( false ) }
				>
					<p>
						<strong>
							{ email.to === 'customer'
								? sprintf(
										/* translators: 1: email address, 2: order number */
										__(
											'It goes to the customer, %1$s, about order #%2$s.',
											'storedesk'
										),
										email.recipient,
										order.number
									)
								: sprintf(
										/* translators: 1: email address(es), 2: order number */
										__(
											'It goes to the store, %1$s, about order #%2$s.',
											'storedesk'
										),
										email.recipient,
										order.number
									) }
						</strong>
					</p>
					{ email.description && <p>{ email.description }</p> }
				</ConfirmAction>
			) }
		</form>
	);
}

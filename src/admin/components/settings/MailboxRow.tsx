/**
 * One mailbox in the Mailboxes panel: its address and sender name, how its
 * mail comes in, how the last fetch went (when, how many, what still
 * waits, an error, a message left behind), and its buttons. Remove asks
 * first, in place, then sends DELETE /mailboxes/{id}.
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, Notice } from '@wordpress/components';
import { dateI18n, getSettings } from '@wordpress/date';
import { useEffect, useRef, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import { messageOf, securityLabel, type Mailbox } from './mailbox-types';
import { MailboxPipe } from './MailboxPipe';

const when = ( date: string ) =>
	dateI18n( getSettings().formats.datetime, date, undefined );

function lastChecked( { last_fetch: last }: Mailbox ): string {
	if ( ! last.fetched_at ) {
		return __( 'Not checked yet', 'storedesk' );
	}
	return last.count
		? sprintf(
				/* translators: 1: date and time, 2: number of messages */
				_n(
					'Last checked %1$s: %2$d new message',
					'Last checked %1$s: %2$d new messages',
					last.count,
					'storedesk'
				),
				when( last.fetched_at ),
				last.count
			)
		: sprintf(
				/* translators: %s: date and time */
				__( 'Last checked %s: no new messages', 'storedesk' ),
				when( last.fetched_at )
			);
}

function Summary( { mailbox }: { mailbox: Mailbox } ) {
	const { imap, last_fetch: last } = mailbox;
	return (
		<>
			<h4>{ mailbox.address }</h4>
			{ mailbox.name && (
				<p>
					{ sprintf(
						/* translators: %s: name replies are sent under */
						__( 'Sender name: %s', 'storedesk' ),
						mailbox.name
					) }
				</p>
			) }
			<p>
				{ imap
					? sprintf(
							/* translators: 1: IMAP server name, 2: security, such as SSL/TLS */
							__( 'IMAP: %1$s (%2$s)', 'storedesk' ),
							imap.host,
							securityLabel( imap.security )
						)
					: __(
							"No IMAP: mail comes by a pipe or a provider's webhook",
							'storedesk'
						) }
			</p>
			{ imap && <p>{ lastChecked( mailbox ) }</p> }
			{ imap && last.waiting > 0 && (
				<p>
					{ sprintf(
						/* translators: %d: number of messages not fetched yet */
						_n(
							'%d more waiting',
							'%d more waiting',
							last.waiting,
							'storedesk'
						),
						last.waiting
					) }
				</p>
			) }
			{ imap && last.error && (
				<Notice status="error" isDismissible={ false }>
					{ last.error_at
						? sprintf(
								/* translators: 1: date and time, 2: error message */
								__(
									'Could not fetch mail (%1$s): %2$s',
									'storedesk'
								),
								when( last.error_at ),
								last.error
							)
						: sprintf(
								/* translators: %s: error message */
								__( 'Could not fetch mail: %s', 'storedesk' ),
								last.error
							) }
				</Notice>
			) }
			{ imap && last.note && (
				<Notice status="warning" isDismissible={ false }>
					{ last.note_at
						? sprintf(
								/* translators: 1: date and time, 2: what happened */
								__( '%1$s: %2$s', 'storedesk' ),
								when( last.note_at ),
								last.note
							)
						: last.note }
				</Notice>
			) }
		</>
	);
}

export function MailboxRow( {
	mailbox,
	checking,
	problem,
	onCheck,
	onEdit,
	onRemoved,
}: {
	mailbox: Mailbox;
	checking: boolean;
	/** Why the last check or removal did not go as asked. */
	problem?: string;
	onCheck: () => void;
	onEdit: () => void;
	onRemoved: () => void;
} ) {
	const [ confirming, setConfirming ] = useState( false );
	const [ removing, setRemoving ] = useState( false );
	const [ refusal, setRefusal ] = useState< string >();
	const removeButton = useRef< HTMLButtonElement >( null );
	const cancelButton = useRef< HTMLButtonElement >( null );
	const asked = useRef( false );
	// The focus follows the question: onto Cancel, and back to Remove.
	useEffect( () => {
		if ( confirming ) {
			asked.current = true;
			cancelButton.current?.focus();
		} else if ( asked.current ) {
			removeButton.current?.focus();
		}
	}, [ confirming ] );

	const remove = async () => {
		setRemoving( true );
		setRefusal( undefined );
		try {
			await apiFetch( {
				path: `/storedesk/v1/mailboxes/${ mailbox.id }`,
				method: 'DELETE',
			} );
			onRemoved();
		} catch ( e ) {
			setRefusal(
				messageOf(
					e,
					__( 'The mailbox could not be removed.', 'storedesk' )
				)
			);
			setRemoving( false );
			setConfirming( false );
		}
	};

	const notice = refusal ?? problem;
	return (
		<li className="storedesk-settings__row">
			<Summary mailbox={ mailbox } />
			{ notice && (
				<p className="storedesk-field-error" role="alert">
					{ notice }
				</p>
			) }
			{ confirming ? (
				<div className="storedesk-settings__actions">
					<p>
						{ sprintf(
							/* translators: %s: email address */
							__(
								'Remove %s? Mail already received stays.',
								'storedesk'
							),
							mailbox.address
						) }
					</p>
					<Button
						variant="primary"
						isDestructive
						isBusy={ removing }
						disabled={ removing }
						accessibleWhenDisabled
						onClick={ remove }
						__next40pxDefaultSize
					>
						{ __( 'Remove', 'storedesk' ) }
					</Button>
					<Button
						ref={ cancelButton }
						variant="tertiary"
						disabled={ removing }
						onClick={ () => setConfirming( false ) }
						__next40pxDefaultSize
					>
						{ __( 'Cancel', 'storedesk' ) }
					</Button>
				</div>
			) : (
				<>
					<div className="storedesk-settings__actions">
						{ mailbox.imap && (
							<Button
								variant="secondary"
								isBusy={ checking }
								disabled={ checking }
								accessibleWhenDisabled
								onClick={ onCheck }
								__next40pxDefaultSize
							>
								{ checking
									? __( 'Checking…', 'storedesk' )
									: __( 'Check for new mail', 'storedesk' ) }
							</Button>
						) }
						<Button
							variant="secondary"
							onClick={ onEdit }
							__next40pxDefaultSize
						>
							{ __( 'Edit', 'storedesk' ) }
						</Button>
						<Button
							ref={ removeButton }
							variant="tertiary"
							isDestructive
							onClick={ () => setConfirming( true ) }
							__next40pxDefaultSize
						>
							{ __( 'Remove', 'storedesk' ) }
						</Button>
					</div>
					<MailboxPipe mailbox={ mailbox } />
				</>
			) }
		</li>
	);
}

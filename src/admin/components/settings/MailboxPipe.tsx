/**
 * A mailbox's own pipe address (POST /mailboxes/{id}/inbound-key): for a
 * mail server or provider that feeds only this mailbox, so its key can be
 * changed without touching the others. The address is shown once.
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, Notice } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { CopyAddress } from './InboundAddresses';
import { messageOf, type Mailbox } from './mailbox-types';

export function MailboxPipe( { mailbox }: { mailbox: Mailbox } ) {
	const [ url, setUrl ] = useState< string >();
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState< string >();
	const make = async () => {
		setBusy( true );
		setError( undefined );
		try {
			const made = ( await apiFetch( {
				path: `/storedesk/v1/mailboxes/${ mailbox.id }/inbound-key`,
				method: 'POST',
			} ) ) as { key: string; url: string };
			setUrl( made.url );
		} catch ( e ) {
			setError(
				messageOf(
					e,
					__( 'The pipe address could not be made.', 'storedesk' )
				)
			);
		}
		setBusy( false );
	};
	return (
		<div className="storedesk-mailbox-pipe">
			{ url ? (
				<>
					<Notice status="warning" isDismissible={ false }>
						{ __(
							'Shown only now: copy it into your mail server or provider. A new address retires this one.',
							'storedesk'
						) }
					</Notice>
					<CopyAddress
						label={ __(
							'Pipe address of this mailbox',
							'storedesk'
						) }
						value={ url }
						help={ __(
							'Post each raw email here (for example with curl from an /etc/aliases pipe); it joins this mailbox.',
							'storedesk'
						) }
					/>
				</>
			) : (
				<Button
					variant="link"
					isBusy={ busy }
					disabled={ busy }
					onClick={ make }
				>
					{ mailbox.inbound_key
						? __(
								'New pipe address (the current one stops working)',
								'storedesk'
							)
						: __( 'Pipe address for this mailbox', 'storedesk' ) }
				</Button>
			) }
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
		</div>
	);
}

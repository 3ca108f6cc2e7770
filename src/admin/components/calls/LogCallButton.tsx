/**
 * The "Log a call" button and its dialog; after logging, the agent lands
 * on the conversation the call belongs to.
 */
import { Button } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { navigate } from '../../router';
import { LogCallDialog } from './LogCallDialog';

type Props = {
	ticketId?: number;
	contact?: { id: number; name: string; phone: string | null };
	/** Called instead of opening the conversation (the ticket screen stays where it is). */
	onLogged?: () => void;
};

export function LogCallButton( { ticketId, contact, onLogged }: Props ) {
	const [ open, setOpen ] = useState( false );
	return (
		<>
			<Button
				variant="secondary"
				size="compact"
				onClick={ () => setOpen( true ) }
			>
				{ __( 'Log a call', 'storedesk' ) }
			</Button>
			{ open && (
				<LogCallDialog
					ticketId={ ticketId }
					contact={ contact }
					onClose={ () => setOpen( false ) }
					onLogged={ ( logged ) => {
						setOpen( false );
						if ( onLogged ) {
							onLogged();
						} else {
							navigate( {
								name: 'ticket',
								id: logged.ticket.id,
							} );
						}
					} }
				/>
			) }
		</>
	);
}

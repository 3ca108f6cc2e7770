/**
 * Beside the conversation: its properties, and who the customer is.
 */
import { __ } from '@wordpress/i18n';

import type { Ticket } from '../api/types';
import { ContactCard } from './sidebar/ContactCard';
import { TicketProperties } from './sidebar/TicketProperties';

export function TicketSidebar( { ticket }: { ticket: Ticket } ) {
	return (
		<aside
			className="storedesk-sidebar"
			aria-label={ __( 'Ticket details', 'storedesk' ) }
		>
			<TicketProperties ticket={ ticket } />
			{ ticket.contact && (
				<ContactCard person={ ticket.contact } ticketId={ ticket.id } />
			) }
		</aside>
	);
}

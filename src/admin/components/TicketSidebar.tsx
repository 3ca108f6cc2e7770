/**
 * Beside the conversation: its properties, who the customer is, and who
 * else is in copy.
 */
import { __ } from '@wordpress/i18n';

import type { Ticket } from '../api/types';
import { ContactCard } from './sidebar/ContactCard';
import { InCopy } from './sidebar/InCopy';
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
			<InCopy
				people={ ticket.participants ?? [] }
				ticketId={ ticket.id }
			/>
		</aside>
	);
}

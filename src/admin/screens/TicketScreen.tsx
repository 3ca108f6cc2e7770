/**
 * One conversation: thread and composer, properties beside them, and who
 * else is looking.
 */
import { Notice, Spinner } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { Composer } from '../components/Composer';
import { Thread } from '../components/Thread';
import { TicketSidebar } from '../components/TicketSidebar';
import { href } from '../router';
import { store as messagesStore } from '../store/messages';
import { store as ticketsStore } from '../store/tickets';
import { usePresence } from '../store/use-presence';

export function TicketScreen( { id }: { id: number } ) {
	const { ticket, thread } = useSelect(
		( select ) => ( {
			ticket: select( ticketsStore ).getTicket( id ),
			thread: select( messagesStore ).getThread( id ),
		} ),
		[ id ]
	);
	const [ typing, setTyping ] = useState( false );
	const others = usePresence( id, typing );
	if ( ! ticket || ! thread ) {
		return <Spinner />;
	}
	return (
		<div className="storedesk-ticket">
			<p>
				<a href={ href( { name: 'inbox', view: 'mine' } ) }>
					{ __( '← Inbox', 'storedesk' ) }
				</a>
			</p>
			<h2>
				#{ ticket.id } { ticket.subject }
			</h2>
			{ others.map( ( p ) => (
				<Notice
					key={ p.user_id }
					status="info"
					isDismissible={ false }
					className="storedesk-presence"
				>
					{ p.state === 'typing'
						? sprintf(
								/* translators: %s: agent name */ __(
									'%s is typing a reply.',
									'storedesk'
								),
								p.name
							)
						: sprintf(
								/* translators: %s: agent name */ __(
									'%s is viewing this conversation.',
									'storedesk'
								),
								p.name
							) }
				</Notice>
			) ) }
			<div className="storedesk-ticket-body">
				<div className="storedesk-ticket-main">
					<Thread messages={ thread } />
					<Composer ticketId={ id } onTyping={ setTyping } />
				</div>
				<TicketSidebar ticket={ ticket } />
			</div>
		</div>
	);
}

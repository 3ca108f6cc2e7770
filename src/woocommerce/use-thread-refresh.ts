/**
 * Brings an order action's event into the open thread now, rather than at
 * the thread's next poll (every 10 s).
 *
 * The store panel is a bundle of its own: importing the inbox's stores
 * would register second copies of them. @wordpress/data is WordPress's
 * shared script, so the inbox's stores are reached by name in the registry
 * the sidebar renders in; where they are not registered (another screen, a
 * test), nothing happens and the thread's own polling brings the event.
 */
import { useRegistry } from '@wordpress/data';
import { useCallback } from '@wordpress/element';

/** src/admin/store/messages.ts and tickets.ts. */
const MESSAGES_STORE = 'storedesk/messages';
const TICKETS_STORE = 'storedesk/tickets';

type MessagesActions = { poll?: ( ticketId: number ) => Promise< unknown[] > };
type TicketsActions = {
	refreshTicket?: ( ticketId: number ) => Promise< void >;
};

/**
 * A function that reads the thread's newest messages (shown, not counted
 * as seen, like any poll) and, when some came, the ticket again, as the
 * ticket screen's polling does.
 *
 * @param ticketId Ticket.
 */
export function useThreadRefresh( ticketId: number ): () => Promise< void > {
	const registry = useRegistry();
	return useCallback( async () => {
		const messages = registry.dispatch( MESSAGES_STORE ) as
			MessagesActions | undefined;
		const tickets = registry.dispatch( TICKETS_STORE ) as
			TicketsActions | undefined;
		try {
			const fresh = ( await messages?.poll?.( ticketId ) ) ?? [];
			if ( fresh.length ) {
				await tickets?.refreshTicket?.( ticketId );
			}
		} catch {
			// Offline for a moment: the thread's next poll brings the event.
		}
	}, [ registry, ticketId ] );
}

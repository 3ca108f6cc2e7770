/**
 * An open ticket keeps up by itself: every few seconds, while the tab is
 * visible, ask for messages newer than the newest one shown (an indexed
 * read that is usually empty). When some arrive the ticket is read again
 * too, since a customer message can reopen it or mark it unread.
 */
import { useRegistry } from '@wordpress/data';
import { useEffect, useRef } from '@wordpress/element';

import type { Message } from '../api/types';
import { store as messagesStore } from './messages';
import { store as ticketsStore } from './tickets';

export const THREAD_POLL_INTERVAL = 10000;

export function useThreadPolling(
	ticketId: number,
	onNew?: ( messages: Message[] ) => void,
	interval = THREAD_POLL_INTERVAL
): void {
	const registry = useRegistry();
	// The screen's latest callback, without restarting the timer for each render.
	const handler = useRef( onNew );
	handler.current = onNew;
	useEffect( () => {
		let live = true;
		const check = async () => {
			if ( document.visibilityState === 'hidden' ) {
				return;
			}
			try {
				const fresh = await (
					registry.dispatch( messagesStore ) as unknown as {
						poll: ( id: number ) => Promise< Message[] >;
					}
				 ).poll( ticketId );
				if ( live && fresh.length ) {
					handler.current?.( fresh );
					await (
						registry.dispatch( ticketsStore ) as unknown as {
							refreshTicket: ( id: number ) => Promise< void >;
						}
					 ).refreshTicket( ticketId );
				}
			} catch {
				// Offline for a moment: the next tick tries again.
			}
		};
		const timer = setInterval( check, interval );
		return () => {
			live = false;
			clearInterval( timer );
		};
	}, [ ticketId, interval, registry ] );
}

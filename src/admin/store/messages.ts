/**
 * The messages store: each ticket's thread, and sending replies and notes.
 */
import apiFetch from '@wordpress/api-fetch';
import { createReduxStore, register } from '@wordpress/data';

import type { Message, TicketStatus } from '../api/types';
import { store as ticketsStore } from './tickets';

export type Draft = {
	kind: 'reply' | 'note';
	body: string;
	status?: TicketStatus;
	force?: boolean;
};

/** What sending answered: sent, or refused because the customer wrote in the meantime. */
export type SendResult =
	| { ok: true; message: Message }
	| { ok: false; newer: Message[] }
	| { ok: false; error: string };

type State = { threads: Record< number, Message[] > };
type Action =
	| { type: 'RECEIVE_THREAD'; ticketId: number; messages: Message[] }
	| { type: 'APPEND'; ticketId: number; messages: Message[] };

export function reducer(
	state: State = { threads: {} },
	action: Action
): State {
	switch ( action.type ) {
		case 'RECEIVE_THREAD':
			return {
				threads: {
					...state.threads,
					[ action.ticketId ]: action.messages,
				},
			};
		case 'APPEND': {
			const known = new Set(
				( state.threads[ action.ticketId ] ?? [] ).map( ( m ) => m.id )
			);
			const added = action.messages.filter(
				( m ) => ! known.has( m.id )
			);
			return {
				threads: {
					...state.threads,
					[ action.ticketId ]: [
						...( state.threads[ action.ticketId ] ?? [] ),
						...added,
					],
				},
			};
		}
	}
	return state;
}

type ThunkArgs = {
	dispatch: ( a: Action ) => void;
	select: { getThread: ( id: number ) => Message[] | undefined };
	registry: { dispatch: typeof import( '@wordpress/data' ).dispatch };
};

export const actions = {
	receiveThread: ( ticketId: number, messages: Message[] ): Action => ( {
		type: 'RECEIVE_THREAD',
		ticketId,
		messages,
	} ),
	append: ( ticketId: number, messages: Message[] ): Action => ( {
		type: 'APPEND',
		ticketId,
		messages,
	} ),
	/**
	 * Sends a reply or note, telling the server which message the agent saw
	 * last, so a customer message that arrived meanwhile is never answered blind.
	 *
	 * @param ticketId Ticket.
	 * @param draft    What to send.
	 */
	send:
		( ticketId: number, draft: Draft ) =>
		async ( {
			dispatch,
			select,
			registry,
		}: ThunkArgs ): Promise< SendResult > => {
			const thread = select.getThread( ticketId ) ?? [];
			const lastSeen = thread.reduce(
				( max, m ) => Math.max( max, m.id ),
				0
			);
			try {
				const message = ( await apiFetch( {
					path: `/storedesk/v1/tickets/${ ticketId }/messages`,
					method: 'POST',
					data: { ...draft, last_seen_message: lastSeen },
				} ) ) as Message;
				dispatch( actions.append( ticketId, [ message ] ) );
				// Status, counters and events changed on the server: read the ticket again.
				await registry
					.dispatch( ticketsStore )
					.refreshTicket( ticketId );
				return { ok: true, message };
			} catch ( error ) {
				const e = error as {
					code?: string;
					message?: string;
					data?: { messages?: Message[] };
				};
				if ( e.code === 'storedesk_newer_message' ) {
					dispatch(
						actions.append( ticketId, e.data?.messages ?? [] )
					);
					return { ok: false, newer: e.data?.messages ?? [] };
				}
				return { ok: false, error: e.message ?? String( error ) };
			}
		},
};

export const selectors = {
	getThread: ( state: State, ticketId: number ): Message[] | undefined =>
		state.threads[ ticketId ],
};

export const resolvers = {
	getThread:
		( ticketId: number ) =>
		async ( { dispatch }: { dispatch: ( a: Action ) => void } ) => {
			const messages = ( await apiFetch( {
				path: `/storedesk/v1/tickets/${ ticketId }/messages?per_page=100`,
			} ) ) as Message[];
			dispatch( actions.receiveThread( ticketId, messages ) );
		},
};

export const store = createReduxStore( 'storedesk/messages', {
	reducer,
	actions,
	selectors,
	resolvers,
} );
register( store );

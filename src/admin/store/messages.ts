/**
 * The messages store: each ticket's thread, opened at its newest page,
 * extended backwards on request and forwards by polling, and sending replies
 * and notes. `seen` is the newest message the agent was shown on purpose
 * (the opened thread, their own send, a warning); messages that arrive by
 * polling show in the thread but stay unseen, so sending still warns that
 * the customer wrote since the page loaded.
 */
import apiFetch from '@wordpress/api-fetch';
import { createReduxStore, register } from '@wordpress/data';

import { fetchCollection } from '../api/collection';
import type { Message, TicketStatus } from '../api/types';
import { store as ticketsStore } from './tickets';

/** Thread entries per page. */
export const PAGE_SIZE = 50;

export type Draft = {
	kind: 'reply' | 'note';
	body: string;
	status?: TicketStatus;
	force?: boolean;
	attachments?: number[];
	/** Channel a reply leaves by, when the agent chose one (a reply_options slug). */
	via?: string;
};

/** What sending answered: sent, or refused because the customer wrote in the meantime. */
export type SendResult =
	| { ok: true; message: Message }
	| { ok: false; newer: Message[] }
	| { ok: false; error: string };

type Paging = { total: number; pages: number; loading: boolean };
export type State = {
	threads: Record< number, Message[] >;
	paging: Record< number, Paging >;
	seen: Record< number, number >;
};
type Action =
	| {
			type: 'RECEIVE_PAGE';
			ticketId: number;
			messages: Message[];
			total: number;
			page: number;
	  }
	| { type: 'APPEND'; ticketId: number; messages: Message[] }
	| {
			type: 'RECEIVE_LATEST';
			ticketId: number;
			messages: Message[];
			total: number;
	  }
	| { type: 'LOADING_OLDER'; ticketId: number; loading: boolean }
	| { type: 'SEEN'; ticketId: number; id: number };

const newest = ( messages: Message[], from = 0 ) =>
	messages.reduce( ( max, m ) => Math.max( max, m.id ), from );

const order = ( a: Message, b: Message ) =>
	a.created_at === b.created_at
		? a.id - b.id
		: a.created_at.localeCompare( b.created_at );

/**
 * Messages of a thread merged with more, once each, in thread order.
 *
 * @param known Messages already held.
 * @param more  Messages received.
 */
function merge( known: Message[], more: Message[] ): Message[] {
	const ids = new Set( known.map( ( m ) => m.id ) );
	const added = more.filter( ( m ) => ! ids.has( m.id ) );
	return added.length ? [ ...known, ...added ].sort( order ) : known;
}

export function reducer(
	state: State = { threads: {}, paging: {}, seen: {} },
	action: Action
): State {
	const next = threadReducer( state, action );
	const seen = state.seen?.[ action.ticketId ] ?? 0;
	let shown = seen;
	if (
		action.type === 'APPEND' ||
		( action.type === 'RECEIVE_PAGE' && action.page === 1 )
	) {
		shown = newest( action.messages, seen );
	} else if ( action.type === 'SEEN' ) {
		shown = Math.max( seen, action.id );
	}
	return shown === seen && next.seen
		? next
		: { ...next, seen: { ...state.seen, [ action.ticketId ]: shown } };
}

function threadReducer( state: State, action: Action ): State {
	const known = state.threads[ action.ticketId ] ?? [];
	const paging = state.paging[ action.ticketId ] ?? {
		total: 0,
		pages: 0,
		loading: false,
	};
	switch ( action.type ) {
		case 'RECEIVE_PAGE':
			return {
				...state,
				threads: {
					...state.threads,
					[ action.ticketId ]: merge(
						action.page === 1 ? [] : known,
						action.messages
					),
				},
				paging: {
					...state.paging,
					[ action.ticketId ]: {
						total: action.total,
						pages:
							action.page === 1
								? 1
								: Math.max( action.page, paging.pages ),
						loading: false,
					},
				},
			};
		case 'APPEND': {
			const next = merge( known, action.messages );
			return {
				...state,
				threads: { ...state.threads, [ action.ticketId ]: next },
				paging: {
					...state.paging,
					[ action.ticketId ]: {
						...paging,
						total: paging.total + next.length - known.length,
					},
				},
			};
		}
		case 'RECEIVE_LATEST':
			return {
				...state,
				threads: {
					...state.threads,
					[ action.ticketId ]: merge( known, action.messages ),
				},
				paging: {
					...state.paging,
					[ action.ticketId ]: { ...paging, total: action.total },
				},
			};
		case 'LOADING_OLDER':
			return {
				...state,
				paging: {
					...state.paging,
					[ action.ticketId ]: { ...paging, loading: action.loading },
				},
			};
	}
	return state;
}

type ThunkArgs = {
	dispatch: ( a: Action ) => void;
	select: {
		getThread: ( id: number ) => Message[] | undefined;
		getPaging: ( id: number ) => Paging | undefined;
		getSeen: ( id: number ) => number;
	};
	registry: { dispatch: typeof import( '@wordpress/data' ).dispatch };
};

/**
 * One page of a thread counted back from its newest message.
 *
 * @param ticketId Ticket.
 * @param page     1 for the newest messages.
 */
function fetchPage( ticketId: number, page: number ) {
	return fetchMessages(
		ticketId,
		`latest=1&per_page=${ PAGE_SIZE }&page=${ page }`
	);
}

/**
 * Messages of a thread with the thread's total (X-WP-Total).
 *
 * @param ticketId Ticket.
 * @param query    Query string of GET /tickets/{id}/messages.
 */
async function fetchMessages( ticketId: number, query: string ) {
	const { items, total } = await fetchCollection< Message >(
		`/storedesk/v1/tickets/${ ticketId }/messages?${ query }`
	);
	return { messages: items, total };
}

export const actions = {
	receivePage: (
		ticketId: number,
		messages: Message[],
		total: number,
		page: number
	): Action => ( { type: 'RECEIVE_PAGE', ticketId, messages, total, page } ),
	append: ( ticketId: number, messages: Message[] ): Action => ( {
		type: 'APPEND',
		ticketId,
		messages,
	} ),
	/**
	 * Loads the page of messages before the oldest one shown. New messages
	 * that arrived meanwhile shift pages; merging by id absorbs the overlap.
	 *
	 * @param ticketId Ticket.
	 */
	loadOlder:
		( ticketId: number ) =>
		async ( { dispatch, select }: ThunkArgs ) => {
			const paging = select.getPaging( ticketId );
			if ( ! paging || paging.loading ) {
				return;
			}
			dispatch( { type: 'LOADING_OLDER', ticketId, loading: true } );
			try {
				const { messages, total } = await fetchPage(
					ticketId,
					paging.pages + 1
				);
				dispatch(
					actions.receivePage(
						ticketId,
						messages,
						total,
						paging.pages + 1
					)
				);
			} catch {
				dispatch( { type: 'LOADING_OLDER', ticketId, loading: false } );
			}
		},
	/**
	 * The agent has read the thread up to a message (after it arrived by polling).
	 *
	 * @param ticketId Ticket.
	 * @param id       Message id.
	 */
	markSeen: ( ticketId: number, id: number ): Action => ( {
		type: 'SEEN',
		ticketId,
		id,
	} ),
	/**
	 * Fetches the messages newer than the newest one held; they join the
	 * thread without counting as seen. Resolves with them.
	 *
	 * @param ticketId Ticket.
	 */
	poll:
		( ticketId: number ) =>
		async ( { dispatch, select }: ThunkArgs ): Promise< Message[] > => {
			const thread = select.getThread( ticketId );
			if ( ! thread ) {
				return [];
			}
			const fresh = await fetchMessages(
				ticketId,
				`after=${ newest( thread ) }`
			);
			if ( fresh.messages.length ) {
				// Merged like the send's look at the latest page: shown, not seen.
				dispatch( { type: 'RECEIVE_LATEST', ticketId, ...fresh } );
			}
			return fresh.messages;
		},
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
			const lastSeen = select.getSeen( ticketId );
			let message: Message;
			try {
				// Look first: the usual case of a customer who wrote meanwhile is caught
				// here, without a refused request; the server's 409 covers the race.
				if ( ! draft.force ) {
					const latest = await fetchPage( ticketId, 1 );
					dispatch( { type: 'RECEIVE_LATEST', ticketId, ...latest } );
					const newer = latest.messages.filter(
						( m ) => m.kind === 'customer' && m.id > lastSeen
					);
					if ( newer.length ) {
						// Warned once: the next send goes unless more arrives.
						dispatch( {
							type: 'SEEN',
							ticketId,
							id: newest( newer ),
						} );
						return { ok: false, newer };
					}
				}
				message = ( await apiFetch( {
					path: `/storedesk/v1/tickets/${ ticketId }/messages`,
					method: 'POST',
					data: { ...draft, last_seen_message: lastSeen },
				} ) ) as Message;
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
				if ( e.code === 'storedesk_reply_channel' ) {
					// The chosen channel closed meanwhile: read the ticket's reply options again.
					Promise.resolve()
						.then( () =>
							registry
								.dispatch( ticketsStore )
								.refreshTicket( ticketId )
						)
						.catch( () => {
							// The refusal is shown either way.
						} );
				}
				return { ok: false, error: e.message ?? String( error ) };
			}
			dispatch( actions.append( ticketId, [ message ] ) );
			// Status, counters and events changed on the server: read the ticket and the
			// thread's end again, without holding up the composer (the agent may type on).
			Promise.resolve()
				.then( () =>
					registry.dispatch( ticketsStore ).refreshTicket( ticketId )
				)
				.then( () => fetchPage( ticketId, 1 ) )
				.then( ( latest ) =>
					dispatch( { type: 'RECEIVE_LATEST', ticketId, ...latest } )
				)
				.catch( () => {
					// The message is sent; a failed refresh only delays what else changed.
				} );
			return { ok: true, message };
		},
};

export const selectors = {
	/**
	 * Newest message id the agent was shown on purpose (0 before the thread loaded).
	 * @param state
	 * @param ticketId
	 */
	getSeen: ( state: State, ticketId: number ): number =>
		state.seen?.[ ticketId ] ?? 0,
	getThread: ( state: State, ticketId: number ): Message[] | undefined =>
		state.threads[ ticketId ],
	getPaging: ( state: State, ticketId: number ): Paging | undefined =>
		state.paging[ ticketId ],
	hasOlder: ( state: State, ticketId: number ): boolean =>
		( state.threads[ ticketId ]?.length ?? 0 ) <
		( state.paging[ ticketId ]?.total ?? 0 ),
	isLoadingOlder: ( state: State, ticketId: number ): boolean =>
		Boolean( state.paging[ ticketId ]?.loading ),
};

export const resolvers = {
	getThread:
		( ticketId: number ) =>
		async ( { dispatch }: { dispatch: ( a: Action ) => void } ) => {
			const { messages, total } = await fetchPage( ticketId, 1 );
			dispatch( actions.receivePage( ticketId, messages, total, 1 ) );
		},
};

export const store = createReduxStore( 'storedesk/messages', {
	reducer,
	actions,
	selectors,
	resolvers,
} );
register( store );

/**
 * The tickets store: pages of the inbox list keyed by their query, and the
 * tickets themselves by id, so a ticket changed in one view is current in all.
 */
import apiFetch from '@wordpress/api-fetch';
import { createReduxStore, createSelector, register } from '@wordpress/data';
import { addQueryArgs } from '@wordpress/url';

import type {
	BatchChanges,
	CallInput,
	LoggedCall,
	Ticket,
	TicketPage,
	TicketQuery,
} from '../api/types';
import { fetchCollection } from '../api/collection';
import {
	type PageState,
	queryKey,
	withItems,
	withPage,
	without,
} from './pages';

export const STORE_NAME = 'storedesk/tickets';

export type State = {
	tickets: Record< number, Ticket >;
	pages: Record< string, PageState >;
	errors: Record< string, string >;
};

type Action =
	| {
			type: 'RECEIVE_PAGE';
			key: string;
			tickets: Ticket[];
			total: number;
			totalPages: number;
			next?: string;
	  }
	| { type: 'RECEIVE_ERROR'; key: string; message: string }
	| { type: 'RECEIVE_TICKET'; ticket: Ticket }
	| { type: 'RECEIVE_TICKETS'; tickets: Ticket[] };

const initialState: State = { tickets: {}, pages: {}, errors: {} };

/**
 * Tickets as received, keeping the reply options held for them: only
 * GET /tickets/{id} has those, and a list or a change read later does not
 * take them away.
 *
 * @param held  Tickets held.
 * @param fresh Tickets received.
 */
function withDetail( held: Record< number, Ticket >, fresh: Ticket[] ) {
	return fresh.map( ( t ) =>
		t.reply_options === undefined && held[ t.id ]?.reply_options
			? { ...t, reply_options: held[ t.id ].reply_options }
			: t
	);
}

export function reducer( state: State = initialState, action: Action ): State {
	switch ( action.type ) {
		case 'RECEIVE_PAGE':
			return {
				tickets: withItems(
					state.tickets,
					withDetail( state.tickets, action.tickets )
				),
				errors: without( state.errors, action.key ),
				pages: withPage(
					state.pages,
					action.key,
					action.tickets,
					action.total,
					action.totalPages,
					action.next
				),
			};
		case 'RECEIVE_ERROR':
			return {
				...state,
				errors: { ...state.errors, [ action.key ]: action.message },
			};
		case 'RECEIVE_TICKET':
			return {
				...state,
				tickets: withItems(
					state.tickets,
					withDetail( state.tickets, [ action.ticket ] )
				),
			};
		case 'RECEIVE_TICKETS':
			return {
				...state,
				tickets: withItems(
					state.tickets,
					withDetail( state.tickets, action.tickets )
				),
			};
	}
	return state;
}

// Thunks dispatch plain actions and other thunks.
type Dispatch = (
	a:
		| Action
		| { type: string; [ k: string ]: unknown }
		| ( ( args: never ) => unknown )
) => void;
type Registry = {
	dispatch: ( store: string ) => {
		createErrorNotice: ( m: string, o?: object ) => void;
	};
};

export type TicketChanges = Partial<
	Pick<
		Ticket,
		'status' | 'priority' | 'assignee' | 'team' | 'tags' | 'unread'
	>
>;

/**
 * A ticket as a batch change will leave it, for the optimistic update.
 *
 * @param ticket  Ticket before.
 * @param changes Batch changes.
 */
export function applyBatch( ticket: Ticket, changes: BatchChanges ): Ticket {
	const { add_tags: add, remove_tags: remove, ...fields } = changes;
	const next: Ticket = { ...ticket, ...fields } as Ticket;
	if ( 'assignee' in fields ) {
		next.assignee = fields.assignee || null;
	}
	if ( 'team' in fields ) {
		next.team = fields.team || null;
	}
	if ( add || remove ) {
		next.tags = [
			...new Set( [ ...ticket.tags, ...( add ?? [] ) ] ),
		].filter( ( slug ) => ! remove?.includes( slug ) );
	}
	return next;
}

export const actions = {
	receivePage: (
		key: string,
		tickets: Ticket[],
		total: number,
		totalPages: number,
		next?: string
	): Action => ( {
		type: 'RECEIVE_PAGE',
		key,
		tickets,
		total,
		totalPages,
		next,
	} ),
	receiveError: ( key: string, message: string ): Action => ( {
		type: 'RECEIVE_ERROR',
		key,
		message,
	} ),
	receiveTicket: ( ticket: Ticket ): Action => ( {
		type: 'RECEIVE_TICKET',
		ticket,
	} ),
	receiveTickets: ( tickets: Ticket[] ): Action => ( {
		type: 'RECEIVE_TICKETS',
		tickets,
	} ),
	/**
	 * Marks every list page stale: lists refetch in the background and keep
	 * showing the old rows until the new ones arrive, so nothing flickers.
	 */
	invalidatePages:
		() =>
		( {
			dispatch,
		}: {
			dispatch: {
				invalidateResolutionForStoreSelector: ( s: string ) => void;
			};
		} ) =>
			dispatch.invalidateResolutionForStoreSelector( 'getTicketPage' ),
	/**
	 * Logs a call (POST /calls): keeps the ticket it opened or continued and
	 * lets lists refetch. Resolves to the server's answer; a refusal rejects
	 * with the API error, whose data.fields name the fields at fault.
	 *
	 * @param call The call.
	 */
	logCall:
		( call: CallInput ) =>
		async ( {
			dispatch,
			registry,
		}: {
			dispatch: Dispatch;
			registry: {
				dispatch: ( store: string ) => {
					invalidateResolutionForStoreSelector: ( s: string ) => void;
				};
			};
		} ) => {
			const logged = ( await apiFetch( {
				path: '/storedesk/v1/calls',
				method: 'POST',
				data: call,
			} ) ) as LoggedCall;
			dispatch( actions.receiveTicket( logged.ticket ) );
			dispatch( actions.invalidatePages() );
			// The caller may be a new contact, and has one more conversation.
			const contacts = registry.dispatch( 'storedesk/contacts' );
			contacts.invalidateResolutionForStoreSelector( 'getContacts' );
			contacts.invalidateResolutionForStoreSelector(
				'getContactTickets'
			);
			return logged;
		},
	/**
	 * Reads a ticket again after the server changed it (a reply that set its
	 * status), and lets lists refetch.
	 *
	 * @param id Ticket id.
	 */
	refreshTicket:
		( id: number ) =>
		async ( { dispatch }: { dispatch: Dispatch } ) => {
			const ticket = ( await apiFetch( {
				path: `/storedesk/v1/tickets/${ id }`,
			} ) ) as Ticket;
			dispatch( actions.receiveTicket( ticket ) );
			dispatch( actions.invalidatePages() );
		},
	/**
	 * Changes a ticket at once on screen, then on the server; on failure the
	 * previous ticket comes back and the agent is told why.
	 *
	 * @param id      Ticket id.
	 * @param changes Fields to change.
	 */
	updateTicket:
		( id: number, changes: TicketChanges ) =>
		async ( {
			dispatch,
			select,
			registry,
		}: {
			dispatch: Dispatch;
			select: { getTicket: ( id: number ) => Ticket | undefined };
			registry: Registry;
		} ) => {
			const before = select.getTicket( id );
			if ( before ) {
				dispatch( actions.receiveTicket( { ...before, ...changes } ) );
			}
			try {
				const saved = ( await apiFetch( {
					path: `/storedesk/v1/tickets/${ id }`,
					method: 'PATCH',
					data: changes,
				} ) ) as Ticket;
				dispatch(
					actions.receiveTicket( {
						...saved,
						messages: before?.messages,
					} )
				);
				dispatch( actions.invalidatePages() );
				return true;
			} catch ( error ) {
				if ( before ) {
					dispatch( actions.receiveTicket( before ) );
				}
				registry
					.dispatch( 'core/notices' )
					.createErrorNotice(
						( error as { message?: string } ).message ??
							String( error ),
						{ type: 'snackbar' }
					);
				return false;
			}
		},
	/**
	 * Changes many tickets at once on screen, then in one all-or-nothing
	 * request; on failure every ticket comes back as it was and the agent is
	 * told why. Resolves to whether the server took the change.
	 *
	 * @param ids     Ticket ids, at most 100.
	 * @param changes What to change.
	 */
	batchUpdate:
		( ids: number[], changes: BatchChanges ) =>
		async ( {
			dispatch,
			select,
			registry,
		}: {
			dispatch: Dispatch;
			select: { getTicket: ( id: number ) => Ticket | undefined };
			registry: Registry;
		} ) => {
			const before = ids
				.map( ( id ) => select.getTicket( id ) )
				.filter( ( t ): t is Ticket => Boolean( t ) );
			dispatch(
				actions.receiveTickets(
					before.map( ( t ) => applyBatch( t, changes ) )
				)
			);
			try {
				const saved = ( await apiFetch( {
					path: '/storedesk/v1/tickets/batch',
					method: 'POST',
					data: { ids, ...changes },
				} ) ) as Ticket[];
				const messages = new Map(
					before.map( ( t ) => [ t.id, t.messages ] )
				);
				dispatch(
					actions.receiveTickets(
						saved.map( ( t ) => ( {
							...t,
							messages: messages.get( t.id ),
						} ) )
					)
				);
				dispatch( actions.invalidatePages() );
				return true;
			} catch ( error ) {
				dispatch( actions.receiveTickets( before ) );
				registry
					.dispatch( 'core/notices' )
					.createErrorNotice(
						( error as { message?: string } ).message ??
							String( error ),
						{ type: 'snackbar' }
					);
				return false;
			}
		},
};

export const selectors = {
	// Memoised: components re-render only when this page or its tickets change.
	getTicketPage: createSelector(
		( state: State, query: TicketQuery ): TicketPage | undefined => {
			const page = state.pages[ queryKey( query ) ];
			return (
				page && {
					items: page.ids.map( ( id ) => state.tickets[ id ] ),
					total: page.total,
					totalPages: page.totalPages,
				}
			);
		},
		( state: State, query: TicketQuery ) => [
			state.pages[ queryKey( query ) ],
			state.tickets,
		]
	),
	/**
	 * Where the page after this one starts, once this one is loaded.
	 *
	 * @param state State.
	 * @param query The loaded page's query.
	 */
	getNextCursor( state: State, query: TicketQuery ): string | undefined {
		return state.pages[ queryKey( query ) ]?.next;
	},
	getTicketPageError( state: State, query: TicketQuery ): string | undefined {
		return state.errors[ queryKey( query ) ];
	},
	getTicket( state: State, id: number ): Ticket | undefined {
		return state.tickets[ id ];
	},
	/**
	 * The ticket an agent opened: as getTicket, but read in full once
	 * (GET /tickets/{id}) when only a list's copy is held.
	 *
	 * @param state State.
	 * @param id    Ticket id.
	 */
	getOpenedTicket( state: State, id: number ): Ticket | undefined {
		return state.tickets[ id ];
	},
};

type Thunk = ( args: {
	dispatch: ( a: Action ) => void;
	select: { getNextCursor: ( query: TicketQuery ) => string | undefined };
} ) => Promise< void >;

/**
 * GET /tickets/{id}, kept.
 *
 * @param id Ticket id.
 */
const readTicket =
	( id: number ): Thunk =>
	async ( { dispatch } ) => {
		const ticket = ( await apiFetch( {
			path: `/storedesk/v1/tickets/${ id }`,
		} ) ) as Ticket;
		dispatch( actions.receiveTicket( ticket ) );
	};

export const resolvers = {
	// A ticket already received with a list page needs no second request.
	getTicket: Object.assign( ( id: number ) => readTicket( id ), {
		isFulfilled: ( state: State, id: number ) =>
			Boolean( state.tickets[ id ] ),
	} ),
	// One from a list shows at once but lacks what only GET /tickets/{id}
	// has (the channels a reply may take): read it once.
	getOpenedTicket: Object.assign( ( id: number ) => readTicket( id ), {
		isFulfilled: ( state: State, id: number ) =>
			Boolean( state.tickets[ id ]?.reply_options ),
	} ),
	getTicketPage:
		( query: TicketQuery ): Thunk =>
		async ( { dispatch, select } ) => {
			const key = queryKey( query );
			// The next page after a loaded one starts at its cursor: page 400
			// then costs the server what page 2 does.
			const after =
				( query.page ?? 1 ) > 1
					? select.getNextCursor( {
							...query,
							page: ( query.page ?? 1 ) - 1,
						} )
					: undefined;
			try {
				const page = await fetchCollection< Ticket >(
					addQueryArgs(
						'/storedesk/v1/tickets',
						after ? { ...query, after } : query
					)
				);
				dispatch(
					actions.receivePage(
						key,
						page.items,
						page.total,
						page.totalPages,
						page.next
					)
				);
			} catch ( error ) {
				dispatch(
					actions.receiveError(
						key,
						( error as { message?: string } ).message ??
							String( error )
					)
				);
			}
		},
};

export const store = createReduxStore( STORE_NAME, {
	reducer,
	actions,
	selectors,
	resolvers,
} );
register( store );

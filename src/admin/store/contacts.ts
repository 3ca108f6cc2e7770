/**
 * The contacts store: search pages keyed by their query, contacts by id, and
 * each contact's conversations on every channel. Edits show at once and come
 * back if the server refuses them; merges wait for the server.
 */
import apiFetch from '@wordpress/api-fetch';
import { createReduxStore, createSelector, register } from '@wordpress/data';
import { __, sprintf } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

import type {
	Contact,
	ContactChanges,
	ContactPage,
	ContactQuery,
	Ticket,
	TicketPage,
} from '../api/types';
import { fetchCollection } from '../api/collection';
import {
	type PageState,
	queryKey,
	withItems,
	withPage,
	without,
} from './pages';

export const STORE_NAME = 'storedesk/contacts';

/** A WP_Error as apiFetch rejects with it. */
export type ApiError = {
	code?: string;
	message?: string;
	data?: {
		status?: number;
		params?: Record< string, string >;
		contact_id?: number;
		merged_into?: number;
	};
};

export type HistoryQuery = { page?: number; per_page?: number };

export type State = {
	contacts: Record< number, Contact >;
	pages: Record< string, PageState >;
	history: Record< string, TicketPage >;
	errors: Record< string, ApiError >;
};

type Action =
	| {
			type: 'RECEIVE_CONTACTS';
			key: string;
			contacts: Contact[];
			total: number;
			totalPages: number;
	  }
	| { type: 'RECEIVE_CONTACT'; contact: Contact }
	| { type: 'RECEIVE_HISTORY'; key: string; page: TicketPage }
	| { type: 'RECEIVE_ERROR'; key: string; error: ApiError }
	| { type: 'RECEIVE_MERGED'; sourceId: number; targetId: number };

const initialState: State = {
	contacts: {},
	pages: {},
	history: {},
	errors: {},
};

const listKey = ( query: ContactQuery ) => `list:${ queryKey( query ) }`;
const contactKey = ( id: number ) => `contact:${ id }`;
const historyKey = ( id: number, query: HistoryQuery ) =>
	`history:${ id }:${ queryKey( query ) }`;

export function reducer( state: State = initialState, action: Action ): State {
	switch ( action.type ) {
		case 'RECEIVE_CONTACTS':
			return {
				...state,
				contacts: withItems( state.contacts, action.contacts ),
				errors: without( state.errors, action.key ),
				pages: withPage(
					state.pages,
					action.key,
					action.contacts,
					action.total,
					action.totalPages
				),
			};
		case 'RECEIVE_CONTACT':
			return {
				...state,
				contacts: {
					...state.contacts,
					[ action.contact.id ]: action.contact,
				},
				errors: without(
					state.errors,
					contactKey( action.contact.id )
				),
			};
		case 'RECEIVE_HISTORY':
			return {
				...state,
				history: { ...state.history, [ action.key ]: action.page },
				errors: without( state.errors, action.key ),
			};
		case 'RECEIVE_ERROR':
			return {
				...state,
				errors: { ...state.errors, [ action.key ]: action.error },
			};
		case 'RECEIVE_MERGED': {
			// The source answers as the server now does: merged, with a pointer.
			const contacts = { ...state.contacts };
			delete contacts[ action.sourceId ];
			return {
				...state,
				contacts,
				errors: {
					...state.errors,
					[ contactKey( action.sourceId ) ]: {
						code: 'storedesk_contact_merged',
						message: __(
							'That contact was merged into another.',
							'storedesk'
						),
						data: { status: 404, merged_into: action.targetId },
					},
				},
			};
		}
	}
	return state;
}

function asError( error: unknown ): ApiError {
	return typeof error === 'object' && error
		? ( error as ApiError )
		: { message: String( error ) };
}

type Dispatch = ( a: Action | ( ( args: never ) => unknown ) ) => void;
type ThunkArgs = {
	dispatch: Dispatch & {
		invalidateResolutionForStoreSelector: ( s: string ) => void;
	};
	select: { getContact: ( id: number ) => Contact | undefined };
	registry: {
		dispatch: ( store: string ) => {
			createErrorNotice: ( m: string, o?: object ) => void;
			createSuccessNotice: ( m: string, o?: object ) => void;
		};
	};
};

export type SaveResult = { contact?: Contact; error?: ApiError };

export const actions = {
	receiveContacts: (
		key: string,
		contacts: Contact[],
		total: number,
		totalPages: number
	): Action => ( {
		type: 'RECEIVE_CONTACTS',
		key,
		contacts,
		total,
		totalPages,
	} ),
	receiveContact: ( contact: Contact ): Action => ( {
		type: 'RECEIVE_CONTACT',
		contact,
	} ),
	receiveHistory: ( key: string, page: TicketPage ): Action => ( {
		type: 'RECEIVE_HISTORY',
		key,
		page,
	} ),
	receiveError: ( key: string, error: ApiError ): Action => ( {
		type: 'RECEIVE_ERROR',
		key,
		error,
	} ),
	/**
	 * Changes a contact at once on screen, then on the server; on failure the
	 * previous contact comes back, the agent is told why, and the caller gets
	 * the error to show beside the fields (the form keeps what was typed).
	 *
	 * @param id      Contact id.
	 * @param changes Fields to change.
	 */
	updateContact:
		( id: number, changes: ContactChanges ) =>
		async ( {
			dispatch,
			select,
			registry,
		}: ThunkArgs ): Promise< SaveResult > => {
			const before = select.getContact( id );
			if ( before ) {
				dispatch( actions.receiveContact( { ...before, ...changes } ) );
			}
			try {
				const saved = ( await apiFetch( {
					path: `/storedesk/v1/contacts/${ id }`,
					method: 'PATCH',
					data: changes,
				} ) ) as Contact;
				dispatch( actions.receiveContact( saved ) );
				// A new name can move the contact within a search page.
				dispatch.invalidateResolutionForStoreSelector( 'getContacts' );
				return { contact: saved };
			} catch ( e ) {
				const error = asError( e );
				if ( before ) {
					dispatch( actions.receiveContact( before ) );
				}
				registry
					.dispatch( 'core/notices' )
					.createErrorNotice(
						error.message ??
							__(
								'The contact could not be saved.',
								'storedesk'
							),
						{ type: 'snackbar' }
					);
				return { error };
			}
		},
	/**
	 * Folds one contact into another. Not optimistic: tickets and identities
	 * move on the server, and the screen should show what really happened.
	 *
	 * @param targetId Contact that stays.
	 * @param sourceId Contact folded into it.
	 */
	mergeContacts:
		( targetId: number, sourceId: number ) =>
		async ( {
			dispatch,
			select,
			registry,
		}: ThunkArgs ): Promise< SaveResult > => {
			const source = select.getContact( sourceId );
			try {
				const target = ( await apiFetch( {
					path: `/storedesk/v1/contacts/${ targetId }/merge`,
					method: 'POST',
					data: { source: sourceId },
				} ) ) as Contact;
				dispatch( actions.receiveContact( target ) );
				dispatch( {
					type: 'RECEIVE_MERGED',
					sourceId,
					targetId,
				} );
				dispatch.invalidateResolutionForStoreSelector( 'getContacts' );
				dispatch.invalidateResolutionForStoreSelector(
					'getContactTickets'
				);
				registry.dispatch( 'core/notices' ).createSuccessNotice(
					sprintf(
						/* translators: 1: merged contact, 2: contact that stays */
						__( '%1$s was merged into %2$s.', 'storedesk' ),
						source?.name ?? `#${ sourceId }`,
						target.name
					),
					{ type: 'snackbar' }
				);
				return { contact: target };
			} catch ( e ) {
				const error = asError( e );
				registry
					.dispatch( 'core/notices' )
					.createErrorNotice(
						error.message ??
							__(
								'The contacts could not be merged.',
								'storedesk'
							),
						{ type: 'snackbar' }
					);
				return { error };
			}
		},
};

export const selectors = {
	// Memoised: components re-render only when this page or its contacts change.
	getContacts: createSelector(
		( state: State, query: ContactQuery ): ContactPage | undefined => {
			const page = state.pages[ listKey( query ) ];
			return (
				page && {
					items: page.ids
						.map( ( id ) => state.contacts[ id ] )
						.filter( Boolean ),
					total: page.total,
					totalPages: page.totalPages,
				}
			);
		},
		( state: State, query: ContactQuery ) => [
			state.pages[ listKey( query ) ],
			state.contacts,
		]
	),
	getContactsError: ( state: State, query: ContactQuery ) =>
		state.errors[ listKey( query ) ],
	getContact: ( state: State, id: number ): Contact | undefined =>
		state.contacts[ id ],
	getContactError: ( state: State, id: number ) =>
		state.errors[ contactKey( id ) ],
	getContactTickets: (
		state: State,
		id: number,
		query: HistoryQuery = {}
	): TicketPage | undefined => state.history[ historyKey( id, query ) ],
	getContactTicketsError: (
		state: State,
		id: number,
		query: HistoryQuery = {}
	) => state.errors[ historyKey( id, query ) ],
};

type Resolver = ( args: {
	dispatch: ( a: Action ) => void;
	select: { getContactError: ( id: number ) => ApiError | undefined };
} ) => Promise< void >;

export const resolvers = {
	getContacts:
		( query: ContactQuery ): Resolver =>
		async ( { dispatch } ) => {
			const key = listKey( query );
			try {
				const page = await fetchCollection< Contact >(
					addQueryArgs( '/storedesk/v1/contacts', query )
				);
				dispatch(
					actions.receiveContacts(
						key,
						page.items,
						page.total,
						page.totalPages
					)
				);
			} catch ( error ) {
				dispatch( actions.receiveError( key, asError( error ) ) );
			}
		},
	// A contact already received with a search page needs no second request.
	getContact: Object.assign(
		( id: number ): Resolver =>
			async ( { dispatch } ) => {
				try {
					const contact = ( await apiFetch( {
						path: `/storedesk/v1/contacts/${ id }`,
					} ) ) as Contact;
					dispatch( actions.receiveContact( contact ) );
				} catch ( error ) {
					dispatch(
						actions.receiveError(
							contactKey( id ),
							asError( error )
						)
					);
				}
			},
		{
			isFulfilled: ( state: State, id: number ) =>
				Boolean( state.contacts[ id ] ),
		}
	),
	getContactTickets:
		( id: number, query: HistoryQuery = {} ): Resolver =>
		async ( { dispatch, select } ) => {
			// A merged contact has no history of its own; its tickets moved.
			if (
				select.getContactError( id )?.code ===
				'storedesk_contact_merged'
			) {
				return;
			}
			const key = historyKey( id, query );
			try {
				dispatch(
					actions.receiveHistory(
						key,
						await fetchCollection< Ticket >(
							addQueryArgs(
								`/storedesk/v1/contacts/${ id }/tickets`,
								query
							)
						)
					)
				);
			} catch ( error ) {
				dispatch( actions.receiveError( key, asError( error ) ) );
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

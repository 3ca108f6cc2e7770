/**
 * Typed access to the contacts store for components.
 */
import { useDispatch, useSelect } from '@wordpress/data';

import type {
	Contact,
	ContactChanges,
	ContactQuery,
	Ticket,
} from '../api/types';
import {
	store,
	type ApiError,
	type HistoryQuery,
	type SaveResult,
} from './contacts';

export type UseContacts = {
	contacts: Contact[];
	total: number;
	totalPages: number;
	isLoading: boolean;
	error?: ApiError;
};

const NO_CONTACTS: Contact[] = [];
const NO_TICKETS: Ticket[] = [];

export function useContacts( query: ContactQuery ): UseContacts {
	return useSelect(
		( select ) => {
			const s = select( store );
			const page = s.getContacts( query );
			const error = s.getContactsError( query );
			return {
				contacts: page?.items ?? NO_CONTACTS,
				total: page?.total ?? 0,
				totalPages: page?.totalPages ?? 0,
				error,
				isLoading: ! page && ! error,
			};
		},
		// eslint-disable-next-line react-hooks/exhaustive-deps -- the query's content, not its identity.
		[ JSON.stringify( query ) ]
	);
}

export type UseContact = {
	contact?: Contact;
	isLoading: boolean;
	error?: ApiError;
	/** The contact this one was merged into, when it was. */
	mergedInto?: number;
};

export function useContact( id: number | undefined ): UseContact {
	return useSelect(
		( select ) => {
			if ( ! id ) {
				return { isLoading: false };
			}
			const s = select( store );
			const contact = s.getContact( id );
			const error = s.getContactError( id );
			return {
				contact,
				error,
				isLoading: ! contact && ! error,
				mergedInto:
					error?.code === 'storedesk_contact_merged'
						? error.data?.merged_into
						: undefined,
			};
		},
		[ id ]
	);
}

export type UseContactTickets = {
	tickets: Ticket[];
	total: number;
	totalPages: number;
	isLoading: boolean;
	error?: ApiError;
};

export function useContactTickets(
	id: number | undefined,
	query: HistoryQuery = {}
): UseContactTickets {
	return useSelect(
		( select ) => {
			if ( ! id ) {
				return {
					tickets: NO_TICKETS,
					total: 0,
					totalPages: 0,
					isLoading: false,
				};
			}
			const s = select( store );
			const page = s.getContactTickets( id, query );
			const error = s.getContactTicketsError( id, query );
			return {
				tickets: page?.items ?? NO_TICKETS,
				total: page?.total ?? 0,
				totalPages: page?.totalPages ?? 0,
				error,
				isLoading: ! page && ! error,
			};
		},
		// eslint-disable-next-line react-hooks/exhaustive-deps -- the query's content, not its identity.
		[ id, JSON.stringify( query ) ]
	);
}

export type ContactActions = {
	updateContact: (
		id: number,
		changes: ContactChanges
	) => Promise< SaveResult >;
	mergeContacts: (
		targetId: number,
		sourceId: number
	) => Promise< SaveResult >;
};

export function useContactActions(): ContactActions {
	return useDispatch( store ) as unknown as ContactActions;
}

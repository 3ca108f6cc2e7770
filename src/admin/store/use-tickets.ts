/**
 * Typed access to the tickets store for components.
 */
import { useSelect } from '@wordpress/data';

import type { Ticket, TicketQuery } from '../api/types';
import { store } from './tickets';

export type UseTickets = {
	tickets: Ticket[];
	total: number;
	totalPages: number;
	isLoading: boolean;
	error?: string;
};

const NONE: Ticket[] = [];

export function useTickets( query: TicketQuery ): UseTickets {
	return useSelect(
		( select ) => {
			const s = select( store );
			const page = s.getTicketPage( query );
			return {
				tickets: page?.items ?? NONE,
				total: page?.total ?? 0,
				totalPages: page?.totalPages ?? 0,
				error: s.getTicketPageError( query ),
				isLoading: ! page && ! s.getTicketPageError( query ),
			};
		},
		// eslint-disable-next-line react-hooks/exhaustive-deps -- the query's content, not its identity.
		[ JSON.stringify( query ) ]
	);
}

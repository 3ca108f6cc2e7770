/**
 * Typed access to the tickets store for components.
 */
import { useSelect } from '@wordpress/data';
import { useRef } from '@wordpress/element';

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

/**
 * One page of tickets for a query. While the next query loads (a search
 * being typed, another page), the last loaded page stays with `isLoading`
 * set, which DataViews shows dimmed and inert, instead of a blank list at
 * every keystroke.
 *
 * @param query What to list.
 */
export function useTickets( query: TicketQuery ): UseTickets {
	const current = useSelect(
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
	const shown = useRef< UseTickets | null >( null );
	if ( ! current.isLoading ) {
		shown.current = current;
	}
	return current.isLoading && shown.current
		? { ...shown.current, isLoading: true }
		: current;
}

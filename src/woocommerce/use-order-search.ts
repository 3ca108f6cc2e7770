/**
 * The order search an agent links a ticket with: GET /orders?search=,
 * asked once typing pauses; a search overtaken by a newer one is
 * cancelled and its answer ignored.
 */
import apiFetch from '@wordpress/api-fetch';
import { useEffect, useState } from '@wordpress/element';
import { addQueryArgs } from '@wordpress/url';

import type { OrderSummary } from './types';
import { errorMessage, NO_ANSWER } from './use-customer-panel';

/** How long typing must pause before the search is sent, in ms. */
export const SEARCH_DELAY = 300;

export type UseOrderSearch = {
	/** What the results are for ('' before any search). */
	searched: string;
	results: OrderSummary[];
	isSearching: boolean;
	error?: string;
};

const IDLE: UseOrderSearch = { searched: '', results: [], isSearching: false };

/**
 * Orders matching a term (ten at most, the order with that number first).
 *
 * @param term What the agent typed.
 */
export function useOrderSearch( term: string ): UseOrderSearch {
	const [ state, setState ] = useState< UseOrderSearch >( IDLE );
	const search = term.trim();
	useEffect( () => {
		if ( ! search ) {
			setState( IDLE );
			return;
		}
		const controller = new AbortController();
		setState( ( s ) => ( { ...s, isSearching: true } ) );
		const timer = setTimeout( () => {
			apiFetch< OrderSummary[] >( {
				path: addQueryArgs( '/storedesk/v1/orders', { search } ),
				signal: controller.signal,
			} ).then(
				( results ) => {
					if ( ! controller.signal.aborted ) {
						setState( {
							searched: search,
							results,
							isSearching: false,
						} );
					}
				},
				( error ) => {
					if ( ! controller.signal.aborted ) {
						setState( {
							searched: search,
							results: [],
							isSearching: false,
							error: errorMessage( error, NO_ANSWER ),
						} );
					}
				}
			);
		}, SEARCH_DELAY );
		return () => {
			clearTimeout( timer );
			controller.abort();
		};
	}, [ search ] );
	return state;
}

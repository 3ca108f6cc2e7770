/**
 * The order search an agent links a ticket with: GET /orders?search=,
 * asked once typing pauses (see useSearch).
 */
import { addQueryArgs } from '@wordpress/url';

import { useSearch, type SearchState } from '../admin/api/use-search';
import type { OrderSummary } from './types';

export { SEARCH_DELAY } from '../admin/api/use-search';

export type UseOrderSearch = SearchState< OrderSummary >;

const path = ( search: string ) =>
	addQueryArgs( '/storedesk/v1/orders', { search } );

/**
 * Orders matching a term (ten at most, the order with that number first).
 *
 * @param term What the agent typed.
 */
export function useOrderSearch( term: string ): UseOrderSearch {
	return useSearch< OrderSummary >( term, path );
}

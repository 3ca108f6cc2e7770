/**
 * REST collections: one page of items with the totals WordPress sends in
 * headers, which apiFetch drops unless asked for the raw response.
 */
import apiFetch from '@wordpress/api-fetch';

export type Collection< T > = {
	items: T[];
	total: number;
	totalPages: number;
	/** Where the next page starts (X-Storedesk-Next), for lists that page by cursor. */
	next?: string;
};

/**
 * Fetches one page of a collection.
 *
 * @param path REST path with its query string.
 */
export async function fetchCollection< T >(
	path: string
): Promise< Collection< T > > {
	const response = ( await apiFetch( { path, parse: false } ) ) as Response;
	const items = ( await response.json() ) as T[];
	return {
		items,
		total: Number( response.headers.get( 'X-WP-Total' ) ?? items.length ),
		totalPages: Number( response.headers.get( 'X-WP-TotalPages' ) ?? 1 ),
		next: response.headers.get( 'X-Storedesk-Next' ) ?? undefined,
	};
}

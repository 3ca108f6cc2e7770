/**
 * What the tickets and contacts stores share: items kept once by id, and
 * pages that list ids under a key made from the query, so two lists that
 * show the same item show the same copy of it.
 */

export type PageState = {
	ids: number[];
	total: number;
	totalPages: number;
	/** Cursor of the page after this one, when the server pages by cursor. */
	next?: string;
};

/**
 * A stable key for a query: the same parameters in any order, and with
 * unset ones left out, share a page (the request would be the same).
 *
 * @param query Query parameters.
 */
export function queryKey( query: object ): string {
	return JSON.stringify(
		Object.entries( query )
			.filter( ( [ , v ] ) => v !== undefined )
			.sort( ( [ a ], [ b ] ) => a.localeCompare( b ) )
	);
}

/**
 * The items by id with these added or replaced.
 *
 * @param items Items held.
 * @param fresh Items received.
 */
export function withItems< T extends { id: number } >(
	items: Record< number, T >,
	fresh: T[]
): Record< number, T > {
	const next = { ...items };
	for ( const item of fresh ) {
		next[ item.id ] = item;
	}
	return next;
}

/**
 * The pages with one page of items recorded under its key.
 *
 * @param pages      Pages held.
 * @param key        The page's query key.
 * @param items      Its items, in order.
 * @param total      Items matching the query.
 * @param totalPages Pages matching the query.
 * @param next       Cursor of the page after it.
 */
export function withPage(
	pages: Record< string, PageState >,
	key: string,
	items: Array< { id: number } >,
	total: number,
	totalPages: number,
	next?: string
): Record< string, PageState > {
	return {
		...pages,
		[ key ]: { ids: items.map( ( i ) => i.id ), total, totalPages, next },
	};
}

/**
 * A map without one key (the same object when it had none).
 *
 * @param map Map.
 * @param key Key to drop.
 */
export function without< V >(
	map: Record< string, V >,
	key: string
): Record< string, V > {
	if ( ! ( key in map ) ) {
		return map;
	}
	const next = { ...map };
	delete next[ key ];
	return next;
}

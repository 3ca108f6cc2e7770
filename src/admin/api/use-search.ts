/**
 * A search that follows typing: asked once typing pauses; a search
 * overtaken by a newer one is cancelled and its answer ignored. Used by the
 * order search (WooCommerce panel) and the knowledge-base picker.
 */
import apiFetch from '@wordpress/api-fetch';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/** How long typing must pause before the search is sent, in ms. */
export const SEARCH_DELAY = 300;

export type SearchState< T > = {
	/** What the results are for ('' before any search). */
	searched: string;
	results: T[];
	isSearching: boolean;
	error?: string;
};

/**
 * Results of a search.
 *
 * @param term   What was typed.
 * @param path   The request for a trimmed, non-empty term.
 * @param unwrap The results in the answer (the answer itself by default).
 */
export function useSearch< T >(
	term: string,
	path: ( search: string ) => string,
	unwrap: ( answer: unknown ) => T[] = ( answer ) => answer as T[]
): SearchState< T > {
	const [ state, setState ] = useState< SearchState< T > >( {
		searched: '',
		results: [],
		isSearching: false,
	} );
	const search = term.trim();
	const request = search ? path( search ) : '';
	useEffect( () => {
		if ( ! request ) {
			setState( { searched: '', results: [], isSearching: false } );
			return;
		}
		const controller = new AbortController();
		setState( ( s ) => ( { ...s, isSearching: true } ) );
		const timer = setTimeout( () => {
			apiFetch( { path: request, signal: controller.signal } ).then(
				( answer ) => {
					if ( ! controller.signal.aborted ) {
						setState( {
							searched: search,
							results: unwrap( answer ),
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
							error:
								( error as { message?: string } | null )
									?.message ||
								__( 'The site did not answer.', 'storedesk' ),
						} );
					}
				}
			);
		}, SEARCH_DELAY );
		return () => {
			clearTimeout( timer );
			controller.abort();
		};
		// The request names everything the search depends on; unwrap is a pure reader.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ request ] );
	return state;
}

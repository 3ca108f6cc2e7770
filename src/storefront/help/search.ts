/**
 * Search as the shopper types: one request once typing pauses, and the
 * request of a query that changed since is cancelled, so results never
 * arrive out of order and the server answers only what is still wanted.
 */
import type { HelpResult, StoreConfig } from '../types';
import { StoreApi, type Result } from '../app/api';

export const DEBOUNCE_MS = 250;

export type Results = Result< { results: HelpResult[] } >;

/**
 * A function to call with every change of the text; `show` gets the
 * query and its answer, or null when the text is too short to search.
 *
 * @param config Loader configuration.
 * @param count  Results wanted.
 * @param min    Fewest characters searched for.
 * @param show   Draws an answer.
 */
export function liveSearch(
	config: StoreConfig,
	count: number,
	min: number,
	show: ( query: string, res: Results | null ) => void
): ( text: string ) => void {
	const api = new StoreApi( config );
	let timer = 0;
	let running: AbortController | null = null;
	let last = '';
	return ( text ) => {
		const query = text.trim().replace( /\s+/g, ' ' );
		if ( query === last ) {
			return;
		}
		last = query;
		window.clearTimeout( timer );
		running?.abort();
		running = null;
		if ( query.length < min ) {
			show( query, null );
			return;
		}
		timer = window.setTimeout( async () => {
			const mine = new AbortController();
			running = mine;
			const res = await api.call< { results: HelpResult[] } >(
				'GET',
				`help/search?per_page=${ count }&q=${ encodeURIComponent(
					query
				) }`,
				undefined,
				mine.signal
			);
			if ( ! mine.signal.aborted ) {
				running = null;
				show( query, res );
			}
		}, DEBOUNCE_MS );
	};
}

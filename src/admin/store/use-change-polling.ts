/**
 * New and changed conversations appear without a reload: every few seconds
 * ask the server for anything changed since the newest change already seen
 * (one indexed row at most), and refresh the lists only when there is one.
 * The cursor is the server's own updated_at, never the browser's clock. Times
 * have one-second resolution, so each check asks from one second before the
 * cursor and skips the (ticket, time) pairs it has already seen: a change in
 * the same second as the cursor is still noticed.
 */
import apiFetch from '@wordpress/api-fetch';
import { useRegistry } from '@wordpress/data';
import { useEffect } from '@wordpress/element';
import { addQueryArgs } from '@wordpress/url';

import type { Ticket } from '../api/types';
import { store as ticketsStore } from './tickets';

export const POLL_INTERVAL = 10000;

export function useChangePolling( interval = POLL_INTERVAL ): void {
	// The registry is stable across renders; a dispatch object is not, and
	// re-running the effect would reset the cursor.
	const registry = useRegistry();
	useEffect( () => {
		let cursor: string | null = null;
		let seen = new Set< string >();
		let live = true;
		let primed = false;
		const key = ( t: Ticket ) => `${ t.id }@${ t.updated_at }`;
		const check = async () => {
			try {
				const since = cursor
					? new Date( Date.parse( cursor ) - 1000 )
							.toISOString()
							.replace( '.000Z', 'Z' )
					: null;
				const changed = ( await apiFetch( {
					path: addQueryArgs( '/storedesk/v1/tickets', {
						orderby: 'updated',
						order: 'desc',
						per_page: 100,
						...( since ? { updated_since: since } : {} ),
					} ),
				} ) ) as Ticket[];
				if ( ! live ) {
					return;
				}
				// After the first answer, anything unseen is news, even the
				// first conversation of an empty desk.
				if (
					primed &&
					changed.some( ( t ) => ! seen.has( key( t ) ) )
				) {
					(
						registry.dispatch( ticketsStore ) as unknown as {
							invalidatePages: () => void;
						}
					 ).invalidatePages();
				}
				primed = true;
				if ( changed.length ) {
					cursor = changed[ 0 ].updated_at;
					seen = new Set( changed.map( key ) );
				}
			} catch {
				// Offline for a moment: the next tick tries again.
			}
		};
		check();
		const timer = setInterval( check, interval );
		return () => {
			live = false;
			clearInterval( timer );
		};
	}, [ interval, registry ] );
}

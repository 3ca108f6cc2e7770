/**
 * Client-side routes in the URL hash, so a reload or a shared link opens the
 * same screen: #/inbox/mine, #/tickets/42, #/contacts, #/settings, #/reports.
 * #/tickets/42/reply and #/tickets/42/note open a ticket with the composer
 * ready in that mode (the inbox's r and n shortcuts). #/inbox (or nothing)
 * is the agent's landing view, which the server picks (GET /me inbox_view).
 */
import { useEffect, useState } from '@wordpress/element';

export type Route =
	| { name: 'inbox'; view: string }
	| { name: 'ticket'; id: number; mode?: 'reply' | 'note' }
	| { name: 'contacts' }
	| { name: 'settings' }
	| { name: 'reports' }
	| { name: 'contact'; id: number };

/** The inbox route's view when the URL names none: the agent's landing view. */
export const LANDING = '';

export function parseRoute( hash: string ): Route {
	const parts = hash.replace( /^#\/?/, '' ).split( '/' ).filter( Boolean );
	if ( parts[ 0 ] === 'tickets' && /^\d+$/.test( parts[ 1 ] ?? '' ) ) {
		const mode = parts[ 2 ];
		return mode === 'reply' || mode === 'note'
			? { name: 'ticket', id: Number( parts[ 1 ] ), mode }
			: { name: 'ticket', id: Number( parts[ 1 ] ) };
	}
	if ( parts[ 0 ] === 'contacts' && /^\d+$/.test( parts[ 1 ] ?? '' ) ) {
		return { name: 'contact', id: Number( parts[ 1 ] ) };
	}
	if (
		parts[ 0 ] === 'contacts' ||
		parts[ 0 ] === 'settings' ||
		parts[ 0 ] === 'reports'
	) {
		return { name: parts[ 0 ] };
	}
	return {
		name: 'inbox',
		view:
			parts[ 0 ] === 'inbox' && parts[ 1 ]
				? decodeURIComponent( parts.slice( 1 ).join( '/' ) )
				: LANDING,
	};
}

export function href( route: Route ): string {
	switch ( route.name ) {
		case 'ticket':
			return `#/tickets/${ route.id }${ route.mode ? `/${ route.mode }` : '' }`;
		case 'inbox':
			return route.view === LANDING
				? '#/inbox'
				: `#/inbox/${ route.view }`;
		case 'contact':
			return `#/contacts/${ route.id }`;
		default:
			return `#/${ route.name }`;
	}
}

export function navigate( route: Route ): void {
	window.location.hash = href( route );
}

export function useRoute(): Route {
	const [ route, setRoute ] = useState( () =>
		parseRoute( window.location.hash )
	);
	useEffect( () => {
		const onChange = () => setRoute( parseRoute( window.location.hash ) );
		window.addEventListener( 'hashchange', onChange );
		return () => window.removeEventListener( 'hashchange', onChange );
	}, [] );
	return route;
}

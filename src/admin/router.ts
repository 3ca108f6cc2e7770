/**
 * Client-side routes in the URL hash, so a reload or a shared link opens the
 * same screen: #/inbox/mine, #/tickets/42, #/contacts, #/settings, #/reports.
 */
import { useEffect, useState } from '@wordpress/element';

export type Route =
	| { name: 'inbox'; view: string }
	| { name: 'ticket'; id: number }
	| { name: 'contacts' }
	| { name: 'settings' }
	| { name: 'reports' };

export function parseRoute( hash: string ): Route {
	const parts = hash.replace( /^#\/?/, '' ).split( '/' ).filter( Boolean );
	if ( parts[ 0 ] === 'tickets' && /^\d+$/.test( parts[ 1 ] ?? '' ) ) {
		return { name: 'ticket', id: Number( parts[ 1 ] ) };
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
				: 'mine',
	};
}

export function href( route: Route ): string {
	switch ( route.name ) {
		case 'ticket':
			return `#/tickets/${ route.id }`;
		case 'inbox':
			return `#/inbox/${ route.view }`;
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

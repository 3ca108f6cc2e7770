/**
 * Collision detection: reports that the agent views (or types in) a ticket
 * every few seconds and returns the other agents there.
 */
import apiFetch from '@wordpress/api-fetch';
import { useEffect, useRef, useState } from '@wordpress/element';

export type Presence = {
	user_id: number;
	name: string;
	state: 'viewing' | 'typing';
	since: number;
};

export const PRESENCE_INTERVAL = 8000;

export function usePresence( ticketId: number, typing: boolean ): Presence[] {
	const [ others, setOthers ] = useState< Presence[] >( [] );
	const typingRef = useRef( typing );
	typingRef.current = typing;
	useEffect( () => {
		let live = true;
		const report = ( state: string ) =>
			apiFetch( {
				path: `/storedesk/v1/tickets/${ ticketId }/presence`,
				method: 'POST',
				data: { state },
			} )
				.then( ( list ) => live && setOthers( list as Presence[] ) )
				.catch( () => undefined );
		report( typingRef.current ? 'typing' : 'viewing' );
		const timer = setInterval(
			() => report( typingRef.current ? 'typing' : 'viewing' ),
			PRESENCE_INTERVAL
		);
		return () => {
			live = false;
			clearInterval( timer );
			report( 'left' );
		};
	}, [ ticketId ] );
	// Typing is news worth telling at once, not at the next tick.
	useEffect( () => {
		apiFetch( {
			path: `/storedesk/v1/tickets/${ ticketId }/presence`,
			method: 'POST',
			data: { state: typing ? 'typing' : 'viewing' },
		} ).catch( () => undefined );
	}, [ ticketId, typing ] );
	return others;
}

/**
 * What shoppers do with the help articles, for the reports (POST
 * /help/events): the search a typing burst ends on, each article opened,
 * and a visit that read an article and left without writing ("deflected").
 * A contact form sent after articles were shown is recorded by the server:
 * the form then carries the visit's id (help_session) and where it was sent
 * from (help_source). Events go as beacons: they survive the page closing,
 * and a text/plain body needs no preflight.
 */
import type { HelpSource, StoreConfig } from '../types';
import { h } from '../app/dom';

type HelpEvent = {
	kind: 'search' | 'click' | 'deflected';
	source: HelpSource;
	query: string;
	results?: number;
	article_id?: number;
};

/** How long results must stay before their search counts as the burst's last. */
export const SETTLE_MS = 1500;

const KEY = 'storedesk-help-session';

let fallback = '';

/** Whether this page showed the shopper any article. */
let shown = false;

/** A search waiting to be the burst's last. */
let pending: { api: string; event: HelpEvent; timer: number } | null = null;

/** The article last read, until the shopper writes to us or leaves. */
let read: { api: string; event: HelpEvent } | null = null;

function random(): string {
	return Array.from( crypto.getRandomValues( new Uint8Array( 16 ) ), ( b ) =>
		b.toString( 16 ).padStart( 2, '0' )
	).join( '' );
}

/** The tab's visit id: kept for the tab's life, so a reload is the same visit. */
export function session(): string {
	try {
		let id = sessionStorage.getItem( KEY );
		if ( ! id ) {
			id = random();
			sessionStorage.setItem( KEY, id );
		}
		return id;
	} catch {
		// Storage off: one visit per page.
		fallback = fallback || random();
		return fallback;
	}
}

function send( api: string, event: HelpEvent ): void {
	const url = api + 'help/events';
	const body = JSON.stringify( { ...event, session: session() } );
	if ( ! navigator.sendBeacon?.( url, body ) ) {
		fetch( url, { method: 'POST', body, keepalive: true } ).catch(
			() => {}
		);
	}
}

/** Sends the waiting search now (an article is opened, the page goes). */
export function flush(): void {
	if ( pending ) {
		window.clearTimeout( pending.timer );
		send( pending.api, pending.event );
		pending = null;
	}
}

/**
 * Results were shown; they count once no newer search replaced them.
 *
 * @param config  Loader configuration.
 * @param source  Where.
 * @param query   What was asked.
 * @param results How many were shown.
 */
export function searched(
	config: StoreConfig,
	source: HelpSource,
	query: string,
	results: number
): void {
	if ( pending ) {
		window.clearTimeout( pending.timer );
	}
	shown = shown || results > 0;
	pending = {
		api: config.api,
		event: { kind: 'search', source, query, results },
		timer: window.setTimeout( flush, SETTLE_MS ),
	};
}

/**
 * An article was opened.
 *
 * @param config Loader configuration.
 * @param source Where.
 * @param query  The search it came from ('' for a product's list).
 * @param id     Article.
 */
export function opened(
	config: StoreConfig,
	source: HelpSource,
	query: string,
	id: number
): void {
	flush();
	shown = true;
	send( config.api, { kind: 'click', source, query, article_id: id } );
	read = {
		api: config.api,
		event: { kind: 'deflected', source, query, article_id: id },
	};
}

/** The shopper wrote to us after all: reading did not answer them. */
export function wrote(): void {
	read = null;
}

/** The page closes, or the panel: an article read and nothing written is an answer. */
export function left(): void {
	flush();
	if ( read ) {
		send( read.api, read.event );
		read = null;
	}
}

/**
 * Adds the visit to a contact form being sent after articles were shown;
 * runs before the form's own handler (capture), which reads every field.
 *
 * @param event A submit event.
 */
function mark( event: Event ): void {
	const form = event.target;
	// Sending the form ends the typing burst: its search counts now.
	flush();
	if (
		! shown ||
		! ( form instanceof HTMLFormElement ) ||
		! form.matches( '.storedesk-form' ) ||
		form.elements.namedItem( 'help_session' )
	) {
		return;
	}
	form.append(
		h( 'input', {
			type: 'hidden',
			name: 'help_session',
			value: session(),
		} ),
		h( 'input', {
			type: 'hidden',
			name: 'help_source',
			value: form.closest( '.storedesk-panel' ) ? 'widget' : 'form',
		} )
	);
}

document.addEventListener( 'submit', mark, true );
window.addEventListener( 'pagehide', left );
document.addEventListener( 'storedesk-closed', left );
document.addEventListener( 'storedesk-sent', wrote );

/**
 * An article read inside the panel: its text, a link to its page, and
 * "Was this helpful?" (POST /help/articles/{id}/feedback).
 */
import { __ } from '@wordpress/i18n';

import type { HelpArticle, HelpResult, StoreConfig } from '../types';
import { StoreApi } from '../app/api';
import { h } from '../app/dom';

/**
 * The server sends only what posts may hold; parsed inert and without
 * event attributes all the same, so a filter gone wrong cannot run code here.
 *
 * @param html Rendered article.
 */
function inert( html: string ): DocumentFragment {
	const template = h( 'template' );
	template.innerHTML = html;
	template.content
		.querySelectorAll( 'script,iframe,object,embed,form' )
		.forEach( ( el ) => el.remove() );
	template.content.querySelectorAll( '*' ).forEach( ( el ) => {
		for ( const { name } of Array.from( el.attributes ) ) {
			if ( name.startsWith( 'on' ) ) {
				el.removeAttribute( name );
			}
		}
	} );
	return template.content;
}

function feedback( api: StoreApi, id: number ): HTMLElement {
	const status = h( 'p', { role: 'status' } );
	const yes = h( 'button', { type: 'button' }, __( 'Yes', 'storedesk' ) );
	const no = h( 'button', { type: 'button' }, __( 'No', 'storedesk' ) );
	const group = h(
		'div',
		{ role: 'group', 'aria-label': __( 'Was this helpful?', 'storedesk' ) },
		h( 'span', {}, __( 'Was this helpful?', 'storedesk' ) ),
		' ',
		yes,
		' ',
		no
	);
	const send = async ( helpful: boolean ) => {
		yes.disabled = no.disabled = true;
		const res = await api.call< { message: string } >(
			'POST',
			`help/articles/${ id }/feedback`,
			{ helpful }
		);
		if ( res.ok ) {
			group.remove();
		} else {
			yes.disabled = no.disabled = false;
		}
		status.textContent = res.ok ? res.data.message : res.error.message;
	};
	yes.addEventListener( 'click', () => send( true ) );
	no.addEventListener( 'click', () => send( false ) );
	return h( 'div', { class: 'storedesk-help__feedback' }, group, status );
}

/**
 * Draws an article into a box, focusing its title once it is in.
 *
 * @param box    Where.
 * @param config Loader configuration.
 * @param item   The article (its id, and its title and link while it loads).
 */
export async function showArticle(
	box: HTMLElement,
	config: StoreConfig,
	item: Pick< HelpResult, 'id' >
): Promise< void > {
	const api = new StoreApi( config );
	box.replaceChildren( h( 'p', {}, __( 'Loading…', 'storedesk' ) ) );
	const res = await api.call< HelpArticle >(
		'GET',
		`help/articles/${ item.id }`
	);
	if ( ! res.ok ) {
		box.replaceChildren( h( 'p', { role: 'alert' }, res.error.message ) );
		return;
	}
	const title = h(
		'h3',
		{ class: 'storedesk-help__title', tabindex: -1 },
		res.data.title
	);
	const body = h( 'div', { class: 'storedesk-help__content' } );
	body.append( inert( res.data.content ) );
	box.replaceChildren(
		title,
		body,
		h(
			'p',
			{},
			h(
				'a',
				{ href: res.data.url },
				__( 'Open the full article', 'storedesk' )
			)
		),
		feedback( api, item.id )
	);
	title.focus();
}

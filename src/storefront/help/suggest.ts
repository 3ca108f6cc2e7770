/**
 * Deflection on the contact form: while the shopper types the subject, up
 * to three articles that may answer it show under the field. In the panel
 * an article opens in the "Search help" tab (what was typed stays in the
 * form); on a page it opens in a new tab, so the form keeps its text.
 */
import { __ } from '@wordpress/i18n';

import type { HelpResult, StoreConfig } from '../types';
import { h, uid } from '../app/dom';
import { opened, searched } from './events';
import { articleList } from './list';
import { liveSearch } from './search';

/** Fewest characters of a subject worth searching for. */
export const MIN_SUBJECT = 3;

/**
 * Watches a form's subject field (once per form).
 *
 * @param form   The contact form.
 * @param config Loader configuration.
 * @param read   Opens an article in the panel; without it, links open a new tab.
 */
export function suggest(
	form: HTMLFormElement,
	config: StoreConfig,
	read?: ( item: HelpResult ) => void
): void {
	const subject = form.elements.namedItem( 'subject' );
	if ( ! ( subject instanceof HTMLInputElement ) || form.dataset.suggest ) {
		return;
	}
	form.dataset.suggest = '1';
	const source = read ? 'widget' : 'form';
	const title = uid( 'storedesk-suggest' );
	const heading = h( 'p', { id: title, role: 'status' } );
	const box = h( 'div', { class: 'storedesk-suggest' }, heading );
	( subject.closest( '.storedesk-field' ) || subject ).after( box );

	const search = liveSearch( config, 3, MIN_SUBJECT, ( query, res ) => {
		const list = res?.ok ? res.data.results : [];
		box.replaceChildren( heading );
		heading.textContent = list.length
			? __( 'These articles may answer your question', 'storedesk' )
			: '';
		if ( ! list.length ) {
			return;
		}
		const links = articleList(
			list,
			( item ) => {
				opened( config, source, query, item.id );
				read?.( item );
			},
			! read
		);
		links.setAttribute( 'aria-labelledby', title );
		box.append( links );
		searched( config, source, query, list.length );
	} );
	subject.addEventListener( 'input', () => search( subject.value ) );
	search( subject.value );
}

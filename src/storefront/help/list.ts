/**
 * A list of articles as links to their pages, so each is reachable and
 * announced as a link; a plain click opens it where the list says.
 */
import { __ } from '@wordpress/i18n';

import type { HelpResult } from '../types';
import { h } from '../app/dom';

/**
 * @param results Articles.
 * @param open    Called on a click; the link's own navigation is kept when `newTab`.
 * @param newTab  Open the pages in a new tab (a page form, whose text must stay).
 */
export function articleList(
	results: HelpResult[],
	open: ( item: HelpResult ) => void,
	newTab = false
): HTMLUListElement {
	return h(
		'ul',
		{ class: 'storedesk-help__list' },
		...results.map( ( item ) => {
			const link = h(
				'a',
				newTab
					? { href: item.url, target: '_blank', rel: 'noopener' }
					: { href: item.url },
				item.title,
				newTab && ' ',
				newTab &&
					h(
						'span',
						{ class: 'storedesk-visually-hidden' },
						__( '(opens in a new tab)', 'storedesk' )
					)
			);
			link.addEventListener( 'click', ( event ) => {
				if ( ! newTab ) {
					event.preventDefault();
				}
				open( item );
			} );
			return h(
				'li',
				{},
				link,
				! newTab &&
					item.excerpt &&
					h( 'p', { class: 'storedesk-help__excerpt' }, item.excerpt )
			);
		} )
	);
}

/**
 * The panel's "Search help" tab: results as the shopper types, counted in
 * a polite live region; an article opens in the tab, with the way back;
 * "Still need help?" goes to the contact form with the search as its
 * subject. On a product or order page the articles about it come first.
 */
import { __, _n, sprintf } from '@wordpress/i18n';

import type { HelpResult, StoreConfig } from '../types';
import { StoreApi } from '../app/api';
import { h, uid } from '../app/dom';
import { showArticle } from './article';
import { opened, searched } from './events';
import { articleList } from './list';
import { liveSearch } from './search';

export type HelpTab = {
	/** Shows an article in the tab (its click was recorded by the caller). */
	open: ( item: Pick< HelpResult, 'id' > ) => Promise< void >;
};

/**
 * What the live region says about a search.
 *
 * @param count Articles found.
 */
function found( count: number ): string {
	return count
		? sprintf(
				/* translators: %d: number of articles */
				_n(
					'%d article found.',
					'%d articles found.',
					count,
					'storedesk'
				),
				count
			)
		: __(
				'No articles match. Try other words, or contact us.',
				'storedesk'
			);
}

function contextPath( config: StoreConfig ): string {
	const about = config.widget?.help;
	if ( about?.product ) {
		return `help/articles?product=${ about.product }`;
	}
	return about?.order
		? `help/articles?order=${ about.order }&key=${ encodeURIComponent(
				about.key || ''
			) }`
		: '';
}

/**
 * Fills the tab.
 *
 * @param container The tab's panel.
 * @param config    Loader configuration.
 * @param contact   Shows the contact form with a subject.
 */
export function helpTab(
	container: HTMLElement,
	config: StoreConfig,
	contact: ( subject: string ) => void
): HelpTab {
	const id = uid( 'storedesk-help-q' );
	const input = h( 'input', { type: 'search', id, autocomplete: 'off' } );
	const status = h( 'p', {
		class: 'storedesk-help__status',
		role: 'status',
	} );
	const results = h( 'div' );
	const about = h( 'div' );
	const home = h(
		'div',
		{},
		h(
			'form',
			{ role: 'search', class: 'storedesk-field' },
			h( 'label', { for: id }, __( 'Search help', 'storedesk' ) ),
			input
		),
		status,
		about,
		results
	);
	const back = h(
		'button',
		{ type: 'button', class: 'storedesk-help__back' },
		__( '‹ Back to results', 'storedesk' )
	);
	const article = h( 'div', { class: 'storedesk-help__article' } );
	const view = h( 'div', { hidden: true }, back, article );
	const ask = h(
		'button',
		{
			type: 'button',
			class: 'storedesk-button storedesk-button--secondary',
		},
		__( 'Still need help? Contact us', 'storedesk' )
	);
	container.replaceChildren(
		h( 'div', { class: 'storedesk-help' }, home, view, h( 'p', {}, ask ) )
	);

	let query = '';
	let from: HTMLElement | null = null;
	const open: HelpTab[ 'open' ] = ( item ) => {
		from = container.ownerDocument.activeElement as HTMLElement | null;
		home.hidden = true;
		view.hidden = false;
		return showArticle( article, config, item );
	};
	const pick = ( item: HelpResult ) => {
		opened( config, 'widget', query, item.id );
		open( item );
	};
	back.addEventListener( 'click', () => {
		view.hidden = true;
		home.hidden = false;
		// Back to the link that opened the article, unless it was the contact form's.
		( from?.isConnected && ! from.closest( '[hidden]' )
			? from
			: input
		).focus();
	} );
	ask.addEventListener( 'click', () => contact( input.value.trim() ) );
	home.firstElementChild?.addEventListener( 'submit', ( event ) =>
		event.preventDefault()
	);

	const search = liveSearch( config, 5, 2, ( q, res ) => {
		query = q;
		// The page's own articles show until the shopper searches.
		about.hidden = q !== '';
		const list = res?.ok ? res.data.results : [];
		results.replaceChildren( list.length ? articleList( list, pick ) : '' );
		if ( ! res ) {
			status.textContent = '';
			return;
		}
		status.textContent = res.ok ? found( list.length ) : res.error.message;
		if ( res.ok ) {
			searched( config, 'widget', q, list.length );
		}
	} );
	input.addEventListener( 'input', () => search( input.value ) );

	const path = contextPath( config );
	if ( path ) {
		new StoreApi( config )
			.call< { results: HelpResult[] } >( 'GET', path )
			.then( ( res ) => {
				if ( res.ok && res.data.results.length ) {
					about.replaceChildren(
						h(
							'h3',
							{},
							config.widget?.help?.product
								? __(
										'Articles about this product',
										'storedesk'
									)
								: __( 'Articles about your order', 'storedesk' )
						),
						articleList( res.data.results, pick )
					);
				}
			} );
	}
	return { open };
}

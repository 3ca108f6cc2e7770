/**
 * The on-demand part of the storefront: enhances the forms and portals
 * PHP printed, and opens the panel.
 */
import type { StoreConfig } from '../types';
import { enhanceForm } from './form';
import { enhanceLinksForm } from './links';
import { takeToken } from './link-token';
import { applyPrefill, loadPrivate, prefillFrom } from './order';
import { openPanel } from './panel';
import { Portal } from './portal';

export { openPanel };

/**
 * Opens the contact form for a "Get help" button or a #storedesk-contact
 * link, with the order it names: the page's own form when it has one,
 * else the panel.
 *
 * @param config Loader configuration.
 * @param from   The button or link, or null for the page's hash.
 */
export async function openContact(
	config: StoreConfig,
	from: HTMLElement | null
): Promise< void > {
	const order = prefillFrom( from, window.location.hash );
	const form = document.querySelector< HTMLFormElement >(
		'form[data-storedesk-form]:not([hidden])'
	);
	if ( ! form ) {
		await openPanel(
			config,
			from || document.querySelector( '.storedesk-launcher' ),
			order
		);
		return;
	}
	enhanceForm( form, config );
	await loadPrivate( form, config, order?.id || 0 );
	const filled = order ? applyPrefill( form, order ) : null;
	// Not every environment scrolls (tests, old browsers): optional.
	form.scrollIntoView?.( { block: 'start' } );
	(
		filled ||
		form.querySelector< HTMLElement >(
			'input:not([type=hidden]),select,textarea'
		)
	)?.focus();
}

/**
 * Enhances every form and portal inside a root.
 *
 * @param config Loader configuration.
 * @param root   Where to look.
 */
export function mountAll( config: StoreConfig, root: ParentNode ): void {
	root.querySelectorAll< HTMLFormElement >(
		'form[data-storedesk-form]'
	).forEach( ( form ) => enhanceForm( form, config ) );
	root.querySelectorAll< HTMLFormElement >(
		'form[data-storedesk-links]'
	).forEach( ( form ) => enhanceLinksForm( form, config ) );
	root.querySelectorAll< HTMLElement >( '[data-storedesk-portal]' ).forEach(
		( el ) => {
			if ( el.dataset.storedeskReady ) {
				return;
			}
			el.dataset.storedeskReady = '1';
			const guest = el.dataset.storedeskPortal === 'guest';
			const ticket = Number( el.dataset.ticket );
			const token = guest ? takeToken( ticket ) : '';
			if ( guest && ! token ) {
				// A reload in another tab, or storage off: the page asks for a new link.
				el.querySelector( '.storedesk-portal__loading' )?.remove();
				const fallback = el.querySelector< HTMLElement >(
					'.storedesk-portal__fallback'
				);
				if ( fallback ) {
					fallback.hidden = false;
				}
				return;
			}
			new Portal(
				el,
				config,
				guest ? { kind: 'guest', ticket } : { kind: 'customer' },
				token
			).start();
		}
	);
}

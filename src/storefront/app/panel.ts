/**
 * The widget's panel: a modal dialog (focus moves in, stays in, returns
 * to what opened it, the launcher or a "Get help with this order" button;
 * Escape closes) with one tab per feature. Later features (chat) add a
 * PanelTab to `tabs`. Opened for an order, it shows the contact form with
 * that order in it; on a product or order page (config.widget.help), the
 * "Search help" tab with the articles about it. That tab's code is a chunk
 * of its own, loaded when the tab is first shown or the contact form's
 * subject is typed in.
 */
import { __ } from '@wordpress/i18n';

import type { FormDescription, HelpResult, StoreConfig } from '../types';
import type { HelpTab } from '../help/tab';
import { StoreApi } from './api';
import { h, uid } from './dom';
import { buildForm, enhanceForm } from './form';
import { buildLinksForm, enhanceLinksForm } from './links';
import { applyPrefill, formPath, type OrderPrefill } from './order';
import { Portal } from './portal';

export type PanelTab = {
	id: string;
	label: string;
	/** Fills the tab's panel the first time it is shown. */
	render: (
		container: HTMLElement,
		config: StoreConfig
	) => void | Promise< void >;
};

/** The order the contact form is opened for, until it is drawn. */
let prefill: OrderPrefill | null = null;

/** A subject for the contact form ("Still need help?"), until it is drawn. */
let subject = '';

/** The "Search help" tab, once its code is in. */
let help: Promise< HelpTab > | null = null;

const CONTACT = 0;
const HELP = 1;

export const tabs: PanelTab[] = [
	{
		id: 'contact',
		label: __( 'Contact us', 'storedesk' ),
		async render( container, config ) {
			const order = prefill;
			prefill = null;
			const res = await new StoreApi( config ).call< FormDescription >(
				'GET',
				formPath( order )
			);
			if ( ! res.ok ) {
				container.replaceChildren(
					h( 'p', { role: 'alert' }, res.error.message )
				);
				return;
			}
			const form = buildForm( res.data );
			if ( order ) {
				applyPrefill( form, order );
			}
			container.replaceChildren( form );
			fillSubject( form );
			enhanceForm( form, config, readArticle );
		},
	},
	{
		id: 'help',
		label: __( 'Search help', 'storedesk' ),
		render( container, config ) {
			help = import(
				/* webpackChunkName: "storefront-help" */ '../help/tab'
			).then( ( m ) => m.helpTab( container, config, askContact ) );
			return help.then(
				() => {},
				() => {
					container.replaceChildren(
						h(
							'p',
							{ role: 'alert' },
							__(
								'We could not reach the store. Check your connection and try again; your text is kept.',
								'storedesk'
							)
						)
					);
				}
			);
		},
	},
	{
		id: 'conversations',
		label: __( 'My conversations', 'storedesk' ),
		render( container, config ) {
			if ( config.loggedIn ) {
				const root = h( 'div', { class: 'storedesk-portal' } );
				container.replaceChildren( root );
				new Portal( root, config, { kind: 'customer' } ).start();
				return;
			}
			const form = buildLinksForm();
			container.replaceChildren(
				h(
					'p',
					{},
					__(
						'Enter the email address you wrote from and we will send you links to your conversations.',
						'storedesk'
					)
				),
				form,
				h(
					'p',
					{},
					h(
						'a',
						{ href: config.portal },
						__(
							'Have an account? Log in to see them all.',
							'storedesk'
						)
					)
				)
			);
			enhanceLinksForm( form, config );
		},
	},
];

let dialog: HTMLElement | null = null;

/**
 * Puts the waiting subject into the contact form, unless the shopper
 * already wrote one there.
 *
 * @param form The contact form.
 */
function fillSubject( form: HTMLFormElement ): void {
	const field = form.querySelector< HTMLInputElement >(
		'input[name=subject]'
	);
	if ( field && subject && ! field.value ) {
		field.value = subject;
	}
	subject = '';
}

/**
 * "Still need help? Contact us": the contact tab, with the search as the subject.
 *
 * @param text What the shopper searched for.
 */
function askContact( text: string ): void {
	subject = text;
	const form = dialog?.querySelector< HTMLFormElement >(
		'form.storedesk-form'
	);
	if ( form ) {
		fillSubject( form );
	}
	selectTab( CONTACT, true );
}

/**
 * Opens an article the contact form suggested in the "Search help" tab;
 * the form keeps what was typed.
 *
 * @param item The article.
 */
function readArticle( item: HelpResult ): void {
	selectTab( HELP, false );
	help?.then( ( tab ) => tab.open( item ) );
}

/** Where focus returns when the panel closes. */
let opener: HTMLElement | null = null;

/** Shows a tab (set once the panel is built). */
let selectTab: ( index: number, focus: boolean ) => void = () => {};

function loadStyles( config: StoreConfig ): Promise< void > {
	if (
		! config.css ||
		document.querySelector( 'link[data-storedesk-css]' ) ||
		document.getElementById( 'storedesk-storefront-ui-css' )
	) {
		return Promise.resolve();
	}
	// The panel shows once its styles are in, so it never flashes unstyled.
	return new Promise( ( resolve ) => {
		const link = h( 'link', {
			rel: 'stylesheet',
			href: config.css,
			'data-storedesk-css': true,
		} );
		link.addEventListener( 'load', () => resolve() );
		link.addEventListener( 'error', () => resolve() );
		document.head.append( link );
	} );
}

function focusables( root: HTMLElement ): HTMLElement[] {
	return Array.from(
		root.querySelectorAll< HTMLElement >(
			'a[href],button:not([disabled]),input:not([type=hidden]):not([tabindex="-1"]),select,textarea,[tabindex="0"]'
		)
	).filter( ( el ) => ! el.closest( '[hidden]' ) );
}

function build( config: StoreConfig ): HTMLElement {
	const title = uid( 'storedesk-panel-title' );
	const close = h(
		'button',
		{
			type: 'button',
			class: 'storedesk-panel__close',
			'aria-label': __( 'Close', 'storedesk' ),
		},
		'×'
	);
	const list = h( 'div', {
		role: 'tablist',
		class: 'storedesk-panel__tabs',
		'aria-label': __( 'Support', 'storedesk' ),
	} );
	const body = h( 'div', { class: 'storedesk-panel__body' } );
	const side = config.widget?.position === 'left' ? 'left' : 'right';
	const panel = h(
		'div',
		{
			class: `storedesk-panel storedesk-panel--${ side }`,
			role: 'dialog',
			'aria-modal': 'true',
			'aria-labelledby': title,
		},
		h(
			'div',
			{ class: 'storedesk-panel__header' },
			h(
				'h2',
				{ id: title, class: 'storedesk-panel__title' },
				__( 'How can we help?', 'storedesk' )
			),
			close
		),
		list,
		body
	);
	const buttons: HTMLButtonElement[] = [];
	// Held by reference: the first tab is selected before the panel is in the document.
	const panes: HTMLElement[] = [];
	const select = ( index: number, focus: boolean ) => {
		buttons.forEach( ( button, i ) => {
			const on = i === index;
			button.setAttribute( 'aria-selected', on ? 'true' : 'false' );
			button.tabIndex = on ? 0 : -1;
			const pane = panes[ i ];
			pane.hidden = ! on;
			if ( on && ! pane.dataset.rendered ) {
				pane.dataset.rendered = '1';
				tabs[ i ].render( pane, config );
			}
		} );
		if ( focus ) {
			buttons[ index ].focus();
		}
	};
	tabs.forEach( ( tab, i ) => {
		const id = uid( `storedesk-tab-${ tab.id }` );
		const button = h(
			'button',
			{
				type: 'button',
				role: 'tab',
				id,
				'aria-controls': `${ id }-panel`,
			},
			tab.label
		);
		button.addEventListener( 'click', () => select( i, false ) );
		button.addEventListener( 'keydown', ( event ) => {
			const step = {
				ArrowRight: 1,
				ArrowLeft: -1,
				Home: -i,
				End: tabs.length - 1 - i,
			}[ event.key ];
			if ( step !== undefined ) {
				event.preventDefault();
				const dir =
					document.documentElement.dir === 'rtl' &&
					Math.abs( step ) === 1
						? -step
						: step;
				select( ( i + dir + tabs.length ) % tabs.length, true );
			}
		} );
		const pane = h(
			'div',
			{
				role: 'tabpanel',
				id: `${ id }-panel`,
				'aria-labelledby': id,
				class: 'storedesk-panel__pane',
				tabindex: 0,
				hidden: true,
			},
			h( 'p', {}, __( 'Loading…', 'storedesk' ) )
		);
		buttons.push( button );
		panes.push( pane );
		list.append( button );
		body.append( pane );
	} );
	close.addEventListener( 'click', () => closePanel( opener ) );
	panel.addEventListener( 'keydown', ( event ) => {
		if ( event.key === 'Escape' ) {
			event.preventDefault();
			closePanel( opener );
		}
		if ( event.key === 'Tab' ) {
			const all = focusables( panel );
			const first = all[ 0 ];
			const last = all[ all.length - 1 ];
			if (
				event.shiftKey &&
				panel.ownerDocument.activeElement === first
			) {
				event.preventDefault();
				last.focus();
			} else if (
				! event.shiftKey &&
				panel.ownerDocument.activeElement === last
			) {
				event.preventDefault();
				first.focus();
			}
		}
	} );
	selectTab = select;
	select( config.widget?.help && ! prefill ? HELP : CONTACT, false );
	return panel;
}

/**
 * The contact tab shows the order: in the form already drawn when it can
 * take it (what the shopper typed stays), else in a form drawn afresh.
 *
 * @param order The order.
 */
function showOrder( order: OrderPrefill ): void {
	const pane = dialog?.querySelectorAll< HTMLElement >(
		'.storedesk-panel__pane'
	)[ 0 ];
	const form = pane?.querySelector< HTMLFormElement >( 'form' );
	if ( pane && form && ! form.hidden && applyPrefill( form, order ) ) {
		selectTab( CONTACT, false );
		return;
	}
	prefill = order;
	if ( pane ) {
		delete pane.dataset.rendered;
	}
	selectTab( CONTACT, false );
}

/**
 * Sets aria-expanded on what opened the panel and on the launcher, which
 * hides while the panel is open.
 *
 * @param from The opener.
 * @param open Whether the panel is open.
 */
function expanded( from: HTMLElement | null, open: boolean ): void {
	const launcher = document.querySelector( '.storedesk-launcher' );
	[ from, launcher === from ? null : launcher ].forEach( ( el ) =>
		el?.setAttribute( 'aria-expanded', open ? 'true' : 'false' )
	);
}

/**
 * Opens the panel (built once, kept while the page lives).
 *
 * @param config   Loader configuration.
 * @param launcher What opened it (the launcher, a "Get help" button), which gets focus back on close.
 * @param order    The order to show in the contact form, or null.
 */
export async function openPanel(
	config: StoreConfig,
	launcher: HTMLElement | null,
	order: OrderPrefill | null = null
): Promise< void > {
	await loadStyles( config );
	opener = launcher;
	if ( ! dialog ) {
		prefill = order;
		dialog = build( config );
		document.body.append( dialog );
	} else if ( order ) {
		showOrder( order );
	}
	dialog.hidden = false;
	expanded( launcher, true );
	dialog
		.querySelector< HTMLElement >( '[role=tab][aria-selected=true]' )
		?.focus();
}

/**
 * Closes the panel and gives focus back to what opened it.
 *
 * @param launcher The launcher button or the other opener.
 */
export function closePanel( launcher: HTMLElement | null ): void {
	if ( dialog ) {
		dialog.hidden = true;
	}
	// The help code, when loaded, counts an article read and no message written as an answer.
	document.dispatchEvent( new Event( 'storedesk-closed' ) );
	expanded( launcher, false );
	launcher?.focus();
}

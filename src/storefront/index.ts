/**
 * Storefront loader: the only script on a storefront page until the shopper
 * opens the panel. It draws the launcher (styles injected here, a few
 * lines) and loads everything else on demand as webpack chunks: the panel
 * when the launcher is used, the form and portal code when the page has a
 * form or portal block, the contact form when a "Get help with this order"
 * button ([data-storedesk-contact]) or a #storedesk-contact link is used or
 * the page opens on that hash.
 */
import type { StoreConfig } from './types';

// eslint-disable-next-line camelcase, @typescript-eslint/no-unused-vars -- webpack's own name.
declare let __webpack_public_path__: string;

const config = window.storedeskStore;

const LAUNCHER_CSS = `.storedesk-launcher{position:fixed;bottom:20px;z-index:99990;display:inline-flex;align-items:center;gap:8px;min-height:48px;padding:0 20px;border:0;border-radius:24px;color:#fff;font:600 16px/1.2 system-ui,sans-serif;box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer}.storedesk-launcher:focus-visible{outline:3px solid #fff;box-shadow:0 0 0 6px currentColor}.storedesk-launcher--right{right:20px}.storedesk-launcher--left{left:20px}.storedesk-launcher[aria-expanded=true]{display:none}`;

function loadApp() {
	return import( /* webpackChunkName: "storefront-app" */ './app/mount' );
}

const OPENERS = '[data-storedesk-contact],a[href^="#storedesk-contact"]';

function openContact( cfg: StoreConfig, from: HTMLElement | null ) {
	loadApp().then( ( app ) => app.openContact( cfg, from ) );
}

function openers( cfg: StoreConfig ) {
	// The buttons do something only with scripts, so they show only now.
	document
		.querySelectorAll< HTMLElement >( '[data-storedesk-reveal]' )
		.forEach( ( el ) => ( el.hidden = false ) );
	document.addEventListener( 'click', ( event ) => {
		const from =
			event.target instanceof Element
				? event.target.closest< HTMLElement >( OPENERS )
				: null;
		if ( from ) {
			event.preventDefault();
			openContact( cfg, from );
		}
	} );
	if ( window.location.hash.startsWith( '#storedesk-contact' ) ) {
		openContact( cfg, null );
	}
}

function launcher( cfg: StoreConfig ) {
	const widget = cfg.widget;
	if ( ! widget ) {
		return;
	}
	const style = document.createElement( 'style' );
	style.textContent = LAUNCHER_CSS;
	document.head.appendChild( style );
	const button = document.createElement( 'button' );
	button.type = 'button';
	button.className = `storedesk-launcher storedesk-launcher--${
		widget.position === 'left' ? 'left' : 'right'
	}`;
	button.style.background = widget.color;
	button.textContent = widget.label;
	button.setAttribute( 'aria-haspopup', 'dialog' );
	button.setAttribute( 'aria-expanded', 'false' );
	button.addEventListener( 'pointerenter', loadApp, { once: true } );
	button.addEventListener( 'click', () => {
		button.disabled = true;
		loadApp()
			.then( ( app ) => app.openPanel( cfg, button ) )
			.finally( () => {
				button.disabled = false;
			} );
	} );
	document.body.appendChild( button );
}

function start( cfg: StoreConfig ) {
	// Chunks load from the plugin's build folder wherever the site lives.
	// eslint-disable-next-line camelcase
	__webpack_public_path__ = cfg.publicPath;
	launcher( cfg );
	openers( cfg );
	if (
		document.querySelector(
			'[data-storedesk-form],[data-storedesk-portal],[data-storedesk-links]'
		)
	) {
		loadApp().then( ( app ) => app.mountAll( cfg, document ) );
	}
}

if ( config ) {
	if ( document.readyState === 'loading' ) {
		document.addEventListener( 'DOMContentLoaded', () => start( config ) );
	} else {
		start( config );
	}
}

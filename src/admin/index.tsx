/**
 * Entry point: mounts the app into the Support page.
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

import { App } from './App';
import { fallBackToCoreTranslations } from './i18n-fallback';
import './style.scss';

fallBackToCoreTranslations();

domReady( () => {
	const root = document.getElementById( 'storedesk-admin-root' );
	if ( root ) {
		createRoot( root ).render( <App /> );
	}
} );

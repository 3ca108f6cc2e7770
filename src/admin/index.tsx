/**
 * Entry point: mounts the app into the Support page.
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

import { App } from './App';
import './style.scss';

domReady( () => {
	const root = document.getElementById( 'storedesk-admin-root' );
	if ( root ) {
		createRoot( root ).render( <App /> );
	}
} );

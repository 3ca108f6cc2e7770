/**
 * The panel with its "Search help" tab, whose code loads on demand: on a
 * product page it opens there with the product's articles; "Still need
 * help?" moves to the contact form with the search as the subject; an
 * article the form suggests opens in the help tab, the form keeping its text.
 */
import {
	findByRole,
	fireEvent,
	getByRole,
	waitFor,
} from '@testing-library/react';

import type { FormDescription, StoreConfig } from '../../types';
import { openPanel } from '../panel';

const CONFIG: StoreConfig = {
	publicPath: '/build/',
	api: '/api/',
	nonce: '',
	css: '',
	portal: '/support/',
	loggedIn: false,
	widget: {
		position: 'right',
		color: '#000',
		label: 'Help',
		help: { product: 5 },
	},
};

const field = ( name: string, label: string ) => ( {
	name,
	label,
	type: name === 'message' ? ( 'textarea' as const ) : ( 'text' as const ),
	required: true,
	value: '',
	hidden: false,
} );

const FORM: FormDescription = {
	fields: [
		field( 'subject', 'Subject' ),
		field( 'message', 'How can we help?' ),
	],
	stamp: 'stamp',
	honeypot: 'hp',
	logged_in: false,
};

const TRAY = {
	id: 21,
	title: 'Oil your walnut tray',
	excerpt: 'Once a month.',
	url: '/help/tray/',
};

const ANSWERS: Record< string, unknown > = {
	form: FORM,
	'help/articles?product=5': { results: [ TRAY ] },
	'help/search?per_page=5&q=tray%20stain': { results: [] },
	'help/search?per_page=3&q=sticky%20tray': { results: [ TRAY ] },
	'help/articles/21': {
		id: 21,
		title: 'Oil your walnut tray',
		content: '<p>Use food-safe oil.</p>',
		url: '/help/tray/',
	},
};

beforeAll( () => {
	Object.defineProperty( navigator, 'sendBeacon', {
		value: jest.fn( () => true ),
		configurable: true,
	} );
	global.fetch = jest.fn( async ( url: string ) => {
		const answer = ANSWERS[ url.replace( '/api/', '' ) ];
		return {
			ok: !! answer,
			status: answer ? 200 : 404,
			json: async () =>
				answer || { code: 'rest_no_route', message: 'No route.' },
		};
	} ) as unknown as typeof fetch;
} );

describe( 'the panel’s help tab', () => {
	it( 'opens on a product page with its articles, and leads to the form with the search as subject', async () => {
		const launcher = document.createElement( 'button' );
		document.body.append( launcher );
		await openPanel( CONFIG, launcher );
		const dialog = getByRole( document.body, 'dialog' );
		const tab = getByRole( dialog, 'tab', { name: 'Search help' } );
		expect( tab ).toHaveAttribute( 'aria-selected', 'true' );
		expect( tab ).toHaveFocus();
		const pane = getByRole( dialog, 'tabpanel', { name: 'Search help' } );
		await findByRole( pane, 'heading', {
			name: 'Articles about this product',
		} );
		expect(
			getByRole( pane, 'link', { name: 'Oil your walnut tray' } )
		).toBeVisible();

		fireEvent.input( getByRole( pane, 'searchbox' ), {
			target: { value: 'tray stain' },
		} );
		fireEvent.click(
			getByRole( pane, 'button', { name: 'Still need help? Contact us' } )
		);
		const contact = getByRole( dialog, 'tab', { name: 'Contact us' } );
		expect( contact ).toHaveAttribute( 'aria-selected', 'true' );
		expect( contact ).toHaveFocus();
		const subject = await findByRole( dialog, 'textbox', {
			name: /Subject/,
		} );
		expect( subject ).toHaveValue( 'tray stain' );
	} );

	it( 'opens an article the form suggests in the help tab, keeping the form', async () => {
		const dialog = getByRole( document.body, 'dialog' );
		const subject = getByRole( dialog, 'textbox', { name: /Subject/ } );
		fireEvent.input( subject, { target: { value: 'sticky tray' } } );
		const form = getByRole( dialog, 'form', { name: 'Contact us' } );
		const link = await findByRole( form, 'link', {
			name: 'Oil your walnut tray',
		} );
		fireEvent.click( link );
		expect(
			getByRole( dialog, 'tab', { name: 'Search help' } )
		).toHaveAttribute( 'aria-selected', 'true' );
		const pane = getByRole( dialog, 'tabpanel', { name: 'Search help' } );
		await waitFor( () =>
			expect( pane ).toHaveTextContent( 'Use food-safe oil.' )
		);
		expect( subject ).toHaveValue( 'sticky tray' );
	} );
} );

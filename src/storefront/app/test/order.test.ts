/**
 * "Get help with this order": which order an opener names, and the order
 * in the contact form, chosen in a customer's list (which comes from the
 * API, never from the page) or typed in for a guest.
 */
import { getByLabelText, getByRole, waitFor } from '@testing-library/react';

import type { FormDescription, FormField, StoreConfig } from '../../types';
import { buildForm } from '../form';
import { openContact } from '../mount';
import {
	applyPrefill,
	fillPrivate,
	formPath,
	loadPrivate,
	prefillFrom,
} from '../order';

const CONFIG: StoreConfig = {
	publicPath: '/build/',
	api: '/wp-json/storedesk/store/v1/',
	nonce: 'n0nce',
	css: '',
	portal: '/support/',
	loggedIn: true,
	widget: null,
};

const text = ( name: string, label: string, value = '' ): FormField => ( {
	name,
	label,
	type: name === 'email' ? 'email' : 'text',
	required: name !== 'order_number',
	value,
	hidden: false,
} );

function customerForm( value = '' ): FormDescription {
	return {
		fields: [
			{
				...text( 'email', 'Email address', 'cora@example.test' ),
				hidden: true,
			},
			{
				name: 'order_id',
				label: 'Order',
				type: 'select',
				required: false,
				value,
				hidden: false,
				private: true,
				options: [
					{ value: '', label: 'Not about an order' },
					{ value: '41', label: 'Order #41, May 2, 2025, €15.00' },
					{ value: '7', label: 'Order #7, January 9, 2024, €9.00' },
				],
			},
			text( 'subject', 'Subject' ),
		],
		stamp: 'stamp',
		honeypot: 'website',
		logged_in: true,
	};
}

const GUEST: FormDescription = {
	fields: [
		text( 'email', 'Email address' ),
		{
			...text( 'order_number', 'Your order number' ),
			max_length: 40,
			help: 'The number in your order confirmation.',
		},
		text( 'subject', 'Subject' ),
	],
	stamp: 'stamp',
	honeypot: 'website',
	logged_in: false,
};

function button( data: Record< string, string > ): HTMLElement {
	const el = document.createElement( 'button' );
	el.dataset.storedeskContact = '';
	Object.assign( el.dataset, data );
	return el;
}

describe( 'prefillFrom', () => {
	it( 'reads a button, then its link, then the page hash', () => {
		expect(
			prefillFrom(
				button( { storedeskOrder: '41', storedeskOrderNumber: '41' } ),
				''
			)
		).toEqual( { id: 41, number: '41', email: '' } );
		expect(
			prefillFrom(
				button( {
					storedeskOrderNumber: ' SD-1041 ',
					storedeskEmail: 'gwen@example.test',
				} ),
				'#storedesk-contact?order=9'
			)
		).toEqual( { id: 0, number: 'SD-1041', email: 'gwen@example.test' } );
		const link = document.createElement( 'a' );
		link.href = '#storedesk-contact?order=12&number=A-12';
		expect( prefillFrom( link, '' ) ).toEqual( {
			id: 12,
			number: 'A-12',
			email: '',
		} );
		expect( prefillFrom( null, '#storedesk-contact?order=5' ) ).toEqual( {
			id: 5,
			number: '',
			email: '',
		} );
	} );

	it( 'names no order for a plain opener, junk or another hash', () => {
		expect( prefillFrom( button( {} ), '' ) ).toBeNull();
		expect( prefillFrom( null, '#storedesk-contact' ) ).toBeNull();
		expect(
			prefillFrom( null, '#storedesk-contact?order=1e3&number=' )
		).toBeNull();
		expect( prefillFrom( null, '#reviews?order=5' ) ).toBeNull();
		expect(
			prefillFrom( button( { storedeskOrder: '-4' } ), '' )
		).toBeNull();
	} );

	it( 'asks GET /form for the order to be chosen only by id', () => {
		expect( formPath( null ) ).toBe( 'form' );
		expect( formPath( { id: 0, number: '12', email: '' } ) ).toBe( 'form' );
		expect( formPath( { id: 41, number: '41', email: '' } ) ).toBe(
			'form?order=41'
		);
	} );
} );

describe( 'the order in the form', () => {
	it( 'draws a customer list without "Choose…", with the chosen order', () => {
		const form = buildForm( customerForm( '7' ) );
		document.body.replaceChildren( form );
		const select = getByLabelText( form, 'Order' ) as HTMLSelectElement;
		expect( select.value ).toBe( '7' );
		expect( Array.from( select.options ).map( ( o ) => o.text ) ).toEqual( [
			'Not about an order',
			'Order #41, May 2, 2025, €15.00',
			'Order #7, January 9, 2024, €9.00',
		] );
		expect( select ).not.toHaveAttribute( 'data-storedesk-private' );
	} );

	it( 'chooses an order in the list, and refuses one that is not there', () => {
		const form = buildForm( customerForm() );
		document.body.replaceChildren( form );
		const select = getByLabelText( form, 'Order' ) as HTMLSelectElement;
		expect(
			applyPrefill( form, { id: 41, number: '41', email: '' } )
		).toBe( select );
		expect( select.value ).toBe( '41' );
		expect(
			applyPrefill( form, { id: 99, number: '99', email: '' } )
		).toBeNull();
		expect( select.value ).toBe( '41' );
	} );

	it( 'types a guest’s number and billing email, keeping an address typed already', () => {
		const form = buildForm( GUEST );
		document.body.replaceChildren( form );
		const number = getByLabelText( form, 'Your order number' );
		expect( number ).toHaveAccessibleDescription(
			/^The number in your order confirmation\.\s*$/
		);
		const email = getByLabelText( form, /^Email address/ );
		applyPrefill( form, {
			id: 0,
			number: '1041',
			email: 'gwen@example.test',
		} );
		expect( number ).toHaveValue( '1041' );
		expect( email ).toHaveValue( 'gwen@example.test' );
		( email as HTMLInputElement ).value = 'mine@example.test';
		applyPrefill( form, {
			id: 0,
			number: '7',
			email: 'gwen@example.test',
		} );
		expect( email ).toHaveValue( 'mine@example.test' );
		expect(
			applyPrefill( form, { id: 7, number: '', email: '' } )
		).toBeNull();
	} );

	it( 'fills a page form’s empty private list, keeping the choice', () => {
		document.body.innerHTML =
			'<form><label for="o">Order</label><select id="o" name="order_id" data-storedesk-private><option value="">Not about an order</option></select></form>';
		const form = document.querySelector( 'form' ) as HTMLFormElement;
		fillPrivate( form, customerForm( '41' ) );
		const select = getByLabelText( form, 'Order' ) as HTMLSelectElement;
		expect( select.options ).toHaveLength( 3 );
		expect( select.value ).toBe( '41' );
		select.value = '7';
		fillPrivate( form, customerForm( '41' ) );
		expect( select.value ).toBe( '7' );
		fillPrivate( form, GUEST );
		expect( select.options ).toHaveLength( 3 );
	} );
} );

describe( 'opening the form for an order', () => {
	const fetchMock = jest.fn();
	beforeAll( () => {
		global.fetch = fetchMock;
	} );
	beforeEach( () => {
		fetchMock.mockReset();
		fetchMock.mockImplementation( async ( url: string ) => ( {
			ok: true,
			status: 200,
			json: async () => customerForm( url.endsWith( '=7' ) ? '7' : '' ),
		} ) );
	} );

	it( 'asks for the customer’s orders as the customer, once per page form', async () => {
		document.body.innerHTML =
			'<form data-storedesk-form><label for="o">Order</label><select id="o" name="order_id" data-storedesk-private><option value="">Not about an order</option></select></form>';
		const form = document.querySelector( 'form' ) as HTMLFormElement;
		await loadPrivate( form, CONFIG );
		await loadPrivate( form, CONFIG );
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
		expect( fetchMock.mock.calls[ 0 ][ 0 ] ).toBe(
			'/wp-json/storedesk/store/v1/form'
		);
		expect( fetchMock.mock.calls[ 0 ][ 1 ].headers[ 'X-WP-Nonce' ] ).toBe(
			'n0nce'
		);
		expect( fetchMock.mock.calls[ 0 ][ 1 ].credentials ).toBe(
			'same-origin'
		);
		expect(
			( form.elements.namedItem( 'order_id' ) as HTMLSelectElement )
				.options
		).toHaveLength( 3 );
	} );

	it( 'uses the page’s form when there is one, with the order chosen', async () => {
		document.body.innerHTML =
			'<form data-storedesk-form><label for="o">Order</label><select id="o" name="order_id" data-storedesk-private><option value="">Not about an order</option></select><button type="submit">Send</button></form>';
		await openContact(
			CONFIG,
			button( { storedeskOrder: '7', storedeskOrderNumber: '7' } )
		);
		const select = getByLabelText( document.body, 'Order' );
		expect( select ).toHaveValue( '7' );
		expect( select ).toHaveFocus();
		expect( fetchMock.mock.calls.map( ( c ) => c[ 0 ] ) ).toContain(
			'/wp-json/storedesk/store/v1/form?order=7'
		);
	} );

	it( 'opens the panel with the order chosen, and again for another order', async () => {
		document.body.replaceChildren();
		const opener = button( {
			storedeskOrder: '7',
			storedeskOrderNumber: '7',
		} );
		document.body.append( opener );
		await openContact( CONFIG, opener );
		const dialog = getByRole( document.body, 'dialog' );
		await waitFor( () =>
			expect( getByLabelText( dialog, 'Order' ) ).toHaveValue( '7' )
		);
		expect( fetchMock.mock.calls[ 0 ][ 0 ] ).toBe(
			'/wp-json/storedesk/store/v1/form?order=7'
		);
		expect( opener ).toHaveAttribute( 'aria-expanded', 'true' );
		getByLabelText( dialog, /^Subject/ ).setAttribute( 'data-typed', '1' );

		await openContact(
			CONFIG,
			button( { storedeskOrder: '41', storedeskOrderNumber: '41' } )
		);
		expect( getByLabelText( dialog, 'Order' ) ).toHaveValue( '41' );
		expect( getByLabelText( dialog, /^Subject/ ) ).toHaveAttribute(
			'data-typed',
			'1'
		);
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
		getByRole( dialog, 'button', { name: 'Close' } ).click();
		expect( dialog ).not.toBeVisible();
	} );
} );

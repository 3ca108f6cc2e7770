/**
 * Deflection on the contact form: up to three articles under the subject
 * once it has three characters, as links to a new tab on a page, opened in
 * the panel from the widget; each click recorded.
 */
import {
	findByRole,
	fireEvent,
	getByRole,
	queryByRole,
} from '@testing-library/react';

import type { HelpResult, StoreConfig } from '../../types';
import { DEBOUNCE_MS } from '../search';
import { suggest } from '../suggest';

const CONFIG: StoreConfig = {
	publicPath: '/build/',
	api: '/api/',
	nonce: '',
	css: '',
	portal: '/support/',
	loggedIn: false,
	widget: null,
};

const LAMP: HelpResult = {
	id: 31,
	title: 'Why a lamp flickers',
	excerpt: 'Dimmers.',
	url: '/help/lamp/',
};

const beacon = jest.fn< boolean, [ string, string ] >( () => true );

function form(): { form: HTMLFormElement; subject: HTMLInputElement } {
	document.body.innerHTML = `<form class="storedesk-form">
		<div class="storedesk-field"><label for="s">Subject</label><input id="s" name="subject"></div>
		<div class="storedesk-field"><label for="m">How can we help?</label><textarea id="m" name="message"></textarea></div>
	</form>`;
	return {
		form: document.querySelector( 'form' )!,
		subject: document.querySelector( 'input' )!,
	};
}

beforeAll( () => {
	Object.defineProperty( navigator, 'sendBeacon', {
		value: beacon,
		configurable: true,
	} );
} );

beforeEach( () => {
	beacon.mockClear();
	global.fetch = jest.fn( async () => ( {
		ok: true,
		status: 200,
		json: async () => ( { results: [ LAMP ] } ),
	} ) ) as unknown as typeof fetch;
} );

describe( 'suggest', () => {
	it( 'shows matching articles under the subject, opening in a new tab on a page', async () => {
		const { form: el, subject } = form();
		subject.value = 'lamp flickers';
		suggest( el, CONFIG );
		const link = await findByRole( el, 'link', {
			name: 'Why a lamp flickers (opens in a new tab)',
		} );
		expect( global.fetch ).toHaveBeenCalledWith(
			'/api/help/search?per_page=3&q=lamp%20flickers',
			expect.anything()
		);
		expect( link ).toHaveAttribute( 'target', '_blank' );
		expect(
			getByRole( el, 'list', {
				name: 'These articles may answer your question',
			} )
		).toBeVisible();
		// Between the subject and the message.
		expect(
			subject.closest( '.storedesk-field' )?.nextElementSibling
		).toHaveClass( 'storedesk-suggest' );

		fireEvent.click( link );
		const click = JSON.parse( beacon.mock.calls.at( -1 )![ 1 ] );
		expect( click ).toMatchObject( {
			kind: 'click',
			source: 'form',
			query: 'lamp flickers',
			article_id: 31,
		} );
	} );

	it( 'waits for three characters and clears when the subject shrinks', async () => {
		jest.useFakeTimers();
		const { form: el, subject } = form();
		suggest( el, CONFIG );
		fireEvent.input( subject, { target: { value: 'la' } } );
		jest.advanceTimersByTime( DEBOUNCE_MS );
		expect( global.fetch ).not.toHaveBeenCalled();
		fireEvent.input( subject, { target: { value: 'lam' } } );
		await jest.advanceTimersByTimeAsync( DEBOUNCE_MS );
		expect( getByRole( el, 'link' ) ).toBeVisible();
		fireEvent.input( subject, { target: { value: 'l' } } );
		expect( queryByRole( el, 'link' ) ).toBeNull();
		expect( getByRole( el, 'status' ) ).toHaveTextContent( '' );
		jest.useRealTimers();
	} );

	it( 'opens the article in the panel from the widget’s form', async () => {
		const { form: el, subject } = form();
		subject.value = 'lamp';
		const read = jest.fn();
		suggest( el, CONFIG, read );
		const link = await findByRole( el, 'link', {
			name: 'Why a lamp flickers',
		} );
		expect( link ).not.toHaveAttribute( 'target' );
		const event = new MouseEvent( 'click', {
			bubbles: true,
			cancelable: true,
		} );
		link.dispatchEvent( event );
		expect( event.defaultPrevented ).toBe( true );
		expect( read ).toHaveBeenCalledWith( LAMP );
		expect( JSON.parse( beacon.mock.calls.at( -1 )![ 1 ] ) ).toMatchObject(
			{ kind: 'click', source: 'widget' }
		);
	} );
} );

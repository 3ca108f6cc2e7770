/**
 * The help article's panel edits the post's meta: who may read it,
 * featured, and with WooCommerce the products picked by name (ids saved).
 */
import apiFetch from '@wordpress/api-fetch';
import { createReduxStore, register } from '@wordpress/data';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ArticleSettings } from '../ArticleSettings';

jest.mock( '@wordpress/api-fetch' );
jest.mock(
	'@wordpress/editor',
	() => ( {
		PluginDocumentSettingPanel: ( {
			title,
			children,
		}: {
			title: string;
			children: unknown;
		} ) => <section aria-label={ title }>{ children as never }</section>,
		store: 'storedesk-test/editor',
	} ),
	{ virtual: true }
);

type Meta = Record< string, unknown >;
const edits: Meta[] = [];
register(
	createReduxStore( 'storedesk-test/editor', {
		reducer: ( state: Meta = { storedesk_products: [ 42 ] }, action ) =>
			action.type === 'EDIT' ? { ...state, ...action.meta } : state,
		selectors: {
			getEditedPostAttribute: ( state: Meta, key: string ) =>
				key === 'meta' ? state : undefined,
		},
		actions: {
			editPost: ( { meta }: { meta: Meta } ) => {
				edits.push( meta );
				return { type: 'EDIT', meta };
			},
		},
	} )
);

const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

describe( 'ArticleSettings', () => {
	beforeEach( () => {
		window.storedeskArticleEditor = { woocommerce: true };
		mockedFetch.mockImplementation( ( ( { path }: { path: string } ) => {
			if ( path.includes( 'include=42' ) ) {
				return Promise.resolve( [ { id: 42, name: 'Walnut tray' } ] );
			}
			return Promise.resolve(
				path.includes( 'search=tea' )
					? [ { id: 7, name: 'Teapot' } ]
					: []
			);
		} ) as never );
	} );

	it( 'sets who may read the article and features it', async () => {
		render( <ArticleSettings /> );
		await userEvent.click(
			screen.getByRole( 'radio', { name: 'Agents only (internal)' } )
		);
		await userEvent.click(
			screen.getByRole( 'checkbox', {
				name: 'Featured on the help centre',
			} )
		);
		expect( edits ).toContainEqual( { storedesk_visibility: 'internal' } );
		expect( edits ).toContainEqual( { storedesk_featured: true } );
		expect(
			screen.getByRole( 'radio', { name: 'Agents only (internal)' } )
		).toBeChecked();
	} );

	it( 'shows the saved products by name and adds one picked by name', async () => {
		jest.useFakeTimers();
		render( <ArticleSettings /> );
		expect( await screen.findByText( 'Walnut tray #42' ) ).toBeVisible();
		const user = userEvent.setup( {
			advanceTimers: jest.advanceTimersByTime,
		} );
		await user.type(
			screen.getByRole( 'combobox', { name: 'Products it is about' } ),
			'tea'
		);
		await act( async () => jest.advanceTimersByTime( 300 ) );
		await user.click(
			await screen.findByRole( 'option', { name: 'Teapot #7' } )
		);
		expect( edits ).toContainEqual( { storedesk_products: [ 42, 7 ] } );
		jest.useRealTimers();
	} );
} );

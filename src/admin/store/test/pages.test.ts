/**
 * Page state shared by the tickets and contacts stores.
 */
import { queryKey, withItems, without, withPage } from '../pages';

describe( 'page state', () => {
	it( 'keys queries by content, not key order, and skips unset parameters', () => {
		expect( queryKey( { status: [ 'open' ], per_page: 25 } ) ).toBe(
			queryKey( { per_page: 25, status: [ 'open' ] } )
		);
		expect( queryKey( { search: 'a', page: 1 } ) ).toBe(
			queryKey( { page: 1, search: 'a' } )
		);
		expect( queryKey( { per_page: 25 } ) ).not.toBe(
			queryKey( { per_page: 50 } )
		);
		expect( queryKey( { page: 1 } ) ).not.toBe( queryKey( { page: 2 } ) );
		// addQueryArgs leaves undefined out, so the request is the same.
		expect( queryKey( { page: 1, search: undefined } ) ).toBe(
			queryKey( { page: 1 } )
		);
	} );

	it( 'keeps items once by id and pages as ids in order', () => {
		const held = { 1: { id: 1, v: 'old' }, 2: { id: 2, v: 'two' } };
		const items = withItems( held, [
			{ id: 3, v: 'three' },
			{ id: 1, v: 'new' },
		] );
		expect( items ).toEqual( {
			1: { id: 1, v: 'new' },
			2: { id: 2, v: 'two' },
			3: { id: 3, v: 'three' },
		} );
		expect( held[ 1 ].v ).toBe( 'old' );
		const pages = withPage( {}, 'k', [ { id: 3 }, { id: 1 } ], 40, 2 );
		expect( pages ).toEqual( {
			k: { ids: [ 3, 1 ], total: 40, totalPages: 2 },
		} );
	} );

	it( 'drops a key, returning the same map when there was none', () => {
		const errors = { a: 'x', b: 'y' };
		expect( without( errors, 'a' ) ).toEqual( { b: 'y' } );
		expect( errors ).toEqual( { a: 'x', b: 'y' } );
		expect( without( errors, 'z' ) ).toBe( errors );
	} );
} );

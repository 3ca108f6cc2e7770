/**
 * Search as the shopper types: one request per pause, the stale one
 * cancelled, its late answer never drawn, short text not searched.
 */
import type { StoreConfig } from '../../types';
import { DEBOUNCE_MS, liveSearch } from '../search';

const CONFIG: StoreConfig = {
	publicPath: '/build/',
	api: '/wp-json/storedesk/store/v1/',
	nonce: '',
	css: '',
	portal: '/support/',
	loggedIn: false,
	widget: null,
};

type Pending = {
	url: string;
	signal: AbortSignal;
	answer: ( titles: string[] ) => void;
};

describe( 'liveSearch', () => {
	let pending: Pending[];

	beforeEach( () => {
		jest.useFakeTimers();
		pending = [];
		// Each request waits until the test answers it, or rejects when aborted, as fetch does.
		global.fetch = jest.fn(
			( url: string, init: RequestInit ) =>
				new Promise( ( resolve, reject ) => {
					const signal = init.signal as AbortSignal;
					signal.addEventListener( 'abort', () =>
						reject( new DOMException( 'Aborted', 'AbortError' ) )
					);
					pending.push( {
						url,
						signal,
						answer: ( titles ) =>
							resolve( {
								ok: true,
								status: 200,
								json: async () => ( {
									results: titles.map( ( title, id ) => ( {
										id,
										title,
										excerpt: '',
										url: `/help/${ id }/`,
									} ) ),
								} ),
							} as Response ),
					} );
				} )
		) as jest.Mock;
	} );

	afterEach( () => {
		jest.useRealTimers();
	} );

	it( 'asks once typing pauses, for the last text only', async () => {
		const show = jest.fn();
		const search = liveSearch( CONFIG, 5, 2, show );
		search( 'r' );
		search( 're' );
		search( 'return  my' );
		jest.advanceTimersByTime( DEBOUNCE_MS - 1 );
		expect( global.fetch ).not.toHaveBeenCalled();
		search( 'return my parcel' );
		jest.advanceTimersByTime( DEBOUNCE_MS );
		expect( global.fetch ).toHaveBeenCalledTimes( 1 );
		expect( pending[ 0 ].url ).toBe(
			'/wp-json/storedesk/store/v1/help/search?per_page=5&q=return%20my%20parcel'
		);
		pending[ 0 ].answer( [ 'Returns' ] );
		await jest.runAllTimersAsync();
		expect( show ).toHaveBeenLastCalledWith(
			'return my parcel',
			expect.objectContaining( {
				ok: true,
				data: {
					results: [
						expect.objectContaining( { title: 'Returns' } ),
					],
				},
			} )
		);
	} );

	it( 'cancels the request of a query that changed, and never draws its answer', async () => {
		const show = jest.fn();
		const search = liveSearch( CONFIG, 3, 3, show );
		search( 'refund' );
		jest.advanceTimersByTime( DEBOUNCE_MS );
		expect( pending ).toHaveLength( 1 );
		search( 'refund status' );
		expect( pending[ 0 ].signal.aborted ).toBe( true );
		jest.advanceTimersByTime( DEBOUNCE_MS );
		expect( pending ).toHaveLength( 2 );
		expect( pending[ 1 ].signal.aborted ).toBe( false );
		pending[ 1 ].answer( [ 'Refund times' ] );
		await jest.runAllTimersAsync();
		expect( show ).toHaveBeenCalledTimes( 1 );
		expect( show.mock.calls[ 0 ][ 0 ] ).toBe( 'refund status' );
	} );

	it( 'clears instead of searching text that is too short, and repeats nothing', () => {
		const show = jest.fn();
		const search = liveSearch( CONFIG, 3, 3, show );
		search( 'ab' );
		expect( show ).toHaveBeenCalledWith( 'ab', null );
		search( 'lamp' );
		jest.advanceTimersByTime( DEBOUNCE_MS );
		search( ' lamp ' );
		jest.advanceTimersByTime( DEBOUNCE_MS );
		expect( global.fetch ).toHaveBeenCalledTimes( 1 );
		expect( pending[ 0 ].signal.aborted ).toBe( false );
	} );
} );

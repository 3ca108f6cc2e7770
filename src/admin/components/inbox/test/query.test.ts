/**
 * List state and REST query say the same thing; the default view's request
 * is exactly the one PHP preloads.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { addQueryArgs, normalizePath } from '@wordpress/url';

import { VIEWS } from '../../../views';
import { fromQuery, toQuery, toSavedQuery } from '../query';

describe( 'list state and REST query', () => {
	it( 'turns filters, search, sort and page into GET /tickets parameters', () => {
		const state = {
			...fromQuery( {} ),
			filters: [
				{
					field: 'status',
					operator: 'isAny' as const,
					value: [ 'open', 'pending' ],
				},
				{
					field: 'channel',
					operator: 'isAny' as const,
					value: [ 'email' ],
				},
				{ field: 'priority', operator: 'isAny' as const, value: [] },
				{
					field: 'tags',
					operator: 'isAll' as const,
					value: [ 'vip', 'refund' ],
				},
				{ field: 'assignee', operator: 'is' as const, value: '7' },
				{ field: 'team', operator: 'is' as const, value: '2' },
			],
			search: '  parcel ',
			sort: { field: 'priority', direction: 'asc' as const },
			page: 3,
			perPage: 50,
		};
		expect( toQuery( state ) ).toEqual( {
			status: [ 'open', 'pending' ],
			channel: [ 'email' ],
			tag: [ 'vip', 'refund' ],
			assignee: 7,
			team: 2,
			search: 'parcel',
			orderby: 'priority',
			order: 'asc',
			page: 3,
			per_page: 50,
		} );
		expect( toSavedQuery( state ) ).not.toHaveProperty( 'page' );
	} );

	it( 'leaves out sorts the server does not have', () => {
		const state = {
			...fromQuery( {} ),
			sort: { field: 'customer', direction: 'asc' as const },
		};
		expect( toQuery( state ) ).toEqual( { page: 1, per_page: 25 } );
	} );

	it( 'reads a saved query back into the same state', () => {
		const query = {
			status: [ 'pending' as const ],
			assignee: 'none' as const,
			tag: [ 'vip' ],
			team: 0,
			search: 'teapot',
			orderby: 'created' as const,
			order: 'asc' as const,
			per_page: 50,
		};
		const state = fromQuery( query, [ 'customer', 'bogus', 'team' ] );
		expect( state.fields ).toEqual( [ 'customer', 'team' ] );
		expect( toSavedQuery( state ) ).toEqual( query );
	} );

	it( 'asks first for exactly what php/Admin/Assets.php preloads for each landing view', () => {
		const php = readFileSync(
			join( __dirname, '../../../../../php/Admin/Assets.php' ),
			'utf8'
		);
		const preloaded = Object.fromEntries(
			[
				...php.matchAll(
					/'([a-z-]+)'\s*=>\s*'(\/storedesk\/v1\/tickets\?[^']+)'/g
				),
			].map( ( m ) => [ m[ 1 ], normalizePath( m[ 2 ] ) ] )
		);
		const asked = Object.fromEntries(
			[ 'mine', 'unassigned', 'open' ].map( ( id ) => {
				const view = VIEWS.find( ( v ) => v.id === id );
				return [
					id,
					normalizePath(
						addQueryArgs(
							'/storedesk/v1/tickets',
							toQuery( fromQuery( view!.query ) )
						)
					),
				];
			} )
		);
		expect( preloaded ).toEqual( asked );
	} );
} );

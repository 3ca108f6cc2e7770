/**
 * The contacts store: search pages with totals, one contact, history,
 * optimistic edits that roll back, and merges.
 */
import { store as noticesStore } from '@wordpress/notices';

import { ticket } from '../../test-utils/fixtures';
import { contact, makeRegistry, Page, serve } from '../../test-utils/contacts';
import { store } from '../contacts';

jest.mock( '@wordpress/api-fetch' );

const snackbars = ( registry: ReturnType< typeof makeRegistry > ) =>
	registry
		.select( noticesStore )
		.getNotices()
		.map( ( n ) => [ n.status, n.content ] );

describe( 'contacts store', () => {
	it( 'resolves a search page with totals and shares its contacts', async () => {
		const calls = serve(
			() => new Page( [ contact( 1 ), contact( 2 ) ], 42, 21 )
		);
		const registry = makeRegistry();
		const page = await registry
			.resolveSelect( store )
			.getContacts( { search: 'zoe', per_page: 2 } );
		expect( calls.map( ( c ) => c.path ) ).toEqual( [
			'/storedesk/v1/contacts?search=zoe&per_page=2',
		] );
		expect( page?.items.map( ( c ) => c.id ) ).toEqual( [ 1, 2 ] );
		expect( [ page?.total, page?.totalPages ] ).toEqual( [ 42, 21 ] );
		// The contact page needs no second request.
		await registry.resolveSelect( store ).getContact( 2 );
		expect( calls ).toHaveLength( 1 );
	} );

	it( 'keeps the error of a contact, with where it was merged', async () => {
		serve( () => {
			throw {
				code: 'storedesk_contact_merged',
				message: 'That contact was merged into another.',
				data: { status: 404, merged_into: 9 },
			};
		} );
		const registry = makeRegistry();
		await registry.resolveSelect( store ).getContact( 5 );
		expect(
			registry.select( store ).getContactError( 5 )?.data?.merged_into
		).toBe( 9 );
	} );

	it( "reads a contact's history across channels", async () => {
		const calls = serve(
			() =>
				new Page(
					[
						ticket( 3, { channel: 'chat' } ),
						ticket( 2, { channel: 'email' } ),
					],
					2
				)
		);
		const registry = makeRegistry();
		const page = await registry
			.resolveSelect( store )
			.getContactTickets( 7, { per_page: 6 } );
		expect( calls[ 0 ].path ).toBe(
			'/storedesk/v1/contacts/7/tickets?per_page=6'
		);
		expect( page?.items.map( ( t ) => t.channel ) ).toEqual( [
			'chat',
			'email',
		] );
	} );

	it( 'shows an edit at once and rolls it back with a notice when refused', async () => {
		let refuse: ( e: unknown ) => void = () => {};
		const calls = serve( ( req ) =>
			req.method === 'PATCH'
				? new Promise( ( _, reject ) => ( refuse = reject ) )
				: contact( 4, { name: 'Old Name' } )
		);
		const registry = makeRegistry();
		await registry.resolveSelect( store ).getContact( 4 );
		const saving = registry
			.dispatch( store )
			.updateContact( 4, { name: 'New Name' } ) as unknown as Promise< {
			error?: { code?: string };
		} >;
		expect( registry.select( store ).getContact( 4 )?.name ).toBe(
			'New Name'
		);
		refuse( {
			code: 'storedesk_identity_taken',
			message: 'taken@example.test already belongs to another contact.',
			data: { status: 409, contact_id: 8 },
		} );
		const result = await saving;
		expect( result.error?.code ).toBe( 'storedesk_identity_taken' );
		expect( registry.select( store ).getContact( 4 )?.name ).toBe(
			'Old Name'
		);
		expect( calls[ 1 ] ).toMatchObject( {
			path: '/storedesk/v1/contacts/4',
			method: 'PATCH',
			data: { name: 'New Name' },
		} );
		expect( snackbars( registry ) ).toEqual( [
			[
				'error',
				'taken@example.test already belongs to another contact.',
			],
		] );
	} );

	it( 'keeps what the server saved after an edit', async () => {
		serve( ( req ) =>
			req.method === 'PATCH'
				? contact( 4, { phone: '+33612345678' } )
				: contact( 4 )
		);
		const registry = makeRegistry();
		await registry.resolveSelect( store ).getContact( 4 );
		await registry
			.dispatch( store )
			.updateContact( 4, { phone: '+33 6 12 34 56 78' } );
		expect( registry.select( store ).getContact( 4 )?.phone ).toBe(
			'+33612345678'
		);
		expect( snackbars( registry ) ).toEqual( [] );
	} );

	it( 'merges: the source leaves, the target is current, both are told', async () => {
		const calls = serve( ( req ) => {
			if ( req.method === 'POST' ) {
				return contact( 1, { name: 'Sam', phone: '+491512345678' } );
			}
			return new Page( [
				contact( 1, { name: 'Sam' } ),
				contact( 2, { name: 'Sam WhatsApp' } ),
			] );
		} );
		const registry = makeRegistry();
		await registry.resolveSelect( store ).getContacts( { search: 'sam' } );
		await registry.dispatch( store ).mergeContacts( 1, 2 );
		expect( calls[ 1 ] ).toMatchObject( {
			path: '/storedesk/v1/contacts/1/merge',
			method: 'POST',
			data: { source: 2 },
		} );
		const s = registry.select( store );
		expect( s.getContact( 1 )?.phone ).toBe( '+491512345678' );
		expect( s.getContact( 2 ) ).toBeUndefined();
		expect( s.getContactError( 2 )?.data?.merged_into ).toBe( 1 );
		expect(
			s.getContacts( { search: 'sam' } )?.items.map( ( c ) => c.id )
		).toEqual( [ 1 ] );
		expect( snackbars( registry ) ).toEqual( [
			[ 'success', 'Sam WhatsApp was merged into Sam.' ],
		] );
	} );

	it( 'says why a merge was refused and changes nothing', async () => {
		serve( ( req ) => {
			if ( req.method === 'POST' ) {
				throw {
					code: 'storedesk_forbidden',
					message: 'You are not allowed to do that.',
					data: { status: 403 },
				};
			}
			return contact( Number( req.route.split( '/' ).pop() ) );
		} );
		const registry = makeRegistry();
		await registry.resolveSelect( store ).getContact( 2 );
		const result = ( await registry
			.dispatch( store )
			.mergeContacts( 1, 2 ) ) as unknown as { error?: unknown };
		expect( result.error ).toBeTruthy();
		expect( registry.select( store ).getContact( 2 ) ).toBeDefined();
		expect( snackbars( registry ) ).toEqual( [
			[ 'error', 'You are not allowed to do that.' ],
		] );
	} );
} );

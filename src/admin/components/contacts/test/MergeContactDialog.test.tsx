/**
 * Merging: find the duplicate, choose who stays, read what happens, confirm.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { MergeContactDialog } from '../MergeContactDialog';
import {
	contact,
	Page,
	renderWithRegistry,
	serve,
} from '../../../test-utils/contacts';

jest.mock( '@wordpress/api-fetch' );

const sam = contact( 1, { name: 'Sam', email: 'sam@example.test' } );
const samWa = contact( 2, {
	name: 'Sam WhatsApp',
	email: null,
	phone: '+491512345678',
	identities: [ { channel: 'whatsapp', value: '+491512345678' } ],
} );

function server( merge: ( target: number, source: number ) => unknown ) {
	return serve( ( req ) => {
		if ( req.route === '/contacts' ) {
			return new Page( [ sam, samWa ] );
		}
		if ( req.route === '/contacts/2/tickets' ) {
			return new Page( [], 3 );
		}
		if ( req.route === '/contacts/1/tickets' ) {
			return new Page( [], 1 );
		}
		const target = Number( req.route.split( '/' )[ 2 ] );
		return merge( target, Number( req.data?.source ) );
	} );
}

async function pickDuplicate() {
	await userEvent.type(
		screen.getByRole( 'searchbox', { name: 'Find the duplicate contact' } ),
		'sam'
	);
	const candidates = await screen.findByRole( 'radiogroup', {
		name: 'Contact to merge',
	} );
	// The contact itself is never offered.
	expect( within( candidates ).getAllByRole( 'radio' ) ).toHaveLength( 1 );
	await userEvent.click(
		within( candidates ).getByRole( 'radio', {
			name: 'Sam WhatsApp · +491512345678',
		} )
	);
}

describe( 'MergeContactDialog', () => {
	it( 'merges the duplicate into this contact after saying what happens', async () => {
		const calls = server( () => ( { ...sam, phone: '+491512345678' } ) );
		const onMerged = jest.fn();
		renderWithRegistry(
			<MergeContactDialog
				contact={ sam }
				onClose={ jest.fn() }
				onMerged={ onMerged }
			/>
		);
		const merge = screen.getByRole( 'button', { name: 'Merge contacts' } );
		expect( merge ).toHaveAttribute( 'aria-disabled', 'true' );
		await pickDuplicate();
		expect(
			screen.getByText( 'Sam WhatsApp will be merged into Sam.' )
		).toBeVisible();
		expect(
			await screen.findByText( '3 conversations move to Sam.' )
		).toBeVisible();
		expect(
			screen.getByText( 'Their addresses (+491512345678) now reach Sam.' )
		).toBeVisible();
		expect( calls.some( ( c ) => c.method === 'POST' ) ).toBe( false );
		await userEvent.click( merge );
		await waitFor( () => expect( onMerged ).toHaveBeenCalled() );
		expect( onMerged.mock.calls[ 0 ][ 0 ].id ).toBe( 1 );
		expect( calls.filter( ( c ) => c.method === 'POST' ) ).toEqual( [
			expect.objectContaining( {
				path: '/storedesk/v1/contacts/1/merge',
				data: { source: 2 },
			} ),
		] );
	} );

	it( 'can keep the other contact instead', async () => {
		const calls = server( () => samWa );
		const onMerged = jest.fn();
		renderWithRegistry(
			<MergeContactDialog
				contact={ sam }
				onClose={ jest.fn() }
				onMerged={ onMerged }
			/>
		);
		await pickDuplicate();
		await userEvent.click(
			within(
				screen.getByRole( 'radiogroup', {
					name: 'Which contact stays?',
				} )
			).getByRole( 'radio', { name: 'Sam WhatsApp · +491512345678' } )
		);
		expect(
			screen.getByText( 'Sam will be merged into Sam WhatsApp.' )
		).toBeVisible();
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Merge contacts' } )
		);
		await waitFor( () => expect( onMerged ).toHaveBeenCalled() );
		expect( calls.filter( ( c ) => c.method === 'POST' ) ).toEqual( [
			expect.objectContaining( {
				path: '/storedesk/v1/contacts/2/merge',
				data: { source: 1 },
			} ),
		] );
	} );

	it( 'stays open and says why when the server refuses', async () => {
		server( () => {
			throw {
				code: 'storedesk_contact_not_found',
				message: 'Both contacts must exist and not be merged already.',
				data: { status: 404 },
			};
		} );
		const onMerged = jest.fn();
		renderWithRegistry(
			<MergeContactDialog
				contact={ sam }
				onClose={ jest.fn() }
				onMerged={ onMerged }
			/>
		);
		await pickDuplicate();
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Merge contacts' } )
		);
		expect(
			await screen.findByText(
				'Both contacts must exist and not be merged already.',
				{ selector: '.components-notice__content' }
			)
		).toBeVisible();
		expect( onMerged ).not.toHaveBeenCalled();
		expect( screen.getByRole( 'dialog' ) ).toBeVisible();
	} );
} );

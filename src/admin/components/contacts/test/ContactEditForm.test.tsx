/**
 * Editing a contact: only what changed is sent, refusals are said beside
 * the field they concern, and nothing typed is lost.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ContactEditForm, changesBetween } from '../ContactEditForm';
import {
	contact,
	renderWithRegistry,
	serve,
} from '../../../test-utils/contacts';
import { store } from '../../../store/contacts';

jest.mock( '@wordpress/api-fetch' );

const lee = contact( 5, {
	name: 'Lee',
	email: 'lee@example.test',
	phone: '+33612345678',
} );

function renderForm( onDone = jest.fn(), canMoveAddress = true ) {
	const view = renderWithRegistry(
		<ContactEditForm
			contact={ lee }
			onDone={ onDone }
			canMoveAddress={ canMoveAddress }
		/>
	);
	view.registry.dispatch( store ).receiveContact( lee );
	return { ...view, onDone };
}

const field = ( name: string ) => screen.getByRole( 'textbox', { name } );

describe( 'ContactEditForm', () => {
	it( 'leaves email and phone to agents who see every conversation', async () => {
		const calls = serve( () => ( { ...lee, name: 'Lee Ann' } ) );
		const { onDone } = renderForm( jest.fn(), false );
		for ( const name of [ 'Email', 'Phone' ] ) {
			expect( field( name ) ).toHaveAttribute( 'readonly' );
			expect( field( name ) ).toHaveAccessibleDescription(
				'Only agents who see every conversation can change where replies go. Ask a manager.'
			);
		}
		await userEvent.type( field( 'Email' ), 'x' );
		expect( field( 'Email' ) ).toHaveValue( 'lee@example.test' );
		await userEvent.type( field( 'Name' ), ' Ann' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Save contact' } )
		);
		await waitFor( () => expect( onDone ).toHaveBeenCalled() );
		expect( calls ).toEqual( [
			expect.objectContaining( { data: { name: 'Lee Ann' } } ),
		] );
	} );

	it( 'sends only what changed, with emptied fields as null', async () => {
		const calls = serve( () => ( {
			...lee,
			name: 'Lee Ann',
			phone: null,
		} ) );
		const { onDone } = renderForm();
		await userEvent.type( field( 'Name' ), ' Ann' );
		await userEvent.clear( field( 'Phone' ) );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Save contact' } )
		);
		await waitFor( () => expect( onDone ).toHaveBeenCalled() );
		expect( calls ).toEqual( [
			expect.objectContaining( {
				path: '/storedesk/v1/contacts/5',
				method: 'PATCH',
				data: { name: 'Lee Ann', phone: null },
			} ),
		] );
	} );

	it( 'shows a schema refusal beside the email field and keeps the text', async () => {
		serve( () => {
			throw {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): email',
				data: {
					status: 400,
					params: { email: 'email is not a valid email address.' },
				},
			};
		} );
		const { onDone } = renderForm();
		await userEvent.clear( field( 'Email' ) );
		await userEvent.type( field( 'Email' ), 'lee@example.invalid' );
		await userEvent.type( field( 'Notes' ), 'Call first.' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Save contact' } )
		);
		await waitFor( () =>
			expect( field( 'Email' ) ).toHaveAccessibleDescription(
				'email is not a valid email address.'
			)
		);
		expect( field( 'Email' ) ).toHaveAttribute( 'aria-invalid', 'true' );
		expect( field( 'Email' ) ).toHaveFocus();
		expect( field( 'Email' ) ).toHaveValue( 'lee@example.invalid' );
		expect( field( 'Notes' ) ).toHaveValue( 'Call first.' );
		expect( onDone ).not.toHaveBeenCalled();
		// Typing again clears the message.
		await userEvent.type( field( 'Email' ), 'x' );
		expect( field( 'Email' ) ).not.toHaveAttribute( 'aria-invalid' );
	} );

	it( 'puts "belongs to another contact" on the phone and links that contact', async () => {
		serve( () => {
			throw {
				code: 'storedesk_identity_taken',
				message:
					'+4917055501 already belongs to another contact. Merge the two contacts instead.',
				data: { status: 409, contact_id: 44 },
			};
		} );
		renderForm();
		await userEvent.type( field( 'Email' ), 'x' );
		await userEvent.clear( field( 'Phone' ) );
		await userEvent.type( field( 'Phone' ), '+49 170 555 01' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Save contact' } )
		);
		await waitFor( () =>
			expect( field( 'Phone' ) ).toHaveAccessibleDescription(
				/already belongs to another contact/
			)
		);
		expect( field( 'Email' ) ).not.toHaveAttribute( 'aria-invalid' );
		expect(
			screen.getByRole( 'link', { name: 'Open that contact' } )
		).toHaveAttribute( 'href', '#/contacts/44' );
		expect( field( 'Phone' ) ).toHaveValue( '+49 170 555 01' );
	} );

	it( 'checks email and phone before sending anything', async () => {
		const calls = serve( () => lee );
		const { onDone } = renderForm();
		await userEvent.clear( field( 'Email' ) );
		await userEvent.type( field( 'Email' ), 'not an email' );
		await userEvent.clear( field( 'Phone' ) );
		await userEvent.type( field( 'Phone' ), '12' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Save contact' } )
		);
		expect( field( 'Email' ) ).toHaveAccessibleDescription(
			'Enter an email address such as name@example.com.'
		);
		expect( field( 'Phone' ) ).toHaveAccessibleDescription(
			'Enter a phone number with 6 to 15 digits.'
		);
		await waitFor( () => expect( field( 'Email' ) ).toHaveFocus() );
		expect( calls ).toEqual( [] );
		expect( onDone ).not.toHaveBeenCalled();
	} );

	it( 'closes without a request when nothing changed', async () => {
		const calls = serve( () => lee );
		const { onDone } = renderForm();
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Save contact' } )
		);
		expect( onDone ).toHaveBeenCalled();
		expect( calls ).toEqual( [] );
	} );

	it( 'compares trimmed values', () => {
		const v = { name: 'A', email: 'a@x.test', phone: '', notes: '' };
		expect( changesBetween( v, { ...v, name: ' A ' } ) ).toEqual( {} );
		expect( changesBetween( v, { ...v, notes: 'n' } ) ).toEqual( {
			notes: 'n',
		} );
	} );
} );

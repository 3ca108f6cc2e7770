/**
 * "Log a call": the agent writes the call down; the request carries what
 * was typed (duration in seconds), the logged call is handed on, and a
 * refusal is said beside its field with nothing typed lost.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { LogCallDialog, toSeconds } from '../LogCallDialog';
import { message, ticket } from '../../../test-utils/fixtures';
import { renderWithRegistry, serve } from '../../../test-utils/contacts';

jest.mock( '@wordpress/api-fetch' );

const logged = {
	ticket: ticket( 41, {
		channel: 'phone',
		subject: 'Call to +447700900123',
	} ),
	message: message( 90, { ticket_id: 41, channel: 'phone' } ),
	opened: true,
};

describe( 'LogCallDialog', () => {
	it( 'sends the call as typed and hands on what the server logged', async () => {
		const calls = serve( ( req ) =>
			req.route === '/calls' ? logged : undefined
		);
		const onLogged = jest.fn();
		renderWithRegistry(
			<LogCallDialog onClose={ jest.fn() } onLogged={ onLogged } />
		);
		await userEvent.click(
			screen.getByRole( 'radio', { name: 'I called them' } )
		);
		await userEvent.type(
			screen.getByRole( 'textbox', { name: 'Phone number' } ),
			'+44 7700 900123'
		);
		await userEvent.type(
			screen.getByRole( 'textbox', { name: 'Caller’s name (optional)' } ),
			'Ola Berg'
		);
		await userEvent.type(
			screen.getByRole( 'spinbutton', { name: 'Minutes' } ),
			'4'
		);
		await userEvent.type(
			screen.getByRole( 'spinbutton', { name: 'Seconds' } ),
			'12'
		);
		await userEvent.selectOptions(
			screen.getByRole( 'combobox', { name: 'Outcome' } ),
			'voicemail'
		);
		await userEvent.type(
			screen.getByRole( 'textbox', { name: 'Notes' } ),
			'Left a message about the refund.'
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Log call' } )
		);
		await waitFor( () =>
			expect( onLogged ).toHaveBeenCalledWith( logged )
		);
		expect( calls.find( ( c ) => c.route === '/calls' ) ).toMatchObject( {
			method: 'POST',
			data: {
				number: '+44 7700 900123',
				name: 'Ola Berg',
				direction: 'outbound',
				duration: 252,
				outcome: 'voicemail',
				notes: 'Left a message about the refund.',
			},
		} );
	} );

	it( 'logs on the conversation it was opened from, for the contact it was opened for', async () => {
		const calls = serve( () => logged );
		renderWithRegistry(
			<LogCallDialog
				ticketId={ 41 }
				contact={ { id: 7, name: 'Ola Berg', phone: '+447700900123' } }
				onClose={ jest.fn() }
				onLogged={ jest.fn() }
			/>
		);
		expect(
			screen.getByRole( 'heading', {
				name: 'Log a call on this conversation',
			} )
		).toBeVisible();
		expect(
			screen.getByRole( 'textbox', { name: 'Phone number' } )
		).toHaveValue( '+447700900123' );
		expect(
			screen.queryByRole( 'textbox', { name: /name/ } )
		).not.toBeInTheDocument();
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Log call' } )
		);
		await waitFor( () =>
			expect(
				calls.find( ( c ) => c.route === '/calls' )?.data
			).toMatchObject( {
				ticket_id: 41,
				direction: 'inbound',
				duration: 0,
			} )
		);
	} );

	it( 'says beside the field what the server refused, keeping every word', async () => {
		const calls = serve( () => {
			throw {
				code: 'storedesk_invalid_fields',
				message: 'Some fields need your attention.',
				data: {
					status: 400,
					fields: {
						number: 'That phone number does not look right. Write it with its country code, such as +44 7700 900123.',
					},
				},
			};
		} );
		const onLogged = jest.fn();
		renderWithRegistry(
			<LogCallDialog onClose={ jest.fn() } onLogged={ onLogged } />
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Log call' } )
		);
		expect(
			screen.getByText( 'Enter the phone number of the call.' )
		).toBeVisible();
		const number = screen.getByRole( 'textbox', { name: 'Phone number' } );
		await userEvent.type( number, '12' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Log call' } )
		);
		expect( screen.getByText( /does not look right/ ) ).toBeVisible();
		expect( calls ).toEqual( [] );
		await userEvent.clear( number );
		await userEvent.type( number, '7700 900123' );
		await userEvent.type(
			screen.getByRole( 'textbox', { name: 'Notes' } ),
			'Wants a call back.'
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Log call' } )
		);
		expect(
			await screen.findByText( /does not look right/ )
		).toBeVisible();
		expect( number ).toHaveAttribute( 'aria-invalid', 'true' );
		expect( number ).toHaveValue( '7700 900123' );
		expect( screen.getByRole( 'textbox', { name: 'Notes' } ) ).toHaveValue(
			'Wants a call back.'
		);
		expect( onLogged ).not.toHaveBeenCalled();
	} );
} );

describe( 'toSeconds', () => {
	it( 'adds minutes and seconds, empty or bad ones as 0', () => {
		expect( toSeconds( '4', '12' ) ).toBe( 252 );
		expect( toSeconds( '', '' ) ).toBe( 0 );
		expect( toSeconds( '-3', 'x' ) ).toBe( 0 );
		expect( toSeconds( '1.7', '5' ) ).toBe( 65 );
	} );
} );

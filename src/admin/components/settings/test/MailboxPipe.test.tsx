/**
 * A mailbox's own pipe address: made on request, shown once with a Copy
 * button and a warning; a mailbox that has one is told a new one retires it.
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { MailboxPipe } from '../MailboxPipe';
import type { Mailbox } from '../mailbox-types';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

const mailbox = ( hasKey: boolean ): Mailbox => ( {
	id: 'mb_0a1b2c3d',
	address: 'help@shop.test',
	name: '',
	reply_tokens: true,
	imap: null,
	password_set: false,
	inbound_key: hasKey,
	last_fetch: {
		fetched_at: null,
		count: 0,
		total: 0,
		waiting: 0,
		error: null,
		error_at: null,
		note: null,
		note_at: null,
	},
} );

describe( 'MailboxPipe', () => {
	afterEach( () => mockedFetch.mockReset() );

	it( 'makes the address and shows it once, ready to copy', async () => {
		const url =
			'http://shop.test/wp-json/storedesk/v1/channels/email/webhook?mailbox=mb_0a1b2c3d&key=k123';
		mockedFetch.mockResolvedValue( { key: 'k123', url } );
		render( <MailboxPipe mailbox={ mailbox( false ) } /> );
		await userEvent.click(
			screen.getByRole( 'button', {
				name: 'Pipe address for this mailbox',
			} )
		);
		expect( mockedFetch ).toHaveBeenCalledWith( {
			path: '/storedesk/v1/mailboxes/mb_0a1b2c3d/inbound-key',
			method: 'POST',
		} );
		expect(
			await screen.findByLabelText( 'Pipe address of this mailbox' )
		).toHaveValue( url );
		expect(
			screen.getByText( /Shown only now/, {
				selector: '.components-notice__content',
			} )
		).toBeVisible();
		expect(
			screen.getByRole( 'button', {
				name: 'Copy Pipe address of this mailbox',
			} )
		).toBeVisible();
	} );

	it( 'warns that a new address retires the current one, and says a refusal', async () => {
		mockedFetch.mockRejectedValue( {
			code: 'rest_forbidden',
			message: 'Sorry, you are not allowed to do that.',
		} );
		render( <MailboxPipe mailbox={ mailbox( true ) } /> );
		await userEvent.click(
			screen.getByRole( 'button', {
				name: 'New pipe address (the current one stops working)',
			} )
		);
		expect(
			await screen.findByText( 'Sorry, you are not allowed to do that.', {
				selector: '.components-notice__content',
			} )
		).toBeVisible();
	} );
} );

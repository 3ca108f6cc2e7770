/**
 * A contact's addresses: each with its channel, and an address whose mail
 * bounced says so with the receiving server's words.
 */
import { render, screen, within } from '@testing-library/react';

import { IdentityList } from '../labels';

describe( 'IdentityList', () => {
	it( 'says which address bounced and why, and nothing for the others', () => {
		render(
			<IdentityList
				label="Addresses"
				identities={ [
					{
						channel: 'email',
						value: 'typo@example.test',
						bounced: {
							at: '2026-06-01T10:00:00Z',
							reason: 'Bounced (5.1.1): 550 User unknown',
						},
					},
					{ channel: 'email', value: 'kim@example.test' },
				] }
			/>
		);
		const [ bounced, fine ] = within(
			screen.getByRole( 'list', { name: 'Addresses' } )
		).getAllByRole( 'listitem' );
		expect( bounced ).toHaveTextContent( 'typo@example.test' );
		expect( bounced ).toHaveTextContent(
			/Mail bounced on .*2026.*: Bounced \(5\.1\.1\): 550 User unknown/
		);
		expect( fine ).toHaveTextContent( 'kim@example.test' );
		expect( fine ).not.toHaveTextContent( /bounced/i );
	} );
} );

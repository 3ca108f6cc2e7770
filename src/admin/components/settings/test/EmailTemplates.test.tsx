/**
 * Email texts: edits are saved for every type at once ("" where the text
 * is the built-in one) and previewed in a sandboxed frame.
 */
import apiFetch from '@wordpress/api-fetch';
import { dispatch } from '@wordpress/data';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { store, type EmailTemplate } from '../../../store/notifications';
import { EmailTemplates, textsToSave } from '../EmailTemplates';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

const template = ( type: string, label: string ): EmailTemplate => ( {
	type,
	label,
	audience: 'customer',
	default_subject: `[#{ticket_number}] ${ label }`,
	default_intro: 'Hi {customer_name},',
	subject: `[#{ticket_number}] ${ label }`,
	intro: 'Hi {customer_name},',
	placeholders: [ '{customer_name}', '{ticket_number}' ],
} );
const TEMPLATES = [
	template( 'customer-acknowledgement', 'Received' ),
	template( 'customer-reply', 'Reply' ),
];

describe( 'EmailTemplates', () => {
	beforeEach( () => dispatch( store ).invalidateResolutionForStore() );
	afterEach( () => mockedFetch.mockReset() );

	it( 'saves built-in texts as empty, so they follow translations', () => {
		expect(
			textsToSave( TEMPLATES, {
				'customer-reply': {
					subject: 'Re: {ticket_subject}',
					intro: 'Hi {customer_name},',
				},
			} )
		).toEqual( {
			'customer-acknowledgement': { subject: '', intro: '' },
			'customer-reply': { subject: 'Re: {ticket_subject}', intro: '' },
		} );
	} );

	it( 'edits one email, previews it sandboxed, and saves', async () => {
		mockedFetch.mockImplementation( ( ( options: {
			path: string;
			method?: string;
		} ) => {
			if ( options.path.endsWith( '/preview' ) ) {
				return Promise.resolve( {
					subject: '[#1234] We got it',
					html: '<p>Hi Dana</p>',
					text: 'Hi Dana',
				} );
			}
			return Promise.resolve( options.method ? {} : TEMPLATES );
		} ) as typeof apiFetch );
		render( <EmailTemplates /> );
		const subject = await screen.findByRole( 'textbox', {
			name: 'Subject',
		} );
		expect( subject ).toHaveValue( '[#{ticket_number}] Received' );
		await userEvent.clear( subject );
		await userEvent.type( subject, 'We got it' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Preview' } )
		);
		const frame = await screen.findByTitle( 'Email preview' );
		expect( frame ).toHaveAttribute( 'sandbox', '' );
		expect( frame ).toHaveAttribute( 'srcdoc', '<p>Hi Dana</p>' );
		expect(
			screen.getByText( 'Subject: [#1234] We got it' )
		).toBeVisible();
		expect( mockedFetch ).toHaveBeenCalledWith( {
			path: '/storedesk/v1/email-templates/customer-acknowledgement/preview',
			method: 'POST',
			data: { subject: 'We got it', intro: 'Hi {customer_name},' },
		} );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Save email texts' } )
		);
		await waitFor( () =>
			expect( mockedFetch ).toHaveBeenCalledWith( {
				path: '/storedesk/v1/settings',
				method: 'PATCH',
				data: {
					emails: {
						'customer-acknowledgement': {
							subject: 'We got it',
							intro: '',
						},
						'customer-reply': { subject: '', intro: '' },
					},
				},
			} )
		);
	} );
} );

/**
 * Settings: agents see their own notification switches only; managers also
 * the email texts, the messages not delivered and the background jobs that
 * failed.
 */
import apiFetch from '@wordpress/api-fetch';
import { dispatch } from '@wordpress/data';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { store as directoryStore } from '../../store/directory';
import { store as notificationsStore } from '../../store/notifications';
import { SettingsScreen } from '../SettingsScreen';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

let retried = false;
const respond = ( manager: boolean ) =>
	mockedFetch.mockImplementation( ( ( {
		path,
		method,
	}: {
		path: string;
		method?: string;
	} ) => {
		if (
			path === '/storedesk/v1/deliveries/7/retry' &&
			method === 'POST'
		) {
			retried = true;
			return Promise.resolve( {} );
		}
		const answers: Record< string, unknown > = {
			'/storedesk/v1/deliveries': retried
				? []
				: [
						{
							id: 7,
							type: 'customer-reply',
							channel: 'email',
							to: 'dana@example.test',
							status: 'failed',
							attempts: 5,
							error: 'Mailbox unavailable',
							next_try: null,
							updated_at: '2026-11-22T10:00:00Z',
							ticket_id: 5,
							message_id: 40,
							subject: 'Parcel',
						},
					],
			'/storedesk/v1/me': {
				id: 3,
				name: 'Alex',
				capabilities: { storedesk_manage_settings: manager },
			},
			'/storedesk/v1/me/notifications': {
				new_ticket: true,
				customer_reply: false,
				assignment: true,
				mention: true,
			},
			'/storedesk/v1/email-templates': [
				{
					type: 'customer-reply',
					label: 'Customer: agent reply',
					audience: 'customer',
					default_subject: '[#{ticket_number}] Re: {ticket_subject}',
					default_intro: '{agent_name} replied:',
					subject: '[#{ticket_number}] Re: {ticket_subject}',
					intro: '{agent_name} replied:',
					placeholders: [ '{agent_name}' ],
				},
			],
			'/storedesk/v1/jobs/failed': [
				{
					id: 9,
					job: 'storedesk_agent_mail',
					label: 'Email "New ticket" to Ben Agent about #5',
					ticket_id: 5,
					status: 'failed',
					attempts: 3,
					error: 'Could not connect to SMTP host.',
					next_try: null,
					updated_at: '2026-11-22T10:00:00Z',
				},
			],
		};
		return Promise.resolve( answers[ path ] );
	} ) as typeof apiFetch );

describe( 'SettingsScreen', () => {
	beforeEach( () => {
		dispatch( directoryStore ).invalidateResolutionForStore();
		dispatch( notificationsStore ).invalidateResolutionForStore();
	} );
	afterEach( () => mockedFetch.mockReset() );

	it( 'shows an agent their own switches and nothing of the managers', async () => {
		respond( false );
		render( <SettingsScreen /> );
		expect(
			await screen.findByRole( 'checkbox', {
				name: 'A customer replies',
			} )
		).not.toBeChecked();
		expect(
			screen.getByRole( 'region', { name: 'My notifications' } )
		).toBeVisible();
		expect(
			screen.queryByRole( 'region', { name: 'Email texts' } )
		).not.toBeInTheDocument();
		expect(
			screen.queryByRole( 'region', {
				name: 'Background jobs that failed',
			} )
		).not.toBeInTheDocument();
		expect( mockedFetch ).not.toHaveBeenCalledWith( {
			path: '/storedesk/v1/jobs/failed',
		} );
		expect( mockedFetch ).not.toHaveBeenCalledWith( {
			path: '/storedesk/v1/deliveries',
		} );
	} );

	it( 'shows managers the messages not delivered, and Retry sends one again', async () => {
		retried = false;
		respond( true );
		render( <SettingsScreen /> );
		const region = await screen.findByRole( 'region', {
			name: 'Messages not delivered',
		} );
		expect(
			await within( region ).findByRole( 'link', { name: '#5 Parcel' } )
		).toHaveAttribute( 'href', '#/tickets/5' );
		expect(
			within( region ).getByText(
				/Mailbox unavailable \(gave up after 5 tries\)/
			)
		).toBeVisible();
		await userEvent.click(
			within( region ).getByRole( 'button', { name: 'Retry' } )
		);
		expect(
			await within( region ).findByText(
				'Every message reached its customer.'
			)
		).toBeVisible();
	} );

	it( 'shows managers the background jobs that failed, and why', async () => {
		respond( true );
		render( <SettingsScreen /> );
		const region = await screen.findByRole( 'region', {
			name: 'Background jobs that failed',
		} );
		expect(
			await within( region ).findByRole( 'cell', {
				name: 'Could not connect to SMTP host.',
			} )
		).toBeVisible();
		expect(
			within( region ).getByRole( 'link', {
				name: 'Email "New ticket" to Ben Agent about #5',
			} )
		).toHaveAttribute( 'href', '#/tickets/5' );
		expect(
			within( region ).getByText( /Gave up after 3 tries/ )
		).toBeVisible();
		expect( mockedFetch ).toHaveBeenCalledWith( {
			path: '/storedesk/v1/jobs/failed',
		} );
		expect(
			screen.getByRole( 'region', { name: 'Email texts' } )
		).toBeVisible();
	} );
} );

/**
 * Under a reply, how it left: sent, on its way (looked at again), or not
 * delivered with its error and a Retry that queues it again.
 */
import apiFetch from '@wordpress/api-fetch';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { Delivery } from '../../../api/types';
import { message } from '../../../test-utils/fixtures';
import { DeliveryStatus } from '../DeliveryStatus';
import { MessageItem } from '../MessageItem';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

const delivery = ( extra: Partial< Delivery > = {} ): Delivery => ( {
	id: 7,
	type: 'customer-reply',
	channel: 'email',
	to: 'rui@example.test',
	status: 'sent',
	attempts: 1,
	error: null,
	next_try: null,
	updated_at: '2026-11-22T10:00:00Z',
	...extra,
} );

describe( 'DeliveryStatus', () => {
	afterEach( () => mockedFetch.mockReset() );

	it( 'says where a sent reply went', () => {
		render(
			<DeliveryStatus
				message={ message( 3, { deliveries: [ delivery() ] } ) }
			/>
		);
		expect(
			screen.getByText( 'Sent by Email to rui@example.test' )
		).toBeVisible();
	} );

	it( 'shows under a resolution how its notice left', () => {
		render(
			<ul>
				<MessageItem
					message={ message( 4, {
						kind: 'event',
						body: 'Ana changed the status from Open to Resolved.',
						deliveries: [
							delivery( { id: 8, type: 'customer-resolved' } ),
						],
					} ) }
				/>
			</ul>
		);
		expect(
			screen.getByText( 'Ana changed the status from Open to Resolved.' )
		).toBeVisible();
		expect(
			screen.getByText(
				'Resolution notice sent by Email to rui@example.test'
			)
		).toBeVisible();
	} );

	it( 'says why a reply was not delivered, and Retry queues it again', async () => {
		mockedFetch.mockResolvedValueOnce(
			delivery( { status: 'queued', attempts: 0 } )
		);
		render(
			<DeliveryStatus
				message={ message( 3, {
					deliveries: [
						delivery( {
							status: 'failed',
							attempts: 5,
							error: 'Mailbox unavailable',
						} ),
					],
				} ) }
			/>
		);
		expect( screen.getByRole( 'alert' ) ).toHaveTextContent(
			'Not delivered: Mailbox unavailable'
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Retry' } )
		);
		expect( mockedFetch ).toHaveBeenCalledWith( {
			path: '/storedesk/v1/deliveries/7/retry',
			method: 'POST',
		} );
		expect( await screen.findByText( 'Sending…' ) ).toBeVisible();
		expect( screen.queryByRole( 'alert' ) ).not.toBeInTheDocument();
	} );

	it( 'looks again at a reply on its way until it has left', async () => {
		jest.useFakeTimers();
		try {
			mockedFetch.mockResolvedValueOnce( [
				message( 3, { deliveries: [ delivery() ] } ),
			] );
			render(
				<DeliveryStatus
					message={ message( 3, {
						deliveries: [
							delivery( { status: 'queued', attempts: 0 } ),
						],
					} ) }
				/>
			);
			expect( screen.getByText( 'Sending…' ) ).toBeVisible();
			await act( async () => {
				jest.advanceTimersByTime( 3000 );
			} );
			expect( mockedFetch ).toHaveBeenCalledWith( {
				path: '/storedesk/v1/tickets/5/messages?after=2',
			} );
			expect(
				screen.getByText( 'Sent by Email to rui@example.test' )
			).toBeVisible();
		} finally {
			jest.useRealTimers();
		}
	} );
} );

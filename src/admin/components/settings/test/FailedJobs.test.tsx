/**
 * Background jobs that failed: each row says what, why and what happens
 * next; Retry on a given-up job sends it again and shows the row the server
 * answers, or the server's refusal next to the button.
 */
import apiFetch from '@wordpress/api-fetch';
import { dateI18n, getSettings } from '@wordpress/date';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { FailedJobs, type FailedJob } from '../FailedJobs';

jest.mock( '@wordpress/api-fetch' );
const mockedFetch = apiFetch as jest.MockedFunction< typeof apiFetch >;

const job = ( id: number, extra: Partial< FailedJob > = {} ): FailedJob => ( {
	id,
	job: 'storedesk_agent_mail',
	label: `Email "New ticket" to Ben Agent about #${ id }`,
	ticket_id: id,
	status: 'failed',
	attempts: 5,
	error: 'Could not connect to SMTP host.',
	next_try: null,
	updated_at: '2026-11-22T10:00:00+00:00',
	...extra,
} );

const when = ( date: string ) =>
	dateI18n( getSettings().formats.datetime, date, undefined );

/**
 * Answers GET /jobs/failed with the list (or its error) and POST …/retry
 * with the handler.
 *
 * @param list  The failed jobs, or { error } for a refusal.
 * @param retry What a retry answers (a rejected promise for an error).
 */
const serve = (
	list: FailedJob[] | { error: unknown },
	retry: ( id: number ) => Promise< unknown > = () =>
		Promise.reject( new Error( 'unexpected retry' ) )
) =>
	mockedFetch.mockImplementation( ( ( options: {
		path: string;
		method?: string;
	} ) => {
		const match = options.path.match(
			/^\/storedesk\/v1\/jobs\/failed\/(\d+)\/retry$/
		);
		if ( match && options.method === 'POST' ) {
			return retry( Number( match[ 1 ] ) );
		}
		if (
			options.path === '/storedesk/v1/jobs/failed' &&
			! options.method
		) {
			return Array.isArray( list )
				? Promise.resolve( list )
				: Promise.reject( list.error );
		}
		return Promise.reject( new Error( `unexpected ${ options.path }` ) );
	} ) as typeof apiFetch );

const rowOf = async ( label: string ) =>
	( await screen.findByText( label ) ).closest( 'tr' ) as HTMLElement;

describe( 'FailedJobs', () => {
	afterEach( () => mockedFetch.mockReset() );

	it( 'lists each job with what, why, when and what happens next', async () => {
		serve( [
			job( 12, {
				status: 'retrying',
				attempts: 1,
				error: 'SMTP timeout',
				next_try: '2026-11-22T10:05:00+00:00',
				updated_at: '2026-11-22T10:01:00+00:00',
			} ),
			job( 3, {
				label: 'Email "Daily digest" to Ana Agent',
				ticket_id: 0,
				attempts: 4,
			} ),
		] );
		render( <FailedJobs /> );
		const region = screen.getByRole( 'region', {
			name: 'Background jobs that failed',
		} );
		const retrying = await rowOf(
			'Email "New ticket" to Ben Agent about #12'
		);
		expect(
			within( region )
				.getAllByRole( 'columnheader' )
				.map( ( th ) => th.textContent )
		).toEqual( [ 'When', 'What', 'Why', 'Status' ] );
		expect(
			within( retrying ).getByRole( 'link', {
				name: 'Email "New ticket" to Ben Agent about #12',
			} )
		).toHaveAttribute( 'href', '#/tickets/12' );
		expect(
			within( retrying ).getByRole( 'cell', { name: 'SMTP timeout' } )
		).toBeVisible();
		expect(
			within( retrying ).getByRole( 'cell', {
				name: when( '2026-11-22T10:01:00+00:00' ),
			} )
		).toBeVisible();
		expect(
			within( retrying ).getByText(
				`Trying again at ${ when(
					'2026-11-22T10:05:00+00:00'
				) } (attempt 2)`
			)
		).toBeVisible();
		expect(
			within( retrying ).queryByRole( 'button', { name: 'Retry' } )
		).not.toBeInTheDocument();

		const failed = await rowOf( 'Email "Daily digest" to Ana Agent' );
		expect(
			within( failed ).queryByRole( 'link' )
		).not.toBeInTheDocument();
		expect(
			within( failed ).getByRole( 'cell', {
				name: 'Could not connect to SMTP host.',
			} )
		).toBeVisible();
		expect(
			within( failed ).getByText( 'Gave up after 4 tries' )
		).toBeVisible();
		expect(
			within( failed ).getByRole( 'button', { name: 'Retry' } )
		).toBeEnabled();
	} );

	it( 'retries a job that gave up and shows it trying again', async () => {
		let answer: ( row: FailedJob ) => void = () => {};
		serve(
			[ job( 7 ), job( 8 ) ],
			() => new Promise( ( resolve ) => ( answer = resolve ) )
		);
		render( <FailedJobs /> );
		const row = await rowOf( 'Email "New ticket" to Ben Agent about #7' );
		const button = within( row ).getByRole( 'button', { name: 'Retry' } );
		await userEvent.click( button );
		expect( mockedFetch ).toHaveBeenCalledWith( {
			path: '/storedesk/v1/jobs/failed/7/retry',
			method: 'POST',
		} );
		expect( button ).toBeDisabled();

		answer(
			job( 7, {
				status: 'retrying',
				next_try: '2026-11-22T11:00:00+00:00',
				updated_at: '2026-11-22T11:00:00+00:00',
			} )
		);
		expect(
			await within( row ).findByText(
				`Trying again at ${ when(
					'2026-11-22T11:00:00+00:00'
				) } (attempt 6)`
			)
		).toBeVisible();
		expect(
			within( row ).queryByRole( 'button', { name: 'Retry' } )
		).not.toBeInTheDocument();
		expect(
			within( row ).queryByText( /Gave up/ )
		).not.toBeInTheDocument();
		// The other row is left as it was.
		const other = await rowOf( 'Email "New ticket" to Ben Agent about #8' );
		expect(
			within( other ).getByText( 'Gave up after 5 tries' )
		).toBeVisible();
		expect(
			within( other ).getByRole( 'button', { name: 'Retry' } )
		).toBeEnabled();
		expect( mockedFetch ).toHaveBeenCalledTimes( 2 );
	} );

	it( 'shows why a retry was refused and keeps the row', async () => {
		serve( [ job( 7 ) ], () =>
			Promise.reject( {
				code: 'storedesk_job_not_failed',
				message: 'This job is already being tried again.',
				data: { status: 409 },
			} )
		);
		render( <FailedJobs /> );
		const row = await rowOf( 'Email "New ticket" to Ben Agent about #7' );
		await userEvent.click(
			within( row ).getByRole( 'button', { name: 'Retry' } )
		);
		expect( await within( row ).findByRole( 'alert' ) ).toHaveTextContent(
			'This job is already being tried again.'
		);
		expect(
			within( row ).getByRole( 'button', { name: 'Retry' } )
		).toBeEnabled();
		expect(
			within( row ).getByText( 'Gave up after 5 tries' )
		).toBeVisible();
	} );

	it( 'says so when no job has failed', async () => {
		serve( [] );
		render( <FailedJobs /> );
		expect(
			await screen.findByText( 'No background job has failed.' )
		).toBeVisible();
		expect( screen.queryByRole( 'table' ) ).not.toBeInTheDocument();
	} );

	it( 'shows why the list could not be loaded, not an empty list', async () => {
		serve( {
			error: {
				code: 'rest_forbidden',
				message: 'Sorry, you are not allowed to do that.',
				data: { status: 403 },
			},
		} );
		render( <FailedJobs /> );
		const region = screen.getByRole( 'region', {
			name: 'Background jobs that failed',
		} );
		expect(
			await within( region ).findByText(
				'Could not load the failed jobs: Sorry, you are not allowed to do that.'
			)
		).toBeVisible();
		await waitFor( () =>
			expect(
				document.querySelector( '.components-spinner' )
			).not.toBeInTheDocument()
		);
		expect(
			screen.queryByText( 'No background job has failed.' )
		).not.toBeInTheDocument();
		expect( screen.queryByRole( 'table' ) ).not.toBeInTheDocument();
	} );
} );

/**
 * Managers: background jobs (such as emails to agents) that threw,
 * newest first: being tried again, or given up with Retry. Rows come from
 * GET /storedesk/v1/jobs/failed; Retry is POST /jobs/failed/{id}/retry,
 * which answers with the row as it is now (retrying).
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, Notice, Spinner } from '@wordpress/components';
import { dateI18n, getSettings } from '@wordpress/date';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import { href } from '../../router';

export type FailedJob = {
	id: number;
	/** The job's hook, e.g. storedesk_agent_mail. */
	job: string;
	/** What the job does, translated by the server. */
	label: string;
	/** The conversation it is about, 0 when none. */
	ticket_id: number;
	status: 'retrying' | 'failed';
	/** Tries that failed so far. */
	attempts: number;
	error: string;
	/** When it is tried again, while retrying. */
	next_try: string | null;
	updated_at: string;
};

const messageOf = ( e: unknown, fallback: string ) =>
	( e as { message?: string } | null )?.message || fallback;

function RetryJob( {
	id,
	onRetried,
}: {
	id: number;
	onRetried: ( job: FailedJob ) => void;
} ) {
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState< string >();
	const retry = async () => {
		setBusy( true );
		setError( undefined );
		try {
			onRetried(
				( await apiFetch( {
					path: `/storedesk/v1/jobs/failed/${ id }/retry`,
					method: 'POST',
				} ) ) as FailedJob
			);
		} catch ( e ) {
			setError(
				messageOf(
					e,
					__( 'The job could not be retried.', 'storedesk' )
				)
			);
		}
		setBusy( false );
	};
	return (
		<>
			<Button
				variant="secondary"
				isBusy={ busy }
				disabled={ busy }
				onClick={ retry }
			>
				{ __( 'Retry', 'storedesk' ) }
			</Button>
			{ error && (
				<>
					{ ' ' }
					<span className="storedesk-field-error" role="alert">
						{ error }
					</span>
				</>
			) }
		</>
	);
}

function status( job: FailedJob, format: string ): string {
	if ( job.status === 'failed' ) {
		return sprintf(
			/* translators: %d: number of tries */
			_n(
				'Gave up after %d try',
				'Gave up after %d tries',
				job.attempts,
				'storedesk'
			),
			job.attempts
		);
	}
	// The try to come is the one after those that failed.
	return job.next_try
		? sprintf(
				/* translators: 1: date and time of the next try, 2: number of that try (2 for the first retry) */
				__( 'Trying again at %1$s (attempt %2$d)', 'storedesk' ),
				dateI18n( format, job.next_try, undefined ),
				job.attempts + 1
			)
		: sprintf(
				/* translators: %d: number of the next try (2 for the first retry) */
				__( 'Trying again soon (attempt %d)', 'storedesk' ),
				job.attempts + 1
			);
}

export function FailedJobs() {
	const [ list, setList ] = useState< FailedJob[] >();
	const [ loadError, setLoadError ] = useState< string >();
	const load = useCallback( async () => {
		try {
			setList(
				( await apiFetch( {
					path: '/storedesk/v1/jobs/failed',
				} ) ) as FailedJob[]
			);
			setLoadError( undefined );
		} catch ( e ) {
			setLoadError(
				messageOf( e, __( 'An unknown error occurred.', 'storedesk' ) )
			);
		}
	}, [] );
	useEffect( () => {
		load();
	}, [ load ] );
	const replace = ( job: FailedJob ) =>
		setList( ( rows ) =>
			rows?.map( ( row ) => ( row.id === job.id ? job : row ) )
		);
	const format = getSettings().formats.datetime;
	return (
		<section
			className="storedesk-settings__panel"
			aria-labelledby="storedesk-failed-jobs"
		>
			<h3 id="storedesk-failed-jobs">
				{ __( 'Background jobs that failed', 'storedesk' ) }
			</h3>
			{ loadError !== undefined && (
				<Notice status="error" isDismissible={ false }>
					{ sprintf(
						/* translators: %s: error message */
						__( 'Could not load the failed jobs: %s', 'storedesk' ),
						loadError
					) }
				</Notice>
			) }
			{ ! list && loadError === undefined && <Spinner /> }
			{ list && ! list.length && (
				<p>{ __( 'No background job has failed.', 'storedesk' ) }</p>
			) }
			{ list && list.length > 0 && (
				<table className="widefat striped">
					<thead>
						<tr>
							<th scope="col">{ __( 'When', 'storedesk' ) }</th>
							<th scope="col">{ __( 'What', 'storedesk' ) }</th>
							<th scope="col">{ __( 'Why', 'storedesk' ) }</th>
							<th scope="col">{ __( 'Status', 'storedesk' ) }</th>
						</tr>
					</thead>
					<tbody>
						{ list.map( ( job ) => (
							<tr key={ job.id }>
								<td>
									{ dateI18n(
										format,
										job.updated_at,
										undefined
									) }
								</td>
								<td>
									{ job.ticket_id > 0 ? (
										<a
											href={ href( {
												name: 'ticket',
												id: job.ticket_id,
											} ) }
										>
											{ job.label }
										</a>
									) : (
										job.label
									) }
								</td>
								<td>{ job.error }</td>
								<td>
									{ status( job, format ) }
									{ job.status === 'failed' && (
										<>
											{ ' ' }
											<RetryJob
												id={ job.id }
												onRetried={ replace }
											/>
										</>
									) }
								</td>
							</tr>
						) ) }
					</tbody>
				</table>
			) }
		</section>
	);
}

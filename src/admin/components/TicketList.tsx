/**
 * The inbox list: one row per conversation with who, what, state and when.
 */
import { Notice, Spinner } from '@wordpress/components';
import { __, sprintf, _n } from '@wordpress/i18n';

import type { Ticket, TicketQuery } from '../api/types';
import { useTickets } from '../store/use-tickets';

const STATUS_LABELS: Record< Ticket[ 'status' ], string > = {
	open: __( 'Open', 'storedesk' ),
	pending: __( 'Pending', 'storedesk' ),
	'on-hold': __( 'On hold', 'storedesk' ),
	resolved: __( 'Resolved', 'storedesk' ),
	closed: __( 'Closed', 'storedesk' ),
	spam: __( 'Spam', 'storedesk' ),
};

function when( iso: string ): string {
	return new Date( iso ).toLocaleString();
}

export function TicketList( { query }: { query: TicketQuery } ) {
	const { tickets, total, isLoading, error } = useTickets( query );
	if ( error ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ sprintf(
					/* translators: %s: error message */ __(
						'The tickets could not be loaded: %s',
						'storedesk'
					),
					error
				) }
			</Notice>
		);
	}
	if ( isLoading ) {
		return <Spinner />;
	}
	if ( ! tickets.length ) {
		return (
			<p className="storedesk-empty">
				{ __( 'No conversations here. Nice work!', 'storedesk' ) }
			</p>
		);
	}
	return (
		<>
			<p className="storedesk-count">
				{ sprintf(
					/* translators: %d: number of tickets */ _n(
						'%d conversation',
						'%d conversations',
						total,
						'storedesk'
					),
					total
				) }
			</p>
			<table className="widefat striped storedesk-tickets">
				<caption className="screen-reader-text">
					{ __( 'Conversations', 'storedesk' ) }
				</caption>
				<thead>
					<tr>
						<th scope="col">{ __( 'Subject', 'storedesk' ) }</th>
						<th scope="col">{ __( 'Customer', 'storedesk' ) }</th>
						<th scope="col">{ __( 'Channel', 'storedesk' ) }</th>
						<th scope="col">{ __( 'Status', 'storedesk' ) }</th>
						<th scope="col">{ __( 'Priority', 'storedesk' ) }</th>
						<th scope="col">
							{ __( 'Last activity', 'storedesk' ) }
						</th>
					</tr>
				</thead>
				<tbody>
					{ tickets.map( ( t ) => (
						<tr
							key={ t.id }
							className={ t.unread ? 'is-unread' : undefined }
						>
							<td>
								<a
									className="storedesk-subject"
									href={ `#/tickets/${ t.id }` }
								>
									#{ t.id } { t.subject }
								</a>
								<div className="storedesk-excerpt">
									{ t.excerpt }
								</div>
							</td>
							<td>
								{ t.contact?.name ??
									__( 'Unknown customer', 'storedesk' ) }
							</td>
							<td>{ t.channel }</td>
							<td>{ STATUS_LABELS[ t.status ] }</td>
							<td>{ t.priority }</td>
							<td>
								<time dateTime={ t.last_activity_at }>
									{ when( t.last_activity_at ) }
								</time>
							</td>
						</tr>
					) ) }
				</tbody>
			</table>
		</>
	);
}

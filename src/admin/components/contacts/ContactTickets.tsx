/**
 * A contact's conversations on every channel, newest first, a page at a time.
 */
import { Notice, Spinner } from '@wordpress/components';
import { dateI18n, getSettings } from '@wordpress/date';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import { href } from '../../router';
import { useContactTickets } from '../../store/use-contacts';
import { ChannelLabel, statusLabel } from './labels';
import { Pager } from '../Pager';

const PER_PAGE = 20;

export function formatDate( iso: string ): string {
	return dateI18n( getSettings().formats.datetime, iso, undefined );
}

export function ContactTickets( { contactId }: { contactId: number } ) {
	const [ page, setPage ] = useState( 1 );
	const { tickets, total, totalPages, isLoading, error } = useContactTickets(
		contactId,
		{ page, per_page: PER_PAGE }
	);
	return (
		<section
			className="storedesk-contact-tickets"
			aria-labelledby="storedesk-contact-tickets-title"
		>
			<h3 id="storedesk-contact-tickets-title">
				{ __( 'Conversations', 'storedesk' ) }
			</h3>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ sprintf(
						/* translators: %s: error message */
						__(
							'The conversations could not be loaded: %s',
							'storedesk'
						),
						error.message ?? ''
					) }
				</Notice>
			) }
			{ isLoading && <Spinner /> }
			{ ! isLoading && ! error && ! tickets.length && (
				<p>{ __( 'No conversations yet.', 'storedesk' ) }</p>
			) }
			{ tickets.length > 0 && (
				<>
					<p className="storedesk-count">
						{ sprintf(
							/* translators: %d: number of conversations */
							_n(
								'%d conversation on all channels',
								'%d conversations on all channels',
								total,
								'storedesk'
							),
							total
						) }
					</p>
					<div
						className="storedesk-table-scroll"
						role="region"
						aria-label={ __( 'Conversations list', 'storedesk' ) }
						// Focusable so the table can be scrolled with the keyboard on a phone.
						tabIndex={ 0 }
					>
						<table className="widefat striped storedesk-stacked">
							<caption className="screen-reader-text">
								{ __(
									'Conversations, newest first',
									'storedesk'
								) }
							</caption>
							<thead>
								<tr>
									<th scope="col">
										{ __( 'Conversation', 'storedesk' ) }
									</th>
									<th scope="col">
										{ __( 'Channel', 'storedesk' ) }
									</th>
									<th scope="col">
										{ __( 'Status', 'storedesk' ) }
									</th>
									<th scope="col">
										{ __( 'Last activity', 'storedesk' ) }
									</th>
								</tr>
							</thead>
							<tbody>
								{ tickets.map( ( t ) => (
									<tr key={ t.id }>
										<td>
											<a
												href={ href( {
													name: 'ticket',
													id: t.id,
												} ) }
											>
												#{ t.id } { t.subject }
											</a>
										</td>
										<td
											data-colname={ __(
												'Channel',
												'storedesk'
											) }
										>
											<ChannelLabel
												channel={ t.channel }
											/>
										</td>
										<td
											data-colname={ __(
												'Status',
												'storedesk'
											) }
										>
											{ statusLabel( t.status ) }
										</td>
										<td
											data-colname={ __(
												'Last activity',
												'storedesk'
											) }
										>
											<time
												dateTime={ t.last_activity_at }
											>
												{ formatDate(
													t.last_activity_at
												) }
											</time>
										</td>
									</tr>
								) ) }
							</tbody>
						</table>
					</div>
				</>
			) }
			<Pager
				page={ page }
				totalPages={ totalPages }
				onChange={ setPage }
				previousLabel={ __( 'Newer conversations', 'storedesk' ) }
				nextLabel={ __( 'Older conversations', 'storedesk' ) }
			/>
		</section>
	);
}

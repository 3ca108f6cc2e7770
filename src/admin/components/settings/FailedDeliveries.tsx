/**
 * Managers: messages that did not reach their customer (given up, or
 * being tried again after an error), with the conversation, the address,
 * the reason, and Retry for those given up.
 */
import apiFetch from '@wordpress/api-fetch';
import { Spinner } from '@wordpress/components';
import { dateI18n, getSettings } from '@wordpress/date';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import type { Delivery } from '../../api/types';
import { lookOf, useChannels } from '../../channels';
import { href } from '../../router';
import { RetryDelivery } from '../thread/RetryDelivery';

export type TroubledDelivery = Delivery & {
	ticket_id: number;
	message_id: number;
	subject: string;
};

export function FailedDeliveries() {
	const channels = useChannels();
	const [ list, setList ] = useState< TroubledDelivery[] >();
	const load = useCallback( async () => {
		try {
			setList(
				( await apiFetch( {
					path: '/storedesk/v1/deliveries',
				} ) ) as TroubledDelivery[]
			);
		} catch {
			setList( [] );
		}
	}, [] );
	useEffect( () => {
		load();
	}, [ load ] );
	const format = getSettings().formats.datetime;
	return (
		<section
			className="storedesk-settings__panel"
			aria-labelledby="storedesk-failed-deliveries"
		>
			<h3 id="storedesk-failed-deliveries">
				{ __( 'Messages not delivered', 'storedesk' ) }
			</h3>
			{ ! list && <Spinner /> }
			{ list && ! list.length && (
				<p>
					{ __( 'Every message reached its customer.', 'storedesk' ) }
				</p>
			) }
			{ list && list.length > 0 && (
				<table className="widefat striped">
					<thead>
						<tr>
							<th scope="col">{ __( 'When', 'storedesk' ) }</th>
							<th scope="col">
								{ __( 'Conversation', 'storedesk' ) }
							</th>
							<th scope="col">{ __( 'To', 'storedesk' ) }</th>
							<th scope="col">{ __( 'Why', 'storedesk' ) }</th>
							<th scope="col">
								<span className="screen-reader-text">
									{ __( 'Actions', 'storedesk' ) }
								</span>
							</th>
						</tr>
					</thead>
					<tbody>
						{ list.map( ( d ) => (
							<tr key={ d.id }>
								<td>
									{ dateI18n(
										format,
										d.updated_at,
										undefined
									) }
								</td>
								<td>
									<a
										href={ href( {
											name: 'ticket',
											id: d.ticket_id,
										} ) }
									>
										#{ d.ticket_id } { d.subject }
									</a>
								</td>
								<td>
									{ lookOf( channels, d.channel ).label }:{ ' ' }
									{ d.to }
								</td>
								<td>
									{ d.error }{ ' ' }
									{ d.status === 'failed'
										? sprintf(
												/* translators: %d: number of tries */
												__(
													'(gave up after %d tries)',
													'storedesk'
												),
												d.attempts
											)
										: __( '(trying again)', 'storedesk' ) }
								</td>
								<td>
									{ d.status === 'failed' && (
										<RetryDelivery
											id={ d.id }
											onRetried={ load }
										/>
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

/**
 * Under a reply (or the first message, or a resolution): how it left for the customer. "Sent by email to …",
 * "Sending…" while a job has it, the error and the next try while it is
 * retried, and "Not delivered" with a Retry button once it gave up. A
 * delivery still on its way is looked at again for a minute, so the agent
 * sees it leave without reloading.
 */
import apiFetch from '@wordpress/api-fetch';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import type { Delivery, Message } from '../../api/types';
import { useChannels, lookOf } from '../../channels';
import { RetryDelivery } from './RetryDelivery';

const WAITS = [ 3000, 5000, 10000, 20000, 30000 ];

/**
 * The line a delivery shows.
 *
 * @param d       Delivery.
 * @param channel Name of its channel.
 */
export function deliveryText( d: Delivery, channel: string ): string {
	switch ( d.status ) {
		case 'sent':
		case 'delivered':
		case 'read':
			if ( d.type === 'customer-resolved' ) {
				return sprintf(
					/* translators: 1: channel such as Email, 2: the customer's address */
					__( 'Resolution notice sent by %1$s to %2$s', 'storedesk' ),
					channel,
					d.to
				);
			}
			return d.type === 'customer-acknowledgement'
				? sprintf(
						/* translators: 1: channel such as Email, 2: the customer's address */
						__( 'Confirmation sent by %1$s to %2$s', 'storedesk' ),
						channel,
						d.to
					)
				: sprintf(
						/* translators: 1: channel such as Email, 2: the customer's address */
						__( 'Sent by %1$s to %2$s', 'storedesk' ),
						channel,
						d.to
					);
		case 'failed':
			return sprintf(
				/* translators: %s: the error */
				__( 'Not delivered: %s', 'storedesk' ),
				d.error ?? ''
			);
		default:
			return d.error
				? sprintf(
						/* translators: %s: the error */
						__( 'Not sent yet, trying again: %s', 'storedesk' ),
						d.error
					)
				: __( 'Sending…', 'storedesk' );
	}
}

export function DeliveryStatus( { message }: { message: Message } ) {
	const channels = useChannels();
	const [ list, setList ] = useState( message.deliveries ?? [] );
	const [ round, setRound ] = useState( 0 );
	const pending = list.some(
		( d ) => d.status === 'queued' || d.status === 'sending'
	);
	useEffect( () => setList( message.deliveries ?? [] ), [ message ] );
	useEffect( () => {
		if ( ! pending || round >= WAITS.length ) {
			return;
		}
		const timer = setTimeout( async () => {
			try {
				const fresh = ( await apiFetch( {
					path: `/storedesk/v1/tickets/${ message.ticket_id }/messages?after=${ message.id - 1 }`,
				} ) ) as Message[];
				const again = fresh.find( ( m ) => m.id === message.id );
				if ( again?.deliveries ) {
					setList( again.deliveries );
				}
			} catch {}
			setRound( ( r ) => r + 1 );
		}, WAITS[ round ] );
		return () => clearTimeout( timer );
	}, [ pending, round, message.id, message.ticket_id ] );

	if ( ! list.length ) {
		return null;
	}
	return (
		<ul className="storedesk-deliveries">
			{ list.map( ( d ) => (
				<li key={ d.id } className={ `is-${ d.status }` }>
					<span role={ d.status === 'failed' ? 'alert' : undefined }>
						{ deliveryText(
							d,
							lookOf( channels, d.channel ).label
						) }
					</span>
					{ d.status === 'failed' && (
						<RetryDelivery
							id={ d.id }
							onRetried={ ( fresh ) => {
								setList( ( l ) =>
									l.map( ( x ) =>
										x.id === fresh.id ? fresh : x
									)
								);
								setRound( 0 );
							} }
						/>
					) }
				</li>
			) ) }
		</ul>
	);
}

/**
 * Where an order goes and how it was paid: shipping address and method,
 * shipments with their tracking links, payment method, refunds, the
 * customer's note and the notes they were sent.
 */
import { __, sprintf } from '@wordpress/i18n';

import type { OrderDetails, Refund, Shipment } from './types';

function Tracking( { shipments }: { shipments: Shipment[] } ) {
	return (
		<ul
			className="storedesk-store-tracking"
			aria-label={ __( 'Tracking', 'storedesk' ) }
		>
			{ shipments.map( ( s ) => (
				<li key={ `${ s.provider }-${ s.number }` }>
					{ s.provider && <span>{ s.provider }</span> }{ ' ' }
					{ s.url ? (
						<a href={ s.url } target="_blank" rel="noreferrer">
							{ s.number }
							<span className="screen-reader-text">
								{ __( '(opens in a new tab)', 'storedesk' ) }
							</span>
						</a>
					) : (
						<span>{ s.number }</span>
					) }
					{ s.shipped && (
						<span className="storedesk-store-meta">
							{ sprintf(
								/* translators: %s: date the parcel was shipped */
								__( 'Shipped %s', 'storedesk' ),
								s.shipped
							) }
						</span>
					) }
				</li>
			) ) }
		</ul>
	);
}

function Refunds( { refunds }: { refunds: Refund[] } ) {
	return (
		<ul className="storedesk-store-refunds">
			{ refunds.map( ( r ) => (
				<li key={ r.id }>
					<strong>{ r.amount.label }</strong>{ ' ' }
					<span className="storedesk-store-meta">
						{ [
							r.date,
							r.by &&
								sprintf(
									/* translators: %s: name of who refunded */
									__( 'by %s', 'storedesk' ),
									r.by
								),
							r.manual
								? __( 'recorded by hand', 'storedesk' )
								: __(
										'through the payment gateway',
										'storedesk'
									),
						]
							.filter( Boolean )
							.join( ' · ' ) }
					</span>
					{ r.reason && <p>{ r.reason }</p> }
				</li>
			) ) }
		</ul>
	);
}

export function OrderFulfilment( { order }: { order: OrderDetails } ) {
	return (
		<>
			<h4>{ __( 'Delivery', 'storedesk' ) }</h4>
			{ order.shipping_address.length ? (
				<address className="storedesk-store-address">
					{ order.shipping_address.map( ( line, i ) => (
						<span key={ i }>{ line }</span>
					) ) }
				</address>
			) : (
				<p>{ __( 'No shipping address.', 'storedesk' ) }</p>
			) }
			{ order.shipping_method && (
				<p>
					{ sprintf(
						/* translators: %s: shipping method, such as Flat rate */
						__( 'Shipping method: %s', 'storedesk' ),
						order.shipping_method
					) }
				</p>
			) }
			{ order.tracking.length > 0 && (
				<Tracking shipments={ order.tracking } />
			) }
			<h4>{ __( 'Payment', 'storedesk' ) }</h4>
			<p>
				{ order.payment_method ||
					__( 'No payment method recorded.', 'storedesk' ) }
			</p>
			{ order.refunds.length > 0 && (
				<>
					<h4>{ __( 'Refunds', 'storedesk' ) }</h4>
					<Refunds refunds={ order.refunds } />
				</>
			) }
			{ order.customer_note && (
				<>
					<h4>
						{ __( 'Customer’s note at checkout', 'storedesk' ) }
					</h4>
					<p className="storedesk-store-note">
						{ order.customer_note }
					</p>
				</>
			) }
			{ order.notes.length > 0 && (
				<>
					<h4>{ __( 'Notes sent to the customer', 'storedesk' ) }</h4>
					<ul className="storedesk-store-notes">
						{ order.notes.map( ( note ) => (
							<li key={ note.id }>
								{ note.date && (
									<span className="storedesk-store-meta">
										{ note.date }
									</span>
								) }
								<p>{ note.content }</p>
							</li>
						) ) }
					</ul>
				</>
			) }
		</>
	);
}

/**
 * What a refund will do, as the server previewed it: the sentence it will
 * be recorded with, each line, the total, how the money goes back, what
 * is left, the order's status after it, stock and the emails.
 */
import { __, sprintf } from '@wordpress/i18n';

import { EmailList } from './action-parts';
import type { CustomerPanelData, RefundPreview } from './types';

/**
 * How the money goes back: "through Stripe", or that none is sent.
 *
 * @param preview The refund's preview.
 */
export const refundMethodText = ( preview: RefundPreview ) =>
	preview.method === 'gateway'
		? sprintf(
				/* translators: %s: payment gateway, such as Stripe */
				__( 'through %s', 'storedesk' ),
				preview.gateway.title
			)
		: __( 'recorded by hand — no money is sent', 'storedesk' );

function lineText( line: RefundPreview[ 'lines' ][ number ] ) {
	let text: string;
	if ( line.quantity > 0 ) {
		text = sprintf(
			/* translators: 1: quantity, 2: product, 3: amount */
			__( '%1$d × %2$s: %3$s', 'storedesk' ),
			line.quantity,
			line.name,
			line.amount.label
		);
	} else {
		text = sprintf(
			/* translators: 1: line such as a fee, or "Shipping", 2: amount */
			__( '%1$s: %2$s', 'storedesk' ),
			line.type === 'shipping'
				? __( 'Shipping', 'storedesk' )
				: line.name,
			line.amount.label
		);
	}
	return line.restock > 0
		? sprintf(
				/* translators: 1: the line and its amount, 2: how many go back in stock */
				__( '%1$s (%2$d back in stock)', 'storedesk' ),
				text,
				line.restock
			)
		: text;
}

export function RefundConfirm( {
	preview,
	statuses,
}: {
	preview: RefundPreview;
	statuses: CustomerPanelData[ 'statuses' ];
} ) {
	const rows: Array< [ string, string ] > = [
		[ __( 'Total', 'storedesk' ), preview.total.label ],
		[ __( 'Money', 'storedesk' ), refundMethodText( preview ) ],
		[
			__( 'Left to refund after', 'storedesk' ),
			preview.remaining_after.label,
		],
		[
			__( 'Order status after', 'storedesk' ),
			preview.status_after
				? ( statuses[ `wc-${ preview.status_after }` ] ??
					preview.status_after )
				: __( 'unchanged', 'storedesk' ),
		],
	];
	if ( preview.reason ) {
		rows.push( [ __( 'Reason', 'storedesk' ), preview.reason ] );
	}
	return (
		<>
			<p className="storedesk-store-confirm__summary">
				<strong>{ preview.summary }</strong>
			</p>
			{ ( preview.lines.length > 0 || preview.extra ) && (
				<ul
					className="storedesk-store-confirm__list"
					aria-label={ __( 'Refunded', 'storedesk' ) }
				>
					{ preview.lines.map( ( line ) => (
						<li key={ line.id }>{ lineText( line ) }</li>
					) ) }
					{ preview.extra && (
						<li>
							{ sprintf(
								/* translators: %s: amount */
								__( 'Extra amount: %s', 'storedesk' ),
								preview.extra.label
							) }
						</li>
					) }
				</ul>
			) }
			<dl className="storedesk-store-confirm__facts">
				{ rows.map( ( [ label, value ] ) => (
					<div key={ label }>
						<dt>{ label }</dt>
						<dd>{ value }</dd>
					</div>
				) ) }
			</dl>
			{ preview.method === 'manual' && (
				<p>
					{ __(
						'Pay the customer back yourself, outside WooCommerce.',
						'storedesk'
					) }
				</p>
			) }
			<EmailList emails={ preview.emails } />
		</>
	);
}

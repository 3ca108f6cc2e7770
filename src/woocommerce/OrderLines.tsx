/**
 * What an order holds: each line with its thumbnail, quantity, price and
 * what was refunded of it, then the order's totals.
 */
import { Pill } from '@woocommerce/components';
import { __, sprintf } from '@wordpress/i18n';

import { Facts } from './parts';
import type { OrderDetails, OrderLine } from './types';

function Line( { line }: { line: OrderLine } ) {
	return (
		<li className="storedesk-store-line">
			{ line.thumbnail ? (
				<img
					src={ line.thumbnail }
					alt=""
					width={ 40 }
					height={ 40 }
					loading="lazy"
				/>
			) : (
				<span className="storedesk-store-line__no-image" />
			) }
			<div>
				<span className="storedesk-store-line__name">
					{ line.name }
				</span>
				{ line.sku && (
					<span className="storedesk-store-meta">
						{ sprintf(
							/* translators: %s: product SKU */
							__( 'SKU: %s', 'storedesk' ),
							line.sku
						) }
					</span>
				) }
				<span className="storedesk-store-meta">
					{ sprintf(
						/* translators: 1: quantity, 2: unit price, 3: line total */
						__( '%1$d × %2$s = %3$s', 'storedesk' ),
						line.quantity,
						line.price.label,
						line.total.label
					) }
				</span>
				{ line.refunded_quantity > 0 && (
					<Pill className="storedesk-store-refunded">
						{ sprintf(
							/* translators: 1: quantity refunded, 2: amount refunded */
							__( '%1$d refunded (%2$s)', 'storedesk' ),
							line.refunded_quantity,
							line.refunded.label
						) }
					</Pill>
				) }
				{ ! line.refunded_quantity && line.refunded.amount > 0 && (
					<Pill className="storedesk-store-refunded">
						{ sprintf(
							/* translators: %s: amount refunded */
							__( '%s refunded', 'storedesk' ),
							line.refunded.label
						) }
					</Pill>
				) }
			</div>
		</li>
	);
}

function Totals( { totals }: { totals: OrderDetails[ 'totals' ] } ) {
	const rows: Array< [ string, string ] > = [
		[ __( 'Subtotal', 'storedesk' ), totals.subtotal.label ],
	];
	if ( totals.discount.amount ) {
		rows.push( [ __( 'Discount', 'storedesk' ), totals.discount.label ] );
	}
	rows.push(
		[ __( 'Shipping', 'storedesk' ), totals.shipping.label ],
		[ __( 'Tax', 'storedesk' ), totals.tax.label ],
		[ __( 'Total', 'storedesk' ), totals.total.label ]
	);
	if ( totals.refunded.amount ) {
		rows.push(
			[ __( 'Refunded', 'storedesk' ), totals.refunded.label ],
			[ __( 'Net', 'storedesk' ), totals.net.label ]
		);
	}
	return <Facts rows={ rows } className="storedesk-store-totals" />;
}

export function OrderLines( {
	order,
	headingId,
}: {
	order: OrderDetails;
	headingId: string;
} ) {
	return (
		<>
			<h4 id={ headingId }>{ __( 'Items', 'storedesk' ) }</h4>
			{ order.lines.length ? (
				<ul
					className="storedesk-store-lines"
					aria-labelledby={ headingId }
				>
					{ order.lines.map( ( line ) => (
						<Line key={ line.id } line={ line } />
					) ) }
				</ul>
			) : (
				<p>{ __( 'No items.', 'storedesk' ) }</p>
			) }
			<Totals totals={ order.totals } />
		</>
	);
}

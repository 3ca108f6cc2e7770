/**
 * Small pieces every part of the store panel shows an order with.
 */
import { Link, OrderStatus } from '@woocommerce/components';
import { __, sprintf } from '@wordpress/i18n';

import type { OrderSummary } from './types';

/**
 * "Order #1234".
 * @param order
 */
export const orderName = ( order: Pick< OrderSummary, 'number' > ) =>
	sprintf(
		/* translators: %s: order number */
		__( 'Order #%s', 'storedesk' ),
		order.number
	);

/**
 * The order's status as WooCommerce shows it: a coloured dot beside the
 * status's name, so the colour is never the only sign.
 *
 * @param props
 * @param props.order The order.
 */
export function StatusBadge( {
	order,
}: {
	order: Pick< OrderSummary, 'status' | 'status_label' >;
} ) {
	return (
		<OrderStatus
			className="storedesk-store-status"
			order={ order }
			orderStatusMap={ { [ order.status ]: order.status_label } }
		/>
	);
}

/**
 * The order's name, a link to its screen when the agent may open it.
 *
 * @param props
 * @param props.order The order.
 */
export function OrderName( {
	order,
}: {
	order: Pick< OrderSummary, 'number' | 'edit_url' >;
} ) {
	return order.edit_url ? (
		<Link href={ order.edit_url } type="wp-admin">
			{ orderName( order ) }
		</Link>
	) : (
		<span>{ orderName( order ) }</span>
	);
}

/**
 * What was bought, in a line: "Candle × 2, Lamp".
 *
 * @param items Items and quantities.
 */
export const itemsText = ( items: OrderSummary[ 'items' ] ) =>
	items
		.map( ( item ) =>
			item.quantity > 1
				? sprintf(
						/* translators: 1: product name, 2: quantity */
						__( '%1$s × %2$d', 'storedesk' ),
						item.name,
						item.quantity
					)
				: item.name
		)
		.join( ', ' );

/**
 * When and how much: "12 March 2026 · £40.00".
 *
 * @param props
 * @param props.order The order.
 */
export function DateAndTotal( { order }: { order: OrderSummary } ) {
	return (
		<span className="storedesk-store-meta storedesk-store-when">
			{ order.date && order.date_label && (
				<time dateTime={ order.date }>{ order.date_label }</time>
			) }
			<span>{ order.total_label }</span>
		</span>
	);
}

/**
 * Label and value pairs, as a description list (the customer's figures,
 * an order's totals).
 *
 * @param props           Props.
 * @param props.rows      Label and value pairs, in order.
 * @param props.className The list's class.
 */
export function Facts( {
	rows,
	className,
}: {
	rows: Array< [ string, string ] >;
	className: string;
} ) {
	return (
		<dl className={ className }>
			{ rows.map( ( [ label, value ] ) => (
				<div key={ label }>
					<dt>{ label }</dt>
					<dd>{ value }</dd>
				</div>
			) ) }
		</dl>
	);
}

/**
 * Store panel data shaped like the REST answers (php/Integrations/WooCommerce/).
 */
import type {
	CustomerPanelData,
	OrderActionResult,
	OrderDetails,
	OrderEmail,
	OrderSummary,
	RefundPreview,
} from '../types';

export function summary(
	id: number,
	extra: Partial< OrderSummary > = {}
): OrderSummary {
	return {
		id,
		number: String( id ),
		date: '2026-03-12T10:00:00+00:00',
		date_label: 'March 12, 2026',
		status: 'processing',
		status_label: 'Processing',
		total: 40,
		total_label: '£40.00',
		currency: 'GBP',
		items: [
			{ name: 'Beeswax candle', quantity: 2 },
			{ name: 'Brass lamp', quantity: 1 },
		],
		customer_id: 7,
		billing_name: 'Fiona Field',
		billing: 'fiona@example.test',
		edit_url: `http://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=${ id }`,
		...extra,
	};
}

const money = ( amount: number ) => ( {
	amount,
	label: `£${ amount.toFixed( 2 ) }`,
} );

export function details(
	id: number,
	extra: Partial< OrderDetails & { is_customers: boolean } > = {}
): OrderDetails & { is_customers: boolean } {
	return {
		...summary( id ),
		lines: [
			{
				id: 11,
				name: 'Beeswax candle',
				sku: 'CANDLE-1',
				product_id: 21,
				quantity: 2,
				price: money( 10 ),
				total: money( 20 ),
				tax: 0,
				refunded_quantity: 1,
				refunded: money( 10 ),
				thumbnail: 'http://shop.test/candle-100x100.jpg',
			},
			{
				id: 12,
				name: 'Brass lamp',
				sku: '',
				product_id: 22,
				quantity: 1,
				price: money( 15 ),
				total: money( 15 ),
				tax: 0,
				refunded_quantity: 0,
				refunded: money( 0 ),
				thumbnail: null,
			},
		],
		totals: {
			subtotal: money( 35 ),
			discount: money( 0 ),
			shipping: money( 5 ),
			tax: money( 0 ),
			total: money( 40 ),
			refunded: money( 10 ),
			net: money( 30 ),
		},
		shipping_address: [
			'Fiona Field',
			'1 High Street',
			'Leeds',
			'LS1 1AA',
		],
		billing_address: [ 'Fiona Field', '1 High Street', 'Leeds', 'LS1 1AA' ],
		billing_email: 'fiona@example.test',
		billing_phone: '+447700900555',
		shipping_method: 'Flat rate',
		payment_method: 'Credit card (Stripe)',
		gateway_refunds: true,
		tracking: [
			{
				provider: 'Royal Mail',
				number: 'RM123456789GB',
				url: 'https://www.royalmail.com/track-your-item#/tracking-results/RM123456789GB',
				shipped: 'March 13, 2026',
			},
			{ provider: 'Courier', number: 'C-77', url: null, shipped: null },
		],
		refunds: [
			{
				id: 90,
				amount: money( 10 ),
				reason: 'Candle arrived broken',
				date: 'March 15, 2026',
				by: 'Ana Agent',
				manual: false,
			},
		],
		customer_note: 'Please leave it by the back door.',
		notes: [
			{
				id: 5,
				content: 'Your parcel is on its way.',
				date: 'March 13, 2026',
			},
		],
		is_customers: true,
		...extra,
	};
}

export function panel(
	extra: Partial< CustomerPanelData > = {}
): CustomerPanelData {
	return {
		customer: {
			id: 7,
			name: 'Fiona Field',
			email: 'fiona@example.test',
			since: 'January 2, 2025',
			profile: 'http://shop.test/wp-admin/user-edit.php?user_id=7',
		},
		matched: { emails: [ 'fiona@example.test' ], phones: [] },
		stats: {
			spent: '£240.00',
			orders: 6,
			average: '£40.00',
			first_order: 'January 3, 2025',
			spent_amount: 240,
			average_value: 40,
		},
		orders: [
			summary( 1234 ),
			summary( 1200, { status: 'completed', status_label: 'Completed' } ),
		],
		order: null,
		can: { note: true, email: true, status: false, refund: false },
		statuses: {
			'wc-processing': 'Processing',
			'wc-completed': 'Completed',
		},
		...extra,
	};
}

/** The customer's processing-order email, as the order actions describe it. */
export const processingEmail: OrderEmail = {
	id: 'customer_processing_order',
	title: 'Processing order',
	description: 'Sent to the customer after payment.',
	to: 'customer',
	recipient: 'fiona@example.test',
};

export const newOrderEmail: OrderEmail = {
	id: 'new_order',
	title: 'New order',
	description: 'Sent to the shop when an order is placed.',
	to: 'store',
	recipient: 'shop@example.test',
};

/**
 * What an order action answers: the order as it now is and the thread's event.
 *
 * @param id   Order id.
 * @param body The event's sentence.
 */
export function actionResult( id: number, body: string ): OrderActionResult {
	return {
		order: details( id ),
		event: { id: 501, body },
	};
}

/**
 * A refund preview: one of the two candles, recorded by hand.
 *
 * @param extra Fields to change.
 */
export function refundPreview(
	extra: Partial< RefundPreview > = {}
): RefundPreview {
	return {
		order_id: 1234,
		lines: [
			{
				id: 11,
				name: 'Beeswax candle',
				type: 'line_item',
				quantity: 1,
				amount: money( 10 ),
				restock: 1,
			},
		],
		extra: null,
		total: money( 10 ),
		remaining_after: money( 20 ),
		full: false,
		status_after: null,
		method: 'manual',
		gateway: { id: 'bacs', title: 'Direct bank transfer', refunds: false },
		restock: true,
		reason: 'Arrived broken',
		emails: [
			{
				id: 'customer_refunded_order',
				title: 'Refunded order',
				description: '',
				to: 'customer',
				recipient: 'fiona@example.test',
			},
		],
		summary:
			'Refund £10.00 of order #1234 (1 × Beeswax candle) — manual refund, no money sent.',
		...extra,
	};
}

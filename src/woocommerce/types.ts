/**
 * REST types of the store panel, mirroring the PHP that builds them
 * (php/Integrations/WooCommerce/CustomerPanel.php, OrderSummary.php,
 * OrderDetails.php, Tracking.php). Prices and dates come formatted by
 * WooCommerce on the server (the store's currency and date formats): the
 * labels are shown as they are.
 */

/** An amount and how the store writes it. */
export type Money = { amount: number; label: string };

/** An order in a line (OrderSummary::present). */
export type OrderSummary = {
	id: number;
	number: string;
	/** RFC 3339, or null when WooCommerce has no creation date. */
	date: string | null;
	date_label: string | null;
	/** Without the wc- prefix: processing, completed… */
	status: string;
	status_label: string;
	total: number;
	total_label: string;
	currency: string;
	items: Array< { name: string; quantity: number } >;
	customer_id: number;
	billing_name: string;
	/** Billing email address. */
	billing: string;
	/** The order screen, when the agent may edit orders. */
	edit_url: string | null;
};

/** A line of an order in full. */
export type OrderLine = {
	id: number;
	name: string;
	sku: string;
	product_id: number;
	quantity: number;
	/** Unit price before discounts. */
	price: Money;
	total: Money;
	tax: number;
	refunded_quantity: number;
	refunded: Money;
	thumbnail: string | null;
};

/** A shipment from the common shipment-tracking meta (Tracking::of). */
export type Shipment = {
	provider: string;
	number: string;
	url: string | null;
	shipped: string | null;
};

export type Refund = {
	id: number;
	amount: Money;
	reason: string;
	date: string | null;
	/** Who refunded it, '' when unknown. */
	by: string;
	/** Recorded only; the payment gateway returned nothing. */
	manual: boolean;
};

/** An order in full (OrderDetails::present). */
export type OrderDetails = OrderSummary & {
	lines: OrderLine[];
	totals: Record<
		| 'subtotal'
		| 'discount'
		| 'shipping'
		| 'tax'
		| 'total'
		| 'refunded'
		| 'net',
		Money
	>;
	shipping_address: string[];
	billing_address: string[];
	billing_email: string;
	billing_phone: string;
	shipping_method: string;
	payment_method: string;
	/** The gateway can refund through its API. */
	gateway_refunds: boolean;
	tracking: Shipment[];
	refunds: Refund[];
	/** What the customer wrote at checkout. */
	customer_note: string;
	/** Notes the customer was sent, newest first. */
	notes: Array< { id: number; content: string; date: string | null } >;
};

/** GET /storedesk/v1/tickets/{id}/customer. */
export type CustomerPanelData = {
	/** The customer's account, or null for a guest. */
	customer: {
		id: number;
		name: string;
		email: string;
		since: string;
		profile: string | null;
	} | null;
	/** The verified addresses guest orders were matched by. */
	matched: { emails: string[]; phones: string[] };
	stats: {
		spent: string;
		orders: number;
		average: string;
		first_order: string | null;
		spent_amount: number;
		average_value: number;
	};
	/** The five most recent orders. */
	orders: OrderSummary[];
	/** The ticket's order, and whether it is this customer's. */
	order: ( OrderDetails & { is_customers: boolean } ) | null;
	/** What the agent may do to an order. */
	can: { note: boolean; email: boolean; status: boolean; refund: boolean };
	/** Order statuses by key with the wc- prefix: { 'wc-processing': 'Processing' }. */
	statuses: Record< string, string >;
};

/*
 * The order actions from a ticket (php/Integrations/WooCommerce/Rest/
 * OrderActionsController.php, OrderActionSchema.php), under
 * /storedesk/v1/tickets/{id}/orders/{order_id}.
 */

/** A WooCommerce email as the order actions describe it (OrderEmails::describe). */
export type OrderEmail = {
	id: string;
	title: string;
	description: string;
	to: 'customer' | 'store';
	recipient: string;
};

/** What a status change would do (POST …/status with preview). */
export type StatusPreview = {
	order_id: number;
	from: string;
	from_label: string;
	to: string;
	to_label: string;
	emails: OrderEmail[];
	/** What WooCommerce does to stock, or null for nothing. */
	stock: 'reduce' | 'restore' | null;
};

/** A refund as asked (POST …/refunds). */
export type RefundRequest = {
	full?: boolean;
	/** Order lines: how many and/or how much, tax included. */
	lines?: Array< { id: number; quantity?: number; amount?: number } >;
	/** All the shipping that remains. */
	shipping?: boolean;
	/** An amount tied to no line (goodwill). */
	amount?: number;
	reason?: string;
	method: 'manual' | 'gateway';
	restock?: boolean;
};

/** What a refund would do (POST …/refunds with preview; RefundPreview::of). */
export type RefundPreview = {
	order_id: number;
	lines: Array< {
		id: number;
		name: string;
		type: 'line_item' | 'fee' | 'shipping';
		quantity: number;
		amount: Money;
		/** How many go back in stock. */
		restock: number;
	} >;
	extra: Money | null;
	total: Money;
	remaining_after: Money;
	full: boolean;
	/** The status WooCommerce moves the order to, without wc-, or null. */
	status_after: string | null;
	method: RefundRequest[ 'method' ];
	gateway: { id: string; title: string; refunds: boolean };
	restock: boolean;
	reason: string;
	emails: OrderEmail[];
	/** The sentence the refund is recorded with: "Refund €20.00 of order #123 (…) — …". */
	summary: string;
};

/** Every action's answer: the order as it now is and the thread's event. */
export type OrderActionResult = {
	order: OrderDetails | null;
	/** A thread message (kind event), null when it could not be recorded. */
	event: { id: number; body: string } | null;
};

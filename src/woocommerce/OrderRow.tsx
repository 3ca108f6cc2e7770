/**
 * One order in a list (recent orders, search results): name and status,
 * date and total, what was bought, and linking it to the ticket.
 */
import { Pill } from '@woocommerce/components';
import { Button, VisuallyHidden } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import {
	DateAndTotal,
	itemsText,
	OrderName,
	orderName,
	StatusBadge,
} from './parts';
import type { OrderSummary } from './types';

export type LinkProps = {
	/** The ticket's order, if any. */
	linkedId: number | null;
	/** Links an order to the ticket; absent where no link is offered. */
	onLink?: ( orderId: number ) => void;
	/** A link is being saved: the buttons wait. */
	busy?: boolean;
};

export function OrderRow( {
	order,
	linkedId,
	onLink,
	busy = false,
	showCustomer = false,
}: LinkProps & {
	order: OrderSummary;
	/** Whose order it is (search results: any customer's). */
	showCustomer?: boolean;
} ) {
	const items = itemsText( order.items );
	return (
		<li className="storedesk-store-order">
			<div className="storedesk-store-order__head">
				<OrderName order={ order } />
				<StatusBadge order={ order } />
			</div>
			{ showCustomer && ( order.billing_name || order.billing ) && (
				<span className="storedesk-store-meta">
					{ order.billing_name || order.billing }
				</span>
			) }
			<DateAndTotal order={ order } />
			{ items && <p className="storedesk-store-items">{ items }</p> }
			{ linkedId === order.id && (
				<Pill className="storedesk-store-linked">
					{ __( 'Linked to this ticket', 'storedesk' ) }
				</Pill>
			) }
			{ linkedId !== order.id && onLink && (
				<Button
					variant="link"
					disabled={ busy }
					accessibleWhenDisabled
					onClick={ () => onLink( order.id ) }
				>
					{ __( 'Link to this ticket', 'storedesk' ) }
					<VisuallyHidden as="span">
						{ ' ' + orderName( order ) }
					</VisuallyHidden>
				</Button>
			) }
		</li>
	);
}

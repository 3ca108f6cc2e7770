/**
 * The order the ticket is about, in full: enough to answer the customer
 * without opening it. Unlinking it is here; what an agent may do to the
 * order (notes, status, refunds, emails) goes in the actions slot.
 */
import { Button } from '@wordpress/components';
import { useInstanceId } from '@wordpress/compose';
import { __, sprintf } from '@wordpress/i18n';
import type { ReactNode } from 'react';

import { OrderFulfilment } from './OrderFulfilment';
import { OrderLines } from './OrderLines';
import { DateAndTotal, OrderName, StatusBadge } from './parts';
import type { CustomerPanelData } from './types';

export function LinkedOrder( {
	order,
	onUnlink,
	busy = false,
	actions,
}: {
	order: NonNullable< CustomerPanelData[ 'order' ] >;
	onUnlink: () => void;
	/** A link is being saved: the button waits. */
	busy?: boolean;
	/** What the agent may do to the order, shown under its summary. */
	actions?: ReactNode;
} ) {
	const id = useInstanceId( LinkedOrder, 'storedesk-store-order' );
	return (
		<section
			className="storedesk-store-linked-order"
			aria-labelledby={ `${ id }-title` }
		>
			<h3 id={ `${ id }-title` }>
				{ __( 'Order of this ticket', 'storedesk' ) }
			</h3>
			<div className="storedesk-store-order__head">
				<OrderName order={ order } />
				<StatusBadge order={ order } />
			</div>
			<DateAndTotal order={ order } />
			{ ! order.is_customers && (
				<p className="storedesk-store-warning">
					{ sprintf(
						/* translators: %s: name or email address on the order */
						__(
							'Not one of this customer’s orders: it was placed by %s.',
							'storedesk'
						),
						order.billing_name || order.billing
					) }
				</p>
			) }
			{ actions && (
				<div className="storedesk-store-actions">{ actions }</div>
			) }
			<OrderLines order={ order } headingId={ `${ id }-items` } />
			<OrderFulfilment order={ order } />
			<Button
				variant="secondary"
				size="compact"
				isBusy={ busy }
				disabled={ busy }
				accessibleWhenDisabled
				onClick={ onUnlink }
			>
				{ __( 'Unlink from this ticket', 'storedesk' ) }
			</Button>
		</section>
	);
}

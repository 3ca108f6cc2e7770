/**
 * The order's status, changed the way WooCommerce changes it: the agent
 * picks one, the server says exactly what will follow (emails, stock), and
 * only a confirmation changes it.
 */
import { SelectControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import {
	ActionError,
	ConfirmAction,
	EmailList,
	PreviewButton,
} from './action-parts';
import type {
	CustomerPanelData,
	OrderActionResult,
	OrderDetails,
	StatusPreview,
} from './types';
import { useOrderAction } from './use-order-action';

/** Statuses the route refuses: refund instead; a checkout in progress. */
const REFUSED = [ 'refunded', 'checkout-draft' ];

/**
 * The statuses an agent may move the order to, without "wc-".
 *
 * @param statuses The store's statuses, keyed with "wc-".
 * @param current  The order's status now.
 */
export function statusChoices(
	statuses: CustomerPanelData[ 'statuses' ],
	current: string
): Array< { value: string; label: string } > {
	return Object.entries( statuses )
		.map( ( [ key, label ] ) => ( {
			value: key.startsWith( 'wc-' ) ? key.slice( 3 ) : key,
			label,
		} ) )
		.filter(
			( s ) => s.value !== current && ! REFUSED.includes( s.value )
		);
}

const STOCK = {
	reduce: __( 'Stock of the products is reduced.', 'storedesk' ),
	restore: __( 'Stock of the products is put back.', 'storedesk' ),
};

export function OrderStatusForm( {
	ticketId,
	order,
	statuses,
	onDone,
}: {
	ticketId: number;
	order: OrderDetails;
	statuses: CustomerPanelData[ 'statuses' ];
	onDone: ( said: string, result: OrderActionResult ) => void;
} ) {
	const { run, busy, error } = useOrderAction( ticketId, order.id );
	const choices = statusChoices( statuses, order.status );
	const [ status, setStatus ] = useState( choices[ 0 ]?.value ?? '' );
	const [ preview, setPreview ] = useState< StatusPreview >();
	const ask = async ( event: { preventDefault: () => void } ) => {
		event.preventDefault();
		const answer = await run< { preview: StatusPreview } >( 'status', {
			status,
			preview: true,
		} );
		setPreview( answer?.preview );
	};
	const confirm = async () => {
		const to = preview!;
		const result = await run< OrderActionResult >( 'status', {
			status: to.to,
		} );
		setPreview( undefined );
		if ( result ) {
			onDone(
				sprintf(
					/* translators: 1: order number, 2: new status */
					__( 'Order #%1$s is now %2$s.', 'storedesk' ),
					order.number,
					to.to_label
				),
				result
			);
		}
	};
	if ( ! choices.length ) {
		return <p>{ __( 'No other status can be set.', 'storedesk' ) }</p>;
	}
	return (
		<form className="storedesk-store-form" onSubmit={ ask }>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'New status', 'storedesk' ) }
				value={ status }
				options={ choices }
				onChange={ setStatus }
			/>
			<ActionError error={ error } />
			<PreviewButton busy={ busy } previewed={ Boolean( preview ) }>
				{ __( 'Preview the change', 'storedesk' ) }
			</PreviewButton>
			{ preview && (
				<ConfirmAction
					title={ sprintf(
						/* translators: 1: order number, 2: new status */
						__( 'Change order #%1$s to %2$s?', 'storedesk' ),
						order.number,
						preview.to_label
					) }
					confirmLabel={ sprintf(
						/* translators: %s: new status */
						__( 'Change to %s', 'storedesk' ),
						preview.to_label
					) }
					busy={ busy }
					onConfirm={ confirm }
					onCancel={ () => setPreview( undefined ) }
				>
					<p>
						<strong>
							{ sprintf(
								/* translators: 1: old status, 2: new status */
								__( 'From %1$s to %2$s.', 'storedesk' ),
								preview.from_label,
								preview.to_label
							) }
						</strong>
					</p>
					<EmailList emails={ preview.emails } />
					<p>
						{ preview.stock
							? STOCK[ preview.stock ]
							: __( 'Stock does not change.', 'storedesk' ) }
					</p>
				</ConfirmAction>
			) }
		</form>
	);
}

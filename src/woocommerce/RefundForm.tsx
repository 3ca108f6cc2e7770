/**
 * A refund: everything that remains, or chosen lines (how many and/or how
 * much), the shipping and an extra amount; a reason; restock; through the
 * payment gateway when it can refund, otherwise recorded by hand. The
 * server previews exactly what will happen and the same request, once
 * confirmed, refunds.
 */
import { CheckboxControl, TextControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { ActionError, ConfirmAction, PreviewButton } from './action-parts';
import { RefundConfirm } from './RefundConfirm';
import { RefundLines, requestLines, type LineInput } from './RefundLines';
import { RefundMethod } from './RefundMethod';
import type {
	CustomerPanelData,
	Money,
	OrderActionResult,
	OrderDetails,
	RefundPreview,
	RefundRequest,
} from './types';
import { useOrderAction } from './use-order-action';

type Refunded = OrderActionResult & {
	refund: { id: number; amount: Money; method: RefundRequest[ 'method' ] };
};

export function RefundForm( {
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
	const [ full, setFull ] = useState( false );
	const [ lines, setLines ] = useState< Record< number, LineInput > >( {} );
	const [ shipping, setShipping ] = useState( false );
	const [ extra, setExtra ] = useState( '' );
	const [ reason, setReason ] = useState( '' );
	const [ restock, setRestock ] = useState( true );
	// The panel's word on the gateway, until a preview gives the server's.
	const [ gateway, setGateway ] = useState( {
		refunds: order.gateway_refunds,
		title: order.payment_method,
	} );
	const [ method, setMethod ] = useState< RefundRequest[ 'method' ] >(
		order.gateway_refunds ? 'gateway' : 'manual'
	);
	const [ asked, setAsked ] = useState< {
		request: RefundRequest;
		preview: RefundPreview;
	} >();

	// The server says the gateway cannot refund this order after all: the
	// choice goes, and the next preview asks for a refund recorded by hand.
	useEffect( () => {
		if ( error?.code === 'storedesk_refund_gateway_unavailable' ) {
			setGateway( ( g ) => ( { ...g, refunds: false } ) );
			setMethod( 'manual' );
		}
	}, [ error ] );

	const request = (): RefundRequest => {
		const base = {
			method: gateway.refunds ? method : 'manual',
			restock,
			reason: reason.trim(),
		} as const;
		if ( full ) {
			return { ...base, full: true };
		}
		return {
			...base,
			lines: requestLines( order.lines, lines ),
			...( shipping ? { shipping: true } : {} ),
			...( extra.trim() ? { amount: Number( extra ) } : {} ),
		};
	};
	const ask = async ( event: { preventDefault: () => void } ) => {
		event.preventDefault();
		const sent = request();
		const answer = await run< { preview: RefundPreview } >( 'refunds', {
			...sent,
			preview: true,
		} );
		if ( answer ) {
			setGateway( answer.preview.gateway );
			setAsked( { request: sent, preview: answer.preview } );
		}
	};
	const confirm = async () => {
		const result = await run< Refunded >( 'refunds', asked!.request );
		setAsked( undefined );
		if ( result ) {
			onDone(
				sprintf(
					/* translators: 1: amount, 2: order number */
					__( 'Refunded %1$s of order #%2$s.', 'storedesk' ),
					result.refund.amount.label,
					order.number
				),
				result
			);
		}
	};
	return (
		<form className="storedesk-store-form" onSubmit={ ask }>
			<CheckboxControl
				__nextHasNoMarginBottom
				label={ sprintf(
					/* translators: %s: amount left to refund */
					__( 'Refund everything that remains (%s)', 'storedesk' ),
					order.totals.net.label
				) }
				checked={ full }
				onChange={ setFull }
			/>
			{ ! full && (
				<>
					<RefundLines
						lines={ order.lines }
						inputs={ lines }
						onChange={ ( id, input ) =>
							setLines( ( l ) => ( { ...l, [ id ]: input } ) )
						}
					/>
					{ order.totals.shipping.amount > 0 && (
						<CheckboxControl
							__nextHasNoMarginBottom
							label={ sprintf(
								/* translators: %s: shipping charged */
								__( 'Refund the shipping (%s)', 'storedesk' ),
								order.totals.shipping.label
							) }
							checked={ shipping }
							onChange={ setShipping }
						/>
					) }
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						type="number"
						min={ 0 }
						step="any"
						label={ __( 'Extra amount', 'storedesk' ) }
						help={ __(
							'Tied to no item, such as a goodwill gesture.',
							'storedesk'
						) }
						value={ extra }
						onChange={ setExtra }
					/>
				</>
			) }
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Reason', 'storedesk' ) }
				help={ __(
					'Kept on the refund; the customer sees it in their refund email.',
					'storedesk'
				) }
				maxLength={ 200 }
				value={ reason }
				onChange={ setReason }
			/>
			<CheckboxControl
				__nextHasNoMarginBottom
				label={ __( 'Put refunded items back in stock', 'storedesk' ) }
				checked={ restock }
				onChange={ setRestock }
			/>
			<RefundMethod
				gateway={ gateway }
				method={ method }
				onChange={ setMethod }
			/>
			<ActionError error={ error } />
			<PreviewButton busy={ busy } previewed={ Boolean( asked ) }>
				{ __( 'Preview the refund', 'storedesk' ) }
			</PreviewButton>
			{ asked && (
				<ConfirmAction
					title={ sprintf(
						/* translators: %s: order number */
						__( 'Refund order #%s?', 'storedesk' ),
						order.number
					) }
					confirmLabel={ sprintf(
						/* translators: %s: amount */
						__( 'Refund %s', 'storedesk' ),
						asked.preview.total.label
					) }
					busy={ busy }
					onConfirm={ confirm }
					onCancel={ () => setAsked( undefined ) }
				>
					<RefundConfirm
						preview={ asked.preview }
						statuses={ statuses }
					/>
				</ConfirmAction>
			) }
		</form>
	);
}

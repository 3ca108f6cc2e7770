/**
 * What an agent may do to the ticket's order, each as the panel's `can`
 * allows: add a note, change its status, refund, send an email again. One
 * form is open at a time; once an action is done its form closes, what
 * happened is announced, focus goes back to the action's button, and the
 * panel and the thread are read again.
 */
import { Button } from '@wordpress/components';
import { useInstanceId } from '@wordpress/compose';
import { useEffect, useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { OrderNoteForm } from './OrderNoteForm';
import { OrderStatusForm } from './OrderStatusForm';
import { RefundForm } from './RefundForm';
import { ResendEmailForm } from './ResendEmailForm';
import type {
	CustomerPanelData,
	OrderActionResult,
	OrderDetails,
} from './types';

type Kind = 'note' | 'status' | 'refund' | 'email';

const LABELS: Record< Kind, string > = {
	note: __( 'Add note', 'storedesk' ),
	status: __( 'Change status', 'storedesk' ),
	refund: __( 'Refund', 'storedesk' ),
	email: __( 'Resend email', 'storedesk' ),
};

export function OrderActions( {
	ticketId,
	order,
	can,
	statuses,
	onDone,
}: {
	ticketId: number;
	order: OrderDetails;
	can: CustomerPanelData[ 'can' ];
	statuses: CustomerPanelData[ 'statuses' ];
	/** An action was done: read the panel and the thread again. */
	onDone: ( result: OrderActionResult ) => void;
} ) {
	const id = useInstanceId( OrderActions, 'storedesk-order-actions' );
	const [ open, setOpen ] = useState< Kind | null >( null );
	const [ said, setSaid ] = useState( '' );
	// The button to give focus back to once an action closed its form.
	const [ refocus, setRefocus ] = useState< Kind | null >( null );
	const buttons = useRef<
		Partial< Record< Kind, HTMLButtonElement | null > >
	>( {} );
	useEffect( () => {
		if ( refocus ) {
			buttons.current[ refocus ]?.focus();
			setRefocus( null );
		}
	}, [ refocus ] );
	const kinds = ( [ 'note', 'status', 'refund', 'email' ] as Kind[] ).filter(
		( kind ) => can[ kind ]
	);
	if ( ! kinds.length ) {
		return null;
	}
	const done = ( words: string, result: OrderActionResult ) => {
		setSaid( words );
		setRefocus( open );
		setOpen( null );
		onDone( result );
	};
	const props = { ticketId, order, onDone: done };
	return (
		<div className="storedesk-order-actions">
			<div
				className="storedesk-order-actions__buttons"
				role="group"
				aria-label={ __( 'Order actions', 'storedesk' ) }
			>
				{ kinds.map( ( kind ) => (
					<Button
						key={ kind }
						ref={ ( el: HTMLButtonElement | null ) => {
							buttons.current[ kind ] = el;
						} }
						variant="secondary"
						size="compact"
						aria-expanded={ open === kind }
						aria-controls={
							open === kind ? `${ id }-form` : undefined
						}
						onClick={ () => {
							setSaid( '' );
							setOpen( open === kind ? null : kind );
						} }
					>
						{ LABELS[ kind ] }
					</Button>
				) ) }
			</div>
			<p
				className="storedesk-store-meta"
				role="status"
				aria-live="polite"
			>
				{ said }
			</p>
			{ open && (
				<section
					id={ `${ id }-form` }
					className="storedesk-order-actions__form"
					aria-label={ LABELS[ open ] }
				>
					{ open === 'note' && <OrderNoteForm { ...props } /> }
					{ open === 'status' && (
						<OrderStatusForm { ...props } statuses={ statuses } />
					) }
					{ open === 'refund' &&
						( order.totals.net.amount > 0 ? (
							<RefundForm { ...props } statuses={ statuses } />
						) : (
							<p>
								{ __(
									'Everything on this order has been refunded.',
									'storedesk'
								) }
							</p>
						) ) }
					{ open === 'email' && <ResendEmailForm { ...props } /> }
				</section>
			) }
		</div>
	);
}

/**
 * The ticket sidebar's store panel: the customer in the store and the
 * order the ticket is about, or a search to link one.
 */
import { Button, Spinner } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import type { SidebarPanelProps } from '../admin/components/TicketSidebar';
import { CustomerPanel } from './CustomerPanel';
import { LinkedOrder } from './LinkedOrder';
import { OrderActions } from './OrderActions';
import { OrderSearch } from './OrderSearch';
import { useCustomerPanel } from './use-customer-panel';
import { useThreadRefresh } from './use-thread-refresh';

export function StorePanel( { ticket, updateTicket }: SidebarPanelProps ) {
	const { data, error, isLoading, reload } = useCustomerPanel(
		ticket.id,
		ticket.order_id
	);
	const refreshThread = useThreadRefresh( ticket.id );
	const [ busy, setBusy ] = useState( false );
	// Links (or, with 0, unlinks) an order, then reads the panel again once
	// the server has the change. The tickets store shows it at once, says
	// why if it is refused, and the thread gets its event.
	const link = async ( orderId: number ) => {
		setBusy( true );
		const saved = await updateTicket( { order_id: orderId } );
		setBusy( false );
		if ( saved ) {
			reload();
		}
	};
	if ( ! data ) {
		return (
			<section
				className="storedesk-store"
				aria-label={ __( 'Store customer', 'storedesk' ) }
				aria-busy={ isLoading }
			>
				{ isLoading && (
					<p>
						<Spinner />
						{ __( 'Loading the customer’s orders…', 'storedesk' ) }
					</p>
				) }
				{ error && <StoreError message={ error } onRetry={ reload } /> }
			</section>
		);
	}
	const linkedId = ticket.order_id || null;
	// What an agent may do to the linked order (add a note, change its
	// status, refund, resend an email: the routes of
	// php/Integrations/WooCommerce/Rest/OrderActionsController.php), each
	// shown as data.can allows; once done, the panel and the thread are
	// read again, so the order and the action's event show at once.
	const orderActions =
		data.order && Object.values( data.can ).some( Boolean ) ? (
			<OrderActions
				ticketId={ ticket.id }
				order={ data.order }
				can={ data.can }
				statuses={ data.statuses }
				onDone={ () => {
					reload();
					refreshThread();
				} }
			/>
		) : null;
	return (
		<div className="storedesk-store" aria-busy={ isLoading || busy }>
			{ error && <StoreError message={ error } onRetry={ reload } /> }
			<CustomerPanel
				data={ data }
				linkedId={ linkedId }
				onLink={ link }
				busy={ busy }
			/>
			{ data.order ? (
				<LinkedOrder
					order={ data.order }
					busy={ busy }
					onUnlink={ () => link( 0 ) }
					actions={ orderActions }
				/>
			) : (
				<section
					className="storedesk-store-link"
					aria-label={ __( 'Order of this ticket', 'storedesk' ) }
				>
					<h3>{ __( 'Order of this ticket', 'storedesk' ) }</h3>
					<p>
						{ __(
							'No order is linked to this ticket.',
							'storedesk'
						) }
					</p>
					<OrderSearch
						linkedId={ linkedId }
						onLink={ link }
						busy={ busy }
					/>
				</section>
			) }
		</div>
	);
}

function StoreError( {
	message,
	onRetry,
}: {
	message: string;
	onRetry: () => void;
} ) {
	return (
		<p className="storedesk-field-error" role="alert">
			{ sprintf(
				/* translators: %s: the reason the store details could not be read */
				__( 'The store details could not be loaded: %s', 'storedesk' ),
				message
			) }{ ' ' }
			<Button variant="link" onClick={ onRetry }>
				{ __( 'Try again', 'storedesk' ) }
			</Button>
		</p>
	);
}

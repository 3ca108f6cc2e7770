/**
 * A note on the order: private to the shop, or sent to the customer
 * (WooCommerce emails it to them and shows it in their account).
 */
import {
	Button,
	CheckboxControl,
	TextareaControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { ActionError } from './action-parts';
import type { OrderActionResult, OrderDetails } from './types';
import { useOrderAction } from './use-order-action';

/** The longest note the route takes (AddOrderNote::MAX_LENGTH). */
export const NOTE_MAX_LENGTH = 5000;

export function OrderNoteForm( {
	ticketId,
	order,
	onDone,
}: {
	ticketId: number;
	order: OrderDetails;
	/** The note was added: what to announce, and the answer. */
	onDone: ( said: string, result: OrderActionResult ) => void;
} ) {
	const { run, busy, error } = useOrderAction( ticketId, order.id );
	const [ note, setNote ] = useState( '' );
	const [ customer, setCustomer ] = useState( false );
	const submit = async ( event: { preventDefault: () => void } ) => {
		event.preventDefault();
		const result = await run< OrderActionResult >( 'notes', {
			note,
			customer,
		} );
		if ( result ) {
			onDone(
				customer
					? sprintf(
							/* translators: %s: order number */
							__(
								'Note sent to the customer on order #%s.',
								'storedesk'
							),
							order.number
						)
					: sprintf(
							/* translators: %s: order number */
							__(
								'Private note added to order #%s.',
								'storedesk'
							),
							order.number
						),
				result
			);
		}
	};
	return (
		<form className="storedesk-store-form" onSubmit={ submit }>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Note', 'storedesk' ) }
				value={ note }
				onChange={ setNote }
				maxLength={ NOTE_MAX_LENGTH }
				rows={ 4 }
				required
			/>
			<CheckboxControl
				__nextHasNoMarginBottom
				label={ __( 'Send to customer', 'storedesk' ) }
				help={
					order.billing_email
						? sprintf(
								/* translators: %s: the customer's email address */
								__(
									'WooCommerce emails the note to %s and shows it in their account. Otherwise only the shop sees it.',
									'storedesk'
								),
								order.billing_email
							)
						: __(
								'WooCommerce emails the note to the customer and shows it in their account. Otherwise only the shop sees it.',
								'storedesk'
							)
				}
				checked={ customer }
				onChange={ setCustomer }
			/>
			<ActionError error={ error } />
			<Button
				__next40pxDefaultSize
				type="submit"
				variant="primary"
				isBusy={ busy }
				disabled={ busy || ! note.trim() }
				accessibleWhenDisabled
			>
				{ customer
					? __( 'Send note to customer', 'storedesk' )
					: __( 'Add private note', 'storedesk' ) }
			</Button>
		</form>
	);
}

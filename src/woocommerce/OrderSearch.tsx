/**
 * Finding an order to link the ticket to: by number, or the customer's
 * name, email or phone. Results follow the typing once it pauses.
 */
import { SearchControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import { OrderRow, type LinkProps } from './OrderRow';
import { useOrderSearch } from './use-order-search';

export function OrderSearch( props: LinkProps ) {
	const [ term, setTerm ] = useState( '' );
	const { searched, results, isSearching, error } = useOrderSearch( term );
	let status = '';
	if ( isSearching ) {
		status = __( 'Searching…', 'storedesk' );
	} else if ( searched && ! error && ! results.length ) {
		status = sprintf(
			/* translators: %s: what the agent searched for */
			__( 'No orders match “%s”.', 'storedesk' ),
			searched
		);
	} else if ( searched && ! error ) {
		status = sprintf(
			/* translators: %d: number of orders found */
			_n(
				'%d order found.',
				'%d orders found.',
				results.length,
				'storedesk'
			),
			results.length
		);
	}
	return (
		<div className="storedesk-order-search">
			<SearchControl
				__nextHasNoMarginBottom
				label={ __( 'Find an order to link', 'storedesk' ) }
				hideLabelFromVision={ false }
				help={ __(
					'Order number, or the customer’s name, email or phone.',
					'storedesk'
				) }
				value={ term }
				onChange={ setTerm }
			/>
			<p
				className="storedesk-store-meta"
				role="status"
				aria-live="polite"
			>
				{ status }
			</p>
			{ error && (
				<p className="storedesk-field-error" role="alert">
					{ sprintf(
						/* translators: %s: the reason the search failed */
						__( 'The search failed: %s', 'storedesk' ),
						error
					) }
				</p>
			) }
			{ results.length > 0 && (
				<ul
					className="storedesk-store-orders"
					aria-label={ __( 'Orders found', 'storedesk' ) }
				>
					{ results.map( ( order ) => (
						<OrderRow
							key={ order.id }
							order={ order }
							showCustomer
							{ ...props }
						/>
					) ) }
				</ul>
			) }
		</div>
	);
}

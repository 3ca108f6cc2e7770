/**
 * Who the ticket's customer is in the store: their account, or the guest
 * orders their verified addresses matched; what they spent; their recent
 * orders, each linkable to the ticket.
 */
import { Link } from '@woocommerce/components';
import { useInstanceId } from '@wordpress/compose';
import { __, sprintf } from '@wordpress/i18n';

import { OrderRow, type LinkProps } from './OrderRow';
import { Facts } from './parts';
import type { CustomerPanelData } from './types';

function Who( { data }: { data: CustomerPanelData } ) {
	const { customer, matched } = data;
	const addresses = [ ...matched.emails, ...matched.phones ];
	return (
		<>
			{ customer ? (
				<p className="storedesk-store-who">
					{ customer.profile ? (
						<Link href={ customer.profile } type="wp-admin">
							{ customer.name }
						</Link>
					) : (
						<strong>{ customer.name }</strong>
					) }{ ' ' }
					<span className="storedesk-store-meta">
						{ sprintf(
							/* translators: %s: date the account was made */
							__( 'Registered customer since %s', 'storedesk' ),
							customer.since
						) }
					</span>
				</p>
			) : (
				<p className="storedesk-store-who">
					{ addresses.length
						? __( 'Guest: no account in the store.', 'storedesk' )
						: __(
								'No account or guest orders match this customer’s verified addresses.',
								'storedesk'
							) }
				</p>
			) }
			{ addresses.length > 0 && (
				<p className="storedesk-store-meta">
					{ sprintf(
						/* translators: %s: email addresses and phone numbers, comma-separated */
						__( 'Guest orders matched by %s', 'storedesk' ),
						addresses.join( ', ' )
					) }
				</p>
			) }
		</>
	);
}

function Stats( { stats }: { stats: CustomerPanelData[ 'stats' ] } ) {
	const rows: Array< [ string, string ] > = [
		[ __( 'Lifetime spend', 'storedesk' ), stats.spent ],
		[ __( 'Orders', 'storedesk' ), String( stats.orders ) ],
		[ __( 'Average order', 'storedesk' ), stats.average ],
	];
	if ( stats.first_order ) {
		rows.push( [ __( 'First order', 'storedesk' ), stats.first_order ] );
	}
	return <Facts rows={ rows } className="storedesk-store-stats" />;
}

export function CustomerPanel( {
	data,
	...link
}: LinkProps & { data: CustomerPanelData } ) {
	const id = useInstanceId( CustomerPanel, 'storedesk-store-customer' );
	return (
		<section
			className="storedesk-store-customer"
			aria-labelledby={ `${ id }-title` }
		>
			<h3 id={ `${ id }-title` }>
				{ __( 'Store customer', 'storedesk' ) }
			</h3>
			<Who data={ data } />
			{ data.stats.orders > 0 && <Stats stats={ data.stats } /> }
			<h4 id={ `${ id }-orders` }>
				{ __( 'Recent orders', 'storedesk' ) }
			</h4>
			{ data.orders.length ? (
				<ul
					className="storedesk-store-orders"
					aria-labelledby={ `${ id }-orders` }
				>
					{ data.orders.map( ( order ) => (
						<OrderRow
							key={ order.id }
							order={ order }
							{ ...link }
						/>
					) ) }
				</ul>
			) : (
				<p>{ __( 'No orders from this customer.', 'storedesk' ) }</p>
			) }
		</section>
	);
}

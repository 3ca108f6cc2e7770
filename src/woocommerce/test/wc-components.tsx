/**
 * Stand-ins for the @woocommerce/components the panel uses, rendering what
 * the real ones do (woocommerce/packages/js/components/src): on the page
 * they are WooCommerce's wc-components script, which Jest has no copy of.
 * Tests use them with
 * jest.mock( '@woocommerce/components', () => require( './wc-components' ), { virtual: true } ).
 */
import type { AnchorHTMLAttributes, ReactNode } from 'react';

export function OrderStatus( {
	order,
	orderStatusMap,
	className = '',
}: {
	order: { status: string };
	orderStatusMap: Record< string, string >;
	className?: string;
} ) {
	return (
		<div className={ `woocommerce-order-status ${ className }` }>
			<span
				className={ `woocommerce-order-status__indicator is-${ order.status }` }
			/>
			{ orderStatusMap[ order.status ] || order.status }
		</div>
	);
}

export function Pill( {
	children,
	className = '',
}: {
	children: ReactNode;
	className?: string;
} ) {
	return (
		<span className={ `woocommerce-pill ${ className }` }>
			{ children }
		</span>
	);
}

export function Link( {
	type = 'wc-admin',
	children,
	...props
}: AnchorHTMLAttributes< HTMLAnchorElement > & { type?: string } ) {
	return (
		<a { ...props } data-link-type={ type }>
			{ children }
		</a>
	);
}

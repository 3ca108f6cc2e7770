/**
 * The few @woocommerce/components this panel uses, typed from their sources
 * (woocommerce/packages/js/components/src). The package is not installed:
 * webpack maps it to the wc-components script WooCommerce registers
 * (global wc.components), and the npm package would bring a second block
 * editor and its own @wordpress versions just for its types.
 */
declare module '@woocommerce/components' {
	import type { AnchorHTMLAttributes, ReactElement, ReactNode } from 'react';

	/**
	 * A status badge: a coloured dot and the status's name.
	 * @param props
	 * @param props.order
	 * @param props.order.status
	 * @param props.orderStatusMap
	 * @param props.className
	 * @param props.labelPositionToLeft
	 */
	export function OrderStatus( props: {
		/** Status without the wc- prefix. */
		order: { status: string };
		/** Names by status without the prefix. */
		orderStatusMap: Record< string, string >;
		className?: string;
		labelPositionToLeft?: boolean;
	} ): ReactElement;

	/**
	 * A small rounded label.
	 * @param props
	 * @param props.children
	 * @param props.className
	 */
	export function Pill( props: {
		children: ReactNode;
		className?: string;
	} ): ReactElement;

	/**
	 * A link. `wc-admin` (the default) routes through WooCommerce's own
	 * history; `wp-admin` and `external` are plain links.
	 * @param props
	 */
	export function Link(
		props: AnchorHTMLAttributes< HTMLAnchorElement > & {
			href: string;
			type?: 'wc-admin' | 'wp-admin' | 'external';
		}
	): ReactElement;
}

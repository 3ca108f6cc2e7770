/**
 * How a refund's money goes back: through the payment gateway, when it can
 * refund the order, or recorded by hand with no money sent; said plainly
 * when the gateway cannot.
 */
import { RadioControl } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

import type { RefundRequest } from './types';

export function RefundMethod( {
	gateway,
	method,
	onChange,
}: {
	/** Whether the gateway can refund, and its name. */
	gateway: { refunds: boolean; title: string };
	method: RefundRequest[ 'method' ];
	onChange: ( method: RefundRequest[ 'method' ] ) => void;
} ) {
	const title = gateway.title || __( 'The payment method', 'storedesk' );
	if ( ! gateway.refunds ) {
		return (
			<p className="storedesk-store-meta">
				{ sprintf(
					/* translators: %s: payment method, such as Direct bank transfer */
					__(
						'%s cannot refund automatically: the refund is recorded by hand and no money is sent.',
						'storedesk'
					),
					title
				) }
			</p>
		);
	}
	return (
		<RadioControl
			label={ __( 'How the money goes back', 'storedesk' ) }
			selected={ method }
			onChange={ ( v ) => onChange( v as RefundRequest[ 'method' ] ) }
			options={ [
				{
					value: 'gateway',
					label: sprintf(
						/* translators: %s: payment gateway, such as Stripe */
						__( 'Through %s', 'storedesk' ),
						title
					),
				},
				{
					value: 'manual',
					label: __(
						'Recorded by hand — no money is sent',
						'storedesk'
					),
				},
			] }
		/>
	);
}

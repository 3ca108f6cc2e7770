/**
 * "Retry" on a delivery that gave up: queues it again on the server and
 * hands back the delivery as it is now. A refusal (it was retried already,
 * or sent meanwhile) leaves the button as it was.
 */
import apiFetch from '@wordpress/api-fetch';
import { Button } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { Delivery } from '../../api/types';

export function RetryDelivery( {
	id,
	onRetried,
}: {
	id: number;
	onRetried: ( delivery: Delivery ) => void;
} ) {
	const [ busy, setBusy ] = useState( false );
	const retry = async () => {
		setBusy( true );
		try {
			onRetried(
				( await apiFetch( {
					path: `/storedesk/v1/deliveries/${ id }/retry`,
					method: 'POST',
				} ) ) as Delivery
			);
		} catch {}
		setBusy( false );
	};
	return (
		<Button variant="link" isBusy={ busy } onClick={ retry }>
			{ __( 'Retry', 'storedesk' ) }
		</Button>
	);
}

/**
 * Calls one of the order actions of a ticket
 * (/storedesk/v1/tickets/{id}/orders/{order_id}/…), keeping whether it is
 * under way and why the last call was refused, in the server's words.
 */
import apiFetch from '@wordpress/api-fetch';
import { useCallback, useState } from '@wordpress/element';

import { errorMessage, NO_ANSWER } from './use-customer-panel';

/** Why the server refused: its message, and its stable code. */
export type Refusal = { message: string; code?: string };

export type UseOrderAction = {
	/**
	 * Sends the request; resolves with the answer, or undefined when it
	 * was refused (then `error` says why).
	 */
	run: < T >(
		action: string,
		data?: Record< string, unknown >,
		method?: 'GET' | 'POST'
	) => Promise< T | undefined >;
	busy: boolean;
	error?: Refusal;
	/** Forgets the refusal (the agent changed what was refused). */
	clearError: () => void;
};

/**
 * The order actions of a ticket's order.
 *
 * @param ticketId Ticket.
 * @param orderId  Its order.
 */
export function useOrderAction(
	ticketId: number,
	orderId: number
): UseOrderAction {
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState< Refusal >();
	const run = useCallback(
		async < T >(
			action: string,
			data?: Record< string, unknown >,
			method: 'GET' | 'POST' = 'POST'
		) => {
			setBusy( true );
			setError( undefined );
			try {
				return await apiFetch< T >( {
					path: `/storedesk/v1/tickets/${ ticketId }/orders/${ orderId }/${ action }`,
					method,
					data,
				} );
			} catch ( e ) {
				setError( {
					message: errorMessage( e, NO_ANSWER ),
					code: ( e as { code?: string } | null )?.code,
				} );
				return undefined;
			} finally {
				setBusy( false );
			}
		},
		[ ticketId, orderId ]
	);
	const clearError = useCallback( () => setError( undefined ), [] );
	return { run, busy, error, clearError };
}

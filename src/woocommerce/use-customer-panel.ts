/**
 * The store panel's data: GET /tickets/{id}/customer, read again when the
 * ticket's order changes or the panel asks (after linking an order, once
 * the server has it).
 */
import apiFetch from '@wordpress/api-fetch';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { CustomerPanelData } from './types';

export type UseCustomerPanel = {
	/** The last panel read; kept while a newer one loads. */
	data?: CustomerPanelData;
	error?: string;
	isLoading: boolean;
	/** Reads the panel again. */
	reload: () => void;
};

type State = Omit< UseCustomerPanel, 'reload' >;

/** When a refusal says nothing (the network failed). */
export const NO_ANSWER = __( 'The site did not answer.', 'storedesk' );

export const errorMessage = ( error: unknown, fallback: string ) =>
	( error as { message?: string } | null )?.message || fallback;

/**
 * The customer panel of a ticket. A read overtaken by a newer one is
 * cancelled, and its answer ignored if it arrives anyway.
 *
 * @param ticketId Ticket id.
 * @param orderId  The ticket's order, so a change reads the panel again.
 */
export function useCustomerPanel(
	ticketId: number,
	orderId: number | null
): UseCustomerPanel {
	const [ state, setState ] = useState< State >( { isLoading: true } );
	const [ reads, setReads ] = useState( 0 );
	useEffect( () => {
		const controller = new AbortController();
		setState( ( s ) => ( { data: s.data, isLoading: true } ) );
		apiFetch< CustomerPanelData >( {
			path: `/storedesk/v1/tickets/${ ticketId }/customer`,
			signal: controller.signal,
		} ).then(
			( data ) => {
				if ( ! controller.signal.aborted ) {
					setState( { data, isLoading: false } );
				}
			},
			( error ) => {
				if ( ! controller.signal.aborted ) {
					setState( ( s ) => ( {
						data: s.data,
						error: errorMessage( error, NO_ANSWER ),
						isLoading: false,
					} ) );
				}
			}
		);
		return () => controller.abort();
	}, [ ticketId, orderId, reads ] );
	const reload = useCallback( () => setReads( ( n ) => n + 1 ), [] );
	return { ...state, reload };
}

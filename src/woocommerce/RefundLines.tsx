/**
 * What to refund of each order line: how many (up to what is left to
 * refund of it) and/or how much, as typed, kept as strings so nothing the
 * agent typed is changed under them.
 */
import { TextControl } from '@wordpress/components';
import { __, _n, sprintf } from '@wordpress/i18n';

import type { OrderLine, RefundRequest } from './types';

/** A line's fields as typed. */
export type LineInput = { quantity: string; amount: string };

/**
 * How many of a line are left to refund.
 *
 * @param line Order line.
 */
export const quantityLeft = ( line: OrderLine ) =>
	Math.max( 0, line.quantity - line.refunded_quantity );

/**
 * Whether anything of a line is left to refund: items, or money (a line
 * refunded by amount only keeps its quantity).
 *
 * @param line Order line.
 */
export const refundable = ( line: OrderLine ) =>
	quantityLeft( line ) > 0 || line.refunded.amount < line.total.amount;

/**
 * The lines of a refund request from what was typed; lines left empty are
 * left out.
 *
 * @param lines  The order's lines.
 * @param inputs What was typed, by line id.
 */
export function requestLines(
	lines: OrderLine[],
	inputs: Record< number, LineInput >
): NonNullable< RefundRequest[ 'lines' ] > {
	return lines.flatMap( ( line ) => {
		const input = inputs[ line.id ];
		const quantity = parseInt( input?.quantity ?? '', 10 ) || 0;
		const amount = input?.amount.trim() ? Number( input.amount ) : null;
		if ( ! quantity && amount === null ) {
			return [];
		}
		return [
			{
				id: line.id,
				...( quantity ? { quantity } : {} ),
				...( amount !== null ? { amount } : {} ),
			},
		];
	} );
}

export function RefundLines( {
	lines,
	inputs,
	onChange,
}: {
	lines: OrderLine[];
	inputs: Record< number, LineInput >;
	onChange: ( id: number, input: LineInput ) => void;
} ) {
	return (
		<>
			{ lines.filter( refundable ).map( ( line ) => {
				const left = quantityLeft( line );
				const input = inputs[ line.id ] ?? {
					quantity: '',
					amount: '',
				};
				return (
					<fieldset
						key={ line.id }
						className="storedesk-store-refund-line"
					>
						<legend>{ line.name }</legend>
						<div className="storedesk-store-refund-line__fields">
							{ left > 0 && (
								<TextControl
									__nextHasNoMarginBottom
									__next40pxDefaultSize
									type="number"
									min={ 0 }
									max={ left }
									step={ 1 }
									label={ __( 'Quantity', 'storedesk' ) }
									help={ sprintf(
										/* translators: %d: how many can still be refunded */
										_n(
											'%d left to refund.',
											'Up to %d left to refund.',
											left,
											'storedesk'
										),
										left
									) }
									value={ input.quantity }
									onChange={ ( quantity ) =>
										onChange( line.id, {
											...input,
											quantity,
										} )
									}
								/>
							) }
							<TextControl
								__nextHasNoMarginBottom
								__next40pxDefaultSize
								type="number"
								min={ 0 }
								step="any"
								label={ __( 'Amount', 'storedesk' ) }
								help={ __(
									'Tax included. Empty: the price of the quantity.',
									'storedesk'
								) }
								value={ input.amount }
								onChange={ ( amount ) =>
									onChange( line.id, { ...input, amount } )
								}
							/>
						</div>
					</fieldset>
				);
			} ) }
		</>
	);
}

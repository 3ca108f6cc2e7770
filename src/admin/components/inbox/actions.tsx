/**
 * What an agent can do to one conversation or a selection of them, as
 * DataViews actions: each one is a single POST /tickets/batch.
 */
import type { Action } from '@wordpress/dataviews';
import { useMemo } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import {
	arrowUp,
	check,
	closeSmall,
	people,
	pending,
	tag,
} from '@wordpress/icons';

import type { Ticket } from '../../api/types';
import { ChangeForm, useBatchUpdate, type ChangeKind } from './ChangeForm';

function modal(
	id: string,
	kind: ChangeKind,
	label: string,
	icon: JSX.Element
): Action< Ticket > {
	return {
		id,
		label,
		icon,
		supportsBulk: true,
		modalHeader: label,
		modalSize: 'small',
		RenderModal: ( { items, closeModal } ) => (
			<ChangeForm
				kind={ kind }
				tickets={ items }
				onDone={ () => closeModal?.() }
			/>
		),
	};
}

export function useActions(): Action< Ticket >[] {
	const batchUpdate = useBatchUpdate();
	return useMemo(
		() => [
			{
				id: 'resolve',
				label: __( 'Resolve', 'storedesk' ),
				icon: check,
				isPrimary: true,
				supportsBulk: true,
				isEligible: ( t ) => t.status !== 'resolved',
				callback: async ( items ) => {
					await batchUpdate(
						items.map( ( t ) => t.id ),
						{ status: 'resolved' }
					);
				},
			},
			modal( 'assign', 'assign', __( 'Assign', 'storedesk' ), people ),
			modal(
				'status',
				'status',
				__( 'Set status', 'storedesk' ),
				pending
			),
			modal(
				'priority',
				'priority',
				__( 'Set priority', 'storedesk' ),
				arrowUp
			),
			modal( 'add-tag', 'add-tag', __( 'Add tag', 'storedesk' ), tag ),
			modal(
				'remove-tag',
				'remove-tag',
				__( 'Remove tag', 'storedesk' ),
				closeSmall
			),
		],
		[ batchUpdate ]
	);
}

/**
 * One bulk change picked from a list: assign, set status or priority, add
 * or remove a tag. Applies through the tickets store's batchUpdate, which
 * shows the change at once and takes it back if the server refuses.
 */
import { Button, SelectControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import type { BatchChanges, Ticket } from '../../api/types';
import { store as ticketsStore } from '../../store/tickets';
import { PRIORITY_LABELS, STATUS_LABELS } from './labels';
import { useDirectory } from './use-directory';

export type ChangeKind =
	'assign' | 'status' | 'priority' | 'add-tag' | 'remove-tag';

type Option = { value: string; label: string };

export function useBatchUpdate(): (
	ids: number[],
	changes: BatchChanges
) => Promise< boolean > {
	return (
		useDispatch( ticketsStore ) as unknown as {
			batchUpdate: (
				ids: number[],
				changes: BatchChanges
			) => Promise< boolean >;
		}
	 ).batchUpdate;
}

function useChoices( kind: ChangeKind, tickets: Ticket[] ) {
	const { me, agents, tags } = useDirectory();
	const labels: Record< ChangeKind, string > = {
		assign: __( 'Assign to', 'storedesk' ),
		status: __( 'Status', 'storedesk' ),
		priority: __( 'Priority', 'storedesk' ),
		'add-tag': __( 'Tag to add', 'storedesk' ),
		'remove-tag': __( 'Tag to remove', 'storedesk' ),
	};
	let options: Option[] = [];
	let toChanges: ( value: string ) => BatchChanges;
	switch ( kind ) {
		case 'assign':
			options = [
				...( me
					? [
							{
								value: String( me.id ),
								label: __( 'Me', 'storedesk' ),
							},
						]
					: [] ),
				{ value: '0', label: __( 'Unassigned', 'storedesk' ) },
				...agents
					.filter( ( a ) => a.id !== me?.id )
					.map( ( a ) => ( {
						value: String( a.id ),
						label: a.name,
					} ) ),
			];
			toChanges = ( v ) => ( { assignee: Number( v ) || null } );
			break;
		case 'status':
			options = Object.entries( STATUS_LABELS ).map(
				( [ value, label ] ) => ( { value, label } )
			);
			toChanges = ( v ) => ( { status: v as BatchChanges[ 'status' ] } );
			break;
		case 'priority':
			options = Object.entries( PRIORITY_LABELS ).map(
				( [ value, label ] ) => ( { value, label } )
			);
			toChanges = ( v ) => ( {
				priority: v as BatchChanges[ 'priority' ],
			} );
			break;
		case 'add-tag':
			options = tags.map( ( t ) => ( { value: t.slug, label: t.name } ) );
			toChanges = ( v ) => ( { add_tags: [ v ] } );
			break;
		case 'remove-tag': {
			// Only tags some selected ticket has.
			const present = new Set( tickets.flatMap( ( t ) => t.tags ) );
			options = tags
				.filter( ( t ) => present.has( t.slug ) )
				.map( ( t ) => ( { value: t.slug, label: t.name } ) );
			toChanges = ( v ) => ( { remove_tags: [ v ] } );
			break;
		}
	}
	return { label: labels[ kind ], options, toChanges };
}

type Props = {
	kind: ChangeKind;
	tickets: Ticket[];
	onDone: () => void;
};

export function ChangeForm( { kind, tickets, onDone }: Props ) {
	const { label, options, toChanges } = useChoices( kind, tickets );
	const batchUpdate = useBatchUpdate();
	const [ value, setValue ] = useState( options[ 0 ]?.value ?? '' );
	const chosen = options.some( ( o ) => o.value === value )
		? value
		: ( options[ 0 ]?.value ?? '' );
	return (
		<form
			className="storedesk-change-form"
			onSubmit={ ( event ) => {
				event.preventDefault();
				if ( chosen === '' ) {
					return;
				}
				// The list shows the change at once; a refusal comes back as a notice.
				batchUpdate(
					tickets.map( ( t ) => t.id ),
					toChanges( chosen )
				);
				onDone();
			} }
		>
			<p>
				{ sprintf(
					/* translators: %d: number of conversations */
					_n(
						'%d conversation selected.',
						'%d conversations selected.',
						tickets.length,
						'storedesk'
					),
					tickets.length
				) }
			</p>
			{ options.length ? (
				<SelectControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ label }
					value={ chosen }
					options={ options }
					onChange={ setValue }
				/>
			) : (
				<p>{ __( 'There is nothing to choose from.', 'storedesk' ) }</p>
			) }
			<div className="storedesk-change-form__actions">
				<Button variant="tertiary" onClick={ onDone }>
					{ __( 'Cancel', 'storedesk' ) }
				</Button>
				<Button
					variant="primary"
					type="submit"
					disabled={ ! options.length }
					accessibleWhenDisabled
				>
					{ __( 'Apply', 'storedesk' ) }
				</Button>
			</div>
		</form>
	);
}

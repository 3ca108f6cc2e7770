/**
 * The inbox shortcuts: j/k move a highlighted row (focus on its link, so
 * Enter opens it and screen readers read it), e resolves, a assigns, r and n
 * open the conversation ready to reply or to write a note, / searches.
 * e and a act on the selection when there is one, else on the highlighted
 * row. DataViews owns the rows' markup, so rows are found in the DOM.
 */
import { useEffect, useState, type RefObject } from '@wordpress/element';
import type { FocusEvent } from 'react';

import type { Ticket } from '../../api/types';
import { navigate } from '../../router';
import { useShortcuts } from '../../shortcuts';
import { useBatchUpdate } from './ChangeForm';

type Options = {
	container: RefObject< HTMLDivElement >;
	tickets: Ticket[];
	selection: string[];
	isList: boolean;
	enabled: boolean;
	onAssign: ( tickets: Ticket[] ) => void;
};

export function useListKeys( {
	container,
	tickets,
	selection,
	isList,
	enabled,
	onAssign,
}: Options ): ( event: FocusEvent ) => void {
	const [ index, setIndex ] = useState( -1 );
	const batchUpdate = useBatchUpdate();
	const rows = (): HTMLElement[] =>
		Array.from(
			container.current?.querySelectorAll< HTMLElement >(
				isList
					? '.dataviews-view-list [role="row"]'
					: '.dataviews-view-table tbody tr'
			) ?? []
		);
	const focusRow = ( i: number ) => {
		const row = rows()[ i ];
		row?.querySelector< HTMLElement >(
			isList ? '.dataviews-view-list__item' : '.storedesk-ticket-link'
		)?.focus();
		row?.scrollIntoView?.( { block: 'nearest' } );
	};
	const current =
		index >= 0
			? tickets[ Math.min( index, tickets.length - 1 ) ]
			: undefined;
	const targets = (): Ticket[] => {
		if ( selection.length ) {
			return tickets.filter( ( t ) =>
				selection.includes( String( t.id ) )
			);
		}
		return current ? [ current ] : [];
	};
	const move = ( step: number ) => {
		if ( ! tickets.length ) {
			return;
		}
		const next = Math.min(
			tickets.length - 1,
			Math.max( 0, index < 0 ? 0 : index + step )
		);
		setIndex( next );
		focusRow( next );
	};
	const open = ( mode: 'reply' | 'note' ) => {
		if ( current ) {
			navigate( { name: 'ticket', id: current.id, mode } );
		}
	};

	useShortcuts(
		{
			j: () => move( 1 ),
			k: () => move( -1 ),
			e: () => {
				const chosen = targets();
				if ( chosen.length ) {
					batchUpdate(
						chosen.map( ( t ) => t.id ),
						{ status: 'resolved' }
					);
				}
			},
			a: () => {
				const chosen = targets();
				if ( chosen.length ) {
					onAssign( chosen );
				}
			},
			r: () => open( 'reply' ),
			n: () => open( 'note' ),
			'/': () =>
				container.current
					?.querySelector< HTMLInputElement >(
						'input[type="search"]'
					)
					?.focus(),
		},
		enabled
	);

	// The highlight outlives re-renders and refreshes: mark the row after
	// each render, and when a refresh removed the focused row, focus the one
	// now in its place.
	useEffect( () => {
		rows().forEach( ( row, i ) =>
			row.classList.toggle( 'is-highlighted', i === index )
		);
	} );
	useEffect( () => {
		const doc = container.current?.ownerDocument;
		if (
			index >= 0 &&
			doc &&
			( ! doc.activeElement || doc.activeElement === doc.body )
		) {
			focusRow( Math.min( index, tickets.length - 1 ) );
		}
		// eslint-disable-next-line react-hooks/exhaustive-deps -- only when the rows change.
	}, [ tickets ] );

	return ( event: FocusEvent ) => {
		const row = ( event.target as HTMLElement ).closest?.(
			isList ? '[role="row"]' : 'tr'
		);
		const at = row ? rows().indexOf( row as HTMLElement ) : -1;
		if ( at >= 0 && at !== index ) {
			setIndex( at );
		}
	};
}

/**
 * The conversation list: a DataViews table (a list on narrow screens) over
 * one page of GET /tickets, with bulk actions and the inbox shortcuts.
 * The page comes from the tickets store; this component only asks for it.
 */
import { Modal, Notice } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { DataViews } from '@wordpress/dataviews';
import { useEffect, useRef, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import type { ComponentProps } from 'react';
import './style.scss';

import type { Ticket } from '../../api/types';
import { href, navigate } from '../../router';
import { store as directoryStore } from '../../store/directory';
import { markFirstPaint } from '../../store/mark-first-paint';
import { useTickets } from '../../store/use-tickets';
import { useActions } from './actions';
import { ChangeForm } from './ChangeForm';
import { useFields } from './fields';
import { toQuery, type ListState } from './query';
import { useListKeys } from './use-list-keys';

const LAYOUTS = { table: {}, list: {} };
const CONFIG = { perPageSizes: [ 25, 50, 100 ] };
const getItemId = ( t: Ticket ) => String( t.id );

function useNow( every = 60000 ): number {
	const [ now, setNow ] = useState( () => Date.now() );
	useEffect( () => {
		const timer = setInterval( () => setNow( Date.now() ), every );
		return () => clearInterval( timer );
	}, [ every ] );
	return now;
}

function renderItemLink( {
	item,
	className,
	children,
	...props
}: { item: Ticket } & ComponentProps< 'a' > ) {
	return (
		<a
			{ ...props }
			className={ `${ className ?? '' } storedesk-ticket-link` }
			href={ href( { name: 'ticket', id: item.id } ) }
		>
			{ children }
		</a>
	);
}

type Props = {
	state: ListState;
	onChangeState: ( state: ListState ) => void;
	onReset?: ( () => void ) | false;
};

export function TicketList( { state, onChangeState, onReset }: Props ) {
	// The server counts up to this many matches, then sends one more ("more than").
	const countLimit = useSelect(
		( select ) => select( directoryStore ).getMe()?.count_limit ?? 1000,
		[]
	);
	const { tickets, total, totalPages, isLoading, error } = useTickets(
		toQuery( state )
	);
	useEffect( () => {
		if ( ! isLoading && ! error ) {
			markFirstPaint( 'storedesk:inbox-rendered' );
		}
	}, [ isLoading, error ] );
	const fields = useFields( useNow() );
	const actions = useActions();
	const [ selection, setSelection ] = useState< string[] >( [] );
	const [ assigning, setAssigning ] = useState< Ticket[] | null >( null );
	const container = useRef< HTMLDivElement >( null );
	const isList = state.type === 'list';
	const onFocus = useListKeys( {
		container,
		tickets,
		selection,
		isList,
		enabled: ! assigning,
		onAssign: setAssigning,
	} );
	return (
		// Focus moving into a row (by Tab or click) makes it the highlighted one.

		<div
			className="storedesk-tickets"
			ref={ container }
			onFocus={ onFocus }
		>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ sprintf(
						/* translators: %s: error message */ __(
							'The tickets could not be loaded: %s',
							'storedesk'
						),
						error
					) }
				</Notice>
			) }
			{ ! isLoading && ! error && (
				<p className="storedesk-count">
					{ total > countLimit
						? sprintf(
								/* translators: %s: a round number, such as 1,000 */ __(
									'More than %s conversations',
									'storedesk'
								),
								countLimit.toLocaleString()
							)
						: sprintf(
								/* translators: %d: number of tickets */ _n(
									'%d conversation',
									'%d conversations',
									total,
									'storedesk'
								),
								total
							) }
				</p>
			) }
			<DataViews< Ticket >
				view={ state }
				onChangeView={ onChangeState }
				fields={ fields }
				data={ tickets }
				getItemId={ getItemId }
				isLoading={ isLoading }
				paginationInfo={ { totalItems: total, totalPages } }
				actions={ actions }
				selection={ isList ? [] : selection }
				onChangeSelection={ ( ids ) => {
					// A list row on a narrow screen opens when tapped.
					if ( isList ) {
						if ( ids.length ) {
							navigate( {
								name: 'ticket',
								id: Number( ids[ 0 ] ),
							} );
						}
						return;
					}
					setSelection( ids );
				} }
				renderItemLink={ renderItemLink }
				defaultLayouts={ LAYOUTS }
				config={ CONFIG }
				searchLabel={ __( 'Search conversations', 'storedesk' ) }
				onReset={ onReset }
				empty={
					<p className="storedesk-empty">
						{ error
							? __( 'Nothing to show.', 'storedesk' )
							: __(
									'No conversations here. Nice work!',
									'storedesk'
								) }
					</p>
				}
			/>
			{ assigning && (
				<Modal
					title={ __( 'Assign', 'storedesk' ) }
					size="small"
					onRequestClose={ () => setAssigning( null ) }
				>
					<ChangeForm
						kind="assign"
						tickets={ assigning }
						onDone={ () => setAssigning( null ) }
					/>
				</Modal>
			) }
		</div>
	);
}

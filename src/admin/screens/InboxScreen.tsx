/**
 * The inbox: views on the left, the conversation list on the right. Each
 * view is a starting state for the list; the agent's changes to it last
 * until another view is picked, and can be saved as a view of their own.
 */
import { Spinner } from '@wordpress/components';
import { useViewportMatch } from '@wordpress/compose';
import { useState } from '@wordpress/element';

import {
	fromQuery,
	toSavedQuery,
	type ListState,
} from '../components/inbox/query';
import { LogCallButton } from '../components/calls/LogCallButton';
import { SavedViewActions } from '../components/inbox/SavedViewActions';
import { TicketList } from '../components/inbox/TicketList';
import { useDirectory } from '../components/inbox/use-directory';
import { ViewsNav } from '../components/inbox/ViewsNav';
import { useChannels } from '../channels';
import { LANDING } from '../router';
import { useChangePolling } from '../store/use-change-polling';
import { allViews, viewById, type InboxView } from '../views';

function initial( view: InboxView, narrow: boolean ): ListState {
	return fromQuery( view.query, view.columns, narrow ? 'list' : 'table' );
}

const same = ( a: ListState, b: ListState ) =>
	JSON.stringify( [ toSavedQuery( a ), a.fields ] ) ===
	JSON.stringify( [ toSavedQuery( b ), b.fields ] );

function InboxList( { view }: { view: InboxView } ) {
	const narrow = useViewportMatch( 'medium', '<' );
	const [ state, setState ] = useState( () => initial( view, narrow ) );
	const start = initial( view, narrow );
	return (
		<section
			className="storedesk-list"
			aria-labelledby="storedesk-list-title"
		>
			<div className="storedesk-list__header">
				<h2 id="storedesk-list-title">{ view.label }</h2>
				<div className="storedesk-list__actions">
					<SavedViewActions view={ view } state={ state } />
					<LogCallButton />
				</div>
			</div>
			<TicketList
				state={ state }
				onChangeState={ setState }
				onReset={
					same( state, start )
						? false
						: () => setState( { ...start, type: state.type } )
				}
			/>
		</section>
	);
}

export function InboxScreen( { view: routeView }: { view: string } ) {
	const { me, teams, teamsLoaded, savedViews } = useDirectory();
	const channels = useChannels();
	useChangePolling();
	// #/inbox names no view: open the agent's landing view, once known.
	const viewId = routeView === LANDING ? me?.inbox_view : routeView;
	const current =
		viewId === undefined
			? undefined
			: viewById(
					viewId,
					teamsLoaded ? teams : undefined,
					savedViews,
					channels
				);
	return (
		<div className="storedesk-inbox">
			<ViewsNav
				views={ allViews(
					teams,
					savedViews,
					channels.filter( ( c ) => c.in_inbox )
				) }
				current={ current?.id ?? viewId ?? '' }
			/>
			{ current ? (
				// A new view starts from its own state: filters, selection, highlight.
				<InboxList key={ current.id } view={ current } />
			) : (
				<Spinner />
			) }
		</div>
	);
}

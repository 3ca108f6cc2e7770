/**
 * The inbox's views and the ticket query each one stands for: built-in ones,
 * one per channel, one per team, and the agent's saved views. A view is a
 * starting point; the agent may refine its filters, sort and columns.
 */
import { __ } from '@wordpress/i18n';

import type { ChannelInfo, SavedView, Team, TicketQuery } from './api/types';

const ACTIVE: TicketQuery[ 'status' ] = [ 'open', 'pending', 'on-hold' ];

export type InboxView = {
	id: string;
	label: string;
	query: TicketQuery;
	/** Visible columns; the default set when absent. */
	columns?: string[];
	group: 'main' | 'channel' | 'team' | 'saved';
};

export const VIEWS: InboxView[] = [
	{
		id: 'mine',
		label: __( 'Mine', 'storedesk' ),
		query: { assignee: 'me', status: ACTIVE },
		group: 'main',
	},
	{
		id: 'unassigned',
		label: __( 'Unassigned', 'storedesk' ),
		query: { assignee: 'none', status: ACTIVE },
		group: 'main',
	},
	{
		id: 'open',
		label: __( 'All open', 'storedesk' ),
		query: { status: [ 'open' ] },
		group: 'main',
	},
	{
		id: 'pending',
		label: __( 'Pending', 'storedesk' ),
		query: { status: [ 'pending' ] },
		group: 'main',
	},
	{
		id: 'on-hold',
		label: __( 'On hold', 'storedesk' ),
		query: { status: [ 'on-hold' ] },
		group: 'main',
	},
	{
		id: 'resolved',
		label: __( 'Resolved', 'storedesk' ),
		query: { status: [ 'resolved' ] },
		group: 'main',
	},
	{
		id: 'spam',
		label: __( 'Spam', 'storedesk' ),
		query: { status: [ 'spam' ] },
		group: 'main',
	},
];

/** What a channel view needs of a channel. */
type ChannelName = Pick< ChannelInfo, 'slug' | 'label' >;

export function channelView( channel: ChannelName ): InboxView {
	return {
		id: `channel/${ channel.slug }`,
		label: channel.label,
		query: { channel: [ channel.slug ], status: ACTIVE },
		group: 'channel',
	};
}

export function teamView( team: Pick< Team, 'id' | 'name' > ): InboxView {
	return {
		id: `team/${ team.id }`,
		label: team.name,
		query: { team: team.id, status: ACTIVE },
		group: 'team',
	};
}

export function savedView( view: SavedView ): InboxView {
	return {
		id: `saved/${ view.id }`,
		label: view.name,
		query: view.query ?? {},
		columns: view.columns?.length ? view.columns : undefined,
		group: 'saved',
	};
}

/**
 * Every view the agent can pick, in the order the navigation shows them.
 *
 * @param teams    Teams, once loaded.
 * @param saved    The agent's saved views, once loaded.
 * @param channels Channels to offer a view for (set up, or with
 *                 conversations), in order.
 */
export function allViews(
	teams: Team[] = [],
	saved: SavedView[] = [],
	channels: ChannelName[] = []
): InboxView[] {
	return [
		...VIEWS,
		...channels.map( channelView ),
		...teams.map( teamView ),
		...saved.map( savedView ),
	];
}

/**
 * The view a route names. Team and saved views need their lists; until
 * those arrive the answer is undefined (saved) or a team view without its
 * name, so the list can already load. A channel view opens by its link
 * even when the inbox does not list it. Unknown views fall back to Mine.
 *
 * @param id       View id from the route.
 * @param teams    Teams, if loaded.
 * @param saved    Saved views, if loaded.
 * @param channels Channels, for the view's name.
 */
export function viewById(
	id: string,
	teams?: Team[],
	saved?: SavedView[],
	channels: ChannelName[] = []
): InboxView | undefined {
	const found = allViews( teams, saved ).find( ( v ) => v.id === id );
	if ( found ) {
		return found;
	}
	const channel = /^channel\/([a-z0-9_-]{1,32})$/.exec( id );
	if ( channel ) {
		return channelView(
			channels.find( ( c ) => c.slug === channel[ 1 ] ) ?? {
				slug: channel[ 1 ],
				label: channel[ 1 ],
			}
		);
	}
	const team = /^team\/(\d+)$/.exec( id );
	if ( team && ! teams ) {
		return teamView( {
			id: Number( team[ 1 ] ),
			name: __( 'Team', 'storedesk' ),
		} );
	}
	if ( id.startsWith( 'saved/' ) && ! saved ) {
		return undefined;
	}
	return VIEWS[ 0 ];
}

/**
 * The inbox's built-in views and the ticket query each one stands for.
 */
import { __ } from '@wordpress/i18n';

import type { Channel, TicketQuery } from './api/types';

const ACTIVE: TicketQuery[ 'status' ] = [ 'open', 'pending', 'on-hold' ];

export type View = { id: string; label: string; query: TicketQuery };

export const CHANNELS: Channel[] = [
	'email',
	'form',
	'chat',
	'phone',
	'messenger',
	'whatsapp',
	'sms',
	'line',
	'wechat',
];

export const VIEWS: View[] = [
	{
		id: 'mine',
		label: __( 'Mine', 'storedesk' ),
		query: { assignee: 'me', status: ACTIVE },
	},
	{
		id: 'unassigned',
		label: __( 'Unassigned', 'storedesk' ),
		query: { assignee: 'none', status: ACTIVE },
	},
	{
		id: 'open',
		label: __( 'All open', 'storedesk' ),
		query: { status: [ 'open' ] },
	},
	{
		id: 'pending',
		label: __( 'Pending', 'storedesk' ),
		query: { status: [ 'pending' ] },
	},
	{
		id: 'on-hold',
		label: __( 'On hold', 'storedesk' ),
		query: { status: [ 'on-hold' ] },
	},
	{
		id: 'resolved',
		label: __( 'Resolved', 'storedesk' ),
		query: { status: [ 'resolved' ] },
	},
	{
		id: 'spam',
		label: __( 'Spam', 'storedesk' ),
		query: { status: [ 'spam' ] },
	},
	...CHANNELS.map( ( channel ) => ( {
		id: `channel/${ channel }`,
		label: channel,
		query: { channel: [ channel ], status: ACTIVE },
	} ) ),
];

export function viewById( id: string ): View {
	return VIEWS.find( ( v ) => v.id === id ) ?? VIEWS[ 0 ];
}

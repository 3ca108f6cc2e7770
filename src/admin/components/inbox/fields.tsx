/**
 * The inbox list's columns: how each ticket property reads, which ones
 * filter (with the values the REST API takes) and which ones the server
 * sorts by. Everything else is off, so DataViews never sorts or filters a
 * page on its own.
 */
import { Icon, VisuallyHidden } from '@wordpress/components';
import type { Field } from '@wordpress/dataviews';
import { humanTimeDiff } from '@wordpress/date';
import { useMemo } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import type { Team, Ticket } from '../../api/types';
import { lookOf, useChannels } from '../../channels';
import { useDirectory } from './use-directory';
import { PRIORITY_LABELS, STATUS_LABELS } from './labels';

/**
 * How long a customer has waited, short: "5 min", "3 h", "2 d".
 *
 * @param since ISO time the wait began, or null.
 * @param now   Current time in milliseconds.
 */
export function waitingFor( since: string | null, now: number ): string {
	if ( ! since ) {
		return '';
	}
	const minutes = Math.max(
		0,
		Math.floor( ( now - Date.parse( since ) ) / 60000 )
	);
	if ( minutes < 60 ) {
		/* translators: %d: minutes */
		return sprintf( __( '%d min', 'storedesk' ), minutes );
	}
	if ( minutes < 48 * 60 ) {
		/* translators: %d: hours */
		return sprintf( __( '%d h', 'storedesk' ), Math.floor( minutes / 60 ) );
	}
	/* translators: %d: days */
	return sprintf( __( '%d d', 'storedesk' ), Math.floor( minutes / 1440 ) );
}

function Subject( { item }: { item: Ticket } ) {
	return (
		<span className="storedesk-subject">
			{ item.unread && (
				<>
					<span className="storedesk-unread-dot" aria-hidden="true" />
					<VisuallyHidden as="span">
						{ __( 'Unread:', 'storedesk' ) }{ ' ' }
					</VisuallyHidden>
				</>
			) }
			#{ item.id } { item.subject }
			{ item.sender_verified === false && (
				<span className="storedesk-unverified-badge">
					{ __( 'Unverified sender', 'storedesk' ) }
				</span>
			) }
		</span>
	);
}

function When( { iso }: { iso: string } ) {
	return (
		<time dateTime={ iso } title={ new Date( iso ).toLocaleString() }>
			{ humanTimeDiff( iso ) }
		</time>
	);
}

/**
 * The fields, built from the directory (agents, tags, teams) so filters
 * offer real names.
 *
 * @param now Current time in milliseconds, for the waiting column.
 */
export function useFields( now: number ): Field< Ticket >[] {
	const { agents, tags, teams } = useDirectory();
	const channels = useChannels();
	return useMemo( () => {
		const agentName = new Map( agents.map( ( a ) => [ a.id, a.name ] ) );
		const tagName = new Map( tags.map( ( t ) => [ t.slug, t.name ] ) );
		const teamName = new Map(
			teams.map( ( t: Team ) => [ t.id, t.name ] )
		);
		const fixed = { enableSorting: false, filterBy: false as const };
		return [
			{
				...fixed,
				id: 'subject',
				label: __( 'Subject', 'storedesk' ),
				enableHiding: false,
				getValue: ( { item } ) => item.subject,
				render: Subject,
			},
			{
				...fixed,
				id: 'excerpt',
				label: __( 'Last message', 'storedesk' ),
				render: ( { item } ) => (
					<span className="storedesk-excerpt">{ item.excerpt }</span>
				),
			},
			{
				id: 'channel',
				label: __( 'Channel', 'storedesk' ),
				enableSorting: false,
				elements: channels.map( ( c ) => ( {
					value: c.slug,
					label: c.label,
				} ) ),
				filterBy: { operators: [ 'isAny' ], isPrimary: true },
				render: ( { item } ) => {
					const look = lookOf( channels, item.channel );
					return (
						<span
							className="storedesk-channel"
							title={ look.label }
						>
							<Icon icon={ look.icon } size={ 20 } />
							<VisuallyHidden as="span">
								{ look.label }
							</VisuallyHidden>
						</span>
					);
				},
			},
			{
				...fixed,
				id: 'customer',
				label: __( 'Customer', 'storedesk' ),
				getValue: ( { item } ) =>
					item.contact?.name ?? __( 'Unknown customer', 'storedesk' ),
			},
			{
				id: 'status',
				label: __( 'Status', 'storedesk' ),
				enableSorting: false,
				elements: Object.entries( STATUS_LABELS ).map(
					( [ value, label ] ) => ( { value, label } )
				),
				filterBy: { operators: [ 'isAny' ], isPrimary: true },
			},
			{
				id: 'priority',
				label: __( 'Priority', 'storedesk' ),
				elements: Object.entries( PRIORITY_LABELS ).map(
					( [ value, label ] ) => ( { value, label } )
				),
				filterBy: { operators: [ 'isAny' ] },
				render: ( { item } ) => (
					<span
						className={ `storedesk-priority is-${ item.priority }` }
					>
						{ PRIORITY_LABELS[ item.priority ] }
					</span>
				),
			},
			{
				id: 'assignee',
				label: __( 'Assignee', 'storedesk' ),
				enableSorting: false,
				elements: [
					{ value: 'me', label: __( 'Me', 'storedesk' ) },
					{ value: 'none', label: __( 'Unassigned', 'storedesk' ) },
					...agents.map( ( a ) => ( {
						value: String( a.id ),
						label: a.name,
					} ) ),
				],
				filterBy: { operators: [ 'is' ], isPrimary: true },
				getValue: ( { item } ) =>
					item.assignee ? String( item.assignee ) : 'none',
				render: ( { item } ) =>
					item.assignee
						? ( agentName.get( item.assignee ) ??
							sprintf(
								/* translators: %d: user id */
								__( 'Agent %d', 'storedesk' ),
								item.assignee
							) )
						: __( 'Unassigned', 'storedesk' ),
			},
			{
				id: 'team',
				label: __( 'Team', 'storedesk' ),
				enableSorting: false,
				elements: [
					{ value: '0', label: __( 'No team', 'storedesk' ) },
					...teams.map( ( t ) => ( {
						value: String( t.id ),
						label: t.name,
					} ) ),
				],
				filterBy: { operators: [ 'is' ] },
				getValue: ( { item } ) => String( item.team ?? 0 ),
				render: ( { item } ) =>
					item.team ? ( teamName.get( item.team ) ?? '' ) : '',
			},
			{
				id: 'tags',
				label: __( 'Tags', 'storedesk' ),
				enableSorting: false,
				elements: tags.map( ( t ) => ( {
					value: t.slug,
					label: t.name,
				} ) ),
				filterBy: { operators: [ 'isAll' ], isPrimary: true },
				getValue: ( { item } ) => item.tags,
				render: ( { item } ) => (
					<span className="storedesk-tags">
						{ item.tags
							.map( ( slug ) => tagName.get( slug ) ?? slug )
							.join( ', ' ) }
					</span>
				),
			},
			{
				id: 'last_activity',
				label: __( 'Last activity', 'storedesk' ),
				filterBy: false,
				getValue: ( { item } ) => item.last_activity_at,
				render: ( { item } ) => <When iso={ item.last_activity_at } />,
			},
			{
				id: 'created',
				label: __( 'Created', 'storedesk' ),
				filterBy: false,
				getValue: ( { item } ) => item.created_at,
				render: ( { item } ) => <When iso={ item.created_at } />,
			},
			{
				...fixed,
				id: 'waiting',
				label: __( 'Waiting', 'storedesk' ),
				render: ( { item } ) =>
					item.waiting_since ? (
						<time dateTime={ item.waiting_since }>
							{ waitingFor( item.waiting_since, now ) }
						</time>
					) : (
						<>
							<span aria-hidden="true">—</span>
							<VisuallyHidden as="span">
								{ __( 'Not waiting', 'storedesk' ) }
							</VisuallyHidden>
						</>
					),
			},
		] satisfies Field< Ticket >[];
	}, [ agents, tags, teams, channels, now ] );
}

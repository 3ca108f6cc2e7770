/**
 * The ticket's properties, changed in place: status, priority, assignee,
 * team and tags. Each change shows at once and comes back if refused.
 */
import { FormTokenField, SelectControl } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

import type { Ticket } from '../../api/types';
import { store as directoryStore } from '../../store/directory';
import { store as ticketsStore, type TicketChanges } from '../../store/tickets';

const STATUSES: Array< [ Ticket[ 'status' ], string ] > = [
	[ 'open', __( 'Open', 'storedesk' ) ],
	[ 'pending', __( 'Pending', 'storedesk' ) ],
	[ 'on-hold', __( 'On hold', 'storedesk' ) ],
	[ 'resolved', __( 'Resolved', 'storedesk' ) ],
	[ 'closed', __( 'Closed', 'storedesk' ) ],
	[ 'spam', __( 'Spam', 'storedesk' ) ],
];
const PRIORITIES: Array< [ Ticket[ 'priority' ], string ] > = [
	[ 'low', __( 'Low', 'storedesk' ) ],
	[ 'normal', __( 'Normal', 'storedesk' ) ],
	[ 'high', __( 'High', 'storedesk' ) ],
	[ 'urgent', __( 'Urgent', 'storedesk' ) ],
];

const options = ( pairs: Array< [ string, string ] > ) =>
	pairs.map( ( [ value, label ] ) => ( { value, label } ) );

// One empty list, so the selection below is stable while the lists load.
const NONE: never[] = [];

export function TicketProperties( { ticket }: { ticket: Ticket } ) {
	const { agents, tags, teams } = useSelect(
		( select ) => ( {
			agents: select( directoryStore ).getAgents() ?? NONE,
			tags: select( directoryStore ).getTags() ?? NONE,
			teams: select( directoryStore ).getTeams() ?? NONE,
		} ),
		[]
	);
	const { updateTicket } = useDispatch( ticketsStore ) as unknown as {
		updateTicket: ( id: number, c: TicketChanges ) => Promise< boolean >;
	};
	const change = ( changes: TicketChanges ) =>
		updateTicket( ticket.id, changes );
	const slugByName = new Map( tags.map( ( t ) => [ t.name, t.slug ] ) );
	const nameBySlug = new Map( tags.map( ( t ) => [ t.slug, t.name ] ) );
	return (
		<>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Status', 'storedesk' ) }
				value={ ticket.status }
				options={ options( STATUSES ) }
				onChange={ ( status ) =>
					change( { status: status as Ticket[ 'status' ] } )
				}
			/>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Priority', 'storedesk' ) }
				value={ ticket.priority }
				options={ options( PRIORITIES ) }
				onChange={ ( priority ) =>
					change( { priority: priority as Ticket[ 'priority' ] } )
				}
			/>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Assignee', 'storedesk' ) }
				value={ String( ticket.assignee ?? 0 ) }
				options={ options( [
					[ '0', __( 'Unassigned', 'storedesk' ) ],
					...agents.map( ( a ): [ string, string ] => [
						String( a.id ),
						a.name,
					] ),
				] ) }
				onChange={ ( id ) =>
					change( { assignee: Number( id ) || null } )
				}
			/>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Team', 'storedesk' ) }
				value={ String( ticket.team ?? 0 ) }
				options={ options( [
					[ '0', __( 'No team', 'storedesk' ) ],
					...teams.map( ( t ): [ string, string ] => [
						String( t.id ),
						t.name,
					] ),
				] ) }
				onChange={ ( id ) => change( { team: Number( id ) || null } ) }
			/>
			<FormTokenField
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Tags', 'storedesk' ) }
				value={ ticket.tags.map(
					( slug ) => nameBySlug.get( slug ) ?? slug
				) }
				suggestions={ tags.map( ( t ) => t.name ) }
				__experimentalValidateInput={ ( name: string ) =>
					slugByName.has( name )
				}
				onChange={ ( names ) =>
					change( {
						tags: names
							.map(
								( n ) =>
									slugByName.get(
										typeof n === 'string' ? n : n.value
									) ?? ''
							)
							.filter( Boolean ),
					} )
				}
			/>
		</>
	);
}

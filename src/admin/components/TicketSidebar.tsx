/**
 * The ticket's properties, changed in place, and who the customer is.
 */
import { FormTokenField, SelectControl } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

import type { Ticket } from '../api/types';
import { store as directoryStore } from '../store/directory';
import { store as ticketsStore, type TicketChanges } from '../store/tickets';

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

export function TicketSidebar( { ticket }: { ticket: Ticket } ) {
	const { agents, tags } = useSelect(
		( select ) => ( {
			agents: select( directoryStore ).getAgents() ?? [],
			tags: select( directoryStore ).getTags() ?? [],
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
		<aside
			className="storedesk-sidebar"
			aria-label={ __( 'Ticket details', 'storedesk' ) }
		>
			<SelectControl
				__nextHasNoMarginBottom
				label={ __( 'Status', 'storedesk' ) }
				value={ ticket.status }
				options={ STATUSES.map( ( [ value, label ] ) => ( {
					value,
					label,
				} ) ) }
				onChange={ ( status ) =>
					change( { status: status as Ticket[ 'status' ] } )
				}
			/>
			<SelectControl
				__nextHasNoMarginBottom
				label={ __( 'Priority', 'storedesk' ) }
				value={ ticket.priority }
				options={ PRIORITIES.map( ( [ value, label ] ) => ( {
					value,
					label,
				} ) ) }
				onChange={ ( priority ) =>
					change( { priority: priority as Ticket[ 'priority' ] } )
				}
			/>
			<SelectControl
				__nextHasNoMarginBottom
				label={ __( 'Assignee', 'storedesk' ) }
				value={ String( ticket.assignee ?? 0 ) }
				options={ [
					{ value: '0', label: __( 'Unassigned', 'storedesk' ) },
					...agents.map( ( a ) => ( {
						value: String( a.id ),
						label: a.name,
					} ) ),
				] }
				onChange={ ( id ) =>
					change( { assignee: Number( id ) || null } )
				}
			/>
			<FormTokenField
				__nextHasNoMarginBottom
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
			{ ticket.contact && (
				<section
					className="storedesk-contact-card"
					aria-label={ __( 'Customer', 'storedesk' ) }
				>
					<h3>{ ticket.contact.name }</h3>
					{ ticket.contact.email && <p>{ ticket.contact.email }</p> }
					{ ticket.contact.phone && <p>{ ticket.contact.phone }</p> }
				</section>
			) }
		</aside>
	);
}

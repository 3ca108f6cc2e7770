/**
 * Beside the conversation: its properties, who the customer is, the panels
 * other code adds (the WooCommerce store panel), and who else is in copy.
 */
import { Spinner } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import {
	Component,
	useEffect,
	useState,
	useSyncExternalStore,
} from '@wordpress/element';
import { addAction, applyFilters } from '@wordpress/hooks';
import { __ } from '@wordpress/i18n';
import type { ComponentType, ReactNode } from 'react';

import type { Ticket } from '../api/types';
import { store as ticketsStore, type TicketChanges } from '../store/tickets';
import {
	hasDeferredScripts,
	loadDeferredScripts,
} from '../woocommerce/deferred-scripts';
import { ContactCard } from './sidebar/ContactCard';
import { InCopy } from './sidebar/InCopy';
import { TicketProperties } from './sidebar/TicketProperties';

/** The ticket's fields a panel may change, as the sidebar's own controls do. */
export type PanelChanges = TicketChanges & {
	/** The order the ticket is about; 0 unlinks it. */
	order_id?: number;
};

/** What every sidebar panel is given. */
export type SidebarPanelProps = {
	ticket: Ticket;
	/**
	 * Changes the ticket (PATCH /tickets/{id}) through the tickets store: on
	 * screen at once, put back with a notice if refused. Resolves to
	 * whether the server took the change.
	 */
	updateTicket: ( changes: PanelChanges ) => Promise< boolean >;
};

export type SidebarPanel = {
	/** Unique, namespaced: 'my-plugin/loyalty'. */
	name: string;
	render: ComponentType< SidebarPanelProps >;
};

/**
 * The filter that adds panels to the ticket sidebar, below the customer.
 *
 * `wp.hooks.addFilter( 'storedesk.ticketSidebar', namespace,
 * ( panels: SidebarPanel[], ticket: Ticket ) => SidebarPanel[] )`; add to
 * the list and return it. A panel renders inside the sidebar's <aside>
 * with `{ ticket, updateTicket }` (SidebarPanelProps) and brings its own
 * <section> and heading (h3). A filter added after the sidebar shows
 * (a script that loads late) shows its panels at once; a panel that throws
 * is replaced by a line saying so, and the rest of the sidebar stays.
 *
 * @since 0.2.0
 */
export const SIDEBAR_PANELS = 'storedesk.ticketSidebar';

// Bumped whenever a filter on SIDEBAR_PANELS comes or goes.
let version = 0;
const listeners = new Set< () => void >();
const onHookChange = ( hookName: string ) => {
	if ( hookName === SIDEBAR_PANELS ) {
		version++;
		listeners.forEach( ( listener ) => listener() );
	}
};
addAction( 'hookAdded', 'storedesk/ticket-sidebar', onHookChange );
addAction( 'hookRemoved', 'storedesk/ticket-sidebar', onHookChange );

const subscribe = ( listener: () => void ) => {
	listeners.add( listener );
	return () => {
		listeners.delete( listener );
	};
};

class PanelBoundary extends Component<
	{ children: ReactNode },
	{ failed: boolean }
> {
	state = { failed: false };

	static getDerivedStateFromError() {
		return { failed: true };
	}

	render() {
		return this.state.failed ? (
			<p className="storedesk-field-error">
				{ __(
					'A panel of this sidebar could not be shown.',
					'storedesk'
				) }
			</p>
		) : (
			this.props.children
		);
	}
}

export function TicketSidebar( { ticket }: { ticket: Ticket } ) {
	useSyncExternalStore( subscribe, () => version );
	const { updateTicket } = useDispatch( ticketsStore ) as unknown as {
		updateTicket: ( id: number, c: PanelChanges ) => Promise< boolean >;
	};
	// Panels whose scripts the page held back (the store panel) come once
	// those have run.
	const [ waiting, setWaiting ] = useState( hasDeferredScripts );
	useEffect( () => {
		loadDeferredScripts().then( () => setWaiting( false ) );
	}, [] );
	const panels = applyFilters( SIDEBAR_PANELS, [], ticket );
	return (
		<aside
			className="storedesk-sidebar"
			aria-label={ __( 'Ticket details', 'storedesk' ) }
		>
			<TicketProperties ticket={ ticket } />
			{ ticket.contact && (
				<ContactCard person={ ticket.contact } ticketId={ ticket.id } />
			) }
			{ Array.isArray( panels ) &&
				( panels as SidebarPanel[] ).map(
					( { name, render: Panel } ) => (
						<PanelBoundary key={ `${ name }-${ ticket.id }` }>
							<Panel
								ticket={ ticket }
								updateTicket={ ( changes ) =>
									updateTicket( ticket.id, changes )
								}
							/>
						</PanelBoundary>
					)
				) }
			{ waiting && (
				<p>
					<Spinner />
					{ __( 'Loading more details…', 'storedesk' ) }
				</p>
			) }
			<InCopy
				people={ ticket.participants ?? [] }
				ticketId={ ticket.id }
			/>
		</aside>
	);
}

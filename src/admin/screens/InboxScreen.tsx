/**
 * The inbox: views on the left, search and the conversation list on the right.
 */
import { Button, SearchControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { TicketList } from '../components/TicketList';
import { href } from '../router';
import { useChangePolling } from '../store/use-change-polling';
import { useTickets } from '../store/use-tickets';
import { VIEWS, viewById } from '../views';

export function InboxScreen( { view }: { view: string } ) {
	const current = viewById( view );
	const [ search, setSearch ] = useState( '' );
	const [ page, setPage ] = useState( 1 );
	const query = {
		...current.query,
		per_page: 25,
		page,
		...( search.trim() ? { search: search.trim() } : {} ),
	};
	useChangePolling();
	const { totalPages } = useTickets( query );
	return (
		<div className="storedesk-inbox">
			<nav
				className="storedesk-views"
				aria-label={ __( 'Inbox views', 'storedesk' ) }
			>
				<ul>
					{ VIEWS.map( ( v ) => (
						<li key={ v.id }>
							<a
								href={ href( { name: 'inbox', view: v.id } ) }
								aria-current={
									v.id === current.id ? 'page' : undefined
								}
								onClick={ () => setPage( 1 ) }
							>
								{ v.label }
							</a>
						</li>
					) ) }
				</ul>
			</nav>
			<section className="storedesk-list" aria-label={ current.label }>
				<h2>{ current.label }</h2>
				<SearchControl
					__nextHasNoMarginBottom
					label={ __( 'Search conversations', 'storedesk' ) }
					value={ search }
					onChange={ ( value: string ) => {
						setSearch( value );
						setPage( 1 );
					} }
				/>
				<TicketList query={ query } />
				<div className="storedesk-pager">
					<Button
						variant="secondary"
						disabled={ page <= 1 }
						onClick={ () => setPage( page - 1 ) }
					>
						{ __( 'Previous page', 'storedesk' ) }
					</Button>
					<Button
						variant="secondary"
						disabled={ page >= totalPages }
						onClick={ () => setPage( page + 1 ) }
					>
						{ __( 'Next page', 'storedesk' ) }
					</Button>
				</div>
			</section>
		</div>
	);
}

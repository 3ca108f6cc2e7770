/**
 * The helpdesk app mounted on the Support page.
 */
import { __ } from '@wordpress/i18n';

import { TicketList } from './components/TicketList';
import type { TicketQuery } from './api/types';

// The same query the PHP side preloads, so the first paint needs no request.
export const INBOX_QUERY: TicketQuery = { per_page: 25 };

export function App() {
	return (
		<div className="storedesk-app">
			<h1>{ __( 'Support', 'storedesk' ) }</h1>
			<TicketList query={ INBOX_QUERY } />
		</div>
	);
}

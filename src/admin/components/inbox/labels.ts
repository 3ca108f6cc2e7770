/**
 * Human names of the ticket vocabulary (php/Tickets/Vocabulary.php).
 */
import { __ } from '@wordpress/i18n';

import type { TicketPriority, TicketStatus } from '../../api/types';

export const STATUS_LABELS: Record< TicketStatus, string > = {
	open: __( 'Open', 'storedesk' ),
	pending: __( 'Pending', 'storedesk' ),
	'on-hold': __( 'On hold', 'storedesk' ),
	resolved: __( 'Resolved', 'storedesk' ),
	closed: __( 'Closed', 'storedesk' ),
	spam: __( 'Spam', 'storedesk' ),
};

export const PRIORITY_LABELS: Record< TicketPriority, string > = {
	low: __( 'Low', 'storedesk' ),
	normal: __( 'Normal', 'storedesk' ),
	high: __( 'High', 'storedesk' ),
	urgent: __( 'Urgent', 'storedesk' ),
};

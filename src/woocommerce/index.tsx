/**
 * The WooCommerce store panel of the ticket sidebar, a bundle of its own:
 * php/Admin/Assets.php loads it only when WooCommerce is active and the
 * agent may see orders, after the inbox has painted (WooCommerce's
 * components package brings about 1 MB of scripts). It joins the
 * sidebar through the `storedesk.ticketSidebar` filter
 * (src/admin/components/TicketSidebar.tsx), which shows it at once even
 * when the sidebar is already on screen.
 */
import { addFilter } from '@wordpress/hooks';

import type { SidebarPanel } from '../admin/components/TicketSidebar';
import { StorePanel } from './StorePanel';
import './style.scss';

// SIDEBAR_PANELS, written out: importing it would bundle the inbox app again.
addFilter(
	'storedesk.ticketSidebar',
	'storedesk/woocommerce',
	( panels: SidebarPanel[] ) => [
		...panels,
		{ name: 'storedesk/woocommerce', render: StorePanel },
	]
);

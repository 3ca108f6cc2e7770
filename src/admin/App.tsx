/**
 * The helpdesk app mounted on the Support page: routes in the URL hash.
 */
import { SnackbarList } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { ShortcutsHelp } from './components/ShortcutsHelp';
import { SectionNav } from './components/SectionNav';
import { useRoute } from './router';
import { InboxScreen } from './screens/InboxScreen';
import { ReportsScreen } from './screens/ReportsScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { TicketScreen } from './screens/TicketScreen';
import { ContactScreen } from './screens/ContactScreen';
import { ContactsScreen } from './screens/ContactsScreen';

export function App() {
	const route = useRoute();
	const notices = useSelect(
		( select ) =>
			select( noticesStore )
				.getNotices()
				.filter( ( n ) => n.type === 'snackbar' ),
		[]
	);
	const { removeNotice } = useDispatch( noticesStore );
	return (
		<div className="storedesk-app">
			<h1>{ __( 'Support', 'storedesk' ) }</h1>
			<SectionNav route={ route } />
			{ route.name === 'inbox' && <InboxScreen view={ route.view } /> }
			{ route.name === 'ticket' && (
				<TicketScreen id={ route.id } mode={ route.mode } />
			) }
			{ route.name === 'contacts' && <ContactsScreen /> }
			{ route.name === 'contact' && (
				<ContactScreen key={ route.id } id={ route.id } />
			) }
			{ route.name === 'settings' && <SettingsScreen /> }
			{ route.name === 'reports' && <ReportsScreen /> }
			<SnackbarList notices={ notices } onRemove={ removeNotice } />
			<ShortcutsHelp />
		</div>
	);
}

/**
 * The helpdesk app mounted on the Support page: routes in the URL hash.
 */
import { SnackbarList } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { useRoute } from './router';
import { InboxScreen } from './screens/InboxScreen';
import { TicketScreen } from './screens/TicketScreen';

function Placeholder( { title }: { title: string } ) {
	return (
		<section>
			<h2>{ title }</h2>
			<p>{ __( 'Coming soon.', 'storedesk' ) }</p>
		</section>
	);
}

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
			{ route.name === 'inbox' && <InboxScreen view={ route.view } /> }
			{ route.name === 'ticket' && <TicketScreen id={ route.id } /> }
			{ route.name === 'contacts' && (
				<Placeholder title={ __( 'Contacts', 'storedesk' ) } />
			) }
			{ route.name === 'settings' && (
				<Placeholder title={ __( 'Settings', 'storedesk' ) } />
			) }
			{ route.name === 'reports' && (
				<Placeholder title={ __( 'Reports', 'storedesk' ) } />
			) }
			<SnackbarList notices={ notices } onRemove={ removeNotice } />
		</div>
	);
}

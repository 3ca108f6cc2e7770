/**
 * The app's sections, above every screen: the inbox, the contacts, the
 * reports (for whoever may see them) and the settings.
 */
import { useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

import { href, LANDING, type Route } from '../router';
import { store as directoryStore } from '../store/directory';

const SECTIONS: Array< {
	label: string;
	to: Route;
	matches: Array< Route[ 'name' ] >;
	/** A capability the section needs; none: every agent. */
	cap?: string;
} > = [
	{
		label: __( 'Inbox', 'storedesk' ),
		to: { name: 'inbox', view: LANDING },
		matches: [ 'inbox', 'ticket' ],
	},
	{
		label: __( 'Contacts', 'storedesk' ),
		to: { name: 'contacts' },
		matches: [ 'contacts', 'contact' ],
	},
	{
		label: __( 'Reports', 'storedesk' ),
		to: { name: 'reports' },
		matches: [ 'reports' ],
		cap: 'storedesk_view_reports',
	},
	{
		label: __( 'Settings', 'storedesk' ),
		to: { name: 'settings' },
		matches: [ 'settings' ],
	},
];

export function SectionNav( { route }: { route: Route } ) {
	const caps = useSelect(
		( select ) => select( directoryStore ).getMe()?.capabilities ?? {},
		[]
	) as Record< string, boolean >;
	return (
		<nav
			className="storedesk-sections"
			aria-label={ __( 'Helpdesk sections', 'storedesk' ) }
		>
			<ul>
				{ SECTIONS.filter( ( s ) => ! s.cap || caps[ s.cap ] ).map(
					( s ) => (
						<li key={ s.label }>
							<a
								href={ href( s.to ) }
								aria-current={
									s.matches.includes( route.name )
										? 'page'
										: undefined
								}
							>
								{ s.label }
							</a>
						</li>
					)
				) }
			</ul>
		</nav>
	);
}

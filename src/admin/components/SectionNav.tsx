/**
 * The app's sections, above every screen: the inbox and the contacts.
 */
import { __ } from '@wordpress/i18n';

import { href, LANDING, type Route } from '../router';

const SECTIONS: Array< {
	label: string;
	to: Route;
	matches: Array< Route[ 'name' ] >;
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
];

export function SectionNav( { route }: { route: Route } ) {
	return (
		<nav
			className="storedesk-sections"
			aria-label={ __( 'Helpdesk sections', 'storedesk' ) }
		>
			<ul>
				{ SECTIONS.map( ( s ) => (
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
				) ) }
			</ul>
		</nav>
	);
}

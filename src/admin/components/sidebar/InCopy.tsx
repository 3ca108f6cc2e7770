/**
 * Who else takes part: the people the customer copied in (an email's Cc),
 * who are copied on every reply, so the agent knows before writing who
 * will read it.
 */
import { __, sprintf } from '@wordpress/i18n';

import type { Person } from '../../api/types';
import { href } from '../../router';

export function InCopy( {
	people,
	ticketId,
}: {
	people: Person[];
	ticketId: number;
} ) {
	if ( ! people.length ) {
		return null;
	}
	return (
		<section
			className="storedesk-in-copy"
			aria-labelledby={ `storedesk-in-copy-${ ticketId }` }
		>
			<h4 id={ `storedesk-in-copy-${ ticketId }` }>
				{ __( 'In copy', 'storedesk' ) }
			</h4>
			<p>{ __( 'Copied on every reply.', 'storedesk' ) }</p>
			<ul>
				{ people.map( ( p ) => (
					<li key={ p.id }>
						<a href={ href( { name: 'contact', id: p.id } ) }>
							{ p.email && p.name !== p.email
								? sprintf(
										/* translators: 1: name, 2: email address */
										__( '%1$s <%2$s>', 'storedesk' ),
										p.name,
										p.email
									)
								: p.name || p.email }
						</a>
					</li>
				) ) }
			</ul>
		</section>
	);
}

/**
 * Who the customer is, on every channel, and what else they wrote about:
 * the agent sees a repeat customer without leaving the conversation.
 */
import { Spinner } from '@wordpress/components';
import { __, _n, sprintf } from '@wordpress/i18n';

import type { Identity, Person } from '../../api/types';
import { href } from '../../router';
import { useContact, useContactTickets } from '../../store/use-contacts';
import { ChannelLabel, IdentityList, statusLabel } from '../contacts/labels';

// One more than shown, so the current ticket can be left out.
const SHOWN = 5;

function OtherTickets( {
	contactId,
	ticketId,
}: {
	contactId: number;
	ticketId: number;
} ) {
	const { tickets, total, isLoading } = useContactTickets( contactId, {
		per_page: SHOWN + 1,
	} );
	const others = tickets
		.filter( ( t ) => t.id !== ticketId )
		.slice( 0, SHOWN );
	const more = Math.max( 0, total - 1 - others.length );
	return (
		<section
			className="storedesk-other-tickets"
			aria-labelledby={ `storedesk-other-tickets-${ ticketId }` }
		>
			<h4 id={ `storedesk-other-tickets-${ ticketId }` }>
				{ __( 'Other conversations', 'storedesk' ) }
			</h4>
			{ isLoading && <Spinner /> }
			{ ! isLoading && ! others.length && (
				<p>{ __( 'None on any channel.', 'storedesk' ) }</p>
			) }
			{ others.length > 0 && (
				<ul>
					{ others.map( ( t ) => (
						<li key={ t.id }>
							<a href={ href( { name: 'ticket', id: t.id } ) }>
								#{ t.id } { t.subject }
							</a>
							<span className="storedesk-ticket-meta">
								<ChannelLabel channel={ t.channel } />
								<span>{ statusLabel( t.status ) }</span>
							</span>
						</li>
					) ) }
				</ul>
			) }
			{ more > 0 && (
				<a href={ href( { name: 'contact', id: contactId } ) }>
					{ sprintf(
						/* translators: %d: number of further conversations */
						_n(
							'%d more conversation',
							'%d more conversations',
							more,
							'storedesk'
						),
						more
					) }
				</a>
			) }
		</section>
	);
}

export function ContactCard( {
	person,
	ticketId,
}: {
	person: Person;
	ticketId: number;
} ) {
	// The ticket carries the basics; the full contact adds every identity.
	const { contact } = useContact( person.id );
	const fallback: Identity[] = [
		...( person.email
			? [ { channel: 'email', value: person.email } ]
			: [] ),
		...( person.phone
			? [ { channel: 'phone', value: person.phone } ]
			: [] ),
	];
	return (
		<section
			className="storedesk-contact-card"
			aria-label={ __( 'Customer', 'storedesk' ) }
		>
			<h3>
				<a href={ href( { name: 'contact', id: person.id } ) }>
					{ contact?.name ?? person.name }
				</a>
			</h3>
			<IdentityList
				identities={ contact?.identities ?? fallback }
				label={ __( 'Addresses on every channel', 'storedesk' ) }
			/>
			<OtherTickets contactId={ person.id } ticketId={ ticketId } />
		</section>
	);
}

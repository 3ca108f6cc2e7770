/**
 * How statuses and a person's addresses read on screen, with each address's
 * channel icon and name (from GET /channels) wherever a contact shows it.
 */
import { dateI18n, getSettings } from '@wordpress/date';
import { __, sprintf } from '@wordpress/i18n';

import type { Contact, Identity, TicketStatus } from '../../api/types';
import { ChannelLabel } from '../../channels';

export { ChannelLabel };

const STATUSES: Record< TicketStatus, string > = {
	open: __( 'Open', 'storedesk' ),
	pending: __( 'Pending', 'storedesk' ),
	'on-hold': __( 'On hold', 'storedesk' ),
	resolved: __( 'Resolved', 'storedesk' ),
	closed: __( 'Closed', 'storedesk' ),
	spam: __( 'Spam', 'storedesk' ),
};

export function statusLabel( status: TicketStatus ): string {
	return STATUSES[ status ] ?? status;
}

function unique( values: Array< string | null | undefined > ): string[] {
	return [ ...new Set( values.filter( ( v ): v is string => !! v ) ) ];
}

/**
 * Every email address of a contact, the primary one first.
 *
 * @param contact Contact, or the basics a ticket carries.
 */
export function emailsOf(
	contact: Pick< Contact, 'email' > & { identities?: Identity[] }
): string[] {
	return unique( [
		contact.email,
		...( contact.identities ?? [] )
			.filter( ( i ) => i.channel === 'email' )
			.map( ( i ) => i.value ),
	] );
}

/**
 * Every phone number of a contact (calls, SMS, WhatsApp), the primary first.
 *
 * @param contact Contact, or the basics a ticket carries.
 */
export function phonesOf(
	contact: Pick< Contact, 'phone' > & { identities?: Identity[] }
): string[] {
	return unique( [
		contact.phone,
		...( contact.identities ?? [] )
			.filter( ( i ) => i.channel === 'phone' )
			.map( ( i ) => i.value ),
	] );
}

/**
 * The channels a contact can be reached on, once each.
 *
 * @param contact            Contact.
 * @param contact.identities Its identities.
 */
export function channelsOf( contact: { identities?: Identity[] } ): string[] {
	return unique( ( contact.identities ?? [] ).map( ( i ) => i.channel ) );
}

// Every identity, icon and channel name beside the address; an address
// whose mail bounced says so, so nobody writes to it unaware.
export function IdentityList( {
	identities,
	label,
}: {
	identities: Identity[];
	label: string;
} ) {
	if ( ! identities.length ) {
		return null;
	}
	return (
		<ul className="storedesk-identities" aria-label={ label }>
			{ identities.map( ( i ) => (
				<li key={ `${ i.channel }:${ i.value }` }>
					<ChannelLabel channel={ i.channel } />
					<span className="storedesk-identity-value">
						{ i.value }
					</span>
					{ i.bounced && (
						<span className="storedesk-identity-bounced">
							{ sprintf(
								/* translators: 1: date and time, 2: the receiving mail server's words */
								__( 'Mail bounced on %1$s: %2$s', 'storedesk' ),
								dateI18n(
									getSettings().formats.datetime,
									i.bounced.at,
									undefined
								),
								i.bounced.reason
							) }
						</span>
					) }
				</li>
			) ) }
		</ul>
	);
}

/**
 * How channels, statuses and a person's addresses read on screen: one icon
 * and one translated name per channel, wherever a contact or a ticket shows it.
 */
import { Icon } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import {
	comment,
	commentContent,
	envelope,
	mobile,
	page,
	reaction,
} from '@wordpress/icons';

import type { Contact, Identity, TicketStatus } from '../../api/types';

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

const CHANNELS: Record< string, [ string, JSX.Element ] > = {
	email: [ __( 'Email', 'storedesk' ), envelope ],
	form: [ __( 'Web form', 'storedesk' ), page ],
	chat: [ __( 'Chat', 'storedesk' ), comment ],
	messenger: [ __( 'Messenger', 'storedesk' ), reaction ],
	whatsapp: [ __( 'WhatsApp', 'storedesk' ), commentContent ],
	wechat: [ __( 'WeChat', 'storedesk' ), commentContent ],
	line: [ __( 'LINE', 'storedesk' ), commentContent ],
	sms: [ __( 'SMS', 'storedesk' ), mobile ],
	phone: [ __( 'Phone', 'storedesk' ), mobile ],
};

export function channelLabel( channel: string ): string {
	return CHANNELS[ channel ]?.[ 0 ] ?? channel;
}

// Icon and name of a channel; the icon is decoration, the name is the text.
export function ChannelLabel( { channel }: { channel: string } ) {
	return (
		<span className="storedesk-channel">
			<Icon icon={ CHANNELS[ channel ]?.[ 1 ] ?? comment } size={ 20 } />
			<span>{ channelLabel( channel ) }</span>
		</span>
	);
}

const PHONE_CHANNELS = [ 'phone', 'sms', 'whatsapp' ];

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
			.filter( ( i ) => PHONE_CHANNELS.includes( i.channel ) )
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

// Every identity, icon and channel name beside the address.
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
				</li>
			) ) }
		</ul>
	);
}

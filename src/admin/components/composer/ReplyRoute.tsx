/**
 * Says, above the Send button, where a reply will go: "Reply by email to
 * priya@example.in", whatever channel the conversation came on, until that
 * channel can send; or that it will reach nobody.
 */
import { __, sprintf } from '@wordpress/i18n';

import type { ReplyVia } from '../../api/types';
import { useChannel } from '../../channels';

/**
 * The sentence for a route.
 *
 * @param route   Where the reply goes.
 * @param channel Name of the channel it leaves by.
 */
export function replyRouteText( route: ReplyVia, channel = '' ): string {
	if ( route.via === 'email' && route.to ) {
		return sprintf(
			/* translators: %s: the customer's email address */
			__( 'Reply by email to %s', 'storedesk' ),
			route.to
		);
	}
	if ( route.via && route.to ) {
		return sprintf(
			/* translators: 1: channel name (WhatsApp…), 2: the customer's address on it */
			__( 'Reply by %1$s to %2$s', 'storedesk' ),
			channel || route.via,
			route.to
		);
	}
	return route.reason === 'no_address'
		? __(
				'This customer has no email address, so the reply is kept here and not sent. Add one to the contact to reach them.',
				'storedesk'
			)
		: __(
				'Replies to this conversation are not sent to the customer; they stay here.',
				'storedesk'
			);
}

export function ReplyRoute( { id, route }: { id: string; route: ReplyVia } ) {
	const channel = useChannel( route.via ?? '' );
	return (
		<p
			id={ id }
			className={ `storedesk-reply-route${ route.via ? '' : ' is-unsent' }` }
		>
			{ replyRouteText( route, channel.label ) }
		</p>
	);
}

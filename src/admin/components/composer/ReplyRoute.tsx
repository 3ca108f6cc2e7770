/**
 * Says, above the Send button, where a reply will go: "Reply by email to
 * priya@example.in", whatever channel the conversation came on, until that
 * channel can send; or that it will reach nobody. When the customer can be
 * reached on more than one channel, the agent picks which; when the
 * conversation's own channel no longer accepts a reply, it says since when.
 */
import { SelectControl } from '@wordpress/components';
import { dateI18n, getSettings } from '@wordpress/date';
import { __, sprintf } from '@wordpress/i18n';

import type { ReplyOption, ReplyVia } from '../../api/types';
import { lookOf, useChannels } from '../../channels';

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
	if ( route.reason === 'window_closed' ) {
		return __(
			'The customer can only be reached on channels whose reply window has closed, so the reply is kept here and not sent. It can be sent once they write again.',
			'storedesk'
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

/**
 * The line under the route when the conversation's own channel stopped
 * taking replies.
 *
 * @param channel  Name of the channel (WhatsApp…).
 * @param closedAt When its reply window closed (ISO 8601), if known.
 */
export function windowClosedText(
	channel: string,
	closedAt: string | null
): string {
	// A window that never opened has no date worth showing (the epoch, or none).
	if ( closedAt && Date.parse( closedAt ) > 0 ) {
		return sprintf(
			/* translators: 1: channel name (WhatsApp…), 2: date and time its reply window closed */
			__(
				"%1$s's reply window closed on %2$s; it reopens when the customer writes again.",
				'storedesk'
			),
			channel,
			dateI18n( getSettings().formats.datetime, closedAt, undefined )
		);
	}
	return sprintf(
		/* translators: %s: channel name (WhatsApp…) */
		__(
			"%s's reply window is closed; it reopens when the customer writes again.",
			'storedesk'
		),
		channel
	);
}

type Props = {
	/** Id of the sentence, which describes the editor. */
	id: string;
	route: ReplyVia;
	/** Channels open for a reply; offered in a select when there are two or more. */
	choices?: ReplyOption[];
	onChoose?: ( via: string ) => void;
	/** The conversation's own channel, when its reply window has closed. */
	closed?: ReplyOption;
	/** Id of the line that says so. */
	closedId?: string;
};

export function ReplyRoute( {
	id,
	route,
	choices = [],
	onChoose,
	closed,
	closedId,
}: Props ) {
	const channels = useChannels();
	const label = ( slug: string ) => lookOf( channels, slug ).label;
	return (
		<>
			{ choices.length > 1 && (
				<SelectControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					className="storedesk-reply-by"
					size="compact"
					labelPosition="side"
					label={ __( 'Reply by', 'storedesk' ) }
					value={ route.via ?? '' }
					options={ choices.map( ( c ) => ( {
						value: c.via,
						label: sprintf(
							/* translators: 1: channel name (Email, SMS…), 2: the customer's address on it */
							__( '%1$s · %2$s', 'storedesk' ),
							label( c.via ),
							c.to
						),
					} ) ) }
					onChange={ ( via: string ) => onChoose?.( via ) }
				/>
			) }
			<p
				id={ id }
				className={ `storedesk-reply-route${
					route.via ? '' : ' is-unsent'
				}` }
			>
				{ replyRouteText( route, label( route.via ?? '' ) ) }
			</p>
			{ closed && (
				<p id={ closedId } className="storedesk-reply-window">
					{ windowClosedText(
						label( closed.via ),
						closed.closes_at
					) }
				</p>
			) }
		</>
	);
}

/**
 * Channels as the server describes them (GET /storedesk/v1/channels,
 * preloaded with the page): the app keeps no list of its own, so a channel
 * a plugin adds shows with its name and icon like the built-in ones.
 */
import { Icon } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import {
	comment,
	commentContent,
	envelope,
	globe,
	mobile,
	page,
	postComments,
	reaction,
	send,
} from '@wordpress/icons';

import type { ChannelInfo } from './api/types';
import { store } from './store/directory';

/** The icons a channel may name. */
const ICONS: Record< string, JSX.Element > = {
	comment,
	commentContent,
	envelope,
	globe,
	mobile,
	page,
	postComments,
	reaction,
	send,
};

const NONE: ChannelInfo[] = [];

/** Every channel, in the server's order; empty until loaded. */
export function useChannels(): ChannelInfo[] {
	return useSelect( ( select ) => select( store ).getChannels() ?? NONE, [] );
}

export type ChannelLook = { label: string; icon: JSX.Element };

/**
 * Name and icon of a channel; its slug and a speech bubble for one the
 * server does not list (yet).
 *
 * @param channels Channels.
 * @param slug     Channel slug.
 */
export function lookOf( channels: ChannelInfo[], slug: string ): ChannelLook {
	const found = channels.find( ( c ) => c.slug === slug );
	return {
		label: found?.label ?? slug,
		icon: ICONS[ found?.icon ?? '' ] ?? commentContent,
	};
}

/**
 * Name and icon of one channel.
 *
 * @param slug Channel slug.
 */
export function useChannel( slug: string ): ChannelLook {
	return lookOf( useChannels(), slug );
}

// Icon and name of a channel; the icon is decoration, the name is the text.
export function ChannelLabel( {
	channel,
	size = 20,
}: {
	channel: string;
	size?: number;
} ) {
	const look = useChannel( channel );
	return (
		<span className="storedesk-channel">
			<Icon icon={ look.icon } size={ size } />
			<span>{ look.label }</span>
		</span>
	);
}

/**
 * How each channel is named and drawn in the thread.
 */
import { __ } from '@wordpress/i18n';
import {
	comment,
	commentContent,
	envelope,
	globe,
	mobile,
	postComments,
} from '@wordpress/icons';

import type { Channel } from '../../api/types';

export const CHANNELS: Record< Channel, { label: string; icon: JSX.Element } > =
	{
		email: { label: __( 'Email', 'storedesk' ), icon: envelope },
		form: { label: __( 'Web form', 'storedesk' ), icon: globe },
		chat: { label: __( 'Chat', 'storedesk' ), icon: comment },
		messenger: {
			label: __( 'Messenger', 'storedesk' ),
			icon: commentContent,
		},
		whatsapp: {
			label: __( 'WhatsApp', 'storedesk' ),
			icon: commentContent,
		},
		wechat: { label: __( 'WeChat', 'storedesk' ), icon: commentContent },
		line: { label: __( 'LINE', 'storedesk' ), icon: commentContent },
		sms: { label: __( 'SMS', 'storedesk' ), icon: postComments },
		phone: { label: __( 'Phone', 'storedesk' ), icon: mobile },
	};

export function channelOf( channel: string ) {
	return (
		CHANNELS[ channel as Channel ] ?? {
			label: channel,
			icon: commentContent,
		}
	);
}

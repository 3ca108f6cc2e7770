/**
 * Test data shaped like real REST responses.
 */
import type { ChannelInfo, Ticket } from '../api/types';

export function ticket( id: number, extra: Partial< Ticket > = {} ): Ticket {
	return {
		id,
		subject: `Subject ${ id }`,
		status: 'open',
		priority: 'normal',
		channel: 'email',
		assignee: null,
		team: null,
		tags: [],
		order_id: null,
		order_status: null,
		unread: false,
		contact: {
			id: 100 + id,
			name: `Customer ${ id }`,
			email: `c${ id }@example.test`,
			phone: null,
		},
		participants: [],
		excerpt: 'Where is my parcel?',
		message_count: 1,
		created_at: '2026-11-01T10:00:00Z',
		last_activity_at: '2026-11-02T10:00:00Z',
		updated_at: '2026-11-02T10:00:00Z',
		waiting_since: '2026-11-01T10:00:00Z',
		first_response_at: null,
		resolved_at: null,
		...extra,
	};
}

export function message(
	id: number,
	extra: Partial< import( '../api/types' ).Message > = {}
): import( '../api/types' ).Message {
	return {
		id,
		ticket_id: 5,
		kind: 'reply',
		body: '<p>x</p>',
		format: 'html',
		channel: 'email',
		author: { type: 'agent', id: 1, name: 'Ana Agent', avatar: null },
		meta: {},
		attachments: [],
		created_at: '2026-11-22T10:00:00Z',
		...extra,
	};
}

/**
 * GET /settings with the storefront defaults (the server's), plus one other setting.
 *
 * @param extra Settings that differ.
 */
export function storefrontSettings(
	extra: Partial< import( '../store/settings' ).StorefrontSettings > = {}
): import( '../store/settings' ).StorefrontSettings & { agent_scope: string } {
	return {
		agent_scope: 'all',
		form_fields: [],
		form_topics: [],
		form_min_seconds: 3,
		attachment_max_files: 5,
		spam_blocklist: [],
		spam_akismet: true,
		rate_limit_ip: 10,
		rate_limit_email: 5,
		rate_limit_window: 600,
		rate_limit_proxy: false,
		rate_limit_trusted_proxies: [],
		widget_enabled: true,
		widget_position: 'right',
		widget_color: '#1e1e1e',
		widget_label: '',
		...extra,
	};
}

const channel = (
	slug: string,
	label: string,
	icon: string,
	addressType: string,
	ready = false
): ChannelInfo => ( {
	slug,
	label,
	icon,
	address_type: addressType,
	supports: {
		attachments: true,
		formatting: false,
		typing: false,
		read_receipts: false,
		templates: false,
	},
	reply_window: null,
	set_up: ready,
	in_inbox: ready,
} );

/** GET /channels on a fresh site (php/Channels/ChannelRegistry.php). */
export const CHANNELS: ChannelInfo[] = [
	channel( 'email', 'Email', 'envelope', 'email', true ),
	channel( 'form', 'Contact form', 'page', 'email', true ),
	channel( 'chat', 'Chat', 'comment', 'chat' ),
	channel( 'phone', 'Phone', 'mobile', 'phone', true ),
	channel( 'messenger', 'Messenger', 'commentContent', 'messenger' ),
	channel( 'whatsapp', 'WhatsApp', 'commentContent', 'phone' ),
	channel( 'sms', 'SMS', 'postComments', 'phone' ),
	channel( 'line', 'LINE', 'commentContent', 'line' ),
	channel( 'wechat', 'WeChat', 'commentContent', 'wechat' ),
];

/**
 * REST types mirroring the PHP schemas (php/Rest/TicketSchema.php,
 * php/Rest/MessageSchema.php). The PHP tests validate real responses
 * against those schemas, so a change there must change these too.
 */
export type TicketStatus =
	'open' | 'pending' | 'on-hold' | 'resolved' | 'closed' | 'spam';
export type TicketPriority = 'low' | 'normal' | 'high' | 'urgent';
/** A channel slug; the channels themselves come from GET /channels. */
export type Channel = string;

/** A channel as GET /storedesk/v1/channels describes it (php/Rest/ChannelsController.php). */
export type ChannelInfo = {
	slug: string;
	label: string;
	/** Name of an @wordpress/icons icon. */
	icon: string;
	/** email, phone (E.164) or the channel's own user ids. */
	address_type: string;
	supports: Record<
		'attachments' | 'formatting' | 'typing' | 'read_receipts' | 'templates',
		boolean
	>;
	/** Seconds after the customer's last message a reply may be sent, or null. */
	reply_window: number | null;
	set_up: boolean;
	/** Set up, or with conversations: the inbox shows a view for it. */
	in_inbox: boolean;
};

/** A call logged by an agent, in the meta of its message (php/Channels/Phone/CallLog.php). */
export type CallDetails = {
	direction: 'inbound' | 'outbound';
	number: string;
	duration: number;
	outcome: 'answered' | 'voicemail' | 'no-answer' | 'busy';
};

export type Person = {
	id: number;
	name: string;
	email: string | null;
	phone: string | null;
};

/** How a reply reaches the customer (php/Channels/ReplyRoute.php). */
export type ReplyVia = {
	/** A channel that sends (email until messaging channels can), or null. */
	via: Channel | null;
	to: string | null;
	/** Why the reply stays in the desk, when via is null. */
	reason: 'no_address' | 'not_sent' | 'window_closed' | null;
};

/**
 * A channel a reply may leave by, on which the customer has an address
 * (php/Channels/ReplyRoute.php); single-ticket GET only.
 */
export type ReplyOption = {
	/** Channel slug. */
	via: Channel;
	/** The customer's address on it. */
	to: string;
	/** False when the channel's reply window has closed. */
	open: boolean;
	/** When the window closes (open) or closed (not open); null without a window. */
	closes_at: string | null;
};

export type Message = {
	id: number;
	ticket_id: number;
	kind: 'customer' | 'reply' | 'note' | 'event';
	body: string;
	format: 'html' | 'text' | 'email';
	channel: Channel;
	author: {
		type: 'agent' | 'contact' | 'system';
		id: number;
		name: string;
		avatar: string | null;
	};
	meta: Record< string, unknown > & {
		call?: CallDetails;
		/** Files an email brought that the attachment rules did not keep. */
		refused_files?: Array< { name: string; size: number; reason: string } >;
		/** Where a plain-text email's quoted history starts, in characters. */
		quote_at?: number;
	};
	attachments: MessageAttachment[];
	/** How it left for the customer (agents' API only). */
	deliveries?: Delivery[];
	created_at: string;
};

/** A file as a message lists it (php/Rest/AttachmentPresenter.php, brief). */
export type MessageAttachment = {
	id: number;
	name: string;
	mime: string;
	size: number;
	/** Download link signed for the asking agent and this file (12 hours). */
	url: string;
};

/** What POST /attachments returns (AttachmentPresenter::full). */
export type UploadedAttachment = MessageAttachment & {
	ticket_id: number;
	message_id: number | null;
	created_at: string;
};

export type Ticket = {
	id: number;
	subject: string;
	status: TicketStatus;
	priority: TicketPriority;
	channel: Channel;
	assignee: number | null;
	team: number | null;
	tags: string[];
	order_id: number | null;
	// The linked order's WooCommerce status (processing, completed…), null when none.
	order_status: string | null;
	unread: boolean;
	contact: Person | null;
	participants: Person[];
	excerpt: string;
	message_count: number;
	created_at: string;
	last_activity_at: string;
	updated_at: string;
	waiting_since: string | null;
	first_response_at: string | null;
	resolved_at: string | null;
	/** False when someone not signed in as the customer filed it under their address. */
	sender_verified?: boolean;
	reply_via?: ReplyVia;
	/** Every channel a reply may take, the conversation's own first (GET /tickets/{id} only). */
	reply_options?: ReplyOption[];
	messages?: Message[];
};

export type TicketQuery = {
	status?: TicketStatus[];
	assignee?: 'me' | 'none' | number;
	team?: number;
	channel?: Channel[];
	tag?: string[];
	priority?: TicketPriority[];
	search?: string;
	orderby?: 'last_activity' | 'created' | 'updated' | 'priority';
	order?: 'asc' | 'desc';
	page?: number;
	per_page?: number;
};

export type TicketPage = {
	items: Ticket[];
	total: number;
	totalPages: number;
};

/** Body of POST /tickets/batch (php/Rest/TicketBatchController.php), without ids. */
export type BatchChanges = {
	status?: TicketStatus;
	priority?: TicketPriority;
	assignee?: number | null;
	team?: number | null;
	unread?: boolean;
	add_tags?: string[];
	remove_tags?: string[];
};

/** An agent's saved inbox view (php/Rest/ViewsController.php). */
export type SavedView = {
	id: string;
	name: string;
	query: TicketQuery;
	columns: string[];
};

/** One address a person wrote from (php/Rest/ContactsController.php). */
export type Identity = {
	channel: Channel | string;
	value: string;
	/** An email address whose mail came back: when, and the receiving server's words. */
	bounced?: { at: string; reason: string };
};

export type Contact = {
	id: number;
	name: string;
	email: string | null;
	phone: string | null;
	notes: string | null;
	user_id: number | null;
	/** Whether the account proved the address; unproven links show the account nothing. */
	user_verified?: boolean;
	avatar: string | null;
	identities: Identity[];
	created_at: string;
	updated_at: string;
};

export type ContactChanges = Partial<
	Pick< Contact, 'name' | 'email' | 'phone' | 'notes' >
>;

export type ContactQuery = {
	search?: string;
	page?: number;
	per_page?: number;
};

export type ContactPage = {
	items: Contact[];
	total: number;
	totalPages: number;
};

/** A team (php/Rest/TeamsController.php). */
export type Team = {
	id: number;
	name: string;
	description: string;
	members: number[];
};

/** POST /storedesk/v1/calls (php/Channels/Phone/CallsController.php). */
export type CallInput = Partial< Omit< CallDetails, 'number' > > & {
	number: string;
	name?: string;
	notes?: string;
	subject?: string;
	ticket_id?: number;
	contact_id?: number;
};

/** What POST /calls answers. */
export type LoggedCall = {
	ticket: Ticket;
	message: Message;
	/** The call opened the conversation. */
	opened: boolean;
};

/** One send of a message to a customer (php/Rest/MessagePresenter.php, delivery). */
export type Delivery = {
	id: number;
	type: string;
	channel: string;
	to: string;
	status: 'queued' | 'sending' | 'sent' | 'delivered' | 'read' | 'failed';
	attempts: number;
	error: string | null;
	/** When a failed try is tried again. */
	next_try: string | null;
	updated_at: string;
};

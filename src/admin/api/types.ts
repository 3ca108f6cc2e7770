/**
 * REST types mirroring the PHP schemas (php/Rest/TicketSchema.php,
 * php/Rest/MessageSchema.php). The PHP tests validate real responses
 * against those schemas, so a change there must change these too.
 */
export type TicketStatus =
	'open' | 'pending' | 'on-hold' | 'resolved' | 'closed' | 'spam';
export type TicketPriority = 'low' | 'normal' | 'high' | 'urgent';
export type Channel =
	| 'email'
	| 'form'
	| 'chat'
	| 'messenger'
	| 'whatsapp'
	| 'wechat'
	| 'line'
	| 'sms'
	| 'phone';

export type Person = {
	id: number;
	name: string;
	email: string | null;
	phone: string | null;
};

export type Message = {
	id: number;
	ticket_id: number;
	kind: 'customer' | 'reply' | 'note' | 'event';
	body: string;
	format: 'html' | 'text';
	channel: Channel;
	author: {
		type: 'agent' | 'contact' | 'system';
		id: number;
		name: string;
		avatar: string | null;
	};
	meta: Record< string, unknown >;
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
	messages?: Message[];
};

export type TicketQuery = {
	status?: TicketStatus[];
	assignee?: 'me' | 'none' | number;
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

/**
 * Test data shaped like real REST responses.
 */
import type { Ticket } from '../api/types';

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

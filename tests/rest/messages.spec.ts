/**
 * Replies and internal notes over real HTTP: what they change on the
 * ticket, sanitising, send-and-resolve, the "customer wrote again" guard
 * and thread paging.
 */
import {
	expect,
	expectError,
	openTicket,
	test,
	type Message,
	type Ticket,
} from './helpers';

test( 'a note keeps the customer waiting; a reply answers and records the first response', async ( {
	as,
} ) => {
	const agent = await as( 'e2e_agent' );
	const agentId = ( await agent.json( '/me' ) ).id;
	const ticket = await openTicket( agent );
	expect( ticket.waiting_since ).not.toBeNull();

	const noteRes = await agent.send(
		'POST',
		`/tickets/${ ticket.id }/messages`,
		{
			kind: 'note',
			body: '<p>Carrier trace opened, ref <strong>TR-1</strong>.</p>',
		}
	);
	expect( noteRes.status(), await noteRes.text() ).toBe( 201 );
	const note: Message = await noteRes.json();
	expect( note ).toMatchObject( {
		ticket_id: ticket.id,
		kind: 'note',
		format: 'html',
		channel: 'phone',
		body: '<p>Carrier trace opened, ref <strong>TR-1</strong>.</p>',
		author: { type: 'agent', id: agentId, name: 'Alex Agent' },
	} );
	let now = await agent.json< Ticket >( `/tickets/${ ticket.id }` );
	expect( now.first_response_at ).toBeNull();
	expect( now.waiting_since ).toBe( ticket.waiting_since );
	expect( now.message_count ).toBe( 2 );
	// A note is not what the customer last read: the excerpt stays the customer's.
	expect( now.excerpt ).toBe( ticket.excerpt );

	const reply: Message = await agent.ok(
		'POST',
		`/tickets/${ ticket.id }/messages`,
		{
			kind: 'reply',
			body: 'A replacement is on its way.',
			format: 'text',
		}
	);
	expect( reply ).toMatchObject( {
		kind: 'reply',
		format: 'text',
		body: 'A replacement is on its way.',
	} );
	now = await agent.json< Ticket >( `/tickets/${ ticket.id }`, {
		with: 'messages',
	} );
	expect( now.first_response_at ).toBe( reply.created_at );
	expect( now.waiting_since ).toBeNull();
	expect( now.excerpt ).toBe( 'A replacement is on its way.' );
	expect( now.last_activity_at ).toBe( reply.created_at );
	expect( now.status ).toBe( 'open' );
	expect( now.messages!.map( ( m ) => m.kind ) ).toEqual( [
		'customer',
		'note',
		'reply',
	] );
	expect( now.messages!.map( ( m ) => m.id ) ).toEqual( [
		now.messages![ 0 ].id,
		note.id,
		reply.id,
	] );
} );

test( 'send and resolve in one request', async ( { as } ) => {
	const agent = await as( 'e2e_agent' );
	const ticket = await openTicket( agent );
	const reply: Message = await agent.ok(
		'POST',
		`/tickets/${ ticket.id }/messages`,
		{
			kind: 'reply',
			body: '<p>Refund issued.</p>',
			status: 'resolved',
		}
	);
	expect( reply.kind ).toBe( 'reply' );
	const now = await agent.json< Ticket >( `/tickets/${ ticket.id }`, {
		with: 'messages',
	} );
	expect( now.status ).toBe( 'resolved' );
	expect( now.resolved_at ).not.toBeNull();
	const [ , sent, event ] = now.messages!;
	expect( sent.id ).toBe( reply.id );
	expect( event ).toMatchObject( {
		kind: 'event',
		meta: { field: 'status', from: 'open', to: 'resolved' },
	} );
} );

test( 'HTML is sanitised and an empty body is refused', async ( { as } ) => {
	const agent = await as( 'e2e_agent' );
	const ticket = await openTicket( agent );
	const reply: Message = await agent.ok(
		'POST',
		`/tickets/${ ticket.id }/messages`,
		{
			kind: 'reply',
			body: '<p onclick="steal()">Hello <a href="javascript:alert(1)">there</a></p><script>alert(1)</script><iframe src="https://example.com"></iframe>',
		}
	);
	expect( reply.body ).toContain( 'Hello' );
	expect( reply.body ).not.toMatch( /<script|onclick|javascript:|<iframe/i );

	// Text bodies are stored as typed.
	const text: Message = await agent.ok(
		'POST',
		`/tickets/${ ticket.id }/messages`,
		{
			kind: 'note',
			body: 'if (a < b && c > d) { return "<ok>"; }',
			format: 'text',
		}
	);
	expect( text.body ).toBe( 'if (a < b && c > d) { return "<ok>"; }' );

	for ( const body of [ '<p> </p>', '<p><br></p>', '   ' ] ) {
		await expectError(
			await agent.send( 'POST', `/tickets/${ ticket.id }/messages`, {
				kind: 'reply',
				body,
			} ),
			400
		);
	}
	expect(
		( await agent.json< Ticket >( `/tickets/${ ticket.id }` ) )
			.message_count
	).toBe( 3 );
} );

test( 'a reply is refused with 409 when the customer wrote after the last message the agent saw', async ( {
	as,
} ) => {
	const agent = await as( 'e2e_agent' );
	const ticket = await openTicket( agent );
	const [ first ] = await agent.json< Message[] >(
		`/tickets/${ ticket.id }/messages`
	);

	const stale = await agent.send(
		'POST',
		`/tickets/${ ticket.id }/messages`,
		{
			kind: 'reply',
			body: 'Written without reading.',
			last_seen_message: 0,
		}
	);
	await expectError( stale, 409, 'storedesk_newer_message' );
	const unseen = ( await stale.json() ).data.messages as Message[];
	expect( unseen.map( ( m ) => m.id ) ).toEqual( [ first.id ] );
	expect(
		( await agent.json< Ticket >( `/tickets/${ ticket.id }` ) )
			.message_count
	).toBe( 1 );

	// Seen, or sent anyway: accepted.
	await agent.ok( 'POST', `/tickets/${ ticket.id }/messages`, {
		kind: 'reply',
		body: 'Having read everything.',
		last_seen_message: first.id,
	} );
	await agent.ok( 'POST', `/tickets/${ ticket.id }/messages`, {
		kind: 'note',
		body: 'Forced.',
		last_seen_message: 0,
		force: true,
	} );
	expect(
		( await agent.json< Ticket >( `/tickets/${ ticket.id }` ) )
			.message_count
	).toBe( 3 );
} );

test( 'agents write replies and notes only', async ( { as } ) => {
	const agent = await as( 'e2e_agent' );
	const ticket = await openTicket( agent );
	for ( const kind of [ 'customer', 'event', 'comment' ] ) {
		await expectError(
			await agent.send( 'POST', `/tickets/${ ticket.id }/messages`, {
				kind,
				body: 'x',
			} ),
			400,
			'rest_invalid_param'
		);
	}
	await expectError(
		await agent.send( 'POST', `/tickets/${ ticket.id }/messages`, {
			kind: 'reply',
			body: 'x',
			status: 'finished',
		} ),
		400,
		'rest_invalid_param'
	);
	await expectError(
		await agent.send( 'POST', `/tickets/${ ticket.id }/messages`, {
			kind: 'reply',
			body: 'x',
			format: 'markdown',
		} ),
		400,
		'rest_invalid_param'
	);
	await expectError(
		await agent.send( 'POST', `/tickets/${ ticket.id }/messages`, {
			body: 'x',
		} ),
		400,
		'rest_missing_callback_param'
	);
	const after = await agent.json< Ticket >( `/tickets/${ ticket.id }` );
	expect( after.message_count ).toBe( 1 );
	expect( after.status ).toBe( 'open' );
} );

test( 'the thread pages oldest first with totals; ?with=messages shows the latest 50', async ( {
	as,
} ) => {
	const agent = await as( 'e2e_agent' );
	const ticket = await openTicket( agent );
	for ( let i = 1; i <= 52; i++ ) {
		const res = await agent.send(
			'POST',
			`/tickets/${ ticket.id }/messages`,
			{
				kind: 'note',
				body: `Note ${ i }`,
				format: 'text',
			}
		);
		expect( res.status() ).toBe( 201 );
	}
	const page = await agent.get( `/tickets/${ ticket.id }/messages`, {
		per_page: 20,
		page: 3,
	} );
	expect( page.headers()[ 'x-wp-total' ] ).toBe( '53' );
	expect( page.headers()[ 'x-wp-totalpages' ] ).toBe( '3' );
	expect( ( await page.json() ).map( ( m: Message ) => m.body ) ).toEqual(
		Array.from( { length: 13 }, ( _, i ) => `Note ${ i + 40 }` )
	);
	const first = await agent.json< Message[] >(
		`/tickets/${ ticket.id }/messages`,
		{ per_page: 2 }
	);
	expect( first.map( ( m ) => m.kind ) ).toEqual( [ 'customer', 'note' ] );
	const view = await agent.json< Ticket >( `/tickets/${ ticket.id }`, {
		with: 'messages',
	} );
	expect( view.message_count ).toBe( 53 );
	expect( view.messages ).toHaveLength( 50 );
	expect( view.messages![ 0 ].body ).toBe( 'Note 3' );
	expect( view.messages![ 49 ].body ).toBe( 'Note 52' );
} );

test( '?after= answers only what is newer, for an open thread to poll', async ( {
	as,
} ) => {
	const agent = await as( 'e2e_agent' );
	const ticket = await openTicket( agent );
	const [ first ] = await agent.json< Message[] >(
		`/tickets/${ ticket.id }/messages`
	);
	const none = await agent.get( `/tickets/${ ticket.id }/messages`, {
		after: first.id,
	} );
	expect( none.status() ).toBe( 200 );
	expect( await none.json() ).toEqual( [] );
	expect( none.headers()[ 'x-wp-total' ] ).toBe( '1' );

	for ( const body of [ 'Checking with the carrier.', 'Carrier replied.' ] ) {
		await agent.ok( 'POST', `/tickets/${ ticket.id }/messages`, {
			kind: 'note',
			body,
			format: 'text',
		} );
	}
	const fresh = await agent.get( `/tickets/${ ticket.id }/messages`, {
		after: first.id,
	} );
	expect( ( await fresh.json() ).map( ( m: Message ) => m.body ) ).toEqual( [
		'Checking with the carrier.',
		'Carrier replied.',
	] );
	expect( fresh.headers()[ 'x-wp-total' ] ).toBe( '3' );
	await expectError(
		await agent.get( `/tickets/${ ticket.id }/messages`, { after: -1 } ),
		400,
		'rest_invalid_param'
	);
} );

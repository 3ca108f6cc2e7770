/**
 * Bad input over real HTTP: a 4xx with a stable code, and nothing written.
 * After every refused write the ticket total (X-WP-Total) must be what it
 * was; around each group the database row counts must be too.
 */
import {
	API,
	expect,
	expectError,
	expectNothingWritten,
	openTicket,
	phoneCall,
	test,
	total,
	uniq,
	type Client,
	type Ticket,
} from './helpers';

/**
 * Sends a request expected to fail, and checks the ticket total did not move.
 * @param as      A manager (sees every ticket).
 * @param label   What the request tries.
 * @param request Sends the request.
 * @param status  Expected HTTP status.
 * @param code    Expected error code.
 */
async function refused(
	as: Client,
	label: string,
	request: () => ReturnType< Client[ 'send' ] >,
	status: number | number[],
	code?: string
) {
	const before = await total( as );
	const res = await request();
	await test.step( label, async () => {
		await expectError( res, status, code );
	} );
	expect( await total( as ), `ticket total after: ${ label }` ).toBe(
		before
	);
}

const KB = 1024;

test( 'POST /tickets refuses bad input and stores nothing', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const merged = await openTicket( manager );
	const target = await openTicket( manager );
	await manager.ok( 'POST', `/contacts/${ target.contact.id }/merge`, {
		source: merged.contact.id,
	} );

	const cases: Array< [ string, unknown, number | number[], string? ] > = [
		[
			'unknown status',
			phoneCall( { status: 'finished' } ),
			400,
			'rest_invalid_param',
		],
		[
			'unknown priority',
			phoneCall( { priority: 'critical' } ),
			400,
			'rest_invalid_param',
		],
		[
			'unknown channel',
			phoneCall( { channel: 'pigeon' } ),
			400,
			'rest_invalid_param',
		],
		[
			'unknown tag',
			phoneCall( { tags: [ uniq( 'ghost' ) ] } ),
			400,
			'storedesk_unknown_tag',
		],
		[
			'subject of 256 characters',
			phoneCall( { subject: 'x'.repeat( 256 ) } ),
			400,
			'rest_invalid_param',
		],
		[
			'subject of 256 multibyte characters',
			phoneCall( { subject: 'é'.repeat( 256 ) } ),
			400,
			'rest_invalid_param',
		],
		[
			'empty subject',
			phoneCall( { subject: '' } ),
			400,
			'rest_invalid_param',
		],
		[
			'blank subject',
			phoneCall( { subject: '   ' } ),
			400,
			'storedesk_invalid_subject',
		],
		[
			'subject of markup only',
			phoneCall( { subject: '<b></b>' } ),
			400,
			'storedesk_invalid_subject',
		],
		[
			'body over 256 KB',
			phoneCall( {
				message: { body: 'y'.repeat( 256 * KB + 1 ), format: 'text' },
			} ),
			[ 400, 413 ],
		],
		[
			'body over 256 KB in bytes, under it in characters',
			phoneCall( {
				message: { body: '€'.repeat( 100 * KB ), format: 'text' },
			} ),
			[ 400, 413 ],
		],
		[
			'empty body',
			phoneCall( { message: { body: '' } } ),
			400,
			'rest_invalid_param',
		],
		[
			'body of markup only',
			phoneCall( { message: { body: '<p></p>' } } ),
			400,
			'storedesk_empty_message',
		],
		[
			'message without body',
			phoneCall( { message: { format: 'text' } } ),
			400,
			'rest_invalid_param',
		],
		[
			'message as a string',
			phoneCall( { message: 'Hello' } ),
			400,
			'rest_invalid_param',
		],
		[
			'unknown message property',
			phoneCall( { message: { body: 'x', external_id: 'forged' } } ),
			400,
			'rest_invalid_param',
		],
		[
			'subject as a number',
			phoneCall( { subject: 12345 } ),
			400,
			'rest_invalid_param',
		],
		[
			'assignee as a word',
			phoneCall( { assignee: 'someone' } ),
			400,
			'rest_invalid_param',
		],
		[
			'assignee who is no agent',
			phoneCall( { assignee: 999999999 } ),
			400,
			'storedesk_invalid_assignee',
		],
		[
			'negative team',
			phoneCall( { team: -1 } ),
			400,
			'rest_invalid_param',
		],
		[
			'missing team',
			phoneCall( { team: 999999999 } ),
			400,
			'storedesk_invalid_team',
		],
		[
			'missing order',
			phoneCall( { order_id: 999999999 } ),
			400,
			'storedesk_invalid_order',
		],
		[
			'tags as an object',
			phoneCall( { tags: { a: 1 } } ),
			400,
			'rest_invalid_param',
		],
		[
			'unread as a word',
			phoneCall( { unread: 'maybe' } ),
			400,
			'rest_invalid_param',
		],
		[
			'customer as a string',
			phoneCall( { customer: 'Pat' } ),
			400,
			'rest_invalid_param',
		],
		[
			'customer with a bad email',
			phoneCall( { customer: { email: 'pat@' } } ),
			400,
			'rest_invalid_param',
		],
		[
			'customer with an unknown property',
			phoneCall( {
				customer: { email: `${ uniq() }@example.test`, vip: true },
			} ),
			400,
			'rest_invalid_param',
		],
		[
			'customer without email or phone',
			phoneCall( { customer: { name: 'Nobody' } } ),
			400,
			'storedesk_contact_unreachable',
		],
		[
			'customer with an invalid phone',
			phoneCall( { customer: { phone: '123' } } ),
			400,
			'storedesk_contact_unreachable',
		],
		[
			'no customer at all',
			phoneCall( { customer: undefined } ),
			400,
			'storedesk_missing_contact',
		],
		[
			'contact id 0',
			phoneCall( { customer: undefined, contact_id: 0 } ),
			400,
			'rest_invalid_param',
		],
		[
			'missing contact',
			phoneCall( { customer: undefined, contact_id: 999999999 } ),
			400,
			'storedesk_invalid_contact',
		],
		[
			'merged contact',
			phoneCall( { customer: undefined, contact_id: merged.contact.id } ),
			400,
			'storedesk_invalid_contact',
		],
		[
			'cc with a bad address',
			phoneCall( { cc: [ 'not-an-address' ] } ),
			400,
			'rest_invalid_param',
		],
		[
			'cc with 21 addresses',
			phoneCall( {
				cc: Array.from(
					{ length: 21 },
					( _, i ) => `cc${ i }@example.test`
				),
			} ),
			400,
			'rest_invalid_param',
		],
		[
			'missing subject',
			{ ...phoneCall(), subject: undefined },
			400,
			'rest_missing_callback_param',
		],
		[
			'missing channel',
			{ ...phoneCall(), channel: undefined },
			400,
			'rest_missing_callback_param',
		],
		[
			'missing message',
			{ ...phoneCall(), message: undefined },
			400,
			'rest_missing_callback_param',
		],
		[ 'a JSON list', [ phoneCall() ], 400 ],
	];
	await expectNothingWritten( manager, async () => {
		for ( const [ label, body, status, code ] of cases ) {
			await refused(
				manager,
				label,
				() => manager.send( 'POST', '/tickets', body ),
				status,
				code
			);
		}
		await refused(
			manager,
			'malformed JSON',
			() => manager.raw( 'POST', '/tickets', '{"subject": "half' ),
			400,
			'rest_invalid_json'
		);
		await refused(
			manager,
			'trailing comma',
			() => manager.raw( 'POST', '/tickets', '{"subject": "x",}' ),
			400,
			'rest_invalid_json'
		);
	} );
	// The new customers of the refused requests were not created either.
	const contacts = await manager.get( '/contacts', { search: 'Nobody' } );
	expect( await contacts.json() ).toEqual( [] );
} );

test( 'a subject of exactly 255 characters, multibyte or not, is accepted', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	for ( const subject of [ 'x'.repeat( 255 ), 'ü'.repeat( 254 ) + '😀' ] ) {
		const t = await openTicket( manager, { subject } );
		expect( t.subject ).toBe( subject );
		expect(
			( await manager.json< Ticket >( `/tickets/${ t.id }` ) ).subject
		).toBe( subject );
	}
} );

test( 'a ticket can be opened only now: created_at is not writable', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const res = await manager.send(
		'POST',
		'/tickets',
		phoneCall( { created_at: '2001-01-01T00:00:00Z' } )
	);
	// created_at is read-only in the schema: refused or ignored, never stored.
	expect( [ 201, 400 ] ).toContain( res.status() );
	if ( res.status() === 201 ) {
		const t: Ticket = await res.json();
		expect( Date.parse( t.created_at ) ).toBeGreaterThan(
			Date.now() - 60 * 60_000
		);
	}
} );

test( 'PATCH /tickets/{id} refuses bad input and changes nothing', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const ticket = await openTicket( manager, { priority: 'high' } );
	const cases: Array< [ string, unknown, number, string ] > = [
		[ 'unknown status', { status: 'done' }, 400, 'rest_invalid_param' ],
		[
			'unknown status with a valid priority',
			{ status: 'done', priority: 'low' },
			400,
			'rest_invalid_param',
		],
		[
			'unknown tag with a valid priority',
			{ priority: 'low', tags: [ uniq( 'ghost' ) ] },
			400,
			'storedesk_unknown_tag',
		],
		[
			'subject too long',
			{ subject: 's'.repeat( 256 ) },
			400,
			'rest_invalid_param',
		],
		[
			'blank subject',
			{ subject: ' ', priority: 'low' },
			400,
			'storedesk_invalid_subject',
		],
		[ 'priority as a number', { priority: 3 }, 400, 'rest_invalid_param' ],
		[
			'assignee as a list',
			{ assignee: [ 1 ] },
			400,
			'rest_invalid_param',
		],
		[
			'assignee who is no agent',
			{ assignee: 999999999, priority: 'low' },
			400,
			'storedesk_invalid_assignee',
		],
		[
			'missing team',
			{ team: 999999999, priority: 'low' },
			400,
			'storedesk_invalid_team',
		],
		[ 'unread as a word', { unread: 'no' }, 400, 'rest_invalid_param' ],
	];
	for ( const [ label, body, status, code ] of cases ) {
		await refused(
			manager,
			label,
			() => manager.send( 'PATCH', `/tickets/${ ticket.id }`, body ),
			status,
			code
		);
	}
	await refused(
		manager,
		'malformed JSON',
		() => manager.raw( 'PATCH', `/tickets/${ ticket.id }`, '{"priority":' ),
		400,
		'rest_invalid_json'
	);
	const after = await manager.json< Ticket >( `/tickets/${ ticket.id }` );
	expect( after ).toMatchObject( {
		status: 'open',
		priority: 'high',
		subject: ticket.subject,
		assignee: null,
		team: null,
		tags: [],
		message_count: 1,
		updated_at: ticket.updated_at,
	} );
} );

test( 'replies and notes refuse oversize and malformed bodies', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const ticket = await openTicket( manager );
	const path = `/tickets/${ ticket.id }/messages`;
	await expectNothingWritten( manager, async () => {
		await expectError(
			await manager.send( 'POST', path, {
				kind: 'reply',
				body: 'z'.repeat( 256 * KB + 1 ),
			} ),
			[ 400, 413 ]
		);
		await expectError(
			await manager.send( 'POST', path, {
				kind: 'note',
				body: '€'.repeat( 100 * KB ),
				format: 'text',
			} ),
			[ 400, 413 ]
		);
		await expectError(
			await manager.send( 'POST', path, { kind: 'reply', body: 42 } ),
			400,
			'rest_invalid_param'
		);
		await expectError(
			await manager.raw( 'POST', path, '{"kind":"reply","body":"x"' ),
			400,
			'rest_invalid_json'
		);
		await expectError(
			await manager.send( 'POST', path, {
				kind: 'reply',
				body: 'x',
				last_seen_message: -1,
			} ),
			400,
			'rest_invalid_param'
		);
	} );
	const after = await manager.json< Ticket >( `/tickets/${ ticket.id }` );
	expect( after.message_count ).toBe( 1 );
	expect( after.first_response_at ).toBeNull();
	// Exactly 256 KB is fine.
	const fits = await manager.send( 'POST', path, {
		kind: 'note',
		body: 'k'.repeat( 256 * KB ),
		format: 'text',
	} );
	expect( fits.status(), ( await fits.text() ).slice( 0, 200 ) ).toBe( 201 );
} );

test( 'list parameters are validated', async ( { as } ) => {
	const manager = await as( 'e2e_manager' );
	for ( const [ params, code ] of [
		[ { status: 'finished' }, 'rest_invalid_param' ],
		[ { priority: 'critical' }, 'rest_invalid_param' ],
		[ { channel: 'pigeon' }, 'rest_invalid_param' ],
		[ { assignee: 'someone' }, 'rest_invalid_param' ],
		[ { tag: uniq( 'ghost' ) }, 'storedesk_unknown_tag' ],
		[ { per_page: 0 }, 'rest_invalid_param' ],
		[ { per_page: 101 }, 'rest_invalid_param' ],
		[ { page: 0 }, 'rest_invalid_param' ],
		[ { page: 'two' }, 'rest_invalid_param' ],
		[ { orderby: 'subject' }, 'rest_invalid_param' ],
		[ { order: 'sideways' }, 'rest_invalid_param' ],
		[ { updated_since: 'yesterday' }, 'rest_invalid_param' ],
		[ { team: -1 }, 'rest_invalid_param' ],
		[ { contact: 'bob' }, 'rest_invalid_param' ],
		[ { search: 's'.repeat( 201 ) }, 'rest_invalid_param' ],
	] as Array< [ Record< string, string | number >, string ] > ) {
		await expectError( await manager.get( '/tickets', params ), 400, code );
	}
	await expectError(
		await manager.get( '/tickets/1', { with: 'everything' } ),
		[ 400, 404 ]
	);
	await expectError(
		await manager.get( '/contacts', { per_page: 500 } ),
		400,
		'rest_invalid_param'
	);
} );

test( 'missing tickets, contacts, teams and views are 404, and other posts are no tickets', async ( {
	as,
	request,
} ) => {
	const manager = await as( 'e2e_manager' );
	const ticket = await openTicket( manager );
	const missing = 999999999;
	await expectNothingWritten( manager, async () => {
		for ( const [ method, path, data, code ] of [
			[
				'GET',
				`/tickets/${ missing }`,
				undefined,
				'storedesk_ticket_not_found',
			],
			[
				'PATCH',
				`/tickets/${ missing }`,
				{ status: 'closed' },
				'storedesk_ticket_not_found',
			],
			[
				'GET',
				`/tickets/${ missing }/messages`,
				undefined,
				'storedesk_ticket_not_found',
			],
			[
				'POST',
				`/tickets/${ missing }/messages`,
				{ kind: 'note', body: 'x' },
				'storedesk_ticket_not_found',
			],
			[
				'POST',
				'/tickets/batch',
				{ ids: [ ticket.id, missing ], status: 'closed' },
				'storedesk_ticket_not_found',
			],
			[
				'GET',
				`/contacts/${ missing }`,
				undefined,
				'storedesk_contact_not_found',
			],
			[
				'PATCH',
				`/contacts/${ missing }`,
				{ name: 'x' },
				'storedesk_contact_not_found',
			],
			[
				'GET',
				`/contacts/${ missing }/tickets`,
				undefined,
				'storedesk_contact_not_found',
			],
			[
				'POST',
				`/contacts/${ missing }/merge`,
				{ source: ticket.contact.id },
				'storedesk_contact_not_found',
			],
			[
				'PATCH',
				`/teams/${ missing }`,
				{ name: 'x' },
				'storedesk_team_not_found',
			],
			[
				'DELETE',
				`/teams/${ missing }`,
				undefined,
				'storedesk_team_not_found',
			],
			[
				'PUT',
				'/views/00000000-0000-4000-8000-000000000000',
				{ name: 'x' },
				'storedesk_view_not_found',
			],
			[
				'DELETE',
				'/views/00000000-0000-4000-8000-000000000000',
				undefined,
				'storedesk_view_not_found',
			],
		] as Array< [ string, string, unknown, string ] > ) {
			await expectError(
				await manager.send( method, path, data ),
				404,
				code
			);
		}
		// Post 1 exists (the sample post) but is no ticket.
		for ( const path of [ '/tickets/1', '/tickets/1/messages' ] ) {
			await expectError(
				await manager.get( path ),
				404,
				'storedesk_ticket_not_found'
			);
		}
		await expectError(
			await manager.send( 'POST', '/tickets/1/messages', {
				kind: 'note',
				body: 'x',
			} ),
			404,
			'storedesk_ticket_not_found'
		);
	} );
	expect(
		( await manager.json< Ticket >( `/tickets/${ ticket.id }` ) ).status
	).toBe( 'open' );
	// Unknown routes under the namespace are 404 too, for anyone.
	expect( ( await request.get( `${ API }/nothing-here` ) ).status() ).toBe(
		404
	);
} );

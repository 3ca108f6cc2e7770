/**
 * storedesk/v1/tickets over real HTTP: lists with every filter, search and
 * paging headers, a call logged by an agent, the ticket with its thread,
 * field changes with their events, and bulk changes.
 */
import {
	ALL_STATUSES,
	expect,
	expectError,
	ids,
	openTicket,
	test,
	total,
	uniq,
	type Client,
	type Ticket,
} from './helpers';

const me = async ( as: Client ) => ( await as.json( '/me' ) ).id as number;

async function newTag( as: Client ): Promise< string > {
	const tag = await as.ok( 'POST', '/tags', {
		name: `Tag ${ uniq( 'tg' ) }`,
	} );
	return tag.slug;
}

test( 'an agent logs a phone call for a new customer', async ( { as } ) => {
	const agent = await as( 'e2e_agent' );
	const agentId = await me( agent );
	const word = uniq( 'kettle' );
	const digits = String( Date.now() ).slice( -7 );
	const res = await agent.send( 'POST', '/tickets', {
		subject: `Call: ${ word } whistle broken`,
		channel: 'phone',
		priority: 'high',
		assignee: agentId,
		customer: {
			name: 'Ingrid Åsberg',
			phone: `+46 70-${ digits.slice( 0, 3 ) } ${ digits.slice( 3, 5 ) } ${ digits.slice( 5 ) }`,
		},
		message: {
			body: 'Customer called: the kettle whistle fell off on day two.',
			format: 'text',
		},
	} );
	expect( res.status(), await res.text() ).toBe( 201 );
	const ticket: Ticket = await res.json();
	expect( res.headers().location ).toMatch(
		new RegExp( `/storedesk/v1/tickets/${ ticket.id }$` )
	);
	expect( ticket ).toMatchObject( {
		subject: `Call: ${ word } whistle broken`,
		channel: 'phone',
		status: 'open',
		priority: 'high',
		assignee: agentId,
		team: null,
		tags: [],
		message_count: 1,
		unread: true,
		excerpt: 'Customer called: the kettle whistle fell off on day two.',
		first_response_at: null,
		resolved_at: null,
		contact: {
			name: 'Ingrid Åsberg',
			email: null,
			phone: `+4670${ digits }`,
		},
	} );
	expect( ticket.waiting_since ).toBe( ticket.created_at );
	expect( Date.parse( ticket.created_at ) ).toBeGreaterThan(
		Date.now() - 10 * 60_000
	);

	const view = await agent.json< Ticket >( `/tickets/${ ticket.id }`, {
		with: 'messages',
	} );
	expect( view.messages ).toHaveLength( 1 );
	const [ first ] = view.messages!;
	expect( first ).toMatchObject( {
		ticket_id: ticket.id,
		kind: 'customer',
		channel: 'phone',
		format: 'text',
		body: 'Customer called: the kettle whistle fell off on day two.',
		author: {
			type: 'contact',
			id: ticket.contact.id,
			name: 'Ingrid Åsberg',
		},
		meta: { logged_by: agentId },
	} );
	// The customer is one contact, found again by the same number typed differently.
	const again = await openTicket( agent, {
		customer: { name: 'Ingrid', phone: `+46 (70) ${ digits }` },
	} );
	expect( again.contact.id ).toBe( ticket.contact.id );
	// Without ?with the thread is not embedded.
	expect(
		( await agent.json< Ticket >( `/tickets/${ ticket.id }` ) ).messages
	).toBeUndefined();
} );

test( 'a ticket for an existing contact, with tags, team and copies', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const first = await openTicket( manager );
	const tag = await newTag( manager );
	const teams = await manager.json< Array< { id: number } > >( '/teams' );
	const cc = `${ uniq( 'cc' ) }@example.test`;
	const ticket = await manager.ok< Ticket >( 'POST', '/tickets', {
		subject: 'Follow-up on the same parcel',
		channel: 'email',
		contact_id: first.contact.id,
		team: teams[ 0 ].id,
		tags: [ tag ],
		cc: [ cc ],
		status: 'pending',
		message: {
			body: '<p>Forwarded by the customer.</p><script>alert(1)</script>',
		},
	} );
	expect( ticket ).toMatchObject( {
		channel: 'email',
		status: 'pending',
		team: teams[ 0 ].id,
		tags: [ tag ],
		contact: { id: first.contact.id },
		participants: [ { email: cc } ],
	} );
	const [ message ] = (
		await manager.json< Ticket >( `/tickets/${ ticket.id }`, {
			with: 'messages',
		} )
	).messages!;
	expect( message.format ).toBe( 'html' );
	expect( message.body ).toContain( '<p>Forwarded by the customer.</p>' );
	expect( message.body ).not.toContain( '<script' );
	const history = await manager.json< Ticket[] >(
		`/contacts/${ first.contact.id }/tickets`
	);
	expect( ids( history ) ).toEqual( ids( [ first, ticket ] ) );
} );

test( 'list filters: status, channel, priority, tag, team, contact and assignee', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const agent = await as( 'e2e_agent' );
	const agentId = await me( agent );
	const word = uniq( 'filter' );
	const tag = await newTag( manager );
	const teams = await manager.json< Array< { id: number } > >( '/teams' );
	const make = ( extra: Record< string, unknown > ) =>
		openTicket( manager, {
			subject: `Filter ${ word } ${ uniq() }`,
			...extra,
		} );
	const emailHigh = await make( {
		channel: 'email',
		priority: 'high',
		tags: [ tag ],
	} );
	const smsMine = await make( {
		channel: 'sms',
		priority: 'urgent',
		assignee: agentId,
		team: teams[ 0 ].id,
		tags: [ tag ],
	} );
	const chatPending = await make( {
		channel: 'chat',
		priority: 'low',
		status: 'pending',
	} );
	const spam = await make( { channel: 'email', status: 'spam' } );
	const closed = await make( {
		channel: 'whatsapp',
		status: 'closed',
		assignee: agentId,
	} );
	const q = ( params: Record< string, string | number > ) =>
		manager.json< Ticket[] >( '/tickets', {
			search: word,
			per_page: 100,
			...params,
		} );

	// The default leaves spam out.
	expect( ids( await q( {} ) ) ).toEqual(
		ids( [ emailHigh, smsMine, chatPending, closed ] )
	);
	expect( ids( await q( { status: 'spam' } ) ) ).toEqual( ids( [ spam ] ) );
	expect( ids( await q( { status: 'pending,closed' } ) ) ).toEqual(
		ids( [ chatPending, closed ] )
	);
	expect( ids( await q( { status: ALL_STATUSES } ) ) ).toHaveLength( 5 );
	expect( ids( await q( { channel: 'email' } ) ) ).toEqual(
		ids( [ emailHigh ] )
	);
	expect(
		ids( await q( { channel: 'email', status: ALL_STATUSES } ) )
	).toEqual( ids( [ emailHigh, spam ] ) );
	expect( ids( await q( { channel: 'sms,chat' } ) ) ).toEqual(
		ids( [ smsMine, chatPending ] )
	);
	expect( ids( await q( { priority: 'urgent,high' } ) ) ).toEqual(
		ids( [ emailHigh, smsMine ] )
	);
	expect( ids( await q( { team: teams[ 0 ].id } ) ) ).toEqual(
		ids( [ smsMine ] )
	);
	expect( ids( await q( { team: 0 } ) ) ).toEqual(
		ids( [ emailHigh, chatPending, closed ] )
	);
	expect( ids( await q( { contact: smsMine.contact.id } ) ) ).toEqual(
		ids( [ smsMine ] )
	);
	expect( ids( await q( { assignee: agentId } ) ) ).toEqual(
		ids( [ smsMine, closed ] )
	);
	expect( ids( await q( { assignee: 'none' } ) ) ).toEqual(
		ids( [ emailHigh, chatPending ] )
	);
	// "me" is whoever asks.
	expect( ids( await q( { assignee: 'me' } ) ) ).toEqual( [] );
	expect(
		ids(
			await agent.json( '/tickets', {
				search: word,
				assignee: 'me',
				status: ALL_STATUSES,
			} )
		)
	).toEqual( ids( [ smsMine, closed ] ) );
	// Tag filters alone, without a search, and combined.
	const tagged = await manager.get( '/tickets', { tag } );
	expect( ids( await tagged.json() ) ).toEqual(
		ids( [ emailHigh, smsMine ] )
	);
	expect( tagged.headers()[ 'x-wp-total' ] ).toBe( '2' );
	expect(
		ids(
			await q( {
				tag,
				channel: 'sms',
				priority: 'urgent',
				assignee: agentId,
			} )
		)
	).toEqual( ids( [ smsMine ] ) );
	expect( ids( await q( { tag, status: 'pending' } ) ) ).toEqual( [] );
	// The contact filter needs no search either.
	expect(
		ids(
			await manager.json( '/tickets', { contact: emailHigh.contact.id } )
		)
	).toEqual( ids( [ emailHigh ] ) );
} );

test( 'seeded fixtures can be found by their tag and words', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const fixtures = await manager.json< Ticket[] >( '/tickets', {
		tag: 'e2e-fixture',
		status: ALL_STATUSES,
		per_page: 100,
	} );
	expect( fixtures.map( ( t ) => t.status ).sort() ).toEqual( [
		'closed',
		'on-hold',
		'open',
		'open',
		'pending',
		'resolved',
		'spam',
	] );
	const [ velvet ] = await manager.json< Ticket[] >( '/tickets', {
		search: 'velvet armchair',
	} );
	expect( velvet ).toMatchObject( {
		subject: 'Fixture parcel: velvet armchair stuck in depot',
		channel: 'email',
		priority: 'high',
		tags: [ 'e2e-fixture', 'e2e-parcel' ],
		contact: { name: 'Fixture Fiona' },
	} );
} );

test( 'search matches words in the subject, replies and notes; the last word as a prefix', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const a = uniq( 'alpha' );
	const b = uniq( 'bravo' );
	const c = uniq( 'charlie' );
	const ticket = await openTicket( manager, {
		subject: `Lamp ${ a } flickers`,
		message: {
			body: `<p>The ${ b } bulb died. Größenumtausch möglich?</p>`,
		},
	} );
	await manager.ok( 'POST', `/tickets/${ ticket.id }/messages`, {
		kind: 'note',
		body: `Supplier code ${ c }.`,
		format: 'text',
	} );
	const found = async ( search: string ) =>
		ids(
			await manager.json( '/tickets', { search, status: ALL_STATUSES } )
		);
	expect( await found( a ) ).toEqual( [ ticket.id ] );
	expect( await found( b ) ).toEqual( [ ticket.id ] );
	expect( await found( c ) ).toEqual( [ ticket.id ] );
	expect( await found( a.toUpperCase() ) ).toEqual( [ ticket.id ] );
	expect( await found( `${ a } ${ b }` ) ).toEqual( [ ticket.id ] );
	expect( await found( `${ a } ${ b.slice( 0, 7 ) }` ) ).toEqual( [
		ticket.id,
	] );
	expect( await found( `${ a } größenumtausch` ) ).toEqual( [ ticket.id ] );
	// Every word must match; only the last one may be a word's beginning.
	expect( await found( `${ a } ${ uniq( 'nomatch' ) }` ) ).toEqual( [] );
	expect( await found( `${ a.slice( 0, 7 ) } ${ b }` ) ).toEqual( [] );
	// Operators are words, not syntax.
	expect( await found( `+${ a } -${ b }` ) ).toEqual( [ ticket.id ] );
	// Only punctuation: no words, no results, no error.
	const none = await manager.get( '/tickets', { search: '***' } );
	expect( none.status() ).toBe( 200 );
	expect( await none.json() ).toEqual( [] );
} );

test( 'search finds a ticket by its new subject after a rename', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const old = uniq( 'oldname' );
	const renamed = uniq( 'newname' );
	const ticket = await openTicket( manager, { subject: `Parcel ${ old }` } );
	await manager.ok( 'PATCH', `/tickets/${ ticket.id }`, {
		subject: `Parcel ${ renamed }`,
	} );
	expect(
		( await manager.json< Ticket >( `/tickets/${ ticket.id }` ) ).subject
	).toBe( `Parcel ${ renamed }` );
	expect(
		ids( await manager.json( '/tickets', { search: renamed } ) )
	).toEqual( [ ticket.id ] );
} );

test( 'pages carry X-WP-Total and X-WP-TotalPages, sorted as asked', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const word = uniq( 'paging' );
	const made: Ticket[] = [];
	for ( const priority of [ 'low', 'urgent', 'normal', 'high', 'low' ] ) {
		made.push(
			await openTicket( manager, {
				subject: `Paging ${ word } ${ priority }`,
				priority,
			} )
		);
	}
	const pages: number[][] = [];
	for ( const page of [ 1, 2, 3 ] ) {
		const res = await manager.get( '/tickets', {
			search: word,
			per_page: 2,
			page,
			orderby: 'created',
			order: 'asc',
		} );
		expect( res.status() ).toBe( 200 );
		expect( res.headers()[ 'x-wp-total' ] ).toBe( '5' );
		expect( res.headers()[ 'x-wp-totalpages' ] ).toBe( '3' );
		pages.push( ( await res.json() ).map( ( t: Ticket ) => t.id ) );
	}
	expect( pages ).toEqual( [
		[ made[ 0 ].id, made[ 1 ].id ],
		[ made[ 2 ].id, made[ 3 ].id ],
		[ made[ 4 ].id ],
	] );
	const past = await manager.get( '/tickets', {
		search: word,
		per_page: 2,
		page: 4,
	} );
	expect( await past.json() ).toEqual( [] );
	expect( past.headers()[ 'x-wp-total' ] ).toBe( '5' );
	const byPriority = await manager.json< Ticket[] >( '/tickets', {
		search: word,
		orderby: 'priority',
	} );
	expect( byPriority.map( ( t ) => t.priority ) ).toEqual( [
		'urgent',
		'high',
		'normal',
		'low',
		'low',
	] );
	const empty = await manager.get( '/tickets', {
		search: uniq( 'nothing' ),
	} );
	expect( empty.headers()[ 'x-wp-total' ] ).toBe( '0' );
	expect( empty.headers()[ 'x-wp-totalpages' ] ).toBe( '0' );
	// The default page size is 25 and never more than 100.
	const all = await manager.get( '/tickets', { status: ALL_STATUSES } );
	expect( ( await all.json() ).length ).toBe(
		Math.min( 25, Number( all.headers()[ 'x-wp-total' ] ) )
	);
} );

test( 'updated_since returns only tickets changed after the time given', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const word = uniq( 'poll' );
	const a = await openTicket( manager, { subject: `Poll ${ word } a` } );
	const b = await openTicket( manager, { subject: `Poll ${ word } b` } );
	// Index times have one-second resolution.
	await new Promise( ( r ) => setTimeout( r, 1100 ) );
	const changed = await manager.ok< Ticket >( 'PATCH', `/tickets/${ b.id }`, {
		priority: 'high',
	} );
	const since = new Date(
		Date.parse( changed.updated_at ) - 500
	).toISOString();
	expect(
		ids(
			await manager.json( '/tickets', {
				search: word,
				updated_since: since,
			} )
		)
	).toEqual( [ b.id ] );
	expect( ids( await manager.json( '/tickets', { search: word } ) ) ).toEqual(
		ids( [ a, b ] )
	);
} );

test( 'PATCH changes status, priority, assignee, team and tags, each change an event', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const managerId = await me( manager );
	const agent = await as( 'e2e_agent' );
	const agentId = await me( agent );
	const [ tagA, tagB ] = [ await newTag( manager ), await newTag( manager ) ];
	const teams =
		await manager.json< Array< { id: number; name: string } > >( '/teams' );
	const ticket = await openTicket( manager, { tags: [ tagA ] } );

	const changed = await agent.ok< Ticket >(
		'PATCH',
		`/tickets/${ ticket.id }`,
		{
			status: 'on-hold',
			priority: 'urgent',
			assignee: agentId,
			team: teams[ 0 ].id,
			tags: [ tagA, tagB ],
		}
	);
	expect( changed ).toMatchObject( {
		id: ticket.id,
		status: 'on-hold',
		priority: 'urgent',
		assignee: agentId,
		team: teams[ 0 ].id,
		subject: ticket.subject,
		channel: 'phone',
	} );
	expect( changed.tags.sort() ).toEqual( [ tagA, tagB ].sort() );
	expect( Date.parse( changed.updated_at ) ).toBeGreaterThanOrEqual(
		Date.parse( ticket.updated_at )
	);

	const thread = (
		await agent.json< Ticket >( `/tickets/${ ticket.id }`, {
			with: 'messages',
		} )
	).messages!;
	const events = thread.filter( ( m ) => m.kind === 'event' );
	expect( events.map( ( m ) => m.meta ) ).toEqual(
		expect.arrayContaining( [
			{ field: 'status', from: 'open', to: 'on-hold' },
			{ field: 'priority', from: 'normal', to: 'urgent' },
			{ field: 'assignee', from: 0, to: agentId },
			{ field: 'team', from: 0, to: teams[ 0 ].id },
		] )
	);
	expect( events ).toHaveLength( 4 );
	for ( const e of events ) {
		expect( e.author ).toMatchObject( {
			type: 'agent',
			id: agentId,
			name: 'Alex Agent',
		} );
	}
	expect( events.find( ( e ) => e.meta.field === 'team' )!.body ).toContain(
		teams[ 0 ].name
	);
	// Events do not count as activity.
	expect( changed.last_activity_at ).toBe( ticket.last_activity_at );

	// Unassign, remove the team and one tag, resolve.
	const resolved = await manager.ok< Ticket >(
		'PATCH',
		`/tickets/${ ticket.id }`,
		{
			assignee: null,
			team: null,
			tags: [ tagB ],
			status: 'resolved',
		}
	);
	expect( resolved ).toMatchObject( {
		assignee: null,
		team: null,
		tags: [ tagB ],
		status: 'resolved',
	} );
	expect( resolved.resolved_at ).not.toBeNull();
	expect( resolved.waiting_since ).toBeNull();
	const after = (
		await manager.json< Ticket >( `/tickets/${ ticket.id }`, {
			with: 'messages',
		} )
	).messages!;
	expect(
		after
			.filter( ( m ) => m.kind === 'event' )
			.slice( -3 )
			.map( ( m ) => m.meta.field )
			.sort()
	).toEqual( [ 'assignee', 'status', 'team' ] );
	expect(
		after.filter( ( m ) => m.kind === 'event' ).slice( -1 )[ 0 ].author.id
	).toBe( managerId );

	// Reopening clears the resolution time; the same value twice adds no event.
	const reopened = await manager.ok< Ticket >(
		'PATCH',
		`/tickets/${ ticket.id }`,
		{ status: 'open' }
	);
	expect( reopened.resolved_at ).toBeNull();
	await manager.ok( 'PATCH', `/tickets/${ ticket.id }`, {
		status: 'open',
		priority: 'urgent',
	} );
	expect(
		( await manager.json< Ticket >( `/tickets/${ ticket.id }` ) )
			.message_count
	).toBe( reopened.message_count );
	// Read state and subject.
	const read = await manager.ok< Ticket >(
		'PATCH',
		`/tickets/${ ticket.id }`,
		{
			unread: false,
			subject: '  Renamed by the manager  ',
		}
	);
	expect( read.unread ).toBe( false );
	expect( read.subject ).toBe( 'Renamed by the manager' );
} );

test( 'PATCH sends only what was sent: other fields keep their values', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const agentId = await me( await as( 'e2e_agent' ) );
	const tag = await newTag( manager );
	const ticket = await openTicket( manager, {
		assignee: agentId,
		tags: [ tag ],
		priority: 'high',
	} );
	const changed = await manager.ok< Ticket >(
		'PATCH',
		`/tickets/${ ticket.id }`,
		{ status: 'pending' }
	);
	expect( changed ).toMatchObject( {
		status: 'pending',
		assignee: agentId,
		tags: [ tag ],
		priority: 'high',
	} );
} );

test( 'a ticket cannot move to another channel by PATCH', async ( { as } ) => {
	const manager = await as( 'e2e_manager' );
	const ticket = await openTicket( manager );
	const res = await manager.send( 'PATCH', `/tickets/${ ticket.id }`, {
		channel: 'sms',
	} );
	// The route leaves channel out of its arguments: refused or ignored, never applied.
	expect( [ 200, 400 ] ).toContain( res.status() );
	expect(
		( await manager.json< Ticket >( `/tickets/${ ticket.id }` ) ).channel
	).toBe( 'phone' );
} );

test( 'batch changes apply to every ticket, all or none', async ( { as } ) => {
	const manager = await as( 'e2e_manager' );
	const agentId = await me( await as( 'e2e_agent' ) );
	const word = uniq( 'bulk' );
	const [ keep, drop ] = [ await newTag( manager ), await newTag( manager ) ];
	const made: Ticket[] = [];
	for ( let i = 0; i < 3; i++ ) {
		made.push(
			await openTicket( manager, {
				subject: `Bulk ${ word } ${ i }`,
				tags: [ drop ],
			} )
		);
	}
	const res = await manager.send( 'POST', '/tickets/batch', {
		ids: made.map( ( t ) => t.id ),
		status: 'resolved',
		priority: 'low',
		assignee: agentId,
		unread: false,
		add_tags: [ keep ],
		remove_tags: [ drop ],
	} );
	expect( res.status(), await res.text() ).toBe( 200 );
	const changed: Ticket[] = await res.json();
	expect( ids( changed ) ).toEqual( ids( made ) );
	for ( const t of changed ) {
		expect( t ).toMatchObject( {
			status: 'resolved',
			priority: 'low',
			assignee: agentId,
			unread: false,
			tags: [ keep ],
		} );
	}
	expect(
		await total( manager, {
			search: word,
			status: 'resolved',
			assignee: agentId,
			tag: keep,
		} )
	).toBe( 3 );
	for ( const t of made ) {
		const events = (
			await manager.json< Ticket >( `/tickets/${ t.id }`, {
				with: 'messages',
			} )
		).messages!.filter( ( m ) => m.kind === 'event' );
		expect( events.map( ( e ) => e.meta.field ).sort() ).toEqual( [
			'assignee',
			'priority',
			'status',
		] );
	}

	// One missing ticket: nothing changes anywhere.
	const refused = await manager.send( 'POST', '/tickets/batch', {
		ids: [ made[ 0 ].id, 999999999 ],
		status: 'closed',
	} );
	await expectError( refused, 404, 'storedesk_ticket_not_found' );
	const body = await refused.json();
	expect( body.data ).toEqual( { status: 404, ticket_id: 999999999 } );
	expect( body ).not.toHaveProperty( 'additional_data' );
	// One unknown tag: nothing changes either.
	await expectError(
		await manager.send( 'POST', '/tickets/batch', {
			ids: made.map( ( t ) => t.id ),
			status: 'closed',
			add_tags: [ uniq( 'ghost' ) ],
		} ),
		400,
		'storedesk_unknown_tag'
	);
	expect( await total( manager, { search: word, status: 'resolved' } ) ).toBe(
		3
	);

	await expectError(
		await manager.send( 'POST', '/tickets/batch', {
			ids: [ made[ 0 ].id ],
		} ),
		400,
		'storedesk_nothing_to_change'
	);
	await expectError(
		await manager.send( 'POST', '/tickets/batch', {
			ids: [],
			status: 'open',
		} ),
		400,
		'rest_invalid_param'
	);
	await expectError(
		await manager.send( 'POST', '/tickets/batch', {
			ids: [ made[ 0 ].id, made[ 0 ].id ],
			status: 'open',
		} ),
		400,
		'rest_invalid_param'
	);
	await expectError(
		await manager.send( 'POST', '/tickets/batch', {
			ids: Array.from( { length: 101 }, ( _, i ) => i + 1 ),
			status: 'open',
		} ),
		400,
		'rest_invalid_param'
	);
	expect( await total( manager, { search: word, status: 'resolved' } ) ).toBe(
		3
	);
} );

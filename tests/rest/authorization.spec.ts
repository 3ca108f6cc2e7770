/**
 * Who reaches what, over real HTTP with real logins: visitors get 401 and
 * subscribers 403 on every storedesk/v1 route, a login cookie without its
 * nonce counts as a visitor, and an agent limited to their own tickets
 * neither reads nor lists another agent's.
 */
import {
	API,
	expect,
	expectError,
	expectNothingWritten,
	ids,
	openTicket,
	test,
	total,
	type Client,
	type Ticket,
	uniq,
} from './helpers';

type Call = { method: string; path: string; data?: unknown };

const VIEW = '00000000-0000-4000-8000-000000000000';
const MAILBOX = 'mb_00000000';

/**
 * Whether the site runs WooCommerce, whose order routes exist only then
 * (STOREDESK_E2E_WOOCOMMERCE, as tests/e2e/fixtures.ts reads it).
 */
const WOOCOMMERCE = process.env.STOREDESK_E2E_WOOCOMMERCE !== '0';

/**
 * The order actions of a ticket. Any order id does: the ticket and the
 * capability are checked before the order is looked up.
 *
 * @param ticket An existing ticket.
 * @param order  An order id.
 */
function orderRoutes( ticket: number, order: number ): Call[] {
	const base = `/tickets/${ ticket }/orders/${ order }`;
	return [
		{
			method: 'POST',
			path: `${ base }/notes`,
			data: { note: 'Never stored' },
		},
		{
			method: 'POST',
			path: `${ base }/status`,
			data: { status: 'completed' },
		},
		{ method: 'POST', path: `${ base }/refunds`, data: { amount: 1 } },
		{ method: 'GET', path: `${ base }/emails` },
		{
			method: 'POST',
			path: `${ base }/emails`,
			data: { email: 'customer_invoice' },
		},
	];
}

/**
 * One request per route and method, with a body valid enough that only
 * authorization can refuse it (WordPress validates arguments first).
 *
 * @param ticket  An existing ticket.
 * @param contact An existing contact.
 * @param team    An existing team.
 */
function everyRoute( ticket: number, contact: number, team: number ): Call[] {
	return [
		{ method: 'GET', path: '/tickets' },
		{
			method: 'POST',
			path: '/tickets',
			data: {
				subject: 'Should never be stored',
				channel: 'phone',
				customer: { email: 'never-stored@example.test' },
				message: { body: 'x' },
			},
		},
		{ method: 'GET', path: `/tickets/${ ticket }` },
		{
			method: 'PATCH',
			path: `/tickets/${ ticket }`,
			data: { priority: 'low' },
		},
		{
			method: 'POST',
			path: '/tickets/batch',
			data: { ids: [ ticket ], priority: 'low' },
		},
		{ method: 'GET', path: `/tickets/${ ticket }/messages` },
		{
			method: 'POST',
			path: `/tickets/${ ticket }/messages`,
			data: { kind: 'note', body: 'x' },
		},
		{ method: 'GET', path: `/tickets/${ ticket }/presence` },
		{
			method: 'POST',
			path: `/tickets/${ ticket }/presence`,
			data: { state: 'viewing' },
		},
		{ method: 'GET', path: '/contacts' },
		{ method: 'GET', path: `/contacts/${ contact }` },
		{
			method: 'PATCH',
			path: `/contacts/${ contact }`,
			data: { name: 'x' },
		},
		{ method: 'GET', path: `/contacts/${ contact }/tickets` },
		{
			method: 'POST',
			path: `/contacts/${ contact }/merge`,
			data: { source: contact },
		},
		{ method: 'DELETE', path: `/contacts/${ contact }/links` },
		{ method: 'GET', path: '/agents' },
		{ method: 'GET', path: '/me' },
		{ method: 'PATCH', path: '/me', data: { inbox_view: 'open' } },
		{ method: 'GET', path: '/teams' },
		{ method: 'POST', path: '/teams', data: { name: 'Never stored' } },
		{ method: 'PATCH', path: `/teams/${ team }`, data: { name: 'x' } },
		{ method: 'DELETE', path: `/teams/${ team }` },
		{ method: 'GET', path: '/tags' },
		{ method: 'POST', path: '/tags', data: { name: 'Never stored' } },
		{ method: 'GET', path: '/settings' },
		{ method: 'PATCH', path: '/settings', data: { agent_scope: 'own' } },
		{ method: 'GET', path: '/views' },
		{ method: 'POST', path: '/views', data: { name: 'Never stored' } },
		{ method: 'PATCH', path: `/views/${ VIEW }`, data: { name: 'x' } },
		{ method: 'DELETE', path: `/views/${ VIEW }` },
		{
			method: 'POST',
			path: '/attachments',
			data: { ticket_id: ticket },
		},
		{ method: 'GET', path: `/attachments/${ ticket }` },
		{ method: 'GET', path: '/me/notifications' },
		{
			method: 'PATCH',
			path: '/me/notifications',
			data: { mention: false },
		},
		{ method: 'GET', path: '/email-templates' },
		{
			method: 'POST',
			path: '/email-templates/customer-reply/preview',
			data: { subject: 'Never sent' },
		},
		{ method: 'GET', path: '/jobs/failed' },
		{ method: 'POST', path: `/jobs/failed/${ ticket }/retry` },
		{ method: 'GET', path: '/channels' },
		{ method: 'GET', path: '/deliveries' },
		{ method: 'POST', path: `/deliveries/${ ticket }/retry` },
		{
			method: 'POST',
			path: '/calls',
			data: { number: '+44 7700 900999', notes: 'Never stored' },
		},
		{
			method: 'DELETE',
			path: `/tickets/${ ticket }/participants/${ contact }`,
		},
		{ method: 'GET', path: '/reports/help' },
		{ method: 'GET', path: '/mailboxes' },
		{
			method: 'POST',
			path: '/mailboxes',
			data: { address: 'never-stored@shop.test' },
		},
		{
			method: 'POST',
			path: '/mailboxes/test',
			data: { address: 'never-stored@shop.test' },
		},
		{
			method: 'PATCH',
			path: `/mailboxes/${ MAILBOX }`,
			data: { address: 'never-stored@shop.test' },
		},
		{ method: 'DELETE', path: `/mailboxes/${ MAILBOX }` },
		{ method: 'POST', path: `/mailboxes/${ MAILBOX }/fetch` },
		{ method: 'POST', path: `/mailboxes/${ MAILBOX }/inbound-key` },
		...( WOOCOMMERCE
			? [
					{ method: 'GET', path: `/tickets/${ ticket }/customer` },
					{ method: 'GET', path: '/orders?search=1' },
					...orderRoutes( ticket, ticket ),
				]
			: [] ),
	];
}

/**
 * Routes anyone may call because the caller proves itself another way: a
 * channel's webhook checks its provider's signature.
 */
const SIGNED_ROUTES = [
	'POST /channels/(?P<slug>[a-z0-9_-]+)/webhook',
	'POST /channels/email/inbound/(?P<provider>postmark|mailgun|sendgrid|ses)(?:/mime)?',
];

/**
 * What every route of storedesk/v1 answers for a client.
 * @param as    A logged-in client.
 * @param calls Requests to send.
 */
async function statuses( as: Client, calls: Call[] ) {
	const out: Record< string, number > = {};
	for ( const c of calls ) {
		const res = await as.send( c.method, c.path, c.data );
		out[ `${ c.method } ${ c.path }` ] = res.status();
	}
	return out;
}

async function fixtures( manager: Client ) {
	const ticket = await openTicket( manager );
	const teams = await manager.json< Array< { id: number } > >( '/teams' );
	expect( teams.length ).toBeGreaterThan( 0 );
	return { ticket, team: teams[ 0 ].id };
}

test( 'the route table below covers every route storedesk/v1 registers', async ( {
	request,
} ) => {
	const index = await ( await request.get( `${ API }` ) ).json();
	const registered: string[] = [];
	for ( const [ route, spec ] of Object.entries< any >( index.routes ) ) {
		if ( route === '/storedesk/v1' ) {
			continue;
		}
		for ( const endpoint of spec.endpoints ) {
			// PUT and POST are PATCH's aliases on editable routes.
			const methods = endpoint.methods.includes( 'PATCH' )
				? [ 'PATCH' ]
				: endpoint.methods;
			for ( const m of methods ) {
				registered.push(
					`${ m } ${ route.replace( '/storedesk/v1', '' ) }`
				);
			}
		}
	}
	const covered = everyRoute( 1, 1, 1 ).map(
		( c ) =>
			`${ c.method } ${ c.path
				// A query string (GET /orders?search=) is no part of the route.
				.replace( /\?search=.*$/, '' )
				.replace(
					/^\/tickets\/1\/(messages|presence)/,
					'/tickets/(?P<ticket_id>\\d+)/$1'
				)
				.replace(
					/\/(tickets|contacts|teams|attachments|deliveries|jobs\/failed)\/1(?=\/|$)/,
					'/$1/(?P<id>\\d+)'
				)
				.replace( VIEW, '(?P<id>[a-f0-9-]{36})' )
				.replace( MAILBOX, '(?P<id>mb_[a-f0-9]{8})' )
				.replace(
					/^\/tickets\/\(\?P<id>\\d\+\)\/participants\/1$/,
					'/tickets/(?P<id>\\d+)/participants/(?P<contact_id>\\d+)'
				)
				.replace(
					/\/email-templates\/[a-z-]+\//,
					'/email-templates/(?P<type>[a-z-]+)/'
				)
				.replace( /\/orders\/1\//, '/orders/(?P<order_id>\\d+)/' ) }`
	);
	expect( [ ...covered, ...SIGNED_ROUTES ].sort() ).toEqual(
		registered.sort()
	);
} );

test( 'a channel webhook takes nothing without the provider signature', async ( {
	anon,
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	await expectNothingWritten( manager, async () => {
		// Email takes raw mail only with its key (none is set here); the other
		// built-in channels take no webhooks; an unknown channel has none.
		for ( const slug of [ 'email', 'form', 'phone', 'whatsapp', 'nope' ] ) {
			const res = await anon.send(
				'POST',
				`/channels/${ slug }/webhook`,
				{
					messages: [ { from: 'x', text: 'Forged' } ],
				}
			);
			expect( res.status(), slug ).toBe( 404 );
		}
		// Mail providers: none is set up here (no key, no Mailgun key, no SNS topic).
		for ( const provider of [
			'postmark',
			'sendgrid',
			'mailgun/mime',
			'ses',
		] ) {
			const res = await anon.send(
				'POST',
				`/channels/email/inbound/${ provider }?key=guess`,
				{ From: 'x@example.test', TextBody: 'Forged' }
			);
			expect( res.status(), provider ).toBe( 404 );
		}
	} );
} );

test( 'visitors get 401 on every route and nothing is written', async ( {
	anon,
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const { ticket, team } = await fixtures( manager );
	const calls = everyRoute( ticket.id, ticket.contact.id, team );
	await expectNothingWritten( manager, async () => {
		const got = await statuses( anon, calls );
		expect( got ).toEqual(
			Object.fromEntries( Object.keys( got ).map( ( k ) => [ k, 401 ] ) )
		);
	} );
	const after = await manager.json< Ticket >( `/tickets/${ ticket.id }` );
	expect( after.priority ).toBe( ticket.priority );
	expect( after.message_count ).toBe( ticket.message_count );
	expect( ( await manager.json( '/settings' ) ).agent_scope ).toBe( 'all' );
} );

test( 'a logged-in subscriber gets 403 on every route and nothing is written', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const subscriber = await as( 'e2e_subscriber' );
	const { ticket, team } = await fixtures( manager );
	const calls = everyRoute( ticket.id, ticket.contact.id, team );
	await expectNothingWritten( manager, async () => {
		const got = await statuses( subscriber, calls );
		expect( got ).toEqual(
			Object.fromEntries( Object.keys( got ).map( ( k ) => [ k, 403 ] ) )
		);
	} );
	const teams =
		await manager.json< Array< { id: number; name: string } > >( '/teams' );
	expect( teams.map( ( t ) => t.id ) ).toContain( team );
	expect( teams.map( ( t ) => t.name ) ).not.toContain( 'Never stored' );
} );

test( 'a login cookie without the nonce is anonymous; a wrong nonce is refused', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	// Same cookie jar, no X-WP-Nonce header: WordPress drops the user (CSRF protection).
	for ( const path of [ '/me', '/tickets', '/settings' ] ) {
		const res = await manager.ctx.get( API + path );
		await expectError( res, 401, 'storedesk_forbidden' );
	}
	await expectNothingWritten( manager, async () => {
		const res = await manager.ctx.post( API + '/tickets', {
			data: {
				subject: 'Cookie only',
				channel: 'phone',
				customer: { email: 'cookie-only@example.test' },
				message: { body: 'x' },
			},
		} );
		await expectError( res, 401 );
	} );
	const wrong = await manager.ctx.get( API + '/me', {
		headers: { 'X-WP-Nonce': '0123456789' },
	} );
	await expectError( wrong, 403, 'rest_cookie_invalid_nonce' );
	// The nonce is tied to the session: another user's nonce does not work.
	const agent = await as( 'e2e_agent' );
	const foreign = await manager.ctx.get( API + '/me', {
		headers: { 'X-WP-Nonce': agent.nonce },
	} );
	await expectError( foreign, 403, 'rest_cookie_invalid_nonce' );
	// With cookie and nonce the same request works.
	const me = await manager.json( '/me' );
	expect( me.email ).toBe( 'e2e_manager@example.test' );
} );

test( 'a wrong password gets no session and no nonce', async ( {
	playwright,
	baseURL,
} ) => {
	const ctx = await playwright.request.newContext( { baseURL } );
	await ctx.get( '/wp-login.php' );
	const res = await ctx.post( '/wp-login.php', {
		form: { log: 'e2e_agent', pwd: 'not-the-password', testcookie: '1' },
		maxRedirects: 0,
	} );
	expect( res.status() ).toBe( 200 );
	expect( await res.text() ).toContain( 'login_error' );
	const nonce = await ctx.get( '/wp-admin/admin-ajax.php?action=rest-nonce' );
	expect( nonce.status() ).toBe( 400 );
	expect( ( await nonce.text() ).trim() ).toBe( '0' );
	await ctx.dispose();
} );

test( 'agents cannot reach manager-only routes', async ( { as } ) => {
	const agent = await as( 'e2e_agent' );
	const manager = await as( 'e2e_manager' );
	const a = await openTicket( manager );
	const b = await openTicket( manager );
	const teams = await manager.json< Array< { id: number } > >( '/teams' );
	await expectNothingWritten( manager, async () => {
		await expectError( await agent.get( '/settings' ), 403 );
		await expectError( await agent.get( '/reports/help' ), 403 );
		await expectError(
			await agent.send( 'PATCH', '/settings', { agent_scope: 'own' } ),
			403
		);
		await expectError(
			await agent.send( 'POST', '/teams', { name: 'Agents cannot' } ),
			403
		);
		await expectError(
			await agent.send( 'PATCH', `/teams/${ teams[ 0 ].id }`, {
				name: 'x',
			} ),
			403
		);
		await expectError(
			await agent.send( 'DELETE', `/teams/${ teams[ 0 ].id }` ),
			403
		);
		await expectError(
			await agent.send( 'POST', `/contacts/${ a.contact.id }/merge`, {
				source: b.contact.id,
			} ),
			403
		);
		// Email texts and the failed jobs are the managers'.
		await expectError( await agent.get( '/email-templates' ), 403 );
		await expectError(
			await agent.send(
				'POST',
				'/email-templates/customer-reply/preview',
				{ subject: 'x' }
			),
			403
		);
		await expectError( await agent.get( '/jobs/failed' ), 403 );
		await expectError(
			await agent.send( 'POST', '/jobs/failed/1/retry' ),
			403
		);
		await expectError( await agent.get( '/deliveries' ), 403 );
	} );
	// Every agent has notification switches of their own.
	expect( ( await agent.get( '/me/notifications' ) ).status() ).toBe( 200 );
	// The contacts were not merged.
	expect(
		( await manager.get( `/contacts/${ b.contact.id }` ) ).status()
	).toBe( 200 );
	expect( ( await manager.json( '/settings' ) ).agent_scope ).toBe( 'all' );
} );

test.describe( 'agent_scope "own"', () => {
	/**
	 * Sets the store to "own" for the callback, and back to "all" after it,
	 * whatever happens.
	 * @param manager The manager who changes the setting.
	 * @param work    What runs under "own".
	 */
	async function withOwnScope(
		manager: Client,
		work: () => Promise< void >
	) {
		const set = await manager.send( 'PATCH', '/settings', {
			agent_scope: 'own',
		} );
		expect( set.status() ).toBe( 200 );
		expect( ( await set.json() ).agent_scope ).toBe( 'own' );
		try {
			await work();
		} finally {
			const back = await manager.send( 'PATCH', '/settings', {
				agent_scope: 'all',
			} );
			expect( back.status() ).toBe( 200 );
		}
	}

	test( "an agent neither reads, changes nor lists another agent's ticket", async ( {
		as,
	} ) => {
		const manager = await as( 'e2e_manager' );
		const alex = await as( 'e2e_agent' );
		const bo = await as( 'e2e_agent2' );
		const alexId = ( await alex.json( '/me' ) ).id;
		const boId = ( await bo.json( '/me' ) ).id;
		const word = uniq( 'walrus' );
		const customer = ( who: string ) => ( {
			name: `${ word } ${ who }`,
			email: `${ word }.${ who.toLowerCase() }@example.test`,
		} );
		const foreign = await openTicket( manager, {
			assignee: boId,
			subject: `Confidential ${ word } matter`,
			customer: customer( 'Foreign' ),
		} );
		const own = await openTicket( manager, {
			assignee: alexId,
			subject: `Own ${ word } matter`,
			customer: customer( 'Own' ),
		} );
		const open = await openTicket( manager, {
			subject: `Unassigned ${ word } matter`,
			customer: customer( 'Open' ),
		} );

		// Under "all", Alex sees all three.
		expect(
			ids( await alex.json( '/tickets', { search: word } ) )
		).toEqual( ids( [ foreign, own, open ] ) );
		expect(
			( await alex.json( '/me' ) ).capabilities.storedesk_view_all_tickets
		).toBe( true );

		await withOwnScope( manager, async () => {
			const me = await alex.json( '/me' );
			expect( me.agent_scope ).toBe( 'own' );
			expect( me.capabilities.storedesk_view_all_tickets ).toBe( false );

			for ( const path of [
				`/tickets/${ foreign.id }`,
				`/tickets/${ foreign.id }/messages`,
				`/tickets/${ foreign.id }/presence`,
			] ) {
				await expectError( await alex.get( path ), [ 403, 404 ] );
			}
			await expectNothingWritten( manager, async () => {
				await expectError(
					await alex.send( 'PATCH', `/tickets/${ foreign.id }`, {
						assignee: alexId,
					} ),
					[ 403, 404 ]
				);
				await expectError(
					await alex.send(
						'POST',
						`/tickets/${ foreign.id }/messages`,
						{
							kind: 'reply',
							body: 'Sneaky reply',
						}
					),
					[ 403, 404 ]
				);
				// A batch with one foreign ticket changes none of them.
				await expectError(
					await alex.send( 'POST', '/tickets/batch', {
						ids: [ own.id, foreign.id ],
						priority: 'urgent',
					} ),
					[ 403, 404 ]
				);
			} );
			await expectError(
				await alex.get( `/contacts/${ foreign.contact.id }` ),
				404
			);
			await expectError(
				await alex.get( `/contacts/${ foreign.contact.id }/tickets` ),
				404
			);

			// Lists, searches and totals leave the foreign ticket out.
			const listed = await alex.get( '/tickets', { search: word } );
			expect( ids( await listed.json() ) ).toEqual(
				ids( [ own, open ] )
			);
			expect( listed.headers()[ 'x-wp-total' ] ).toBe( '2' );
			expect(
				await total( alex, { search: word, assignee: boId } )
			).toBe( 0 );
			const contacts = await alex.get( '/contacts', { search: word } );
			expect( ids( await contacts.json() ) ).toEqual(
				ids( [ own.contact, open.contact ] )
			);
			expect( contacts.headers()[ 'x-wp-total' ] ).toBe( '2' );

			// Own and unassigned tickets still work.
			expect(
				( await alex.get( `/tickets/${ own.id }` ) ).status()
			).toBe( 200 );
			expect(
				( await alex.get( `/tickets/${ open.id }` ) ).status()
			).toBe( 200 );

			// Bo and the manager still see it.
			expect(
				( await bo.get( `/tickets/${ foreign.id }` ) ).status()
			).toBe( 200 );
			expect(
				ids( await manager.json( '/tickets', { search: word } ) )
			).toEqual( ids( [ foreign, own, open ] ) );
		} );

		const untouched = await manager.json< Ticket >(
			`/tickets/${ foreign.id }`
		);
		expect( untouched.assignee ).toBe( boId );
		expect( untouched.message_count ).toBe( foreign.message_count );
		expect(
			( await manager.json< Ticket >( `/tickets/${ own.id }` ) ).priority
		).toBe( 'normal' );
		// Back to "all": Alex sees Bo's ticket again.
		expect(
			( await alex.get( `/tickets/${ foreign.id }` ) ).status()
		).toBe( 200 );
	} );

	test( 'an agent who hands a ticket to a colleague loses sight of it', async ( {
		as,
	} ) => {
		const manager = await as( 'e2e_manager' );
		const alex = await as( 'e2e_agent' );
		const boId = ( await ( await as( 'e2e_agent2' ) ).json( '/me' ) ).id;
		const ticket = await openTicket( manager );
		await withOwnScope( manager, async () => {
			const handed = await alex.ok< Ticket >(
				'PATCH',
				`/tickets/${ ticket.id }`,
				{
					assignee: boId,
				}
			);
			expect( handed.assignee ).toBe( boId );
			await expectError(
				await alex.get( `/tickets/${ ticket.id }` ),
				[ 403, 404 ]
			);
		} );
	} );
} );

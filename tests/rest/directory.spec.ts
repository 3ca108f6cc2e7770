/**
 * The people and setup of the desk over real HTTP: agents, me, teams,
 * tags, settings, saved views and presence.
 */
import {
	expect,
	expectError,
	openTicket,
	test,
	uniq,
	type Ticket,
} from './helpers';

type Agent = {
	id: number;
	name: string;
	email: string;
	roles: string[];
	teams: number[];
};
type Team = {
	id: number;
	name: string;
	description: string;
	members: number[];
};
type Tag = { id: number; slug: string; name: string; count: number };

test( 'agents lists everyone with helpdesk access, and me describes the caller', async ( {
	as,
} ) => {
	const agent = await as( 'e2e_agent' );
	const list = await agent.json< Agent[] >( '/agents' );
	const byEmail = Object.fromEntries( list.map( ( a ) => [ a.email, a ] ) );
	expect( byEmail[ 'e2e_agent@example.test' ] ).toMatchObject( {
		name: 'Alex Agent',
		roles: [ 'storedesk_agent' ],
	} );
	expect( byEmail[ 'e2e_agent2@example.test' ] ).toMatchObject( {
		name: 'Bo Agent',
	} );
	expect( byEmail[ 'e2e_manager@example.test' ] ).toMatchObject( {
		roles: [ 'storedesk_manager' ],
	} );
	expect( byEmail[ 'e2e_subscriber@example.test' ] ).toBeUndefined();
	// Sorted by name.
	const names = list.map( ( a ) => a.name );
	expect( names ).toEqual(
		[ ...names ].sort( ( a, b ) => a.localeCompare( b ) )
	);

	const me = await agent.json( '/me' );
	expect( me ).toMatchObject( {
		id: byEmail[ 'e2e_agent@example.test' ].id,
		name: 'Alex Agent',
		roles: [ 'storedesk_agent' ],
		agent_scope: 'all',
		capabilities: {
			storedesk_access: true,
			storedesk_edit_tickets: true,
			storedesk_edit_contacts: true,
			storedesk_view_all_tickets: true,
			storedesk_merge_contacts: false,
			storedesk_manage_settings: false,
			storedesk_view_reports: false,
		},
	} );
	expect( typeof me.woocommerce ).toBe( 'boolean' );
	expect( me.teams ).toEqual( byEmail[ 'e2e_agent@example.test' ].teams );
	const manager = await ( await as( 'e2e_manager' ) ).json( '/me' );
	expect( Object.values( manager.capabilities ).every( Boolean ) ).toBe(
		true
	);
} );

test( 'managers create, change and delete teams; tickets keep going without them', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const agent = await as( 'e2e_agent' );
	const agentId = ( await agent.json( '/me' ) ).id;
	const name = `Night shift ${ uniq() }`;
	const created = await manager.send( 'POST', '/teams', {
		name,
		description: 'Orders after 22:00',
		members: [ agentId ],
	} );
	expect( created.status(), await created.text() ).toBe( 201 );
	const team: Team = await created.json();
	expect( team ).toMatchObject( {
		name,
		description: 'Orders after 22:00',
		members: [ agentId ],
	} );
	expect(
		( await agent.json< Team[] >( '/teams' ) ).find(
			( t ) => t.id === team.id
		)
	).toEqual( team );
	expect( ( await agent.json( '/me' ) ).teams ).toContain( team.id );

	const renamed = await manager.ok< Team >( 'PATCH', `/teams/${ team.id }`, {
		name: `${ name } (EU)`,
	} );
	expect( renamed ).toMatchObject( {
		name: `${ name } (EU)`,
		members: [ agentId ],
		description: 'Orders after 22:00',
	} );
	const emptied = await manager.ok< Team >( 'PATCH', `/teams/${ team.id }`, {
		members: [],
	} );
	expect( emptied.members ).toEqual( [] );

	const ticket = await openTicket( manager, { team: team.id } );
	expect( ticket.team ).toBe( team.id );
	const deleted = await manager.send( 'DELETE', `/teams/${ team.id }` );
	expect( deleted.status() ).toBe( 200 );
	expect( await deleted.json() ).toMatchObject( {
		deleted: true,
		previous: { id: team.id },
	} );
	expect(
		( await manager.json< Team[] >( '/teams' ) ).map( ( t ) => t.id )
	).not.toContain( team.id );
	const after = await manager.json< Ticket >( `/tickets/${ ticket.id }` );
	expect( after.team ).toBeNull();
	expect( after.status ).toBe( 'open' );
	await expectError(
		await manager.send( 'DELETE', `/teams/${ team.id }` ),
		404,
		'storedesk_team_not_found'
	);
	await expectError(
		await manager.send( 'PATCH', `/teams/${ team.id }`, { name: 'x' } ),
		404,
		'storedesk_team_not_found'
	);
	await expectError(
		await manager.send( 'POST', '/tickets', {
			subject: 'x',
			channel: 'phone',
			team: team.id,
			customer: { email: 'x@example.test' },
			message: { body: 'x' },
		} ),
		400,
		'storedesk_invalid_team'
	);
} );

test( 'team input is validated: members must be agents, names 1 to 191 characters', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const before = await manager.json< Team[] >( '/teams' );
	for ( const [ data, code ] of [
		[ { name: '' }, 'rest_invalid_param' ],
		[ { name: 'x'.repeat( 192 ) }, 'rest_invalid_param' ],
		[ { description: 'No name' }, 'rest_missing_callback_param' ],
		[
			{ name: 'Bad members', members: [ 999999999 ] },
			'storedesk_invalid_member',
		],
		[ { name: 'Bad members', members: [ 'one' ] }, 'rest_invalid_param' ],
	] as Array< [ Record< string, unknown >, string ] > ) {
		await expectError(
			await manager.send( 'POST', '/teams', data ),
			400,
			code
		);
	}
	expect( await manager.json< Team[] >( '/teams' ) ).toEqual( before );
} );

test( 'tags: agents create them once, list them with counts, and tickets take only known ones', async ( {
	as,
} ) => {
	const agent = await as( 'e2e_agent' );
	const name = `Lost parcel ${ uniq() }`;
	const created = await agent.send( 'POST', '/tags', { name } );
	expect( created.status(), await created.text() ).toBe( 201 );
	const tag: Tag = await created.json();
	expect( tag ).toMatchObject( {
		name,
		slug: name.toLowerCase().replace( / /g, '-' ),
		count: 0,
	} );
	// The same name again is the same tag: 200, not a second 201.
	const again = await agent.send( 'POST', '/tags', { name } );
	expect( again.status() ).toBe( 200 );
	expect( ( ( await again.json() ) as Tag ).id ).toBe( tag.id );
	await openTicket( agent, { tags: [ tag.slug ] } );
	await openTicket( agent, { tags: [ tag.slug ], status: 'closed' } );
	const listed = ( await agent.json< Tag[] >( '/tags' ) ).find(
		( t ) => t.id === tag.id
	);
	expect( listed ).toMatchObject( { slug: tag.slug, count: 2 } );
	const count = ( await agent.json< Tag[] >( '/tags' ) ).length;
	for ( const [ bad, code ] of [
		[ '', 'rest_invalid_param' ],
		[ 'x'.repeat( 61 ), 'rest_invalid_param' ],
		[ '<b></b>', 'storedesk_invalid_tag' ],
	] ) {
		await expectError(
			await agent.send( 'POST', '/tags', { name: bad } ),
			400,
			code
		);
	}
	await expectError(
		await agent.send( 'POST', '/tags', {} ),
		400,
		'rest_missing_callback_param'
	);
	expect( ( await agent.json< Tag[] >( '/tags' ) ).length ).toBe( count );
} );

// The attachment settings' defaults (php/Attachments/AttachmentRules.php).
const ATTACHMENT_DEFAULTS = {
	attachment_types: [
		'jpg',
		'jpeg',
		'png',
		'gif',
		'webp',
		'pdf',
		'txt',
		'csv',
		'rtf',
		'doc',
		'docx',
		'xls',
		'xlsx',
		'ppt',
		'pptx',
		'odt',
		'ods',
		'odp',
	],
	attachment_max_mb: 10,
};

test( 'settings: managers read and change them, bad values are refused', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	// Other parts (storefront, notifications) add settings of their own; these are this spec's.
	const core = ( all: Record< string, unknown > ) => ( {
		agent_scope: all.agent_scope,
		delete_data_on_uninstall: all.delete_data_on_uninstall,
		attachment_types: all.attachment_types,
		attachment_max_mb: all.attachment_max_mb,
	} );
	expect( core( await manager.json( '/settings' ) ) ).toEqual( {
		agent_scope: 'all',
		delete_data_on_uninstall: false,
		...ATTACHMENT_DEFAULTS,
	} );
	try {
		const changed = await manager.ok( 'PATCH', '/settings', {
			delete_data_on_uninstall: true,
		} );
		expect( core( changed ) ).toEqual( {
			agent_scope: 'all',
			delete_data_on_uninstall: true,
			...ATTACHMENT_DEFAULTS,
		} );
		expect(
			( await manager.json( '/settings' ) ).delete_data_on_uninstall
		).toBe( true );
		await expectError(
			await manager.send( 'PATCH', '/settings', {
				agent_scope: 'everyone',
			} ),
			400,
			'rest_invalid_param'
		);
		await expectError(
			await manager.send( 'PATCH', '/settings', { no_such_setting: 1 } ),
			400,
			'storedesk_unknown_setting'
		);
		await expectError(
			await manager.send( 'PATCH', '/settings', {
				delete_data_on_uninstall: 'sometimes',
			} ),
			400,
			'rest_invalid_param'
		);
		// A refused change leaves every setting as it was, even the valid one sent with it.
		await expectError(
			await manager.send( 'PATCH', '/settings', {
				agent_scope: 'own',
				no_such_setting: 1,
			} ),
			400
		);
		expect( core( await manager.json( '/settings' ) ) ).toEqual( {
			agent_scope: 'all',
			delete_data_on_uninstall: true,
			...ATTACHMENT_DEFAULTS,
		} );
	} finally {
		await manager.send( 'PATCH', '/settings', {
			agent_scope: 'all',
			delete_data_on_uninstall: false,
		} );
	}
	expect(
		( await manager.json( '/settings' ) ).delete_data_on_uninstall
	).toBe( false );
} );

test( 'saved views are private to each agent', async ( { as } ) => {
	const alex = await as( 'e2e_agent' );
	const bo = await as( 'e2e_agent2' );
	const res = await alex.send( 'POST', '/views', {
		name: 'My urgent',
		query: { priority: [ 'urgent' ], assignee: 'me' },
		columns: [ 'subject', 'priority' ],
	} );
	expect( res.status(), await res.text() ).toBe( 201 );
	const view = await res.json();
	expect( view ).toMatchObject( {
		name: 'My urgent',
		query: { assignee: 'me' },
		columns: [ 'subject', 'priority' ],
	} );
	expect( view.id ).toMatch( /^[0-9a-f-]{36}$/ );
	expect(
		( await alex.json< Array< { id: string } > >( '/views' ) ).map(
			( v ) => v.id
		)
	).toContain( view.id );
	expect(
		( await bo.json< Array< { id: string } > >( '/views' ) ).map(
			( v ) => v.id
		)
	).not.toContain( view.id );
	await expectError(
		await bo.send( 'PUT', `/views/${ view.id }`, { name: 'Stolen' } ),
		404,
		'storedesk_view_not_found'
	);
	await expectError(
		await bo.send( 'DELETE', `/views/${ view.id }` ),
		404,
		'storedesk_view_not_found'
	);
	const renamed = await alex.ok( 'PUT', `/views/${ view.id }`, {
		name: 'Urgent, mine',
	} );
	expect( renamed ).toMatchObject( { id: view.id, name: 'Urgent, mine' } );
	await expectError(
		await alex.send( 'POST', '/views', { name: '' } ),
		400,
		'rest_invalid_param'
	);
	expect( ( await alex.ok( 'DELETE', `/views/${ view.id }` ) ).deleted ).toBe(
		true
	);
	expect(
		( await alex.json< Array< { id: string } > >( '/views' ) ).map(
			( v ) => v.id
		)
	).not.toContain( view.id );
} );

test( 'presence shows who else is in a ticket', async ( { as } ) => {
	const alex = await as( 'e2e_agent' );
	const bo = await as( 'e2e_agent2' );
	const boId = ( await bo.json( '/me' ) ).id;
	const ticket = await openTicket( alex );
	expect(
		await alex.ok( 'POST', `/tickets/${ ticket.id }/presence`, {
			state: 'viewing',
		} )
	).toEqual( [] );
	const others = await bo.ok( 'POST', `/tickets/${ ticket.id }/presence`, {
		state: 'typing',
	} );
	expect( others ).toEqual( [
		expect.objectContaining( { state: 'viewing', name: 'Alex Agent' } ),
	] );
	expect( await alex.json( `/tickets/${ ticket.id }/presence` ) ).toEqual( [
		expect.objectContaining( {
			user_id: boId,
			state: 'typing',
			name: 'Bo Agent',
		} ),
	] );
	await bo.ok( 'POST', `/tickets/${ ticket.id }/presence`, {
		state: 'left',
	} );
	expect( await alex.json( `/tickets/${ ticket.id }/presence` ) ).toEqual(
		[]
	);
	await expectError(
		await bo.send( 'POST', `/tickets/${ ticket.id }/presence`, {
			state: 'dancing',
		} ),
		400,
		'rest_invalid_param'
	);
	await expectError(
		await bo.get( '/tickets/999999999/presence' ),
		404,
		'storedesk_ticket_not_found'
	);
} );

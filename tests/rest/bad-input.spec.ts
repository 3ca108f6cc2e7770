/**
 * Bad input over real HTTP: a clear 4xx with a stable code, and nothing written.
 */
import { expect, test } from '@playwright/test';
import { logIn, phoneTicket, total } from './helpers';

test( 'rejected creates leave the ticket count unchanged', async () => {
	const manager = await logIn( 'e2e_manager' );
	const before = await total( manager, {
		status: 'open,pending,on-hold,resolved,closed,spam',
	} );
	const cases: Array<
		[ string, Record< string, unknown >, number, string ]
	> = [
		[ 'unknown status', { status: 'finished' }, 400, 'rest_invalid_param' ],
		[
			'unknown tag',
			{ tags: [ 'never-created' ] },
			400,
			'storedesk_unknown_tag',
		],
		[
			'oversize subject',
			{ subject: 'x'.repeat( 256 ) },
			400,
			'rest_invalid_param',
		],
		[
			'oversize body',
			{ message: { body: 'y'.repeat( 300 * 1024 ) } },
			413,
			'storedesk_message_too_long',
		],
		[ 'wrong type', { assignee: 'someone' }, 400, 'rest_invalid_param' ],
		[
			'missing contact',
			{ customer: undefined, contact_id: 99999999 },
			400,
			'storedesk_invalid_contact',
		],
		[ 'missing team', { team: 99999999 }, 400, 'storedesk_invalid_team' ],
	];
	for ( const [ name, change, status, code ] of cases ) {
		const res = await manager.send(
			'POST',
			'/tickets',
			phoneTicket( change )
		);
		expect( res.status(), name ).toBe( status );
		const body = await res.json();
		expect( body.code, name ).toBe( code );
		expect( body.message.length, name ).toBeGreaterThan( 5 );
	}
	const malformed = await manager.raw(
		'POST',
		'/tickets',
		'{"subject": "half'
	);
	expect( malformed.status() ).toBe( 400 );
	expect( ( await malformed.json() ).code ).toBe( 'rest_invalid_json' );
	expect(
		await total( manager, {
			status: 'open,pending,on-hold,resolved,closed,spam',
		} )
	).toBe( before );
} );

test( 'missing objects are 404 and a broken update changes nothing', async () => {
	const manager = await logIn( 'e2e_manager' );
	for ( const path of [
		'/tickets/99999999',
		'/tickets/99999999/messages',
		'/contacts/99999999',
		'/contacts/99999999/tickets',
	] ) {
		expect( ( await manager.get( path ) ).status(), path ).toBe( 404 );
	}
	const ticket = await (
		await manager.send( 'POST', '/tickets', phoneTicket() )
	).json();
	const broken = await manager.send( 'PATCH', `/tickets/${ ticket.id }`, {
		priority: 'urgent',
		tags: [ 'ghost' ],
	} );
	expect( broken.status() ).toBe( 400 );
	const after = await (
		await manager.get( `/tickets/${ ticket.id }` )
	).json();
	expect( after.priority ).toBe( 'normal' );
	expect( after.updated_at ).toBe( ticket.updated_at );
} );

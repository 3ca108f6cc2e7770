/**
 * Logged calls over real HTTP: a call on a new number opens a conversation
 * with a new contact; the same number written another way is the same
 * contact; bad calls name their fields and store nothing.
 */
import {
	expect,
	expectError,
	expectNothingWritten,
	test,
	type Ticket,
} from './helpers';

type Logged = {
	ticket: Ticket;
	message: { id: number; kind: string; meta: { call?: object } };
	opened: boolean;
};

let calls = 0;
/** A UK mobile number no other contact has, as digits after +44. */
const number = () =>
	`77${ String( ( Date.now() + calls++ ) % 100_000_000 ).padStart( 8, '0' ) }`;

test( 'a call finds its caller by number, however it is written', async ( {
	as,
} ) => {
	const agent = await as( 'e2e_agent' );
	const digits = number();
	const first = await agent.send( 'POST', '/calls', {
		number: `+44 ${ digits.slice( 0, 4 ) } ${ digits.slice( 4 ) }`,
		name: 'Rhys Morgan',
		duration: 95,
		outcome: 'answered',
		notes: 'Asked whether the oak table ships to Wales.',
	} );
	expect( first.status() ).toBe( 201 );
	const logged = ( await first.json() ) as Logged;
	expect( logged.opened ).toBe( true );
	expect( logged.ticket ).toMatchObject( {
		channel: 'phone',
		subject: `Call from Rhys Morgan (+44${ digits })`,
		contact: { name: 'Rhys Morgan', phone: `+44${ digits }`, email: null },
	} );
	expect( logged.message.meta.call ).toEqual( {
		direction: 'inbound',
		number: `+44${ digits }`,
		duration: 95,
		outcome: 'answered',
	} );

	const again = ( await (
		await agent.send( 'POST', '/calls', {
			number: `0044 (${ digits.slice( 0, 4 ) }) ${ digits.slice( 4 ) }`,
			direction: 'outbound',
			ticket_id: logged.ticket.id,
		} )
	).json() ) as Logged;
	expect( again.opened ).toBe( false );
	expect( again.ticket.id ).toBe( logged.ticket.id );
	expect( again.ticket.contact?.id ).toBe( logged.ticket.contact?.id );
	expect( again.message.kind ).toBe( 'reply' );
} );

test( 'bad calls name their fields and store nothing', async ( { as } ) => {
	const agent = await as( 'e2e_agent' );
	await expectNothingWritten( agent, async () => {
		const short = await agent.send( 'POST', '/calls', { number: '12' } );
		await expectError( short, 400, 'storedesk_invalid_fields' );
		expect( ( await short.json() ).data.fields ).toHaveProperty( 'number' );
		await expectError(
			await agent.send( 'POST', '/calls', {
				number: `+44${ number() }`,
				direction: 'sideways',
			} ),
			400,
			'rest_invalid_param'
		);
		await expectError(
			await agent.send( 'POST', '/calls', {
				number: `+44${ number() }`,
				duration: -5,
			} ),
			400,
			'rest_invalid_param'
		);
		await expectError(
			await agent.send( 'POST', '/calls', {} ),
			400,
			'rest_missing_callback_param'
		);
		await expectError(
			await agent.send( 'POST', '/calls', {
				number: `+44${ number() }`,
				ticket_id: 999999999,
			} ),
			404,
			'storedesk_ticket_not_found'
		);
	} );
} );

/**
 * Contacts over real HTTP: search, one contact, history across channels,
 * edits with identities, and merging.
 */
import {
	expect,
	expectError,
	expectNothingWritten,
	ids,
	openTicket,
	test,
	uniq,
	type Client,
	type Ticket,
} from './helpers';

type Contact = {
	id: number;
	name: string;
	email: string | null;
	phone: string | null;
	notes: string | null;
	identities: Array< { channel: string; value: string } >;
	created_at: string;
	updated_at: string;
};

let calls = 0;
/** A UK mobile number no other contact has. */
const phone = () =>
	`+44 77 ${ String( ( Date.now() + calls++ ) % 100_000_000 ).padStart( 8, '0' ) }`;

async function person(
	as: Client,
	name: string,
	extra: Record< string, unknown > = {}
) {
	const email = `${ uniq( 'person' ) }@Example.TEST`;
	const ticket = await openTicket( as, {
		channel: 'email',
		customer: { name, email, ...extra },
	} );
	return {
		ticket,
		contact: await as.json< Contact >( `/contacts/${ ticket.contact.id }` ),
		email,
	};
}

test( 'search by the start of a name, email or phone', async ( { as } ) => {
	const manager = await as( 'e2e_manager' );
	const last = uniq( 'Zed' );
	const tel = phone();
	const { contact, email } = await person( manager, `Ömer ${ last }`, {
		phone: tel,
	} );
	expect( contact ).toMatchObject( {
		name: `Ömer ${ last }`,
		email: email.toLowerCase(),
		notes: null,
	} );
	expect( contact.identities.map( ( i ) => i.channel ).sort() ).toEqual( [
		'email',
		'phone',
	] );
	const found = async ( search: string ) => {
		const res = await manager.get( '/contacts', { search } );
		expect( res.status() ).toBe( 200 );
		return ( await res.json() ).map( ( c: Contact ) => c.id );
	};
	expect( await found( `Ömer ${ last }` ) ).toEqual( [ contact.id ] );
	expect( await found( email.slice( 0, 12 ).toUpperCase() ) ).toEqual( [
		contact.id,
	] );
	expect( await found( contact.phone! ) ).toEqual( [ contact.id ] );
	// The middle of a name is not its start.
	expect( await found( last ) ).toEqual( [] );
	// Wildcards are literal characters.
	expect( await found( '%' ) ).toEqual( [] );
	const page = await manager.get( '/contacts', { per_page: 1 } );
	expect( Number( page.headers()[ 'x-wp-total' ] ) ).toBeGreaterThan( 1 );
	expect( page.headers()[ 'x-wp-totalpages' ] ).toBe(
		page.headers()[ 'x-wp-total' ]
	);
	expect( await page.json() ).toHaveLength( 1 );
} );

test( "a contact's history lists their tickets on every channel, newest first", async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const {
		ticket: byEmail,
		contact,
		email,
	} = await person( manager, 'Nadia History' );
	const byChat = await openTicket( manager, {
		channel: 'chat',
		customer: { email },
	} );
	const byPhone = await openTicket( manager, {
		channel: 'phone',
		contact_id: contact.id,
		status: 'spam',
	} );
	const res = await manager.get( `/contacts/${ contact.id }/tickets`, {
		per_page: 2,
	} );
	expect( res.headers()[ 'x-wp-total' ] ).toBe( '3' );
	expect( res.headers()[ 'x-wp-totalpages' ] ).toBe( '2' );
	const all = await manager.json< Ticket[] >(
		`/contacts/${ contact.id }/tickets`
	);
	expect( all.map( ( t ) => t.id ) ).toEqual( [
		byPhone.id,
		byChat.id,
		byEmail.id,
	] );
	expect( all.map( ( t ) => t.channel ).sort() ).toEqual( [
		'chat',
		'email',
		'phone',
	] );
	for ( const t of all ) {
		expect( t.contact.id ).toBe( contact.id );
	}
} );

test( 'PATCH changes name, notes, email and phone; new addresses become identities', async ( {
	as,
} ) => {
	const agent = await as( 'e2e_agent' );
	const { contact } = await person( agent, 'Old Name' );
	const newEmail = `${ uniq( 'new' ) }@example.test`;
	const tel = phone();
	const changed = await agent.ok< Contact >(
		'PATCH',
		`/contacts/${ contact.id }`,
		{
			name: 'New Name',
			notes: 'Prefers calls after 5pm.\nSpeaks Portuguese.',
			email: newEmail,
			phone: tel,
		}
	);
	expect( changed ).toMatchObject( {
		id: contact.id,
		name: 'New Name',
		notes: 'Prefers calls after 5pm.\nSpeaks Portuguese.',
		email: newEmail,
		phone: `+${ tel.replace( /\D/g, '' ) }`,
	} );
	expect( changed.identities.map( ( i ) => i.value ).sort() ).toEqual(
		[ contact.email!, newEmail, changed.phone! ].sort()
	);
	// Only what was sent changes.
	const renamed = await agent.ok< Contact >(
		'PATCH',
		`/contacts/${ contact.id }`,
		{ name: 'Newer Name' }
	);
	expect( renamed ).toMatchObject( {
		name: 'Newer Name',
		email: newEmail,
		notes: changed.notes,
	} );
	// A ticket for the new address finds the same person.
	const again = await openTicket( agent, {
		customer: { email: newEmail.toUpperCase() },
	} );
	expect( again.contact.id ).toBe( contact.id );
} );

test( 'an address that belongs to someone else is refused, and nothing of the request is kept', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const { contact: a } = await person( manager, 'Owner A', {
		phone: phone(),
	} );
	const { contact: b } = await person( manager, 'Owner B' );
	const fresh = `${ uniq( 'fresh' ) }@example.test`;
	await expectNothingWritten( manager, async () => {
		// Email first (new, valid), then a phone taken by A: the email must not stick.
		const res = await manager.send( 'PATCH', `/contacts/${ b.id }`, {
			name: 'Should not stick',
			email: fresh,
			phone: a.phone,
		} );
		await expectError( res, 409, 'storedesk_identity_taken' );
		expect( ( await res.json() ).data.contact_id ).toBe( a.id );
		await expectError(
			await manager.send( 'PATCH', `/contacts/${ b.id }`, {
				email: a.email,
			} ),
			409,
			'storedesk_identity_taken'
		);
	} );
	const after = await manager.json< Contact >( `/contacts/${ b.id }` );
	expect( after ).toMatchObject( { name: 'Owner B', email: b.email } );
	expect( after.identities ).toEqual( b.identities );
	// The fresh address is still free.
	const c = await openTicket( manager, { customer: { email: fresh } } );
	expect( [ a.id, b.id ] ).not.toContain( c.contact.id );
} );

test( 'bad contact edits are 400 and change nothing', async ( { as } ) => {
	const manager = await as( 'e2e_manager' );
	const { contact } = await person( manager, 'Careful Editor' );
	for ( const [ data, code ] of [
		[ { email: 'not an email' }, 'rest_invalid_param' ],
		[ { phone: '12' }, 'storedesk_invalid_identity' ],
		[ { name: 'x'.repeat( 192 ) }, 'rest_invalid_param' ],
		[ { notes: 'n'.repeat( 10001 ) }, 'rest_invalid_param' ],
		[ { name: [ 'array' ] }, 'rest_invalid_param' ],
	] as Array< [ Record< string, unknown >, string ] > ) {
		await expectError(
			await manager.send( 'PATCH', `/contacts/${ contact.id }`, data ),
			400,
			code
		);
	}
	const after = await manager.json< Contact >( `/contacts/${ contact.id }` );
	expect( after ).toMatchObject( {
		name: contact.name,
		email: contact.email,
		phone: null,
		notes: null,
	} );
} );

test( 'a contact can clear their phone number', async ( { as } ) => {
	const manager = await as( 'e2e_manager' );
	const { contact } = await person( manager, 'Clear Phone', {
		phone: phone(),
	} );
	// The schema allows null for email, phone and notes.
	const res = await manager.send( 'PATCH', `/contacts/${ contact.id }`, {
		phone: null,
		notes: null,
	} );
	expect( res.status(), await res.text() ).toBe( 200 );
	expect( ( await res.json() ).phone ).toBeNull();
} );

test( 'merging folds one contact into another', async ( { as } ) => {
	const manager = await as( 'e2e_manager' );
	const { ticket: t1, contact: target } = await person(
		manager,
		'Rita Target'
	);
	const tel = phone();
	const t2 = await openTicket( manager, {
		channel: 'whatsapp',
		customer: { name: '', phone: tel },
	} );
	await manager.ok( 'PATCH', `/contacts/${ t2.contact.id }`, {
		notes: 'Wrote on WhatsApp.',
	} );
	const merged = await manager.send(
		'POST',
		`/contacts/${ target.id }/merge`,
		{ source: t2.contact.id }
	);
	expect( merged.status(), await merged.text() ).toBe( 200 );
	const after: Contact = await merged.json();
	expect( after ).toMatchObject( {
		id: target.id,
		name: 'Rita Target',
		email: target.email,
		phone: `+${ tel.replace( /\D/g, '' ) }`,
		notes: 'Wrote on WhatsApp.',
	} );
	expect( after.identities.map( ( i ) => i.channel ).sort() ).toEqual( [
		'email',
		'phone',
	] );
	expect(
		ids( await manager.json( `/contacts/${ target.id }/tickets` ) )
	).toEqual( ids( [ t1, t2 ] ) );
	expect(
		( await manager.json< Ticket >( `/tickets/${ t2.id }` ) ).contact.id
	).toBe( target.id );

	// The source answers 404 with a pointer, and cannot be merged again.
	const gone = await manager.get( `/contacts/${ t2.contact.id }` );
	await expectError( gone, 404, 'storedesk_contact_merged' );
	expect( ( await gone.json() ).data.merged_into ).toBe( target.id );
	await expectError(
		await manager.send( 'POST', `/contacts/${ target.id }/merge`, {
			source: t2.contact.id,
		} ),
		404
	);
	// The same number now opens tickets for the target.
	expect(
		( await openTicket( manager, { customer: { phone: tel } } ) ).contact.id
	).toBe( target.id );
	// The merged contact is no longer listed.
	const list = await manager.json< Contact[] >( '/contacts', {
		search: `+${ tel.replace( /\D/g, '' ) }`,
	} );
	expect( list.map( ( c ) => c.id ) ).toEqual( [ target.id ] );
} );

test( 'merge refuses itself, a missing source and a missing target', async ( {
	as,
} ) => {
	const manager = await as( 'e2e_manager' );
	const { contact } = await person( manager, 'Self Merge' );
	await expectError(
		await manager.send( 'POST', `/contacts/${ contact.id }/merge`, {
			source: contact.id,
		} ),
		400,
		'storedesk_merge_self'
	);
	await expectError(
		await manager.send( 'POST', `/contacts/${ contact.id }/merge`, {
			source: 999999999,
		} ),
		404,
		'storedesk_contact_not_found'
	);
	await expectError(
		await manager.send( 'POST', `/contacts/999999999/merge`, {
			source: contact.id,
		} ),
		404,
		'storedesk_contact_not_found'
	);
	await expectError(
		await manager.send( 'POST', `/contacts/${ contact.id }/merge`, {} ),
		400,
		'rest_missing_callback_param'
	);
	await expectError(
		await manager.send( 'POST', `/contacts/${ contact.id }/merge`, {
			source: 'abc',
		} ),
		400,
		'rest_invalid_param'
	);
	expect(
		( await manager.get( `/contacts/${ contact.id }` ) ).status()
	).toBe( 200 );
} );

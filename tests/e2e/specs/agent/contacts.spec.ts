/**
 * Contacts: an agent finds a customer, sees their conversations on every
 * channel and edits them; an administrator merges a duplicate and the
 * server has every ticket under the contact that stayed.
 */
import { expect, test } from '../../fixtures';
import { expectAccessible } from '../../pages/a11y';
import { restNonce } from '../../pages/api';
import { ContactsPage } from '../../pages/ContactsPage';
import { LoginPage } from '../../pages/LoginPage';

const stamp = () => `${ Date.now() }${ Math.floor( Math.random() * 1000 ) }`;

test( 'search contacts, open one and see conversations from two channels', async ( {
	page,
} ) => {
	await new LoginPage( page ).logIn();
	const contacts = new ContactsPage( page );
	const id = stamp();
	const name = `Quinn Searchable ${ id }`;
	const email = `quinn.${ id }@example.test`;
	const byEmail = await contacts.ticketFrom(
		'email',
		`Quinn's parcel ${ id }`,
		{ name, email }
	);
	const byChat = await contacts.ticketFrom( 'chat', `Quinn's chat ${ id }`, {
		email,
	} );
	expect( byChat.contact.id ).toBe( byEmail.contact.id );

	await contacts.openList();
	const nav = page.getByRole( 'navigation', { name: 'Helpdesk sections' } );
	await expect(
		nav.getByRole( 'link', { name: 'Contacts' } )
	).toHaveAttribute( 'aria-current', 'page' );
	await expect( contacts.list ).toBeVisible();
	await expectAccessible( page, 'contacts list' );

	// By the start of the email address, then by the start of the name.
	await contacts.search.fill( `quinn.${ id }` );
	const row = contacts.list.getByRole( 'row', { name: new RegExp( name ) } );
	await expect( row ).toBeVisible();
	await expect( row.getByText( email ) ).toBeVisible();
	await expect( contacts.list.getByRole( 'row' ) ).toHaveCount( 2 );
	await expect( page.getByText( '1 contact · page 1 of 1' ) ).toBeVisible();
	await contacts.search.fill( `Quinn Searchable ${ id }` );
	await expect( row ).toBeVisible();

	await row.getByRole( 'link', { name } ).click();
	await expect( page ).toHaveURL(
		new RegExp( `#/contacts/${ byEmail.contact.id }$` )
	);
	await expect(
		page.getByRole( 'heading', { name, level: 2 } )
	).toBeVisible();
	const emailRow = contacts.conversations.getByRole( 'row', {
		name: new RegExp( `Quinn's parcel ${ id }` ),
	} );
	const chatRow = contacts.conversations.getByRole( 'row', {
		name: new RegExp( `Quinn's chat ${ id }` ),
	} );
	await expect(
		emailRow.getByRole( 'cell', { name: 'Email', exact: true } )
	).toBeVisible();
	await expect(
		chatRow.getByRole( 'cell', { name: 'Chat', exact: true } )
	).toBeVisible();
	await expect(
		chatRow.getByRole( 'cell', { name: 'Open', exact: true } )
	).toBeVisible();
	await expectAccessible( page, 'contact page' );

	// Usable on a phone: nothing of the app sticks out sideways.
	await page.setViewportSize( { width: 375, height: 800 } );
	await expect
		.poll( () =>
			page.evaluate( () => {
				const root = document.getElementById( 'storedesk-admin-root' )!;
				return root.scrollWidth <= root.clientWidth;
			} )
		)
		.toBe( true );

	await chatRow.getByRole( 'link' ).click();
	await expect( page ).toHaveURL( new RegExp( `#/tickets/${ byChat.id }$` ) );
} );

test( 'edit a contact: a wrong phone is said beside it, then saved', async ( {
	page,
} ) => {
	await new LoginPage( page ).logIn();
	const contacts = new ContactsPage( page );
	const id = stamp();
	const ticket = await contacts.ticketFrom( 'email', `Edit me ${ id }`, {
		name: `Edna Before ${ id }`,
		email: `edna.${ id }@example.test`,
	} );
	await contacts.open( ticket.contact.id );
	await page.getByRole( 'button', { name: 'Edit contact' } ).click();
	await contacts.field( 'Name' ).fill( `Edna After ${ id }` );
	await contacts.field( 'Phone' ).fill( '12' );
	await contacts.field( 'Notes' ).fill( 'Prefers WhatsApp.' );
	await page.getByRole( 'button', { name: 'Save contact' } ).click();
	await expect( contacts.field( 'Phone' ) ).toHaveAccessibleDescription(
		'Enter a phone number with 6 to 15 digits.'
	);
	await expect( contacts.field( 'Phone' ) ).toBeFocused();
	await expect( contacts.field( 'Name' ) ).toHaveValue(
		`Edna After ${ id }`
	);
	expect( ( await contacts.contact( ticket.contact.id ) ).name ).toBe(
		`Edna Before ${ id }`
	);

	const digits = id.slice( -7 );
	await contacts.field( 'Phone' ).fill( `+44 7700 ${ digits }` );
	await page.getByRole( 'button', { name: 'Save contact' } ).click();
	await expect(
		page.getByRole( 'heading', { name: `Edna After ${ id }`, level: 2 } )
	).toBeVisible();
	await expect(
		page.getByRole( 'link', { name: `+447700${ digits }` } )
	).toBeVisible();
	const saved = await contacts.contact( ticket.contact.id );
	expect( saved ).toMatchObject( {
		name: `Edna After ${ id }`,
		phone: `+447700${ digits }`,
		notes: 'Prefers WhatsApp.',
	} );
	expect( saved.identities.map( ( i ) => i.channel ).sort() ).toEqual( [
		'email',
		'phone',
	] );
} );

test( 'merge two contacts: the tickets of both end up under the one that stays', async ( {
	page,
} ) => {
	await new LoginPage( page ).logIn();
	const contacts = new ContactsPage( page );
	const id = stamp();
	const keep = await contacts.ticketFrom( 'email', `Mila by email ${ id }`, {
		name: `Mila Keep ${ id }`,
		email: `mila.${ id }@example.test`,
	} );
	const fold = await contacts.ticketFrom(
		'whatsapp',
		`Mila on WhatsApp ${ id }`,
		{
			name: `Mila Duplicate ${ id }`,
			phone: `+49 151 ${ id.slice( -8 ) }`,
		}
	);
	expect( fold.contact.id ).not.toBe( keep.contact.id );

	await contacts.open( keep.contact.id );
	await page
		.getByRole( 'button', { name: 'Merge with another contact…' } )
		.click();
	const dialog = page.getByRole( 'dialog', { name: 'Merge contacts' } );
	await dialog
		.getByRole( 'searchbox', { name: 'Find the duplicate contact' } )
		.fill( `Mila Duplicate ${ id }` );
	await dialog
		.getByRole( 'radiogroup', { name: 'Contact to merge' } )
		.getByRole( 'radio', { name: new RegExp( `Mila Duplicate ${ id }` ) } )
		.check();
	await expect(
		dialog.getByText(
			`Mila Duplicate ${ id } will be merged into Mila Keep ${ id }.`
		)
	).toBeVisible();
	await expect(
		dialog.getByText( `1 conversation moves to Mila Keep ${ id }.` )
	).toBeVisible();
	await expectAccessible( page, 'merge dialog' );
	await dialog.getByRole( 'button', { name: 'Merge contacts' } ).click();

	await expect( dialog ).toBeHidden();
	await expect( page ).toHaveURL(
		new RegExp( `#/contacts/${ keep.contact.id }$` )
	);
	await expect(
		page
			.locator( '.components-snackbar' )
			.getByText(
				`Mila Duplicate ${ id } was merged into Mila Keep ${ id }.`
			)
	).toBeVisible();
	for ( const subject of [
		`Mila by email ${ id }`,
		`Mila on WhatsApp ${ id }`,
	] ) {
		await expect(
			contacts.conversations.getByRole( 'link', {
				name: new RegExp( subject ),
			} )
		).toBeVisible();
	}

	expect( await contacts.ticketIds( keep.contact.id ) ).toEqual(
		[ keep.id, fold.id ].sort( ( a, b ) => a - b )
	);
	const gone = await page.request.get(
		`/wp-json/storedesk/v1/contacts/${ fold.contact.id }`,
		{ headers: { 'X-WP-Nonce': await restNonce( page ) } }
	);
	expect( gone.status() ).toBe( 404 );
	expect( await gone.json() ).toMatchObject( {
		code: 'storedesk_contact_merged',
		data: { merged_into: keep.contact.id },
	} );
} );

test( 'an agent without the merge capability is not offered merging', async ( {
	page,
	browser,
} ) => {
	// The administrator arranges the ticket in a browser of their own. Clearing
	// the cookies of a page still on the dashboard let its Events widget ask
	// admin-ajax.php logged out, a 400 in the console (seen without WooCommerce,
	// whose admin landing page has no such widget).
	const admin = await browser.newPage();
	await new LoginPage( admin ).logIn();
	const ticket = await new ContactsPage( admin ).ticketFrom(
		'form',
		`Agent view ${ stamp() }`,
		{
			name: 'Agent Visible',
			email: `agent.visible.${ stamp() }@example.test`,
		}
	);
	await admin.close();
	const contacts = new ContactsPage( page );
	await new LoginPage( page ).logIn( 'e2e_agent', 'password' );
	await contacts.open( ticket.contact.id );
	await expect(
		page.getByRole( 'button', { name: 'Edit contact' } )
	).toBeVisible();
	await expect(
		page.getByRole( 'button', { name: 'Merge with another contact…' } )
	).toHaveCount( 0 );
} );

/**
 * An agent writes from the ticket screen: a reply with bold text and an
 * image attached, a note mentioning a colleague picked from the
 * suggestions, and a reply that sets the ticket pending. The thread shows
 * each, and the server has each, file included; the customer's email
 * carries the file.
 */
import { expect, test } from '../../fixtures';
import { expectAccessible } from '../../pages/a11y';
import { api, restNonce } from '../../pages/api';
import { LoginPage } from '../../pages/LoginPage';
import { waitForMail } from '../../pages/mailbox';
import { TicketPage } from '../../pages/TicketPage';

// A 2×2 PNG, so the thumbnail has pixels to show.
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
	'base64'
);

type Message = {
	id: number;
	kind: string;
	body: string;
	attachments: Array< {
		id: number;
		name: string;
		mime: string;
		size: number;
		url: string;
	} >;
};

test( 'reply with bold text and a file, note with a mention, send and set pending', async ( {
	page,
} ) => {
	await new LoginPage( page ).logIn( 'e2e_agent', 'password' );
	const agents = await api< Array< { id: number; login: string } > >(
		page,
		'GET',
		'/agents'
	);
	const bo = agents.find( ( a ) => a.login === 'e2e_agent2' );
	expect( bo ).toBeDefined();
	const customer = `olga${ Date.now() }@example.test`;
	const created = await api< { id: number; unread: boolean } >(
		page,
		'POST',
		'/tickets',
		{
			subject: `Lamp arrived broken ${ Date.now() }`,
			channel: 'email',
			customer: {
				name: 'Olga Lindqvist',
				email: customer,
			},
			message: { body: '<p>The glass shade is cracked.</p>' },
		}
	);
	const id = created.id;
	const ticket = new TicketPage( page );

	// The route opens the composer in reply mode, focused.
	await ticket.open( id, 'reply' );
	await expect(
		ticket.article( 'Customer from Olga Lindqvist' )
	).toContainText( 'cracked' );
	await expect( ticket.replyBox() ).toBeFocused();
	// Opening it read it.
	await expect
		.poll(
			async () =>
				(
					await api< { unread: boolean } >(
						page,
						'GET',
						`/tickets/${ id }`
					)
				).unread
		)
		.toBe( false );

	await page.keyboard.type( 'Your new shade is ' );
	await page.keyboard.press( 'Control+b' );
	await page.keyboard.type( 'already shipped' );
	await page.keyboard.press( 'Control+b' );
	await page.keyboard.type( '. Photo of the parcel attached.' );
	await expect( ticket.button( 'Bold' ) ).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await ticket.attach( [
		{ name: 'parcel.png', mimeType: 'image/png', buffer: PNG },
	] );
	await expect( ticket.attached() ).toContainText( 'parcel.png' );
	await expectAccessible( page, 'ticket screen with a draft' );
	await ticket.button( 'Send' ).click();

	const reply = ticket.article( /^Reply from/ );
	await expect(
		reply.locator( 'strong', { hasText: 'already shipped' } )
	).toBeVisible();
	await expect(
		reply.getByRole( 'link', { name: /^Download parcel\.png/ } )
	).toBeVisible();
	const thumb = reply.getByRole( 'img', { name: 'parcel.png' } );
	await expect( thumb ).toBeVisible();
	await expect
		.poll( () =>
			thumb.evaluate( ( img: HTMLImageElement ) => img.naturalWidth )
		)
		.toBe( 2 );
	await expect( ticket.replyBox() ).toHaveText( '' );
	await expect( ticket.attached() ).toHaveCount( 0 );

	// The server has the formatted body and the file, behind the access check.
	let messages = await api< Message[] >(
		page,
		'GET',
		`/tickets/${ id }/messages`
	);
	const sent = messages.find( ( m ) => m.kind === 'reply' ) as Message;
	expect( sent.body ).toContain( '<strong>already shipped</strong>' );
	expect( sent.attachments ).toEqual( [
		expect.objectContaining( {
			name: 'parcel.png',
			mime: 'image/png',
			size: PNG.length,
		} ),
	] );
	const download = await page.request.get( sent.attachments[ 0 ].url, {
		headers: { 'X-WP-Nonce': await restNonce( page ) },
	} );
	expect( download.status() ).toBe( 200 );
	expect( download.headers()[ 'content-type' ] ).toBe( 'image/png' );
	expect( download.headers()[ 'x-content-type-options' ] ).toBe( 'nosniff' );
	expect( download.headers()[ 'content-disposition' ] ).toMatch(
		/^inline; filename="parcel\.png"/
	);
	expect( Buffer.compare( await download.body(), PNG ) ).toBe( 0 );
	// The customer's copy of the reply has the file itself attached.
	const mail = await waitForMail( { to: customer, subject: /Re: Lamp/ } );
	expect( mail.attachments ).toEqual( [
		{
			filename: 'parcel.png',
			contentType: 'image/png',
			size: PNG.length,
			base64: PNG.toString( 'base64' ),
		},
	] );
	expect( mail.text ).toMatch(
		/parcel\.png \(\d+ B\): attached to this email/
	);
	// The listed link is signed for this agent and file: it works as a link or
	// an image (no nonce header), carries no REST nonce, and fits no one else.
	const link = new URL( sent.attachments[ 0 ].url );
	expect( link.search ).not.toMatch( /nonce/ );
	expect( ( await page.request.get( link.href ) ).status() ).toBe( 200 );
	link.searchParams.set(
		'user',
		String( Number( link.searchParams.get( 'user' ) ) + 1 )
	);
	expect( ( await page.request.get( link.href ) ).status() ).toBe( 403 );
	// The plain route needs the nonce: the login cookie alone counts for nothing.
	expect(
		( await page.request.get( link.origin + link.pathname ) ).status()
	).toBe( 401 );
	// And no public address lists the file.
	const folder = await page.request.get(
		'/wp-content/uploads/storedesk-private/'
	);
	expect( await folder.text() ).not.toContain( 'parcel' );
	const guessed = await page.request.get( '/wp-content/uploads/parcel.png' );
	expect( Buffer.compare( await guessed.body(), PNG ) ).not.toBe( 0 );

	// n: note mode, focused; @ suggests agents, the keyboard picks one.
	await ticket.leaveFields();
	await page.keyboard.press( 'n' );
	await expect( page.getByRole( 'radio', { name: 'Note' } ) ).toBeChecked();
	await expect( ticket.noteBox() ).toBeFocused();
	await page.keyboard.type( 'Can @bo' );
	const suggestions = page.getByRole( 'listbox', {
		name: 'Agents to mention',
	} );
	await expect(
		suggestions.getByRole( 'option', { name: /Bo Agent/ } )
	).toBeVisible();
	await page.keyboard.press( 'Enter' );
	await expect( suggestions ).toBeHidden();
	await page.keyboard.type( 'check the depot?' );
	await ticket.button( 'Add note' ).click();
	const note = ticket.article( 'Internal note from Alex Agent' );
	await expect( note ).toContainText( 'Can @e2e_agent2 check the depot?' );
	await expect( note ).toContainText( 'only agents see it' );
	messages = await api< Message[] >(
		page,
		'GET',
		`/tickets/${ id }/messages`
	);
	const stored = messages.find( ( m ) => m.kind === 'note' ) as Message;
	expect( stored.body ).toContain(
		`<span data-mention="${ bo?.id }">@e2e_agent2</span>`
	);

	// r: reply mode; send and set pending.
	await ticket.leaveFields();
	await page.keyboard.press( 'r' );
	await expect( ticket.replyBox() ).toBeFocused();
	await page.keyboard.type( 'Could you confirm the delivery address?' );
	await ticket.button( 'Send and set pending' ).click();
	await expect( ticket.article( /^Reply from/ ).last() ).toContainText(
		'delivery address'
	);
	await expect(
		page.getByRole( 'combobox', { name: 'Status' } )
	).toHaveValue( 'pending' );
	expect(
		( await api< { status: string } >( page, 'GET', `/tickets/${ id }` ) )
			.status
	).toBe( 'pending' );

	// a: the assignee control in the sidebar.
	await ticket.leaveFields();
	await page.keyboard.press( 'a' );
	await expect(
		page.getByRole( 'combobox', { name: 'Assignee' } )
	).toBeFocused();
	await expectAccessible( page, 'ticket screen' );

	// e: resolve.
	await ticket.leaveFields();
	await page.keyboard.press( 'e' );
	await expect(
		page.getByRole( 'combobox', { name: 'Status' } )
	).toHaveValue( 'resolved' );
	await expect
		.poll(
			async () =>
				(
					await api< { status: string } >(
						page,
						'GET',
						`/tickets/${ id }`
					)
				).status
		)
		.toBe( 'resolved' );
} );

test( 'a draft waits on its ticket while the agent looks elsewhere', async ( {
	page,
} ) => {
	await new LoginPage( page ).logIn( 'e2e_agent', 'password' );
	const ticket = await api< { id: number } >( page, 'POST', '/tickets', {
		subject: `Draft keeper ${ Date.now() }`,
		channel: 'chat',
		customer: {
			name: 'Pia Draft',
			email: `pia${ Date.now() }@example.test`,
		},
		message: { body: 'Hello?', format: 'text' },
	} );
	const screen = new TicketPage( page );
	await screen.open( ticket.id, 'note' );
	await page.keyboard.type( 'Half-written thought' );
	await page.getByRole( 'link', { name: '← Inbox' } ).click();
	await expect( page.getByRole( 'heading', { level: 2 } ) ).not.toContainText(
		'Draft keeper'
	);
	await screen.open( ticket.id );
	await expect( page.getByRole( 'radio', { name: 'Note' } ) ).toBeChecked();
	await expect( screen.noteBox() ).toHaveText( 'Half-written thought' );
} );

test( 'the ticket screen works at 375 px', async ( { page } ) => {
	await page.setViewportSize( { width: 375, height: 740 } );
	await new LoginPage( page ).logIn( 'e2e_agent', 'password' );
	const ticket = await api< { id: number } >( page, 'POST', '/tickets', {
		subject: `Small screen ${ Date.now() }`,
		channel: 'sms',
		customer: { name: 'Quinn Phone', phone: '+44 7700 900123' },
		message: { body: 'Is my order on its way?', format: 'text' },
	} );
	const screen = new TicketPage( page );
	await screen.open( ticket.id, 'reply' );
	for ( const name of [
		'Bold',
		'Italic',
		'Link',
		'Bulleted list',
		'Numbered list',
		'Attach files',
		'Send',
		'Send and resolve',
		'Send and set pending',
	] ) {
		const box = await screen.button( name ).boundingBox();
		expect( box, name ).not.toBeNull();
		expect( box!.x, `${ name } starts on screen` ).toBeGreaterThanOrEqual(
			0
		);
		expect(
			box!.x + box!.width,
			`${ name } ends on screen`
		).toBeLessThanOrEqual( 375 );
	}
	await page.keyboard.type( 'On its way today.' );
	await screen.button( 'Send' ).click();
	await expect( screen.article( /^Reply from/ ) ).toContainText(
		'On its way today.'
	);
	const overflow = await page.evaluate( () => {
		const app = document.getElementById(
			'storedesk-admin-root'
		) as HTMLElement;
		return app.scrollWidth - app.clientWidth;
	} );
	expect( overflow ).toBeLessThanOrEqual( 0 );
	await expectAccessible( page, 'ticket screen at 375 px' );
} );

/**
 * Files on the shopper side, at 375 px: a guest attaches a photo to the
 * contact form (a file the browser already refuses shows its error beside
 * the input and keeps the text), finds it in the thread through the magic
 * link, replies with a PDF and then with a photo alone, and the agent sees
 * them in the ticket screen.
 * Server refusals are covered over HTTP (store-attachments.spec.ts) and in
 * PHPUnit, since Chromium logs every 4xx as a console error.
 */
import { expect, test } from '../../fixtures';
import { ContactFormPage } from '../../pages/ContactFormPage';
import { LoginPage } from '../../pages/LoginPage';
import { PortalPage } from '../../pages/PortalPage';
import {
	expectAccessibleRegion,
	magicLink,
	shopperIp,
} from '../../pages/shopper';

test.use( { extraHTTPHeaders: { 'X-Forwarded-For': shopperIp() } } );

const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64'
);
const PDF = Buffer.from(
	'%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'
);

/**
 * Asserts the page does not scroll sideways.
 *
 * @param page  Page.
 * @param where What is shown, for the message.
 */
async function expectNoSideScroll(
	page: import( '@playwright/test' ).Page,
	where: string
): Promise< void > {
	const width = await page.evaluate(
		() => document.documentElement.scrollWidth
	);
	expect(
		width,
		`no sideways scrolling at 375 px: ${ where }`
	).toBeLessThanOrEqual( 375 );
}

test( 'a guest sends a photo with the form and a PDF with a reply; the agent sees both', async ( {
	page,
	browser,
} ) => {
	await page.setViewportSize( { width: 375, height: 800 } );
	const form = new ContactFormPage( page );
	await form.open();
	const stamp = Date.now();
	const message = 'The glaze on my mug cracked in the dishwasher.';
	await form.fill( {
		name: 'Petra Photo',
		email: `petra${ stamp }@example.test`,
		subject: `Cracked mug glaze ${ stamp }`,
		topic: 'E2E Returns',
		message,
	} );
	const input = form.field( /^Attachments/ );
	await expect( input ).toHaveAccessibleDescription( /Up to 5 files/ );

	// The browser refuses what the server would, beside the input, before any request.
	await form.attach( [
		{
			name: 'setup.exe',
			mimeType: 'application/octet-stream',
			buffer: PNG,
		},
	] );
	await form.expectError(
		/^Attachments/,
		/setup\.exe: This type of file cannot be attached\. Allowed: .*png/
	);
	await form.send();
	await expect( input ).toBeFocused();
	await expect( form.field( /^How can we help/ ) ).toHaveValue( message );
	await expectAccessibleRegion(
		page,
		'.storedesk-contact-form',
		'form with a file error'
	);
	await expectNoSideScroll( page, 'contact form' );

	await form.attach( [
		{ name: 'mug-crack.png', mimeType: 'image/png', buffer: PNG },
	] );
	await expect( input ).not.toHaveAttribute( 'aria-invalid', 'true' );
	await form.send();
	const ticket = await form.ticketNumber();

	// Through the magic link the thread shows the photo, with a link that works.
	await page.goto( magicLink( ticket ) );
	const portal = new PortalPage( page );
	await expect(
		page.getByRole( 'heading', { name: `Cracked mug glaze ${ stamp }` } )
	).toBeVisible();
	const photo = portal.file( 'mug-crack.png' );
	await expect( photo ).toBeVisible();
	const thumb = photo.locator( 'img' );
	await expect
		.poll( () =>
			thumb.evaluate( ( img: HTMLImageElement ) => img.naturalWidth )
		)
		.toBe( 1 );
	const download = await page.request.get(
		( await photo.getAttribute( 'href' ) ) || ''
	);
	expect( download.status() ).toBe( 200 );
	expect( download.headers()[ 'content-type' ] ).toBe( 'image/png' );

	// The reply carries a PDF chosen with the keyboard-reachable file input.
	await portal.reply( 'Here is the receipt.', [
		{ name: 'receipt.pdf', mimeType: 'application/pdf', buffer: PDF },
	] );
	await expect( portal.file( 'receipt.pdf' ) ).toBeVisible();
	await expect( page.getByLabel( 'Attach files' ) ).toHaveValue( '' );
	// Nothing at all is refused in the browser; a photo without words is a reply.
	await page.getByRole( 'button', { name: 'Send reply' } ).click();
	await expect(
		page.getByRole( 'textbox', { name: 'Your reply' } )
	).toHaveAccessibleDescription(
		'Please write your reply or attach a file.'
	);
	await portal.reply( '', [
		{ name: 'box-label.png', mimeType: 'image/png', buffer: PNG },
	] );
	await expect( portal.file( 'box-label.png' ) ).toBeVisible();
	await expectAccessibleRegion(
		page,
		'.storedesk-portal',
		'thread with files'
	);
	await expectNoSideScroll( page, 'portal thread' );

	// The agent's ticket screen lists both files on the customer's messages.
	const agent = await browser.newPage();
	await new LoginPage( agent ).logIn();
	await agent.goto(
		`/wp-admin/admin.php?page=storedesk#/tickets/${ ticket }`
	);
	const thread = agent.getByRole( 'list', { name: 'Conversation' } );
	await expect( thread ).toContainText( 'Here is the receipt.' );
	await expect(
		thread.getByRole( 'link', { name: /^Download mug-crack\.png/ } )
	).toBeVisible();
	await expect(
		thread.getByRole( 'link', { name: /^Download receipt\.pdf/ } )
	).toBeVisible();
	await agent.close();
} );

/**
 * A guest follows the link from the acknowledgement email (built here the
 * way the email builds it), reads the thread and replies without an
 * account; the agent sees the reply in the inbox. An expired or tampered
 * link gets a clear page with the form to ask for new links.
 */
import { expect, test } from '../../fixtures';
import { api } from '../../pages/api';
import { LoginPage } from '../../pages/LoginPage';
import { PortalPage } from '../../pages/PortalPage';
import {
	expectAccessibleRegion,
	magicLink,
	shopperIp,
} from '../../pages/shopper';

test.use( { extraHTTPHeaders: { 'X-Forwarded-For': shopperIp() } } );

test( 'the guest opens the magic link and replies; the agent sees it', async ( {
	page,
	browser,
} ) => {
	const agent = await browser.newPage();
	await new LoginPage( agent ).logIn();
	const stamp = Date.now();
	const ticket = await api< { id: number } >( agent, 'POST', '/tickets', {
		subject: `Porcelain vase chipped ${ stamp }`,
		channel: 'form',
		customer: { name: 'Iris Guest', email: `iris${ stamp }@example.test` },
		message: { body: 'The vase has a chip on the rim.', format: 'text' },
	} );
	await api( agent, 'POST', `/tickets/${ ticket.id }/messages`, {
		kind: 'note',
		body: 'INTERNAL: supplier batch 7, do not tell.',
	} );
	await api( agent, 'POST', `/tickets/${ ticket.id }/messages`, {
		kind: 'reply',
		body: '<p>Sorry! Could you send a photo?</p>',
	} );

	await page.goto( magicLink( ticket.id ) );
	await expect( page ).toHaveURL( /\/support\/\?storedesk_ticket=/ );
	const portal = new PortalPage( page );
	await expect(
		page.getByRole( 'heading', {
			name: `Porcelain vase chipped ${ stamp }`,
		} )
	).toBeVisible();
	await expect( portal.thread().getByRole( 'article' ) ).toHaveCount( 2 );
	await expect( portal.thread() ).toContainText( 'chip on the rim' );
	await expect( portal.thread() ).toContainText( 'Could you send a photo?' );
	await expect( page.getByText( 'INTERNAL' ) ).toHaveCount( 0 );
	await expectAccessibleRegion( page, '.storedesk-portal', 'guest thread' );
	// The token leaves the address bar (history, screenshots, shared tabs); a reload still opens the request.
	await expect( page ).not.toHaveURL( /storedesk_token/ );
	await page.reload();
	await expect( portal.thread() ).toContainText( 'chip on the rim' );
	// The bare URL in another tab opens nothing and offers new links.
	const other = await page.context().newPage();
	await other.goto( page.url() );
	await expect(
		other.getByRole( 'heading', {
			name: 'This link has expired or is not valid',
		} )
	).toBeVisible();
	await expect( other.getByText( 'chip on the rim' ) ).toHaveCount( 0 );
	await other.close();

	await portal.reply( 'Photo is on its way, the chip is 2 mm.' );
	await expect( portal.thread().getByRole( 'article' ) ).toHaveCount( 3 );

	const thread = await api< Array< { kind: string; body: string } > >(
		agent,
		'GET',
		`/tickets/${ ticket.id }/messages`
	);
	expect( thread.at( -1 ) ).toMatchObject( {
		kind: 'customer',
		body: 'Photo is on its way, the chip is 2 mm.',
	} );
	await agent.goto(
		`/wp-admin/admin.php?page=storedesk#/tickets/${ ticket.id }`
	);
	await expect(
		agent.getByRole( 'list', { name: 'Conversation' } )
	).toContainText( 'the chip is 2 mm' );
	await agent.close();
} );

test( 'an expired or tampered link shows the page to ask for new links', async ( {
	page,
	browser,
	consoleErrors,
} ) => {
	const agent = await browser.newPage();
	await new LoginPage( agent ).logIn();
	const ticket = await api< { id: number } >( agent, 'POST', '/tickets', {
		subject: `Old question ${ Date.now() }`,
		channel: 'form',
		customer: { email: `old${ Date.now() }@example.test` },
		message: { body: 'An old question.', format: 'text' },
	} );
	await agent.close();

	await page.goto( magicLink( ticket.id, true ) );
	await expect(
		page.getByRole( 'heading', {
			name: 'This link has expired or is not valid',
		} )
	).toBeVisible();
	await expect( page.getByText( 'An old question.' ) ).toHaveCount( 0 );
	await expectAccessibleRegion(
		page,
		'.storedesk-portal',
		'expired link page'
	);
	const form = page.getByRole( 'form', { name: 'Email me my links' } );
	await form.getByLabel( 'Email address' ).fill( 'someone@example.test' );
	await form.getByRole( 'button', { name: 'Email me my links' } ).click();
	await expect( form.getByRole( 'status' ) ).toContainText(
		'If we have support requests for this address'
	);

	const good = magicLink( ticket.id );
	await page.goto(
		good.replace(
			/storedesk_token=([^&]+)/,
			( _m, t: string ) => `storedesk_token=${ t.slice( 0, -2 ) }xx`
		)
	);
	await expect(
		page.getByRole( 'heading', {
			name: 'This link has expired or is not valid',
		} )
	).toBeVisible();
	// The link of one ticket opens no other.
	await page.goto(
		good.replace(
			`storedesk_ticket=${ ticket.id }`,
			`storedesk_ticket=${ ticket.id - 1 }`
		)
	);
	await expect(
		page.getByRole( 'heading', {
			name: 'This link has expired or is not valid',
		} )
	).toBeVisible();
	// The server refused both links before any request was made.
	expect( consoleErrors ).toEqual( [] );
} );

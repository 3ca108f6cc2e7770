/**
 * An agent's first look at the desk: log in, click Support, and land on a
 * list with work in it (Mine when something is theirs, else Unassigned,
 * else All open), and on the view they picked from then on. The inbox
 * offers views only for channels that exist, and the composer says how a
 * reply leaves (by email, whatever channel the conversation came on).
 */
import type { Page } from '@playwright/test';

import { expect, test } from '../../fixtures';
import { api } from '../../pages/api';
import { LoginPage } from '../../pages/LoginPage';
import { sitePhp } from '../../pages/shopper';

const views = ( page: Page ) =>
	page.getByRole( 'navigation', { name: 'Inbox views' } );

/**
 * From the dashboard after login, as an agent goes: the Support menu.
 *
 * @param page The agent's page.
 */
async function openSupport( page: Page ) {
	await page
		.locator( '#adminmenu' )
		.getByRole( 'link', { name: /^Support/ } )
		.first()
		.click();
	await expect( page ).toHaveURL( /admin\.php\?page=storedesk/ );
}

test( 'a new agent lands on the first view with work in it, then on the view they pick', async ( {
	page,
	browser,
} ) => {
	const login = `e2e_newcomer_${ Date.now() }`;
	sitePhp(
		`wp_insert_user( array( 'user_login' => '${ login }', 'user_pass' => 'password', 'user_email' => '${ login }@example.test', 'role' => 'storedesk_agent' ) );`
	);
	// Someone's question waits for anyone to take it.
	// (Arranged in a browser of the administrator's own: see contacts.spec.ts.)
	const admin = await browser.newPage();
	await new LoginPage( admin ).logIn();
	const waiting = `Nobody has this yet ${ Date.now() }`;
	await api( admin, 'POST', '/tickets', {
		subject: waiting,
		channel: 'form',
		customer: {
			name: 'Wanda Waiting',
			email: `wanda${ Date.now() }@example.test`,
		},
		message: { body: 'Is anyone there?', format: 'text' },
	} );
	await admin.close();

	await new LoginPage( page ).logIn( login, 'password' );
	await openSupport( page );
	await expect(
		page.getByRole( 'heading', { name: 'Unassigned', level: 2 } )
	).toBeVisible();
	await expect(
		views( page ).getByRole( 'link', { name: 'Unassigned' } )
	).toHaveAttribute( 'aria-current', 'page' );
	await expect(
		page.getByRole( 'row', { name: new RegExp( waiting ) } )
	).toBeVisible();
	await expect( page.getByText( 'No conversations here' ) ).toHaveCount( 0 );

	await views( page ).getByRole( 'link', { name: 'All open' } ).click();
	await expect(
		page.getByRole( 'heading', { name: 'All open', level: 2 } )
	).toBeVisible();
	await page.goto( '/wp-admin/' );
	await openSupport( page );
	await expect(
		page.getByRole( 'heading', { name: 'All open', level: 2 } )
	).toBeVisible();
} );

test( 'channel views only for channels that exist; the composer says how a reply leaves', async ( {
	page,
} ) => {
	await new LoginPage( page ).logIn();
	await openSupport( page );
	const channels = views( page ).getByRole( 'list', { name: 'Channels' } );
	for ( const name of [ 'Email', 'Contact form', 'Phone' ] ) {
		await expect( channels.getByRole( 'link', { name } ) ).toBeVisible();
	}
	await expect(
		channels.getByRole( 'link', { name: 'WeChat' } )
	).toHaveCount( 0 );

	// A conversation arrives on WeChat (logged here, as an integration would).
	const stamp = Date.now();
	const email = `mei.${ stamp }@example.cn`;
	const wechat = await api< { id: number } >( page, 'POST', '/tickets', {
		subject: `Tea set on WeChat ${ stamp }`,
		channel: 'wechat',
		customer: { name: 'Mei Chen', email },
		message: { body: 'Is the tea set in stock?', format: 'text' },
	} );
	const phoneOnly = await api< { id: number } >( page, 'POST', '/tickets', {
		subject: `Phoned about a refund ${ stamp }`,
		channel: 'phone',
		customer: { name: 'Paul Phone', phone: '+44 7700 900456' },
		message: { body: 'Called about a refund.', format: 'text' },
	} );
	await page.reload();
	await channels.getByRole( 'link', { name: 'WeChat' } ).click();
	await page
		.getByRole( 'row', {
			name: new RegExp( `Tea set on WeChat ${ stamp }` ),
		} )
		.getByRole( 'link', { name: new RegExp( `Tea set on WeChat` ) } )
		.click();
	await expect( page ).toHaveURL( new RegExp( `#/tickets/${ wechat.id }` ) );
	const reply = page.getByRole( 'textbox', {
		name: 'Reply to the customer',
	} );
	await expect( reply ).toHaveAccessibleDescription(
		`Reply by email to ${ email }`
	);
	await expect(
		page.getByText( `Reply by email to ${ email }` )
	).toBeVisible();

	await page.goto(
		`/wp-admin/admin.php?page=storedesk#/tickets/${ phoneOnly.id }`
	);
	await expect( reply ).toHaveAccessibleDescription(
		/has no email address, so the reply is kept here and not sent/
	);
} );

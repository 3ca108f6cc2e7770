/**
 * The inbox updates by itself: a conversation that arrives while the agent
 * looks at the list shows up within the polling interval, without a reload.
 */
import { expect, test } from '../../fixtures';
import { expectAccessible } from '../../pages/a11y';
import { api } from '../../pages/api';
import { LoginPage } from '../../pages/LoginPage';

test( 'a new conversation appears without reloading', async ( { page } ) => {
	await new LoginPage( page ).logIn();
	await page.goto( '/wp-admin/admin.php?page=storedesk#/inbox/unassigned' );
	await expect(
		page.getByRole( 'heading', { name: 'Unassigned', level: 2 } )
	).toBeVisible();
	const subject = `Arrived while watching ${ Date.now() }`;
	await api( page, 'POST', '/tickets', {
		subject,
		channel: 'chat',
		customer: {
			name: 'Live Visitor',
			email: `live${ Date.now() }@example.test`,
		},
		message: { body: 'Hello, anyone there?', format: 'text' },
	} );
	let reloaded = false;
	page.on( 'framenavigated', () => ( reloaded = true ) );
	await expect(
		page.getByRole( 'row', { name: new RegExp( subject ) } )
	).toBeVisible( { timeout: 15_000 } );
	expect( reloaded ).toBe( false );
	await expectAccessible( page, 'inbox' );
} );

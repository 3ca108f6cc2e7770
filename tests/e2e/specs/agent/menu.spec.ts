/**
 * An administrator logs in and finds the helpdesk under Support.
 */
import { expect, test } from '../../fixtures';
import { LoginPage } from '../../pages/LoginPage';

test( 'the Support menu opens the helpdesk page', async ( { page } ) => {
	await new LoginPage( page ).logIn();
	const menu = page.locator( '#adminmenu' ).getByRole( 'link', { name: /^Support/ } ).first();
	await expect( menu ).toBeVisible();
	await menu.click();
	await expect( page ).toHaveURL( /admin\.php\?page=storedesk/ );
	await expect( page.locator( '#storedesk-admin-root' ) ).toBeVisible();
} );

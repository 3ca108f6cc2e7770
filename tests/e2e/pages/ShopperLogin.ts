/**
 * A customer logs in through wp-login.php and lands on the storefront
 * (WooCommerce keeps customers out of wp-admin).
 */
import { expect, type Page } from '@playwright/test';

import { submitLoginForm } from './LoginPage';

export async function logInAsCustomer(
	page: Page,
	user: string,
	password = 'password',
	/** A storefront page whose "Log in" link the customer follows, and comes back to. */
	from?: string
): Promise< void > {
	if ( from ) {
		await page.goto( from );
		await page.getByRole( 'link', { name: 'Log in', exact: true } ).click();
	} else {
		await page.goto( '/wp-login.php' );
	}
	await submitLoginForm( page, user, password );
	await expect( page ).not.toHaveURL( /wp-login\.php/ );
	if ( from ) {
		await expect( page ).toHaveURL( new RegExp( `${ from }$` ) );
	}
}

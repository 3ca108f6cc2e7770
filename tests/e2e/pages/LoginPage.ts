/**
 * The WordPress login form, used the way a person would.
 */
import type { Page } from '@playwright/test';

export class LoginPage {
	constructor( private readonly page: Page ) {}

	async logIn(
		user = process.env.STOREDESK_E2E_USER || 'admin',
		password = process.env.STOREDESK_E2E_PASSWORD || 'password'
	): Promise< void > {
		await this.page.goto( '/wp-login.php' );
		await this.page.getByLabel( 'Username or Email Address' ).fill( user );
		await this.page
			.getByLabel( 'Password', { exact: true } )
			.fill( password );
		await this.page.getByRole( 'button', { name: 'Log In' } ).click();
		await this.page.waitForURL( /wp-admin/ );
	}
}

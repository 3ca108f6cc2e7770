/**
 * The WordPress login form, used the way a person would.
 */
import { expect, type Page } from '@playwright/test';

/**
 * Fills and sends the login form on wp-login.php. WordPress moves focus to
 * the username 200 ms after the form is shown, selecting what is in it; a
 * spec that typed before that could see its password typed over the
 * username, so it waits for that focus as a person's eyes would.
 *
 * @param page     A page on (or on its way to) wp-login.php.
 * @param user     Login.
 * @param password Password.
 */
export async function submitLoginForm(
	page: Page,
	user: string,
	password: string
): Promise< void > {
	const login = page.getByLabel( 'Username or Email Address' );
	await expect( login ).toBeFocused();
	await login.fill( user );
	await page.getByLabel( 'Password', { exact: true } ).fill( password );
	await page.getByRole( 'button', { name: 'Log In' } ).click();
}

export class LoginPage {
	constructor( private readonly page: Page ) {}

	async logIn(
		user = process.env.STOREDESK_E2E_USER || 'admin',
		password = process.env.STOREDESK_E2E_PASSWORD || 'password'
	): Promise< void > {
		await this.page.goto( '/wp-login.php' );
		await submitLoginForm( this.page, user, password );
		await this.page.waitForURL( /wp-admin/ );
	}
}

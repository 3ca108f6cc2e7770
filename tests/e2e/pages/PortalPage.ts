/**
 * The customer portal (My Account → Support, the Support page, or one
 * ticket through a magic link).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class PortalPage {
	constructor( private readonly page: Page ) {}

	/** From My Account, the way a logged-in customer goes: the account menu's "Support". */
	async openFromMyAccount(): Promise< void > {
		await this.page.goto( '/my-account/' );
		await this.page
			.getByRole( 'navigation', { name: 'Account pages' } )
			.getByRole( 'link', { name: 'Support' } )
			.click();
		await expect( this.page ).toHaveURL( /\/my-account\/support\/?$/ );
	}

	requests(): Locator {
		return this.page.getByRole( 'list', { name: 'Support requests' } );
	}

	async openRequest( subject: string ): Promise< void > {
		await this.requests()
			.getByRole( 'button', { name: new RegExp( subject ) } )
			.click();
		await expect(
			this.page.getByRole( 'heading', { name: subject } )
		).toBeVisible();
	}

	thread(): Locator {
		return this.page.getByRole( 'list', { name: 'Conversation' } );
	}

	/**
	 * Sends a reply, optionally with files chosen in "Attach files".
	 *
	 * @param text  Reply.
	 * @param files Name, type and bytes of each file.
	 */
	async reply(
		text: string,
		files: Array< { name: string; mimeType: string; buffer: Buffer } > = []
	): Promise< void > {
		await this.page
			.getByRole( 'textbox', { name: 'Your reply' } )
			.fill( text );
		if ( files.length ) {
			await this.page.getByLabel( 'Attach files' ).setInputFiles( files );
		}
		await this.page.getByRole( 'button', { name: 'Send reply' } ).click();
		await expect(
			this.page.getByText( 'Your reply was sent.' )
		).toBeVisible();
	}

	/**
	 * The download link of a file in the thread.
	 *
	 * @param name File name.
	 */
	file( name: string ): Locator {
		const escaped = name.replace( /[.*+?^$()|[\]\\]/g, '\\$&' );
		return this.thread()
			.getByRole( 'list', { name: 'Attachments' } )
			.getByRole( 'link', {
				name: new RegExp( `^Download ${ escaped } \\(` ),
			} );
	}

	status(): Locator {
		return this.page.getByText( /^Request #\d+ · / );
	}
}

/**
 * The ticket screen as an agent uses it: the thread, the composer with its
 * formatting toolbar, mentions and files, and the presence notices.
 */
import type { Locator, Page } from '@playwright/test';

export class TicketPage {
	readonly thread: Locator;

	constructor( readonly page: Page ) {
		this.thread = page.getByRole( 'list', { name: 'Conversation' } );
	}

	async open( id: number, mode?: 'reply' | 'note' ): Promise< void > {
		await this.page.goto(
			`/wp-admin/admin.php?page=storedesk#/tickets/${ id }${ mode ? `/${ mode }` : '' }`
		);
		await this.thread.waitFor();
	}

	replyBox(): Locator {
		return this.page.getByRole( 'textbox', {
			name: 'Reply to the customer',
		} );
	}

	noteBox(): Locator {
		return this.page.getByRole( 'textbox', {
			name: 'Internal note (only agents see it)',
		} );
	}

	button( name: string ): Locator {
		return this.page.getByRole( 'button', { name, exact: true } );
	}

	/**
	 * Attaches files through the "Attach files" button and the file chooser.
	 *
	 * @param files Name, type and bytes of each file.
	 */
	async attach(
		files: Array< { name: string; mimeType: string; buffer: Buffer } >
	): Promise< void > {
		const chooser = this.page.waitForEvent( 'filechooser' );
		await this.button( 'Attach files' ).click();
		await ( await chooser ).setFiles( files );
	}

	attached(): Locator {
		return this.page.getByRole( 'list', { name: 'Attached files' } );
	}

	article( name: string | RegExp ): Locator {
		return this.thread.getByRole( 'article', { name } );
	}

	/** The text of the notices saying who else is here. */
	presence(): Locator {
		return this.page.locator(
			'.storedesk-presence .components-notice__content'
		);
	}

	/** Moves focus out of any field, so single-key shortcuts apply. */
	async leaveFields(): Promise< void > {
		await this.page.getByRole( 'heading', { level: 2 } ).click();
	}
}

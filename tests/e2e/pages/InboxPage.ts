/**
 * The inbox list, used the way an agent would: views, filters, search,
 * selection and bulk actions.
 */
import type { Locator, Page } from '@playwright/test';

export class InboxPage {
	constructor( private readonly page: Page ) {}

	async goto( view = 'mine' ): Promise< void > {
		await this.page.goto(
			`/wp-admin/admin.php?page=storedesk#/inbox/${ view }`
		);
	}

	views(): Locator {
		return this.page.getByRole( 'navigation', { name: 'Inbox views' } );
	}

	row( subject: string | RegExp ): Locator {
		return this.page.getByRole( 'row', {
			name: typeof subject === 'string' ? new RegExp( subject ) : subject,
		} );
	}

	searchBox(): Locator {
		return this.page.getByRole( 'searchbox', {
			name: 'Search conversations',
		} );
	}

	/**
	 * Types a search and waits until the list asked for it: the box is
	 * debounced, so rows seen right after typing are still the old list.
	 * @param text
	 */
	async search( text: string ): Promise< void > {
		const asked = this.page.waitForResponse( ( response ) => {
			const url = new URL( response.url() );
			return (
				url.searchParams.get( 'search' ) === text &&
				/storedesk\/v1\/tickets/.test(
					url.searchParams.get( 'rest_route' ) ?? url.pathname
				)
			);
		} );
		await this.searchBox().fill( text );
		await asked;
	}

	/**
	 * Picks a value in one of the filter chips (Channel, Tags, Status…).
	 * @param field
	 * @param option
	 */
	async filter( field: string, option: string ): Promise< void > {
		await this.page
			.locator( '.dataviews-filters__container' )
			.getByRole( 'button', { name: field, exact: true } )
			.click();
		await this.page
			.getByRole( 'dialog' )
			.getByRole( 'option', { name: option } )
			.click();
		await this.page.keyboard.press( 'Escape' );
	}

	async select( subject: string ): Promise< void > {
		await this.row( subject ).getByRole( 'checkbox' ).check();
	}

	/**
	 * A bulk action of the footer that appears with a selection.
	 * @param name
	 */
	bulkAction( name: string ): Locator {
		return this.page
			.locator( '.dataviews-bulk-actions-footer__action-buttons' )
			.getByRole( 'button', { name, exact: true } );
	}
}

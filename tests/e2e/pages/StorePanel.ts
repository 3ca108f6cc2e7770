/**
 * The ticket sidebar's store panel as an agent uses it: the linked order
 * (lines, status, totals, refunds), its actions (a refund by lines with its
 * confirm dialog), and the order's own screen in wp-admin that the panel
 * links to.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class StorePanel {
	readonly sidebar: Locator;
	/** The ticket's order in full. */
	readonly order: Locator;

	constructor( readonly page: Page ) {
		this.sidebar = page.getByRole( 'complementary', {
			name: 'Ticket details',
		} );
		this.order = this.sidebar.getByRole( 'region', {
			name: 'Order of this ticket',
		} );
	}

	/**
	 * Waits for the linked order to show. The panel comes after the inbox
	 * has painted: its bundle and WooCommerce's scripts load when the
	 * sidebar first shows, then the panel reads the store (a slower read
	 * than the ticket's), so it gets longer than an assertion's 5 s.
	 */
	async waitForOrder(): Promise< void > {
		await expect( this.lines() ).toBeVisible( { timeout: 30_000 } );
	}

	/** The order's lines ("Items"). */
	lines(): Locator {
		return this.order.getByRole( 'list', { name: 'Items' } );
	}

	/**
	 * One line of the order, by product name.
	 *
	 * @param name Product name.
	 */
	line( name: string ): Locator {
		return this.lines().getByRole( 'listitem' ).filter( { hasText: name } );
	}

	/**
	 * The order's totals as [ label, value ] pairs, in order.
	 */
	async totals(): Promise< string[][] > {
		const terms = this.order.getByRole( 'term' );
		const rows: string[][] = [];
		for ( const term of await terms.all() ) {
			rows.push( [
				( await term.textContent() ) ?? '',
				( await term
					.locator( 'xpath=following-sibling::dd' )
					.textContent() ) ?? '',
			] );
		}
		return rows;
	}

	/**
	 * The order's status badge, by its words.
	 *
	 * @param label Status name, such as Processing.
	 */
	status( label: string ): Locator {
		return this.order
			.locator( '.storedesk-store-order__head' )
			.getByText( label, { exact: true } );
	}

	/**
	 * One of the order actions' buttons.
	 *
	 * @param name Add note, Change status, Refund or Resend email.
	 */
	action( name: string ): Locator {
		return this.order
			.getByRole( 'group', { name: 'Order actions' } )
			.getByRole( 'button', { name, exact: true } );
	}

	/** The open refund form. */
	refundForm(): Locator {
		return this.order.getByRole( 'region', { name: 'Refund' } );
	}

	/**
	 * Opens the refund form and fills it: how many of each line, and a reason.
	 *
	 * @param lines  Quantities by product name.
	 * @param reason Reason, kept on the refund.
	 */
	async fillRefund(
		lines: Record< string, number >,
		reason: string
	): Promise< void > {
		await this.action( 'Refund' ).click();
		const form = this.refundForm();
		for ( const [ name, quantity ] of Object.entries( lines ) ) {
			await form
				.getByRole( 'group', { name } )
				.getByRole( 'spinbutton', { name: 'Quantity' } )
				.fill( String( quantity ) );
		}
		await form.getByRole( 'textbox', { name: 'Reason' } ).fill( reason );
	}

	/**
	 * Asks for the refund's preview; returns its confirm dialog.
	 *
	 * @param orderNumber The order's number, which names the dialog.
	 */
	async previewRefund( orderNumber: string ): Promise< Locator > {
		await this.refundForm()
			.getByRole( 'button', { name: 'Preview the refund' } )
			.click();
		const dialog = this.page.getByRole( 'dialog', {
			name: `Refund order #${ orderNumber }?`,
		} );
		await expect( dialog ).toBeVisible();
		return dialog;
	}

	/**
	 * The confirm dialog's facts as [ label, value ] pairs.
	 *
	 * @param dialog The refund's confirm dialog.
	 */
	async dialogFacts( dialog: Locator ): Promise< string[][] > {
		const rows: string[][] = [];
		for ( const term of await dialog.getByRole( 'term' ).all() ) {
			rows.push( [
				( await term.textContent() ) ?? '',
				( await term
					.locator( 'xpath=following-sibling::dd' )
					.textContent() ) ?? '',
			] );
		}
		return rows;
	}

	/** What the panel announced last (the live status under the actions). */
	announced(): Locator {
		return this.order.getByRole( 'status' );
	}

	/** The order's refunds, under "Refunds". */
	refunds(): Locator {
		return this.order.locator( '.storedesk-store-refunds' );
	}

	/**
	 * Opens the order's screen in wp-admin through the panel's link.
	 *
	 * @param orderNumber The order's number.
	 */
	async openOrderScreen( orderNumber: string ): Promise< OrderScreen > {
		await this.order
			.getByRole( 'link', { name: `Order #${ orderNumber }` } )
			.click();
		const screen = new OrderScreen( this.page );
		await expect( screen.items ).toBeVisible();
		return screen;
	}
}

/**
 * WooCommerce's order edit screen (HPOS or posts storage alike): its items
 * box, where refunds are listed, and its notes.
 */
export class OrderScreen {
	readonly items: Locator;
	readonly notes: Locator;

	constructor( readonly page: Page ) {
		this.items = page.locator( '#woocommerce-order-items' );
		this.notes = page.locator( '#woocommerce-order-notes' );
	}

	/** The refunds listed under the order's items. */
	refunds(): Locator {
		return this.items.locator( 'tr.refund' );
	}
}

/**
 * A shopper's orders in WooCommerce (My Account → Orders → View, and the
 * order-received page) and their "Get help with this order" button.
 */
import { expect, type Locator, type Page } from '@playwright/test';

import { sitePhp } from './shopper';

/** The fixture orders of tools/php/seed-e2e.php: key => id and number. */
export type FixtureOrders = Record< string, { id: number; number: string } >;

export function fixtureOrders(): FixtureOrders {
	return JSON.parse(
		sitePhp( `
$out = array();
foreach ( (array) get_option( 'storedesk_e2e_orders', array() ) as $key => $id ) {
	$order = wc_get_order( $id );
	$out[ $key ] = array( 'id' => (int) $id, 'number' => (string) $order->get_order_number() );
}
echo wp_json_encode( $out );` )
	) as FixtureOrders;
}

export class OrderPages {
	constructor( private readonly page: Page ) {}

	/**
	 * From My Account, the way a customer goes: the account menu's "Orders",
	 * then the order's "View".
	 *
	 * @param number Order number.
	 */
	async viewFromMyAccount( number: string ): Promise< void > {
		await this.page.goto( '/my-account/' );
		await this.page
			.getByRole( 'navigation', { name: 'Account pages' } )
			.getByRole( 'link', { name: 'Orders' } )
			.click();
		await this.page
			.getByRole( 'link', { name: `View order number ${ number }` } )
			.first()
			.click();
		await expect( this.page ).toHaveURL( /\/view-order\/\d+\/?$/ );
	}

	/** Clicks "Get help with this order"; returns the panel it opens. */
	async getHelp(): Promise< Locator > {
		await this.page
			.getByRole( 'button', { name: 'Get help with this order' } )
			.click();
		const dialog = this.page.getByRole( 'dialog', {
			name: 'How can we help?',
		} );
		await expect( dialog ).toBeVisible();
		return dialog;
	}
}

<?php
/**
 * Plugin Name:       Storedesk
 * Plugin URI:        https://wordpress.org/plugins/storedesk/
 * Description:       Omnichannel helpdesk inside WordPress and WooCommerce: one inbox for email, forms, chat, messaging and phone, with the customer's orders beside every conversation.
 * Version:           0.1.0
 * Requires at least: 6.9
 * Requires PHP:      8.1
 * Author:            Storedesk
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       storedesk
 * Domain Path:       /languages
 * WC requires at least: 9.0
 * WC tested up to:   10.9
 *
 * @package Storedesk
 */

defined( 'ABSPATH' ) || exit;

define( 'STOREDESK_VERSION', '0.1.0' );
define( 'STOREDESK_FILE', __FILE__ );
define( 'STOREDESK_DIR', __DIR__ );

require_once __DIR__ . '/php/autoload.php';

// WooCommerce warns about (and may refuse to run beside) plugins that have not declared
// support for its order tables and its cart and checkout blocks; Storedesk touches
// orders only through the CRUD and adds nothing to the cart or checkout.
add_action(
	'before_woocommerce_init',
	static function () {
		if ( class_exists( \Automattic\WooCommerce\Utilities\FeaturesUtil::class ) ) {
			\Automattic\WooCommerce\Utilities\FeaturesUtil::declare_compatibility( 'custom_order_tables', __FILE__, true );
			\Automattic\WooCommerce\Utilities\FeaturesUtil::declare_compatibility( 'cart_checkout_blocks', __FILE__, true );
		}
	}
);

register_activation_hook( __FILE__, array( \Storedesk\Install\Installer::class, 'activate' ) );
register_deactivation_hook( __FILE__, array( \Storedesk\Install\Installer::class, 'deactivate' ) );
register_uninstall_hook( __FILE__, array( \Storedesk\Install\Uninstaller::class, 'uninstall' ) );

add_action( 'plugins_loaded', array( \Storedesk\Plugin::class, 'boot' ) );

<?php
/**
 * What Storedesk declares to WooCommerce.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce;

use Automattic\WooCommerce\Utilities\FeaturesUtil;

/**
 * WooCommerce lists Storedesk as compatible with its order tables and with
 * the cart and checkout blocks, so it never warns a store owner about us.
 */
class CompatibilityTest extends WooCommerceTestCase {

	/** Both features name the plugin as compatible. */
	public function test_declared_compatible(): void {
		$features = FeaturesUtil::get_compatible_features_for_plugin( 'storedesk/plugin.php' );
		$this->assertContains( 'custom_order_tables', $features['compatible'] );
		$this->assertContains( 'cart_checkout_blocks', $features['compatible'] );
		$this->assertNotContains( 'custom_order_tables', $features['incompatible'] );
	}
}

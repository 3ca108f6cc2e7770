<?php
/**
 * Support staff reach wp-admin on WooCommerce stores.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Integrations\WooCommerce;

use Storedesk\Tests\TestCase;

/**
 * WooCommerce keeps users who cannot edit posts out of wp-admin; agents
 * must still get in, customers must still be kept out.
 */
class AdminAccessTest extends TestCase {

	/** Agents and managers pass; subscribers and customers do not. */
	public function test_support_staff_pass_woocommerce_admin_guard(): void {
		if ( ! class_exists( 'WooCommerce' ) ) {
			$this->markTestSkipped( 'WooCommerce is not active on the test site.' );
		}
		$cases = array(
			'storedesk_agent'   => false,
			'storedesk_manager' => false,
			'subscriber'        => true,
			'customer'          => true,
		);
		foreach ( $cases as $role => $kept_out ) {
			wp_set_current_user( $this->user( $role ) );
			// Ask WooCommerce's own guard what it decides, with our filter in place.
			$prevent = apply_filters( 'woocommerce_prevent_admin_access', ! current_user_can( 'edit_posts' ) && ! current_user_can( 'manage_woocommerce' ) && ! current_user_can( 'view_admin_dashboard' ) );
			$this->assertSame( $kept_out, $prevent, "{$role} admin access" );
			$this->assertSame( $kept_out, apply_filters( 'woocommerce_disable_admin_bar', true ), "{$role} admin bar" );
		}
	}
}

<?php
/**
 * Lets support staff into wp-admin on WooCommerce stores.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce;

use Storedesk\Install\Roles;

defined( 'ABSPATH' ) || exit;

/**
 * WooCommerce sends users who cannot edit posts from wp-admin to My Account
 * and hides their admin bar. Support agents have no reason to edit posts,
 * yet the helpdesk lives in wp-admin.
 */
class AdminAccess {

	/** Hooks WooCommerce's filters; harmless when WooCommerce is absent. */
	public function register(): void {
		add_filter( 'woocommerce_prevent_admin_access', array( $this, 'allow_support_staff' ) );
		add_filter( 'woocommerce_disable_admin_bar', array( $this, 'allow_support_staff' ) );
	}

	/**
	 * Keeps WooCommerce's answer except for helpdesk users.
	 *
	 * @param bool $prevent Whether WooCommerce would keep the user out.
	 */
	public function allow_support_staff( $prevent ): bool {
		return (bool) $prevent && ! current_user_can( Roles::ACCESS );
	}
}

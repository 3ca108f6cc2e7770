<?php
/**
 * Phone calls.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Phone;

use Storedesk\Channels\BaseChannel;
use Storedesk\Channels\HasRoutes;
use Storedesk\Container;

defined( 'ABSPATH' ) || exit;

/**
 * Calls that agents log (see CallLog): the customer is known by their number
 * in E.164 form, so the same number typed any way is one contact.
 */
class PhoneChannel extends BaseChannel implements HasRoutes {

	/**
	 * Builds the channel.
	 *
	 * @param Container $container Builds its REST controller when routes are registered.
	 */
	public function __construct( private Container $container ) {}

	/** Slug. */
	public function slug(): string {
		return 'phone';
	}

	/** Name. */
	public function label(): string {
		return __( 'Phone', 'storedesk' );
	}

	/** Icon. */
	public function icon(): string {
		return 'mobile';
	}

	/** Address type. */
	public function address_type(): string {
		return self::PHONE;
	}

	/** Works without any setup. */
	public function is_set_up(): bool {
		return true;
	}

	/** POST /storedesk/v1/calls. */
	public function register_routes(): void {
		$this->container->get( CallsController::class )->register_routes();
	}
}

<?php
/**
 * What a channel says after a send.
 *
 * @package Storedesk
 */

namespace Storedesk\Conversations;

defined( 'ABSPATH' ) || exit;

/**
 * Sent (with the provider's id for the message, when it gives one), or
 * failed with the reason an agent reads and whether trying again may help
 * (a timeout may; a refused address will not).
 */
final class SendResult {

	/**
	 * Builds the result.
	 *
	 * @param bool        $sent        Whether the channel took it.
	 * @param string|null $provider_id The provider's id for it.
	 * @param string      $error       Why not, in words.
	 * @param bool        $retry       Whether a later try may succeed.
	 */
	private function __construct(
		public readonly bool $sent,
		public readonly ?string $provider_id = null,
		public readonly string $error = '',
		public readonly bool $retry = false,
	) {}

	/**
	 * The channel took it.
	 *
	 * @param string|null $provider_id The provider's id for it.
	 */
	public static function sent( ?string $provider_id = null ): self {
		return new self( true, $provider_id );
	}

	/**
	 * The channel did not take it.
	 *
	 * @param string $error Why, in words an agent understands.
	 * @param bool   $retry Whether a later try may succeed.
	 */
	public static function failed( string $error, bool $retry = true ): self {
		return new self( false, null, $error, $retry );
	}
}

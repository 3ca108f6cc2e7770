<?php
/**
 * Defaults most channels share.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels;

use Storedesk\Contacts\Contact;
use Storedesk\Conversations\InboundMessage;
use Storedesk\Conversations\OutboundMessage;
use Storedesk\Conversations\SendResult;
use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * A channel that carries plain text, has no reply window, starts a new
 * conversation for every message it cannot place, and takes no webhooks.
 * Channels override what differs.
 */
abstract class BaseChannel implements Channel {

	/** Carries nothing but text by default. */
	public function supports(): array {
		return array(
			'attachments'   => false,
			'formatting'    => false,
			'typing'        => false,
			'read_receipts' => false,
			'templates'     => false,
		);
	}

	/** No window: a reply may always be sent. */
	public function reply_window(): ?int {
		return null;
	}

	/** Needs setting up unless it says otherwise. */
	public function is_set_up(): bool {
		return false;
	}

	/**
	 * No settings of its own.
	 *
	 * @return array<string, array>
	 */
	public function settings(): array {
		return array();
	}

	/**
	 * No secrets.
	 *
	 * @return array<string, string>
	 */
	public function secrets(): array {
		return array();
	}

	/**
	 * Nothing added to a conversation it opens.
	 *
	 * @param InboundMessage $message The message.
	 * @param Contact        $contact Its sender.
	 * @return array{status?: string, related?: int}
	 */
	public function opening( InboundMessage $message, Contact $contact ): array {
		return array();
	}

	/**
	 * Every message it cannot place starts a conversation.
	 *
	 * @param InboundMessage $message The message.
	 * @param Contact        $contact Its sender.
	 */
	public function thread( InboundMessage $message, Contact $contact ): ?int {
		return null;
	}

	/**
	 * No webhooks.
	 *
	 * @param WP_REST_Request $request The call.
	 * @return true|WP_Error
	 */
	public function verify( WP_REST_Request $request ) {
		return new WP_Error( 'storedesk_no_webhook', __( 'This channel does not take webhooks.', 'storedesk' ), array( 'status' => 404 ) );
	}

	/**
	 * No webhooks.
	 *
	 * @param WP_REST_Request $request The call.
	 * @return InboundMessage[]|WP_Error
	 */
	public function receive( WP_REST_Request $request ) {
		return $this->verify( $request );
	}

	/** Replies go by email until the channel is connected. */
	public function can_send(): bool {
		return false;
	}

	/**
	 * Nothing to send with.
	 *
	 * @param OutboundMessage $message The message.
	 */
	public function send( OutboundMessage $message ): SendResult {
		return SendResult::failed( __( 'This channel cannot send messages yet.', 'storedesk' ), false );
	}

	/**
	 * A channel's capabilities: the defaults with some switched on.
	 *
	 * @param string ...$names Capabilities it has.
	 */
	protected function with( string ...$names ): array {
		return array_merge( self::supports(), array_fill_keys( $names, true ) );
	}
}

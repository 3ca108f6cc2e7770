<?php
/**
 * A channel that exists only in the tests.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Echo;

use Storedesk\Channels\BaseChannel;
use Storedesk\Contacts\Contact;
use Storedesk\Conversations\InboundMessage;
use Storedesk\Conversations\OutboundMessage;
use Storedesk\Conversations\SendResult;
use Storedesk\Install\Schema;
use WP_Error;
use WP_REST_Request;

/**
 * A made-up messaging service: it posts signed JSON batches of messages,
 * knows customers by its own user ids, and keeps one conversation per
 * customer until it is resolved. Everything it does goes through the
 * Channel interface; nothing outside this folder knows it, which is the
 * proof that a channel needs only its folder and one registration line.
 */
class EchoChannel extends BaseChannel {

	public const SECRET = 'echo-test-secret';

	/**
	 * What Echo "sent": [to, text, delivery id], as its provider would have received it.
	 *
	 * @var array<int, array{0: string, 1: string, 2: int}>
	 */
	public static array $outbox = array();

	/**
	 * When set, the provider refuses every send with this error.
	 *
	 * @var string|null
	 */
	public static ?string $refuse = null;

	/**
	 * Every call of send(), sent or not.
	 *
	 * @var int
	 */
	public static int $calls = 0;

	/** Slug. */
	public function slug(): string {
		return 'echo';
	}

	/** Name. */
	public function label(): string {
		return 'Echo';
	}

	/** Icon. */
	public function icon(): string {
		return 'comment';
	}

	/** Its own user ids. */
	public function address_type(): string {
		return 'echo';
	}

	/** Connected as soon as it is registered. */
	public function is_set_up(): bool {
		return true;
	}

	/**
	 * Its section of the settings: a signature under every reply.
	 *
	 * @return array<string, array>
	 */
	public function settings(): array {
		return array(
			'signature' => array(
				'description' => 'Added under every reply sent on Echo.',
				'type'        => 'string',
				'maxLength'   => 100,
				'default'     => '',
			),
		);
	}

	/**
	 * The API token a real provider would need.
	 *
	 * @return array<string, string>
	 */
	public function secrets(): array {
		return array( 'echo_api_token' => 'Echo API token' );
	}

	/** Replies within an hour of the customer's last message. */
	public function reply_window(): ?int {
		return HOUR_IN_SECONDS;
	}

	/**
	 * The customer's latest conversation on Echo while it is not resolved.
	 *
	 * @param InboundMessage $message The message.
	 * @param Contact        $contact Its sender.
	 */
	public function thread( InboundMessage $message, Contact $contact ): ?int {
		global $wpdb;
		$id = $wpdb->get_var( $wpdb->prepare( 'SELECT ticket_id FROM ' . Schema::table( 'ticket_index' ) . " WHERE contact_id = %d AND channel = 'echo' AND status NOT IN ('resolved', 'closed', 'spam') ORDER BY last_activity_at DESC LIMIT 1", $contact->id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return $id ? (int) $id : null;
	}

	/**
	 * The body's HMAC in X-Echo-Signature.
	 *
	 * @param WP_REST_Request $request The call.
	 * @return true|WP_Error
	 */
	public function verify( WP_REST_Request $request ) {
		$expected = hash_hmac( 'sha256', (string) $request->get_body(), self::SECRET );
		return hash_equals( $expected, (string) $request->get_header( 'X-Echo-Signature' ) ) ? true : new WP_Error( 'echo_bad_signature', 'Bad signature.', array( 'status' => 401 ) );
	}

	/**
	 * {"messages": [{"id", "from", "name", "text"}]}.
	 *
	 * @param WP_REST_Request $request The call.
	 * @return InboundMessage[]|WP_Error
	 */
	public function receive( WP_REST_Request $request ) {
		$batch = json_decode( (string) $request->get_body(), true );
		if ( ! is_array( $batch['messages'] ?? null ) ) {
			return new WP_Error( 'echo_bad_payload', 'No messages.', array( 'status' => 400 ) );
		}
		return array_map(
			fn( array $m ) => new InboundMessage(
				channel: $this->slug(),
				source: 'webhook',
				address: (string) ( $m['from'] ?? '' ),
				name: (string) ( $m['name'] ?? '' ),
				body: (string) ( $m['text'] ?? '' ),
				external_id: (string) ( $m['id'] ?? '' ),
			),
			$batch['messages']
		);
	}

	/** Echo carries replies itself. */
	public function can_send(): bool {
		return true;
	}

	/**
	 * Posts the message to the provider (here: the outbox), with the
	 * delivery id as its idempotency key, as real providers take one.
	 *
	 * @param OutboundMessage $message The message.
	 */
	public function send( OutboundMessage $message ): SendResult {
		++self::$calls;
		if ( null !== self::$refuse ) {
			return SendResult::failed( self::$refuse );
		}
		foreach ( self::$outbox as $sent ) {
			if ( $sent[2] === $message->delivery_id ) {
				return SendResult::sent( 'echo-' . $message->delivery_id );
			}
		}
		$signature      = (string) ( \Storedesk\Settings\Settings::get( 'channel_echo' )['signature'] ?? '' );
		self::$outbox[] = array( $message->to, wp_strip_all_tags( $message->message->body ) . ( '' !== $signature ? "\n-- {$signature}" : '' ), $message->delivery_id );
		return SendResult::sent( 'echo-' . $message->delivery_id );
	}
}

<?php
/**
 * A support address.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Mailboxes;

use Storedesk\Channels\Email\Imap\ImapSettings;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * One address customers write to (support@shop.example): replies to its
 * conversations leave from it, and its mail comes in by IMAP (when set),
 * a pipe or a provider's hook.
 */
final class Mailbox {

	/**
	 * Builds a mailbox.
	 *
	 * @param string            $id             Stable id (mb_…).
	 * @param string            $address        The address.
	 * @param string            $name           Sender name on replies ('' = the site's name).
	 * @param bool              $reply_tokens   Replies go to address+token@ (the server must deliver those to this mailbox).
	 * @param ImapSettings|null $imap           IMAP polling, or null.
	 */
	public function __construct(
		public readonly string $id,
		public readonly string $address,
		public readonly string $name = '',
		public readonly bool $reply_tokens = true,
		public readonly ?ImapSettings $imap = null,
	) {}

	/**
	 * From stored or submitted fields.
	 *
	 * @param array  $in Fields.
	 * @param string $id Its id.
	 * @return self|WP_Error
	 */
	public static function from_array( array $in, string $id ) {
		$address = strtolower( trim( (string) ( $in['address'] ?? '' ) ) );
		if ( ! is_email( $address ) || str_contains( $address, '+' ) ) {
			return new WP_Error( 'storedesk_mailbox_address', __( 'Enter the support address, such as support@example.com (without a +tag).', 'storedesk' ), array( 'status' => 400 ) );
		}
		$imap = null;
		if ( ! empty( $in['imap'] ) && is_array( $in['imap'] ) ) {
			$imap = ImapSettings::from_array( $in['imap'] );
			if ( is_wp_error( $imap ) ) {
				return $imap;
			}
		}
		return new self( $id, $address, sanitize_text_field( (string) ( $in['name'] ?? '' ) ), (bool) ( $in['reply_tokens'] ?? true ), $imap );
	}

	/** As stored. */
	public function to_array(): array {
		return array(
			'id'           => $this->id,
			'address'      => $this->address,
			'name'         => $this->name,
			'reply_tokens' => $this->reply_tokens,
			'imap'         => $this->imap?->to_array(),
		);
	}

	/** The name of its IMAP password or token among the secrets. */
	public function secret_name(): string {
		return 'mailbox_' . $this->id;
	}

	/**
	 * Whether an address is this mailbox's, with or without a +tag.
	 *
	 * @param string $address An address.
	 */
	public function owns( string $address ): bool {
		return 0 === strcasecmp( (string) preg_replace( '/\+[^@]*@/', '@', trim( $address ) ), $this->address );
	}
}

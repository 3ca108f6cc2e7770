<?php
/**
 * The email channel.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email;

use Storedesk\Channels\BaseChannel;
use Storedesk\Container;
use Storedesk\Conversations\OutboundMessage;
use Storedesk\Conversations\SendResult;

defined( 'ABSPATH' ) || exit;

/**
 * Email in and out: replies leave through wp_mail(), so the site's SMTP or
 * delivery plugin carries them; inbound mail (IMAP, a pipe, provider hooks)
 * comes with its own issue.
 */
class EmailChannel extends BaseChannel {

	/**
	 * Builds the channel.
	 *
	 * @param Container $container Builds the email sender when a send needs it.
	 */
	public function __construct( private Container $container ) {}

	/** Slug. */
	public function slug(): string {
		return 'email';
	}

	/** Name. */
	public function label(): string {
		return __( 'Email', 'storedesk' );
	}

	/** Icon. */
	public function icon(): string {
		return 'envelope';
	}

	/** Address type. */
	public function address_type(): string {
		return self::EMAIL;
	}

	/** Works without any setup. */
	public function is_set_up(): bool {
		return true;
	}

	/** What it carries. */
	public function supports(): array {
		return $this->with( 'attachments', 'formatting' );
	}

	/** Sends through wp_mail(). */
	public function can_send(): bool {
		return true;
	}

	/**
	 * Builds the email for its type and hands it to wp_mail().
	 *
	 * @param OutboundMessage $message The message.
	 */
	public function send( OutboundMessage $message ): SendResult {
		return $this->container->get( CustomerEmail::class )->send( $message );
	}
}

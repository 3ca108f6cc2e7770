<?php
/**
 * The email channel.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email;

use Storedesk\Channels\BaseChannel;

defined( 'ABSPATH' ) || exit;

/**
 * Email in and out: replies leave through wp_mail(), so the site's SMTP or
 * delivery plugin carries them; inbound mail (IMAP, a pipe, provider hooks)
 * comes with its own issue.
 */
class EmailChannel extends BaseChannel {

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
	}}

<?php
/**
 * Facebook Messenger.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Messenger;

use Storedesk\Channels\BaseChannel;

defined( 'ABSPATH' ) || exit;

/**
 * Facebook Messenger. Customers are known by their page-scoped id (PSID).
 * Declared with its rules; the connection is its own issue.
 */
class MessengerChannel extends BaseChannel {

	/** Slug. */
	public function slug(): string {
		return 'messenger';
	}

	/** Name. */
	public function label(): string {
		return __( 'Messenger', 'storedesk' );
	}

	/** Icon. */
	public function icon(): string {
		return 'commentContent';
	}

	/** Address type. */
	public function address_type(): string {
		return 'messenger';
	}

	/** What it carries. */
	public function supports(): array {
		return $this->with( 'attachments', 'typing', 'read_receipts' );
	}
	/** Meta's standard messaging window: 24 hours after the customer's last message. */
	public function reply_window(): ?int {
		return DAY_IN_SECONDS;
	}}

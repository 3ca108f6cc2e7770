<?php
/**
 * WhatsApp Business.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\WhatsApp;

use Storedesk\Channels\BaseChannel;

defined( 'ABSPATH' ) || exit;

/**
 * WhatsApp Business. Customers are known by their phone number, so a
 * WhatsApp customer who also calls or types the number into the form is one
 * contact. Declared with its rules; the connection is its own issue.
 */
class WhatsAppChannel extends BaseChannel {

	/** Slug. */
	public function slug(): string {
		return 'whatsapp';
	}

	/** Name. */
	public function label(): string {
		return __( 'WhatsApp', 'storedesk' );
	}

	/** Icon. */
	public function icon(): string {
		return 'commentContent';
	}

	/** Address type. */
	public function address_type(): string {
		return self::PHONE;
	}

	/** What it carries. */
	public function supports(): array {
		return $this->with( 'attachments', 'read_receipts', 'templates' );
	}
	/** WhatsApp's customer service window: 24 hours; after it only templates. */
	public function reply_window(): ?int {
		return DAY_IN_SECONDS;
	}}

<?php
/**
 * The storefront live chat.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Chat;

use Storedesk\Channels\BaseChannel;

defined( 'ABSPATH' ) || exit;

/**
 * Live chat on the storefront. Visitors are known by their chat id until they
 * give an email address. Declared with its rules; the chat itself is its own issue.
 */
class ChatChannel extends BaseChannel {

	/** Slug. */
	public function slug(): string {
		return 'chat';
	}

	/** Name. */
	public function label(): string {
		return __( 'Chat', 'storedesk' );
	}

	/** Icon. */
	public function icon(): string {
		return 'comment';
	}

	/** Address type. */
	public function address_type(): string {
		return 'chat';
	}

	/** What it carries. */
	public function supports(): array {
		return $this->with( 'attachments', 'typing', 'read_receipts' );
	}}

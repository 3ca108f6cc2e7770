<?php
/**
 * WeChat.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\WeChat;

use Storedesk\Channels\BaseChannel;

defined( 'ABSPATH' ) || exit;

/**
 * WeChat Official Accounts. Customers are known by their OpenID. Declared
 * with its rules; the connection is its own issue.
 */
class WeChatChannel extends BaseChannel {

	/** Slug. */
	public function slug(): string {
		return 'wechat';
	}

	/** Name. */
	public function label(): string {
		return __( 'WeChat', 'storedesk' );
	}

	/** Icon. */
	public function icon(): string {
		return 'commentContent';
	}

	/** Address type. */
	public function address_type(): string {
		return 'wechat';
	}

	/** What it carries. */
	public function supports(): array {
		return $this->with( 'attachments' );
	}
	/** WeChat's customer service messages: 48 hours after the customer's last message. */
	public function reply_window(): ?int {
		return 2 * DAY_IN_SECONDS;
	}}

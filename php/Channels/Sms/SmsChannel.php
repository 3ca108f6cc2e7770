<?php
/**
 * SMS.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Sms;

use Storedesk\Channels\BaseChannel;

defined( 'ABSPATH' ) || exit;

/**
 * Text messages. Customers are known by their phone number. Declared with
 * its rules; the connection is its own issue.
 */
class SmsChannel extends BaseChannel {

	/** Slug. */
	public function slug(): string {
		return 'sms';
	}

	/** Name. */
	public function label(): string {
		return __( 'SMS', 'storedesk' );
	}

	/** Icon. */
	public function icon(): string {
		return 'postComments';
	}

	/** Address type. */
	public function address_type(): string {
		return self::PHONE;
	}
}

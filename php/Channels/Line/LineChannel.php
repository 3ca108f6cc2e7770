<?php
/**
 * LINE.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Line;

use Storedesk\Channels\BaseChannel;

defined( 'ABSPATH' ) || exit;

/**
 * LINE Official Accounts. Customers are known by their LINE user id; push
 * messages have no window (only a monthly quota). Declared with its rules;
 * the connection is its own issue.
 */
class LineChannel extends BaseChannel {

	/** Slug. */
	public function slug(): string {
		return 'line';
	}

	/** Name. */
	public function label(): string {
		return __( 'LINE', 'storedesk' );
	}

	/** Icon. */
	public function icon(): string {
		return 'commentContent';
	}

	/** Address type. */
	public function address_type(): string {
		return 'line';
	}

	/** What it carries. */
	public function supports(): array {
		return $this->with( 'attachments' );
	}}

<?php
/**
 * The storefront contact form.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Form;

use Storedesk\Channels\BaseChannel;

defined( 'ABSPATH' ) || exit;

/**
 * The storefront's contact form and the shopper's portal. Shoppers are known
 * by the email address they give; answers reach them by email and in the portal.
 */
class FormChannel extends BaseChannel {

	/** Slug. */
	public function slug(): string {
		return 'form';
	}

	/** Name. */
	public function label(): string {
		return __( 'Contact form', 'storedesk' );
	}

	/** Icon. */
	public function icon(): string {
		return 'page';
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
		return $this->with( 'attachments' );
	}}

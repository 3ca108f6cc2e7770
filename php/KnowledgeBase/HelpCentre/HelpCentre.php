<?php
/**
 * The help centre on the storefront.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

defined( 'ABSPATH' ) || exit;

/**
 * Placeholder until the help centre's pages land.
 */
final class HelpCentre {

	/** Hooks nothing yet. */
	public function register(): void {}
}

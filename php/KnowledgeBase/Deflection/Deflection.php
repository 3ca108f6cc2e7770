<?php
/**
 * Self-service outcomes: what shoppers searched and whether it answered them.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Deflection;

defined( 'ABSPATH' ) || exit;

/**
 * Placeholder until deflection is recorded.
 */
final class Deflection {

	/** Hooks nothing yet. */
	public function register(): void {}
}

<?php
/**
 * The help centre's home, search and category pages in a classic theme.
 *
 * A theme can replace this file with its own storedesk-help.php.
 *
 * @package Storedesk
 */

defined( 'ABSPATH' ) || exit;

get_header();
echo '<div class="storedesk-help-classic">' . \Storedesk\Plugin::container()->get( \Storedesk\KnowledgeBase\HelpCentre\HelpPages::class )->render() . '</div>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by HelpPages.
get_footer();

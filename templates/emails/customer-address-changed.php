<?php
/**
 * Customer: the address we have for them was changed by the store's team.
 *
 * Override: copy to yourtheme/storedesk/emails/customer-address-changed.php (and customer-address-changed-plain.php for the text part).
 *
 * @package Storedesk
 * @var \Storedesk\Notifications\Templates $template Renders the parts.
 * @var array                              $args     See Storedesk\Notifications\EmailBuilder::build().
 */

defined( 'ABSPATH' ) || exit;

$template->part( 'parts/header', $args );
echo $args['intro_html']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by Placeholders::html().
$template->part( 'parts/footer', $args );

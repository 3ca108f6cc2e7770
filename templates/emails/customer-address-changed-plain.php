<?php
/**
 * Customer: the address we have for them was changed: the plain-text part.
 *
 * Override: copy to yourtheme/storedesk/emails/customer-address-changed-plain.php.
 *
 * @package Storedesk
 * @var \Storedesk\Notifications\Templates $template Renders the parts.
 * @var array                              $args     See Storedesk\Notifications\EmailBuilder::build().
 */

defined( 'ABSPATH' ) || exit;

echo $args['intro_text'] . "\n\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- plain text.
$template->part( 'parts/footer-plain', $args );

<?php
/**
 * Customer: we received your request, with its number, the message and the link to follow it.
 *
 * Override: copy to yourtheme/storedesk/emails/customer-acknowledgement.php (and customer-acknowledgement-plain.php for the text part).
 *
 * @package Storedesk
 * @var \Storedesk\Notifications\Templates $template Renders the parts.
 * @var array                              $args     See Storedesk\Notifications\EmailBuilder::build().
 */

defined( 'ABSPATH' ) || exit;

$template->part( 'parts/header', $args );
echo $args['intro_html']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by Placeholders::html().
$template->part( 'parts/message', $args );
$template->part( 'parts/button', $args );
$template->part( 'parts/footer', $args );

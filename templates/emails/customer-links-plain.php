<?php
/**
 * Customer: fresh links to each of their support requests: the plain-text part.
 *
 * Override: copy to yourtheme/storedesk/emails/customer-links-plain.php.
 *
 * @package Storedesk
 * @var \Storedesk\Notifications\Templates $template Renders the parts.
 * @var array                              $args     See Storedesk\Notifications\EmailBuilder::build().
 */

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.OutputNotEscaped -- plain text.
echo $args['intro_text'] . "\n\n";
foreach ( $args['tickets'] as $storedesk_ticket ) {
	printf( "#%d %s (%s)\n%s\n\n", (int) $storedesk_ticket['number'], $storedesk_ticket['subject'], $storedesk_ticket['status'], $storedesk_ticket['url'] );
}
$template->part( 'parts/footer-plain', $args );

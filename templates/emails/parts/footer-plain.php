<?php
/**
 * The link and the footer of the plain-text part.
 *
 * Override: copy to yourtheme/storedesk/emails/parts/footer-plain.php.
 *
 * @package Storedesk
 * @var array $args See Storedesk\Notifications\EmailBuilder::build().
 */

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.OutputNotEscaped -- plain text.
if ( ! empty( $args['button'] ) ) {
	echo $args['button']['label'] . ': ' . $args['button']['url'] . "\n\n";
}
echo "-- \n" . $args['footer'] . "\n";

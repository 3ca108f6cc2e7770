<?php
/**
 * The message the email is about, in the plain-text part.
 *
 * Override: copy to yourtheme/storedesk/emails/parts/message-plain.php.
 *
 * @package Storedesk
 * @var array $args See Storedesk\Notifications\EmailBuilder::build().
 */

defined( 'ABSPATH' ) || exit;

if ( empty( $args['message'] ) ) {
	return;
}
echo $args['message']['text'] . "\n\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- plain text.
foreach ( (array) ( $args['message']['files'] ?? array() ) as $file ) {
	echo '* ' . $file['name'] . ' (' . $file['size'] . '): ' . $file['note'] . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- plain text.
}
if ( ! empty( $args['message']['files'] ) ) {
	echo "\n";
}

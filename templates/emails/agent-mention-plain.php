<?php
/**
 * Agent: you were mentioned in an internal note, with the note: the plain-text part.
 *
 * Override: copy to yourtheme/storedesk/emails/agent-mention-plain.php.
 *
 * @package Storedesk
 * @var \Storedesk\Notifications\Templates $template Renders the parts.
 * @var array                              $args     See Storedesk\Notifications\EmailBuilder::build().
 */

defined( 'ABSPATH' ) || exit;

echo $args['intro_text'] . "\n\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- plain text.
$template->part( 'parts/message-plain', $args );
$template->part( 'parts/footer-plain', $args );

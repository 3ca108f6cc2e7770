<?php
/**
 * Agent: you were mentioned in an internal note, with the note.
 *
 * Override: copy to yourtheme/storedesk/emails/agent-mention.php (and agent-mention-plain.php for the text part).
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

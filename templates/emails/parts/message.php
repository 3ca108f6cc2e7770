<?php
/**
 * The message the email is about, in full, so it reads without clicking.
 *
 * Override: copy to yourtheme/storedesk/emails/parts/message.php.
 *
 * @package Storedesk
 * @var array $args See Storedesk\Notifications\EmailBuilder::build(); message.html is sanitised HTML, message.files
 *                   each name, size and note.
 */

defined( 'ABSPATH' ) || exit;

if ( empty( $args['message'] ) ) {
	return;
}
?>
<div style="margin:0 0 16px;padding:12px 16px;border-inline-start:3px solid #3858e9;background:#f6f7f7;">
<?php if ( '' !== $args['message']['author'] ) : ?>
<p style="margin:0 0 8px;color:#757575;font-size:13px;"><?php echo esc_html( $args['message']['author'] ); ?></p>
<?php endif; ?>
<?php echo $args['message']['html']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- sanitised by wp_kses_post() or escaped in PlainText::html(). ?>
<?php if ( ! empty( $args['message']['files'] ) ) : ?>
<ul style="margin:12px 0 0;padding:0 0 0 18px;color:#50575e;font-size:13px;">
	<?php foreach ( $args['message']['files'] as $file ) : ?>
<li><?php echo esc_html( $file['name'] . ' (' . $file['size'] . ')' ); ?> &middot; <?php echo esc_html( $file['note'] ); ?></li>
	<?php endforeach; ?>
</ul>
<?php endif; ?>
</div>

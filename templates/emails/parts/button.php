<?php
/**
 * The link that opens the ticket.
 *
 * Override: copy to yourtheme/storedesk/emails/parts/button.php.
 *
 * @package Storedesk
 * @var array $args See Storedesk\Notifications\EmailBuilder::build().
 */

defined( 'ABSPATH' ) || exit;

if ( empty( $args['button'] ) ) {
	return;
}
?>
<p style="margin:24px 0;">
<a href="<?php echo esc_url( $args['button']['url'] ); ?>" style="display:inline-block;padding:10px 20px;background:#3858e9;color:#ffffff;text-decoration:none;border-radius:2px;font-weight:600;"><?php echo esc_html( $args['button']['label'] ); ?></a>
</p>
<p style="margin:0 0 16px;color:#757575;font-size:13px;word-break:break-all;"><?php echo esc_html( $args['button']['url'] ); ?></p>

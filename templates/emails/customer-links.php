<?php
/**
 * Customer: fresh links to each of their support requests, sent when they ask again.
 *
 * Override: copy to yourtheme/storedesk/emails/customer-links.php (and customer-links-plain.php for the text part).
 *
 * @package Storedesk
 * @var \Storedesk\Notifications\Templates $template Renders the parts.
 * @var array                              $args     See Storedesk\Notifications\EmailBuilder::build(); tickets lists number, subject, status, url.
 */

defined( 'ABSPATH' ) || exit;

$template->part( 'parts/header', $args );
echo $args['intro_html']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by Placeholders::html().
?>
<ul style="margin:0 0 16px;padding-inline-start:20px;">
<?php foreach ( $args['tickets'] as $storedesk_ticket ) : ?>
	<li style="margin:0 0 8px;">
		<a href="<?php echo esc_url( $storedesk_ticket['url'] ); ?>"><?php echo esc_html( sprintf( '#%d %s', $storedesk_ticket['number'], $storedesk_ticket['subject'] ) ); ?></a>
		<span style="color:#757575;">(<?php echo esc_html( $storedesk_ticket['status'] ); ?>)</span>
	</li>
<?php endforeach; ?>
</ul>
<?php
$template->part( 'parts/footer', $args );

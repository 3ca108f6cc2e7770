<?php
/**
 * Start of every HTML email: the site's name and the ticket's subject.
 *
 * Override: copy to yourtheme/storedesk/emails/parts/header.php.
 *
 * @package Storedesk
 * @var array $args See Storedesk\Notifications\EmailBuilder::build().
 */

defined( 'ABSPATH' ) || exit;
?>
<!DOCTYPE html>
<html lang="<?php echo esc_attr( get_bloginfo( 'language' ) ); ?>" dir="<?php echo is_rtl() ? 'rtl' : 'ltr'; ?>">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?php echo esc_html( $args['subject'] ); ?></title>
</head>
<body style="margin:0;padding:0;background:#f0f0f1;color:#1e1e1e;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f0f0f1;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:4px;">
<tr><td style="padding:24px 24px 0;">
<p style="margin:0 0 4px;color:#757575;font-size:13px;"><?php echo esc_html( $args['site_name'] ); ?>
<?php if ( $args['ticket_number'] ) : ?>
	&middot; <?php echo esc_html( sprintf( /* translators: %d: ticket number */ __( 'Ticket #%d', 'storedesk' ), $args['ticket_number'] ) ); ?>
<?php endif; ?>
</p>
<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3;"><?php echo esc_html( $args['heading'] ); ?></h1>
</td></tr>
<tr><td style="padding:0 24px;">

<?php
/**
 * End of every HTML email: why the recipient gets it.
 *
 * Override: copy to yourtheme/storedesk/emails/parts/footer.php.
 *
 * @package Storedesk
 * @var array $args See Storedesk\Notifications\EmailBuilder::build().
 */

defined( 'ABSPATH' ) || exit;
?>
</td></tr>
<tr><td style="padding:16px 24px 24px;border-top:1px solid #f0f0f1;color:#757575;font-size:13px;">
<p style="margin:0;"><?php echo esc_html( $args['footer'] ); ?></p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>

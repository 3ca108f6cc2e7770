<?php
/**
 * A PHPMailer that builds the message but never sends it.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Notifications;

require_once ABSPATH . WPINC . '/PHPMailer/PHPMailer.php';
require_once ABSPATH . WPINC . '/PHPMailer/SMTP.php';
require_once ABSPATH . WPINC . '/PHPMailer/Exception.php';
require_once ABSPATH . WPINC . '/class-wp-phpmailer.php';

/**
 * Runs everything wp_mail() and PHPMailer do up to the wire, so a test sees
 * the exact MIME message a mail server would receive.
 */
class MockMailer extends \WP_PHPMailer {

	/**
	 * Messages "sent": to, subject, mime.
	 *
	 * @var array<int, array{to: string[], subject: string, mime: string}>
	 */
	public array $sent = array();

	/** Builds the MIME message and keeps it. */
	public function send() {
		if ( ! $this->preSend() ) {
			return false;
		}
		$this->sent[] = array(
			'to'      => array_map( static fn( $a ) => $a[0], $this->getToAddresses() ),
			'subject' => $this->Subject,
			'mime'    => $this->getSentMIMEMessage(),
		);
		return true;
	}
}

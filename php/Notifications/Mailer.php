<?php
/**
 * Sending through wp_mail().
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

defined( 'ABSPATH' ) || exit;

/**
 * Hands an email to wp_mail(), so SMTP and delivery plugins keep working,
 * and adds what wp_mail() cannot express: the plain-text alternative and
 * our own Message-ID. Both are set on PHPMailer in a phpmailer_init hook
 * that exists only while our email is being sent, and cleared afterwards,
 * because PHPMailer is shared with every other email of the request.
 *
 * Sending with send() never throws: a failure is reported as false with
 * its reason in last_error(). Sending with deliver() throws it instead, for the background jobs whose
 * failures are retried and shown to managers (Jobs\Worker).
 */
class Mailer {

	/** Priority of our phpmailer_init hook: after everyone else's. */
	private const LATE = 9999;

	/**
	 * Why the last send failed ('' when it was cancelled or did not fail).
	 *
	 * @var string
	 */
	private string $last_error = '';

	/**
	 * Sends one email.
	 *
	 * @param Email $email The email.
	 * @return bool Whether wp_mail() accepted it.
	 */
	public function send( Email $email ): bool {
		$this->last_error = '';
		/**
		 * Filters a Storedesk email before it is sent; return false to not send it.
		 * A channel that delivers replies itself can cancel the email here.
		 *
		 * @since 0.2.0
		 * @param Email|false $email The email.
		 * @param string      $type  Email type, such as customer-reply or agent-new-ticket.
		 */
		$email = apply_filters( 'storedesk_notification_email', $email, $email->type );
		if ( ! $email instanceof Email ) {
			return false;
		}
		$error    = '';
		$complete = static function ( $phpmailer ) use ( $email ) {
			self::complete( $phpmailer, $email );
		};
		$failed   = static function ( $wp_error ) use ( &$error ) {
			$error = $wp_error instanceof \WP_Error ? $wp_error->get_error_message() : '';
		};
		// Last, so ours is the final word on our own email: WooCommerce's emails each hook
		// phpmailer_init (priority 10) to set or clear AltBody, and one whose send was cut
		// short (a delivery plugin answering pre_wp_mail) still believes it is sending and
		// clears the next email's text part, ours.
		add_action( 'phpmailer_init', $complete, self::LATE );
		add_action( 'wp_mail_failed', $failed );
		try {
			$sent = (bool) wp_mail( $email->to, $email->subject, $email->html, $this->header_lines( $email ), $email->files );
		} catch ( \Throwable $e ) {
			$sent  = false;
			$error = $e->getMessage();
		} finally {
			remove_action( 'phpmailer_init', $complete, self::LATE );
			remove_action( 'wp_mail_failed', $failed );
			self::reset();
		}
		if ( ! $sent ) {
			$this->last_error = '' !== $error ? $error : __( 'wp_mail() did not accept the email.', 'storedesk' );
		}
		return $sent;
	}

	/**
	 * Sends one email in a background job: a failure throws, so the job is
	 * tried again. One a filter cancelled is done.
	 *
	 * @param Email $email The email.
	 * @throws \RuntimeException When the mail server did not take it.
	 */
	public function deliver( Email $email ): void {
		if ( ! $this->send( $email ) && '' !== $this->last_error ) {
			/* translators: 1: recipient, 2: why the email was not sent */
			throw new \RuntimeException( esc_html( sprintf( __( 'Email to %1$s not sent: %2$s', 'storedesk' ), $email->to, $this->last_error ) ) );
		}
	}

	/** Why the last send failed; '' when a filter cancelled it or it was sent. */
	public function last_error(): string {
		return $this->last_error;
	}

	/**
	 * Headers as wp_mail() takes them. Message-ID is among them so filters
	 * and mail loggers see it; complete() moves it to PHPMailer's own
	 * property, which would otherwise add a second one.
	 *
	 * @param Email $email The email.
	 * @return string[]
	 */
	private function header_lines( Email $email ): array {
		$lines = array( 'Content-Type: text/html; charset=UTF-8' );
		foreach ( $email->headers as $name => $value ) {
			$lines[] = $name . ': ' . $value;
		}
		return $lines;
	}

	/**
	 * Adds the plain-text part and our Message-ID to PHPMailer.
	 *
	 * @param object $phpmailer PHPMailer.
	 * @param Email  $email     The email being sent.
	 */
	private static function complete( $phpmailer, Email $email ): void {
		if ( ! $phpmailer instanceof \PHPMailer\PHPMailer\PHPMailer ) {
			return;
		}
		$phpmailer->AltBody = $email->text; // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase
		// When an SMTP plugin is in use: PHPMailer writes each message in
		// several small pieces, and with Nagle's algorithm every email waited
		// about 40 ms on the server's delayed ACK (measured against the local
		// SMTP sink: 48 ms an email, 7 ms with this). Options the site set win.
		$phpmailer->SMTPOptions = array_replace_recursive( array( 'socket' => array( 'tcp_nodelay' => true ) ), (array) $phpmailer->SMTPOptions ); // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase
		$custom                 = $phpmailer->getCustomHeaders();
		$phpmailer->clearCustomHeaders();
		foreach ( $custom as $header ) {
			if ( 0 === strcasecmp( (string) $header[0], 'Message-ID' ) ) {
				$phpmailer->MessageID = trim( (string) $header[1] ); // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase
				continue;
			}
			$phpmailer->addCustomHeader( $header[0], $header[1] );
		}
	}

	/** Leaves PHPMailer as wp_mail() expects it for the next, possibly not ours, email. */
	private static function reset(): void {
		global $phpmailer;
		if ( $phpmailer instanceof \PHPMailer\PHPMailer\PHPMailer ) {
			$phpmailer->MessageID = ''; // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase
			$phpmailer->AltBody   = ''; // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase
		}
	}
}

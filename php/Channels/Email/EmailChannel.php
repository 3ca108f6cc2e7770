<?php
/**
 * The email channel.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email;

use Storedesk\Channels\BaseChannel;
use Storedesk\Channels\Email\Mailboxes\MailboxesController;
use Storedesk\Channels\Email\Mailboxes\MailboxRepository;
use Storedesk\Channels\Email\Providers\Mailgun;
use Storedesk\Channels\Email\Providers\ProvidersController;
use Storedesk\Channels\HasRoutes;
use Storedesk\Channels\Email\Inbound\EmailSpam;
use Storedesk\Channels\Email\Inbound\EmailThreading;
use Storedesk\Channels\Email\Inbound\RawEmail;
use Storedesk\Contacts\Contact;
use Storedesk\Container;
use Storedesk\Conversations\InboundMessage;
use Storedesk\Conversations\OutboundMessage;
use Storedesk\Conversations\SendResult;
use Storedesk\Settings\Secrets;
use Storedesk\Storefront\Blocklist;
use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Email in and out: replies leave through wp_mail(), so the site's SMTP or
 * delivery plugin carries them. Mail comes in as raw MIME posted to the
 * channel's webhook (an MTA pipe: `| curl --data-binary @- URL`), with the
 * inbound key, is fetched from the mailboxes over IMAP (Mailboxes\), or is
 * posted by a mail provider (Providers\: Postmark, Mailgun, SendGrid, SES).
 */
class EmailChannel extends BaseChannel implements HasRoutes {

	/** The secret that opens the raw-MIME address. */
	public const INBOUND_KEY = 'email_inbound_key';

	/**
	 * Builds the channel.
	 *
	 * @param Container $container Builds the email sender when a send needs it.
	 */
	public function __construct( private Container $container ) {}

	/** Slug. */
	public function slug(): string {
		return 'email';
	}

	/** Name. */
	public function label(): string {
		return __( 'Email', 'storedesk' );
	}

	/** Icon. */
	public function icon(): string {
		return 'envelope';
	}

	/** Address type. */
	public function address_type(): string {
		return self::EMAIL;
	}

	/** Works without any setup. */
	public function is_set_up(): bool {
		return true;
	}

	/** What it carries. */
	public function supports(): array {
		return $this->with( 'attachments', 'formatting' );
	}

	/**
	 * The key an MTA pipe or a provider sends with each raw message.
	 *
	 * @return array<string, string>
	 */
	public function secrets(): array {
		return array(
			self::INBOUND_KEY => __( 'Inbound email key (the raw-MIME, pipe, Postmark and SendGrid addresses take mail only with it)', 'storedesk' ),
			Mailgun::SECRET   => __( 'Mailgun webhook signing key', 'storedesk' ),
		);
	}

	/**
	 * The spam allowlist, and the SNS topic Amazon SES publishes received mail to.
	 *
	 * @return array<string, array>
	 */
	public function settings(): array {
		return array(
			'allowlist'     => Blocklist::schema( __( 'Email addresses and domains (example.com or @example.com) never treated as spam.', 'storedesk' ) ),
			'ses_topic_arn' => array(
				'description' => __( 'Amazon SES: the ARN of the SNS topic its receipt rule publishes to; only that topic\'s signed notices are taken.', 'storedesk' ),
				'type'        => 'string',
				'pattern'     => '^(arn:aws(-cn|-us-gov)?:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256})?$',
				'default'     => '',
			),
		);
	}

	/**
	 * A raw message is taken only with the inbound key, in the
	 * X-Storedesk-Key header or the key query argument (for a pipe's URL).
	 *
	 * @param WP_REST_Request $request The call.
	 * @return true|WP_Error
	 */
	public function verify( WP_REST_Request $request ) {
		$given   = (string) ( $request->get_header( 'X-Storedesk-Key' ) ?? $request->get_param( 'key' ) ?? '' );
		$mailbox = (string) ( $request->get_param( 'mailbox' ) ?? '' );
		// A mailbox's own key (?mailbox=mb_…): one pipe can be changed without the others.
		$key = '' !== $mailbox ? $this->container->get( MailboxRepository::class )->inbound_key( $mailbox ) : $this->container->get( Secrets::class )->get( self::INBOUND_KEY );
		if ( null === $key || '' === $key ) {
			return new WP_Error( 'storedesk_inbound_off', __( 'Inbound email is not set up: set its key in Settings first.', 'storedesk' ), array( 'status' => 404 ) );
		}
		return '' !== $given && hash_equals( $key, $given ) ? true : new WP_Error( 'storedesk_bad_signature', __( 'That is not the inbound email key.', 'storedesk' ), array( 'status' => 401 ) );
	}


	/**
	 * The raw message in the body, one per call.
	 *
	 * @param WP_REST_Request $request The call.
	 * @return InboundMessage[]|WP_Error
	 */
	public function receive( WP_REST_Request $request ) {
		$mailbox = (string) ( $request->get_param( 'mailbox' ) ?? '' );
		$message = $this->container->get( RawEmail::class )->message( (string) $request->get_body(), 'email-raw', '' !== $mailbox ? $mailbox : null );
		return is_wp_error( $message ) ? $message : array( $message );
	}

	/**
	 * The conversation an email answers, by the ids it answers.
	 *
	 * @param InboundMessage $message The message.
	 * @param Contact        $contact Its sender.
	 */
	public function thread( InboundMessage $message, Contact $contact ): ?int {
		return $this->container->get( EmailThreading::class )->ticket_for( $message->meta, $contact );
	}

	/**
	 * A new conversation by email: in Spam when its sender is blocked or
	 * Akismet says so; linked to the conversation it answers when its
	 * sender does not take part in that one.
	 *
	 * @param InboundMessage $message The message.
	 * @param Contact        $contact Its sender.
	 * @return array{status?: string, related?: int}
	 */
	public function opening( InboundMessage $message, Contact $contact ): array {
		$added = array();
		if ( $this->container->get( EmailSpam::class )->is_spam( $message ) ) {
			$added['status'] = 'spam';
		}
		$related = array_intersect_key( $message->meta, array_flip( array( 'tokens', 'references', 'markers' ) ) ) ? $this->container->get( EmailThreading::class )->related( $message->meta ) : null;
		if ( $related ) {
			$added['related'] = $related;
		}
		return $added;
	}

	/** The mailboxes' routes and the providers' inbound addresses. */
	public function register_routes(): void {
		$this->container->get( MailboxesController::class )->register_routes();
		$this->container->get( ProvidersController::class )->register_routes();
	}

	/** Sends through wp_mail(). */
	public function can_send(): bool {
		return true;
	}

	/**
	 * Builds the email for its type and hands it to wp_mail().
	 *
	 * @param OutboundMessage $message The message.
	 */
	public function send( OutboundMessage $message ): SendResult {
		return $this->container->get( CustomerEmail::class )->send( $message );
	}
}

<?php
/**
 * The emails Storedesk sends.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Settings\Settings;
use Storedesk\Storefront\GuestTokens;

defined( 'ABSPATH' ) || exit;

/**
 * The catalogue of emails: who reads each one, which agent switch turns it
 * off, its default subject and introduction, and the texts a manager set
 * in the settings instead. The type name is also the template name.
 */
final class EmailTypes {

	/** Type => [audience, agent switch or null]. */
	public const TYPES = array(
		'customer-acknowledgement' => array( 'customer', null ),
		'customer-reply'           => array( 'customer', null ),
		'customer-resolved'        => array( 'customer', null ),
		'customer-links'           => array( 'customer', null ),
		'customer-address-changed' => array( 'customer', null ),
		'agent-new-ticket'         => array( 'agent', 'new_ticket' ),
		'agent-customer-reply'     => array( 'agent', 'customer_reply' ),
		'agent-assigned'           => array( 'agent', 'assignment' ),
		'agent-mention'            => array( 'agent', 'mention' ),
	);

	/**
	 * Who reads an email type: customer or agent.
	 *
	 * @param string $type Email type.
	 */
	public static function audience( string $type ): string {
		return self::TYPES[ $type ][0] ?? 'agent';
	}

	/**
	 * The agent switch (Preferences::EVENTS) that turns a type off, if any.
	 *
	 * @param string $type Email type.
	 */
	public static function preference( string $type ): ?string {
		return self::TYPES[ $type ][1] ?? null;
	}

	/** Each type's name and what it is for, for the settings screen. */
	public static function labels(): array {
		return array(
			'customer-acknowledgement' => __( 'Customer: request received', 'storedesk' ),
			'customer-reply'           => __( 'Customer: agent reply', 'storedesk' ),
			'customer-resolved'        => __( 'Customer: request resolved', 'storedesk' ),
			'customer-links'           => __( 'Customer: links to their requests', 'storedesk' ),
			'customer-address-changed' => __( 'Customer: their email or phone was changed', 'storedesk' ),
			'agent-new-ticket'         => __( 'Agent: new ticket', 'storedesk' ),
			'agent-customer-reply'     => __( 'Agent: customer replied', 'storedesk' ),
			'agent-assigned'           => __( 'Agent: ticket assigned', 'storedesk' ),
			'agent-mention'            => __( 'Agent: mentioned in a note', 'storedesk' ),
		);
	}

	/**
	 * Built-in subject and introduction of a type.
	 *
	 * @param string $type Email type.
	 * @return array{subject: string, intro: string}
	 */
	public static function defaults( string $type ): array {
		switch ( $type ) {
			case 'customer-acknowledgement':
				/* translators: the words in braces are placeholders; keep them as they are. */
				return self::pair( __( '[#{ticket_number}] {ticket_subject}', 'storedesk' ), __( "Hi {customer_name},\n\nThanks for getting in touch. We have received your request and will answer as soon as we can. Your ticket number is #{ticket_number}.", 'storedesk' ) );
			case 'customer-reply':
				/* translators: the words in braces are placeholders; keep them as they are. */
				return self::pair( __( '[#{ticket_number}] Re: {ticket_subject}', 'storedesk' ), __( '{agent_name} replied to your request:', 'storedesk' ) );
			case 'customer-resolved':
				/* translators: the words in braces are placeholders; keep them as they are. */
				return self::pair( __( '[#{ticket_number}] Resolved: {ticket_subject}', 'storedesk' ), __( "Hi {customer_name},\n\nWe have marked your request as resolved. If anything is still not right, open the conversation and write to us: it opens again.", 'storedesk' ) );
			case 'customer-links':
				$days = (int) round( GuestTokens::LIFETIME / DAY_IN_SECONDS );
				return self::pair(
					/* translators: the words in braces are placeholders; keep them as they are. */
					__( 'Your support requests at {site_name}', 'storedesk' ),
					/* translators: %d: number of days; the words in braces are placeholders, keep them as they are. */
					sprintf( _n( "Hi {customer_name},\n\nHere are the links to your support requests, as you asked. Each link works for %d day.", "Hi {customer_name},\n\nHere are the links to your support requests, as you asked. Each link works for %d days.", $days, 'storedesk' ), $days )
				);
			case 'customer-address-changed':
				return self::pair(
					/* translators: the words in braces are placeholders; keep them as they are. */
					__( 'Your contact details at {site_name} were changed', 'storedesk' ),
					/* translators: the words in braces are placeholders; keep them as they are. */
					__( "Hi {customer_name},\n\nOur support team changed the email address or phone number we have for you. Links to your requests that we sent before no longer work; ask for new ones on our site whenever you need them.\n\nIf you did not ask for this change, reply to this email and we will put it right.", 'storedesk' )
				);
			case 'agent-new-ticket':
				/* translators: the words in braces are placeholders; keep them as they are. */
				return self::pair( __( '[#{ticket_number}] New ticket: {ticket_subject}', 'storedesk' ), __( '{customer_name} opened a new ticket:', 'storedesk' ) );
			case 'agent-customer-reply':
				/* translators: the words in braces are placeholders; keep them as they are. */
				return self::pair( __( '[#{ticket_number}] {customer_name} replied: {ticket_subject}', 'storedesk' ), __( '{customer_name} wrote:', 'storedesk' ) );
			case 'agent-assigned':
				/* translators: the words in braces are placeholders; keep them as they are. */
				return self::pair( __( '[#{ticket_number}] Assigned to you: {ticket_subject}', 'storedesk' ), __( '{agent_name} assigned ticket #{ticket_number} to you.', 'storedesk' ) );
			default:
				/* translators: the words in braces are placeholders; keep them as they are. */
				return self::pair( __( '[#{ticket_number}] {agent_name} mentioned you', 'storedesk' ), __( '{agent_name} mentioned you in a note on ticket #{ticket_number}:', 'storedesk' ) );
		}
	}

	/**
	 * The subject and introduction in use: the manager's text where set, else the built-in one.
	 *
	 * @param string $type Email type.
	 * @return array{subject: string, intro: string}
	 */
	public static function texts( string $type ): array {
		$saved = (array) ( ( Settings::get( 'emails' ) ?? array() )[ $type ] ?? array() );
		$out   = self::defaults( $type );
		foreach ( $out as $key => $default ) {
			if ( isset( $saved[ $key ] ) && '' !== trim( (string) $saved[ $key ] ) ) {
				$out[ $key ] = (string) $saved[ $key ];
			}
		}
		return $out;
	}

	/** JSON schema of the "emails" setting: per type, a subject and an introduction ("" = built-in). */
	public static function settings_schema(): array {
		$text = array(
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array(
				'subject' => array( 'type' => 'string', 'maxLength' => 255 ),
				'intro'   => array( 'type' => 'string', 'maxLength' => 5000 ),
			),
		);
		return array(
			'description'          => __( 'Subject and introduction of each email; empty for the built-in text.', 'storedesk' ),
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array_fill_keys( array_keys( self::TYPES ), $text ),
			'default'              => array_fill_keys( array_keys( self::TYPES ), array( 'subject' => '', 'intro' => '' ) ),
		);
	}

	/**
	 * A subject and introduction.
	 *
	 * @param string $subject Subject.
	 * @param string $intro   Introduction.
	 * @return array{subject: string, intro: string}
	 */
	private static function pair( string $subject, string $intro ): array {
		return array(
			'subject' => $subject,
			'intro'   => $intro,
		);
	}
}

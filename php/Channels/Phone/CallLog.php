<?php
/**
 * Calls that agents log.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Phone;

use Storedesk\Contacts\ContactRepository;
use Storedesk\Contacts\Identity;
use Storedesk\Conversations\InboundMessage;
use Storedesk\Conversations\Intake;
use Storedesk\Conversations\Received;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Turns a call an agent writes down into a message of the conversation,
 * through the intake like any other: the caller is matched by their number
 * in E.164, so "+44 7700 900123" and "07700 900123" are the same customer.
 * A call the customer made reads as their message (and reopens a resolved
 * conversation); a call the agent made reads as the agent's reply, which
 * leaves nothing to send.
 */
class CallLog {

	public const DIRECTIONS = array( 'inbound', 'outbound' );

	public const OUTCOMES = array( 'answered', 'voicemail', 'no-answer', 'busy' );

	/** Longest call accepted, in seconds. */
	public const MAX_DURATION = 86400;

	/**
	 * Builds the log.
	 *
	 * @param Intake            $intake   The way in.
	 * @param ContactRepository $contacts Who has a number already.
	 */
	public function __construct( private Intake $intake, private ContactRepository $contacts ) {}

	/**
	 * Logs a call.
	 *
	 * @param array $call     number, direction, duration (seconds), outcome, notes, and optionally name,
	 *                        subject, ticket_id (the conversation it continues), contact_id, and the new
	 *                        ticket's team, priority, assignee.
	 * @param int   $agent_id Agent logging it.
	 * @return Received|WP_Error Field errors carry data.fields.
	 */
	public function log( array $call, int $agent_id ) {
		$number    = Identity::phone( (string) ( $call['number'] ?? '' ) );
		$direction = (string) ( $call['direction'] ?? 'inbound' );
		$outcome   = (string) ( $call['outcome'] ?? 'answered' );
		$duration  = (int) ( $call['duration'] ?? 0 );
		$notes     = trim( str_replace( "\r\n", "\n", (string) ( $call['notes'] ?? '' ) ) );
		$fields    = array();
		if ( null === $number ) {
			$fields['number'] = '' === trim( (string) ( $call['number'] ?? '' ) ) ? __( 'Enter the phone number of the call.', 'storedesk' ) : __( 'That phone number does not look right. Write it with its country code, such as +44 7700 900123.', 'storedesk' );
		}
		if ( ! in_array( $direction, self::DIRECTIONS, true ) ) {
			$fields['direction'] = __( 'Say whether the customer called or you called them.', 'storedesk' );
		}
		if ( ! in_array( $outcome, self::OUTCOMES, true ) ) {
			$fields['outcome'] = __( 'Choose how the call ended.', 'storedesk' );
		}
		if ( $duration < 0 || $duration > self::MAX_DURATION ) {
			$fields['duration'] = __( 'A call lasts between 0 seconds and 24 hours.', 'storedesk' );
		}
		if ( $fields ) {
			return new WP_Error( 'storedesk_invalid_fields', __( 'Some fields need your attention.', 'storedesk' ), array( 'status' => 400, 'fields' => $fields ) );
		}
		$inbound = 'inbound' === $direction;
		$name    = sanitize_text_field( (string) ( $call['name'] ?? '' ) );
		$known   = '' === $name ? $this->contacts->find_by_identity( 'phone', (string) $number ) : null;
		$shown   = '' !== $name ? $name : (string) $known?->name;
		$who     = '' !== $shown ? $shown . ' (' . $number . ')' : $number;
		return $this->intake->receive(
			new InboundMessage(
				channel: 'phone',
				source: 'call',
				address: (string) $number,
				name: $name,
				contact_id: (int) ( $call['contact_id'] ?? 0 ),
				ticket_id: (int) ( $call['ticket_id'] ?? 0 ),
				/* translators: %s: caller's name and number */
				subject: '' !== trim( (string) ( $call['subject'] ?? '' ) ) ? sanitize_text_field( (string) $call['subject'] ) : sprintf( $inbound ? __( 'Call from %s', 'storedesk' ) : __( 'Call to %s', 'storedesk' ), $who ),
				body: '' !== $notes ? $notes : self::summary( $direction, $outcome, $duration ),
				format: 'text',
				kind: $inbound ? 'customer' : 'reply',
				actor_id: $agent_id,
				meta: array(
					'call' => array(
						'direction' => $direction,
						'number'    => $number,
						'duration'  => $duration,
						'outcome'   => $outcome,
					),
				),
				ticket: array_intersect_key( $call, array_flip( array( 'team', 'priority', 'assignee' ) ) ),
			)
		);
	}

	/**
	 * The words of a call logged without notes, so the thread and the
	 * inbox's excerpt still say what happened.
	 *
	 * @param string $direction inbound or outbound.
	 * @param string $outcome   How it ended.
	 * @param int    $duration  Seconds.
	 */
	public static function summary( string $direction, string $outcome, int $duration ): string {
		$outcomes = array(
			'answered'  => __( 'answered', 'storedesk' ),
			'voicemail' => __( 'voicemail', 'storedesk' ),
			'no-answer' => __( 'no answer', 'storedesk' ),
			'busy'      => __( 'busy', 'storedesk' ),
		);
		$ended    = $outcomes[ $outcome ] ?? $outcome;
		if ( $duration <= 0 ) {
			/* translators: %s: how the call ended, such as "answered" */
			return sprintf( 'inbound' === $direction ? __( 'Incoming call, %s.', 'storedesk' ) : __( 'Outgoing call, %s.', 'storedesk' ), $ended );
		}
		/* translators: 1: how the call ended, 2: duration such as "4 mins" */
		$text = 'inbound' === $direction ? __( 'Incoming call, %1$s, %2$s.', 'storedesk' ) : __( 'Outgoing call, %1$s, %2$s.', 'storedesk' );
		return sprintf( $text, $ended, human_time_diff( 0, $duration ) );
	}
}

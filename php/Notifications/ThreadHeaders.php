<?php
/**
 * Message-ID, In-Reply-To and References of our emails.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

use Storedesk\Messages\MessageRepository;

defined( 'ABSPATH' ) || exit;

/**
 * Gives every email a Message-ID of its own and points it at the ticket's
 * thread root, so mail clients keep one conversation per ticket whoever
 * receives it. Ids are signed with the site's secret: the email channel can
 * later tell our ids from forged ones, and an id never changes between
 * retries, so a receiving server can drop a duplicate.
 *
 * Root: <storedesk.{ticket}.{signature}@{host}>; one email:
 * <storedesk.{ticket}.{message}.{type}[.u{agent}].{signature}@{host}>, the
 * agent part when one notification goes to several agents, each their own.
 */
class ThreadHeaders {

	/**
	 * Builds the header maker.
	 *
	 * @param MessageRepository $messages Threads, for the customer's original Message-ID.
	 */
	public function __construct( private MessageRepository $messages ) {}

	/**
	 * The thread root every email of a ticket refers to.
	 *
	 * @param int $ticket_id Ticket.
	 */
	public function root( int $ticket_id ): string {
		return sprintf( '<storedesk.%d.%s@%s>', $ticket_id, $this->sign( (string) $ticket_id ), $this->host() );
	}

	/**
	 * The Message-ID of one email: the same ticket, message, type and agent always give the same id.
	 *
	 * @param int    $ticket_id  Ticket (0 for mail about several tickets).
	 * @param int    $message_id Storedesk message the email is about, or another number unique for the type.
	 * @param string $type       Email type, such as customer-reply.
	 * @param int    $user_id    Agent it goes to, 0 for the customer.
	 */
	public function message_id( int $ticket_id, int $message_id, string $type, int $user_id = 0 ): string {
		$payload = "{$ticket_id}.{$message_id}.{$type}" . ( $user_id ? ".u{$user_id}" : '' );
		return sprintf( '<storedesk.%s.%s@%s>', $payload, $this->sign( $payload ), $this->host() );
	}

	/**
	 * Threading headers of an email about a ticket: In-Reply-To the root, and
	 * References to the customer's original email (when the ticket came by
	 * email) and the root.
	 *
	 * @param int $ticket_id Ticket.
	 * @return array<string, string> Header name => value.
	 */
	public function thread( int $ticket_id ): array {
		$root       = $this->root( $ticket_id );
		$references = array_filter( array( $this->original( $ticket_id ), $root ) );
		return array(
			'In-Reply-To' => $root,
			'References'  => implode( ' ', array_unique( $references ) ),
		);
	}

	/**
	 * The ticket one of our Message-IDs (or the thread root) belongs to, 0
	 * when the id is not ours or its signature does not match.
	 *
	 * @param string $id A Message-ID, with or without angle brackets.
	 */
	public function ticket_of( string $id ): int {
		return $this->email_of( $id )['ticket'] ?? 0;
	}

	/**
	 * What one of our Message-IDs names, when its signature matches: the
	 * ticket, and for one email (not the thread root) the message, the
	 * type and the agent it went to (0 for the customer).
	 *
	 * @param string $id A Message-ID, with or without angle brackets.
	 * @return array{ticket: int, message: int, type: string, user: int}|null
	 */
	public function email_of( string $id ): ?array {
		if ( ! preg_match( '/^<?storedesk\.((\d+)(?:\.(\d+)\.([a-z-]+)(?:\.u(\d+))?)?)\.([a-f0-9]{16})@[^>]+>?$/', trim( $id ), $m ) || ! hash_equals( $this->sign( $m[1] ), $m[6] ) ) {
			return null;
		}
		return array(
			'ticket'  => (int) $m[2],
			'message' => (int) $m[3],
			'type'    => $m[4],
			'user'    => (int) $m[5],
		);
	}

	/**
	 * A ticket's signed token, "{ticket}.{signature}": in our reply
	 * addresses (support+token@) and the hidden marker of our HTML, so a
	 * reply finds its ticket when a mail client drops the headers.
	 *
	 * @param int $ticket_id Ticket.
	 */
	public function token( int $ticket_id ): string {
		return $ticket_id . '.' . $this->sign( (string) $ticket_id );
	}

	/**
	 * The ticket of a token, 0 when it is not one of ours.
	 *
	 * @param string $token A token.
	 */
	public function ticket_of_token( string $token ): int {
		if ( ! preg_match( '/^(\d+)\.([a-f0-9]{16})$/', strtolower( trim( $token ) ), $m ) ) {
			return 0;
		}
		return hash_equals( $this->sign( $m[1] ), $m[2] ) ? (int) $m[1] : 0;
	}

	/**
	 * The hidden line our HTML emails carry, found again in the quoted
	 * history of a reply.
	 *
	 * @param int $ticket_id Ticket.
	 */
	public function marker( int $ticket_id ): string {
		return 'storedesk-ref:' . $this->token( $ticket_id );
	}

	/**
	 * Tokens of every marker in a text (a reply may quote several of our emails).
	 *
	 * @param string $text HTML or text.
	 * @return string[]
	 */
	public static function markers_in( string $text ): array {
		preg_match_all( '/storedesk-ref:(\d+\.[a-f0-9]{16})/i', $text, $m );
		return array_values( array_unique( $m[1] ) );
	}

	/**
	 * The Message-ID of the email that opened a ticket, when it came by email.
	 *
	 * @param int $ticket_id Ticket.
	 */
	private function original( int $ticket_id ): ?string {
		// Not memoised: a service outlives a request in CLI and job runners, and a
		// ticket's id is not forever its own (SQLite reuses rolled-back ids).
		$first = $this->messages->thread( $ticket_id, 1, 1 )[0][0] ?? null;
		$id    = null;
		if ( $first && 'customer' === $first->kind ) {
			$id = $first->meta['message_id'] ?? ( 'email' === $first->channel ? $first->external_id : null );
		}
		$id = is_string( $id ) ? trim( $id, " \t<>" ) : '';
		// Only something shaped like an id may go into a header.
		return preg_match( '/^[^\s<>@]+@[^\s<>@]+$/', $id ) ? "<{$id}>" : null;
	}

	/**
	 * A short HMAC of a payload with a key only this site knows.
	 *
	 * @param string $payload What is signed.
	 */
	private function sign( string $payload ): string {
		return substr( hash_hmac( 'sha256', 'storedesk-mail|' . $payload, wp_salt( 'auth' ) ), 0, 16 );
	}

	/** The right-hand side of our ids: the site's host name. */
	private function host(): string {
		$host = (string) wp_parse_url( home_url(), PHP_URL_HOST );
		return preg_match( '/^[A-Za-z0-9.-]+$/', $host ) ? strtolower( $host ) : 'localhost';
	}
}

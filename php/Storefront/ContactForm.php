<?php
/**
 * The contact form's use case.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use Storedesk\Conversations\InboundMessage;
use Storedesk\Conversations\Intake;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * A submission of the storefront form, however it was sent (by fetch to
 * the REST route, or posted without JavaScript): bots are refused before
 * the fields are even read, the fields and every file are checked before
 * anything is written, and the message goes through the intake with its
 * files in one transaction, so nothing is stored unless every check passes.
 * On a WooCommerce store the ticket arrives linked to the order the shopper
 * named, once FormSubmission (OrderField) found it theirs.
 */
class ContactForm {

	/** Post meta with the owner's own form fields as submitted. */
	public const FIELDS_META = '_storedesk_form_fields';

	/**
	 * Builds the use case.
	 *
	 * @param FormSubmission $submission Field checks.
	 * @param SpamGuard      $spam       Bot checks.
	 * @param ShopperUploads $uploads    Files sent with the form.
	 * @param Intake         $intake     The way in.
	 */
	public function __construct( private FormSubmission $submission, private SpamGuard $spam, private ShopperUploads $uploads, private Intake $intake ) {}

	/**
	 * Opens a ticket from a submission.
	 *
	 * @param array                       $params      Submitted fields.
	 * @param array[]|WP_Error            $files       Files checked by ShopperUploads::from_request().
	 * @param callable(string): ?WP_Error $count_email Counts the submission against its address's limit.
	 * @param string                      $source      form (fetch) or noscript.
	 * @return array{id: int, status: string, email: string}|WP_Error Field errors carry data.fields.
	 */
	public function submit( array $params, $files, callable $count_email, string $source ) {
		if ( is_wp_error( $files ) && 413 === ( $files->get_error_data()['status'] ?? 0 ) ) {
			return FieldErrors::of( array(), $files );
		}
		$bot = $this->spam->check_request( $params );
		if ( is_wp_error( $bot ) ) {
			return $bot;
		}
		$user_id = get_current_user_id();
		$data    = $this->submission->validate( $params, $user_id );
		// A guest's order number that did not match its address counts like a submission from it: guessing costs.
		$guessed = is_wp_error( $data ) ? (string) ( $data->get_error_data()['count_email'] ?? '' ) : '';
		$limited = '' !== $guessed ? $count_email( $guessed ) : null;
		if ( $limited ) {
			return $limited;
		}
		if ( is_wp_error( $data ) || is_wp_error( $files ) ) {
			return FieldErrors::of( is_wp_error( $data ) ? (array) ( $data->get_error_data()['fields'] ?? array() ) : array(), is_wp_error( $files ) ? $files : null );
		}
		$limited = $count_email( $data['email'] );
		if ( $limited ) {
			return $limited;
		}
		$spam = $this->spam->check_content( $data );
		$spam = true === $spam ? $this->spam->claim_stamp( $params ) : $spam;
		if ( is_wp_error( $spam ) ) {
			return $spam;
		}
		$status  = 'open';
		$message = $this->uploads->with_message(
			$files,
			function () use ( $data, $user_id, $source, $files, &$status ) {
				$received = $this->intake->receive( $this->inbound( $data, $user_id, $source, (bool) $files ) );
				if ( is_wp_error( $received ) ) {
					return $received;
				}
				if ( $data['custom'] ) {
					update_post_meta( $received->ticket->id(), self::FIELDS_META, wp_slash( array_map( static fn( $f ) => $f['value'], $data['custom'] ) ) );
				}
				$status = $received->ticket->status();
				return $received->message;
			}
		);
		return is_wp_error( $message ) ? $message : array(
			'id'     => $message->ticket_id,
			'status' => $status,
			'email'  => $data['email'],
		);
	}

	/**
	 * The submission as the intake takes it; the owner's own fields are
	 * written under the message so agents read them in the thread.
	 *
	 * @param array  $data       Clean submission.
	 * @param int    $user_id    Logged-in customer or 0.
	 * @param string $source     form or noscript.
	 * @param bool   $with_files Files come with it.
	 */
	private function inbound( array $data, int $user_id, string $source, bool $with_files ): InboundMessage {
		$body = $data['message'];
		if ( $data['custom'] ) {
			$lines = array_map(
				static fn( $f ) => $f['label'] . ': ' . ( is_bool( $f['value'] ) ? ( $f['value'] ? __( 'Yes', 'storedesk' ) : __( 'No', 'storedesk' ) ) : $f['value'] ),
				$data['custom']
			);
			$body .= "\n\n—\n" . implode( "\n", $lines );
		}
		return new InboundMessage(
			channel: 'form',
			source: $source,
			address: $data['email'],
			name: $data['name'],
			subject: $data['subject'],
			body: $body,
			format: 'text',
			with_files: $with_files,
			ticket: array(
				'team'   => $data['team'],
				'sender' => $user_id,
			) + ( $data['order_id'] ? array( 'order_id' => $data['order_id'] ) : array() ),
		);
	}
}

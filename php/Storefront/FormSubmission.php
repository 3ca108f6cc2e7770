<?php
/**
 * Server-side validation of the contact form.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use Storedesk\Contacts\Identity;
use Storedesk\Integrations\WooCommerce\Storefront\OrderField;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Checks a submission against the form's description and says, per field,
 * what is wrong in words a shopper understands; every field is checked, so
 * one round trip shows every problem.
 */
class FormSubmission {

	/**
	 * Builds the validator.
	 *
	 * @param FormConfig $config The form.
	 * @param OrderField $order  The order a request is about (WooCommerce).
	 */
	public function __construct( private FormConfig $config, private OrderField $order ) {}

	/**
	 * The clean submission, or an error listing the fields at fault
	 * (data.fields: input name => message). When a guest's order number did
	 * not match the address, data.count_email holds the address: the try
	 * counts against it like a submission.
	 *
	 * @param array $in      Request parameters.
	 * @param int   $user_id Logged-in customer, whose own name and email are used.
	 * @return array{name: string, email: string, subject: string, message: string, team: int, order_id: int, custom: array<string, array{label: string, value: string|bool}>}|WP_Error
	 */
	public function validate( array $in, int $user_id ) {
		$user   = $user_id ? get_userdata( $user_id ) : false;
		$errors = array();
		$text   = static fn( $v ) => is_scalar( $v ) ? trim( (string) $v ) : '';
		$name   = sanitize_text_field( $text( $in['name'] ?? '' ) );
		$email  = Identity::normalize( 'email', $text( $in['email'] ?? '' ) );
		if ( $user ) {
			$name  = '' !== $name ? $name : (string) $user->display_name;
			$email = Identity::normalize( 'email', (string) $user->user_email );
		}
		if ( '' === $name ) {
			$errors['name'] = __( 'Please enter your name.', 'storedesk' );
		}
		if ( null === $email ) {
			$errors['email'] = '' === $text( $in['email'] ?? '' ) ? __( 'Please enter your email address, so we can answer you.', 'storedesk' ) : __( 'This email address does not look right. Check it has the form name@example.com.', 'storedesk' );
		}
		$subject = sanitize_text_field( $text( $in['subject'] ?? '' ) );
		if ( '' === $subject ) {
			$errors['subject'] = __( 'Please add a subject.', 'storedesk' );
		} elseif ( mb_strlen( $subject ) > 255 ) {
			$errors['subject'] = __( 'Please keep the subject under 255 characters.', 'storedesk' );
		}
		// Stored as plain text and escaped wherever it is shown, so nothing the shopper typed is stripped.
		$message = trim( wp_check_invalid_utf8( str_replace( "\r\n", "\n", $text( $in['message'] ?? '' ) ) ) );
		if ( '' === $message ) {
			$errors['message'] = __( 'Please tell us how we can help.', 'storedesk' );
		} elseif ( mb_strlen( $message ) > FormConfig::MAX_MESSAGE ) {
			/* translators: %s: number of characters */
			$errors['message'] = sprintf( __( 'Please keep your message under %s characters.', 'storedesk' ), number_format_i18n( FormConfig::MAX_MESSAGE ) );
		}
		$team   = 0;
		$topics = $this->config->topics();
		if ( $topics ) {
			$chosen = wp_list_filter( $topics, array( 'value' => $text( $in['topic'] ?? '' ) ) );
			if ( ! $chosen ) {
				$errors['topic'] = __( 'Please choose a topic.', 'storedesk' );
			} else {
				$team = (int) reset( $chosen )['team'];
			}
		}
		$order = $this->order->check( $in, $user ? $user_id : 0, $email );
		if ( '' !== $order['error'] ) {
			$errors[ $order['field'] ] = $order['error'];
		}
		$order_id = $order['order_id'];
		$custom   = $this->custom( is_array( $in['fields'] ?? null ) ? $in['fields'] : array(), $errors );
		if ( $errors ) {
			$data = array(
				'status' => 400,
				'fields' => $errors,
			);
			if ( OrderField::NUMBER === $order['field'] ) {
				$data['count_email'] = $email;
			}
			return new WP_Error( 'storedesk_invalid_fields', __( 'Some fields need your attention.', 'storedesk' ), $data );
		}
		return compact( 'name', 'email', 'subject', 'message', 'team', 'order_id', 'custom' );
	}

	/**
	 * The owner's own fields, checked; problems go into $errors.
	 *
	 * @param array $values Submitted key => value.
	 * @param array $errors Field errors so far.
	 * @return array<string, array{label: string, value: string|bool}>
	 */
	private function custom( array $values, array &$errors ): array {
		$out = array();
		foreach ( $this->config->fields( 0, 0, true ) as $field ) {
			$key = FormConfig::custom_key( $field['name'] );
			if ( null === $key ) {
				continue;
			}
			$raw = $values[ $key ] ?? '';
			if ( 'checkbox' === $field['type'] ) {
				$value = in_array( $raw, array( true, 1, '1', 'on', 'yes', 'true' ), true );
				if ( $field['required'] && ! $value ) {
					/* translators: %s: field label */
					$errors[ $field['name'] ] = sprintf( __( 'Please tick "%s" to continue.', 'storedesk' ), $field['label'] );
				}
				$out[ $key ] = array( 'label' => $field['label'], 'value' => $value );
				continue;
			}
			$value = is_scalar( $raw ) ? trim( sanitize_text_field( (string) $raw ) ) : '';
			if ( '' === $value ) {
				if ( $field['required'] ) {
					/* translators: %s: field label */
					$errors[ $field['name'] ] = sprintf( __( 'Please fill in "%s".', 'storedesk' ), $field['label'] );
				}
				continue;
			}
			if ( 'select' === $field['type'] && ! in_array( $value, array_column( $field['options'], 'value' ), true ) ) {
				/* translators: %s: field label */
				$errors[ $field['name'] ] = sprintf( __( 'Please choose one of the options for "%s".', 'storedesk' ), $field['label'] );
				continue;
			}
			if ( mb_strlen( $value ) > 500 ) {
				/* translators: %s: field label */
				$errors[ $field['name'] ] = sprintf( __( 'Please shorten "%s" to 500 characters.', 'storedesk' ), $field['label'] );
				continue;
			}
			$out[ $key ] = array( 'label' => $field['label'], 'value' => $value );
		}
		return $out;
	}
}

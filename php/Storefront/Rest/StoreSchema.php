<?php
/**
 * JSON schemas of the shopper API.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront\Rest;

use Storedesk\Integrations\WooCommerce\Storefront\OrderField;
use Storedesk\Storefront\FormConfig;
use Storedesk\Tickets\Vocabulary;

defined( 'ABSPATH' ) || exit;

/**
 * What shoppers send and get: a ticket without anything internal
 * (assignee, team, tags, notes), its visible thread, and the form
 * submission. Route arguments come from these; tests validate responses
 * against them.
 */
final class StoreSchema {

	/** A shopper's ticket. */
	public static function ticket(): array {
		$ctx  = array( 'view' );
		$read = static fn( array $p ) => $p + array( 'readonly' => true, 'context' => $ctx );
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'storedesk_store_ticket',
			'type'       => 'object',
			'properties' => array(
				'id'               => $read( array( 'description' => __( 'Ticket number.', 'storedesk' ), 'type' => 'integer' ) ),
				'subject'          => $read( array( 'description' => __( 'Subject.', 'storedesk' ), 'type' => 'string' ) ),
				'status'           => $read( array( 'description' => __( 'Status.', 'storedesk' ), 'type' => 'string', 'enum' => array_keys( Vocabulary::statuses() ) ) ),
				'status_label'     => $read( array( 'description' => __( 'Status as shoppers read it.', 'storedesk' ), 'type' => 'string' ) ),
				'channel'          => $read( array( 'description' => __( 'Where the conversation started.', 'storedesk' ), 'type' => 'string' ) ),
				'excerpt'          => $read( array( 'description' => __( 'Start of the latest message or reply.', 'storedesk' ), 'type' => 'string' ) ),
				'created_at'       => $read( array( 'description' => __( 'Opened (UTC).', 'storedesk' ), 'type' => 'string', 'format' => 'date-time' ) ),
				'last_activity_at' => $read( array( 'description' => __( 'Latest message (UTC).', 'storedesk' ), 'type' => 'string', 'format' => 'date-time' ) ),
				'can_close'        => $read( array( 'description' => __( 'Whether the shopper may close it.', 'storedesk' ), 'type' => 'boolean' ) ),
				'can_reopen'       => $read( array( 'description' => __( 'Whether the shopper may reopen it.', 'storedesk' ), 'type' => 'boolean' ) ),
				'messages'         => $read(
					array(
						'description' => __( 'Customer messages and agent replies, oldest first (single ticket only).', 'storedesk' ),
						'type'        => 'array',
						'items'       => self::message(),
					)
				),
				'upload'           => $read(
					array(
						'description' => __( 'What a reply may carry in the multipart field attachments[] (single ticket only); null when shoppers cannot attach files.', 'storedesk' ),
						'type'        => array( 'object', 'null' ),
						'properties'  => self::upload_limits(),
					)
				),
			),
		);
	}

	/** Limits of shoppers' files, as the file inputs need them. */
	public static function upload_limits(): array {
		return array(
			'max_files'       => array( 'type' => 'integer' ),
			'max_bytes'       => array( 'type' => 'integer' ),
			'max_total_bytes' => array( 'type' => 'integer' ),
			'extensions'      => array(
				'type'  => 'array',
				'items' => array( 'type' => 'string' ),
			),
			'accept'          => array( 'type' => 'string' ),
			'help'            => array( 'type' => 'string' ),
		);
	}

	/** One visible thread entry. */
	public static function message(): array {
		return array(
			'type'       => 'object',
			'properties' => array(
				'id'          => array( 'type' => 'integer' ),
				'author'      => array(
					'type'       => 'object',
					'properties' => array(
						'type' => array(
							'type' => 'string',
							'enum' => array( 'customer', 'agent' ),
						),
						'name' => array( 'type' => 'string' ),
					),
				),
				'body'        => array(
					'description' => __( 'Safe HTML.', 'storedesk' ),
					'type'        => 'string',
				),
				'attachments' => array(
					'description' => __( 'Files of the message, each with a download URL that works without login for an hour.', 'storedesk' ),
					'type'        => 'array',
					'readonly'    => true,
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'id'   => array( 'type' => 'integer' ),
							'name' => array( 'type' => 'string' ),
							'mime' => array( 'type' => 'string' ),
							'size' => array( 'type' => 'integer' ),
							'url'  => array(
								'type'   => 'string',
								'format' => 'uri',
							),
						),
					),
				),
				'created_at'  => array(
					'type'   => 'string',
					'format' => 'date-time',
				),
			),
		);
	}

	/**
	 * What the contact form sends. Presence and meaning (required fields,
	 * valid email, known topic) are checked by FormSubmission, which
	 * reports every field at once in the shopper's words. Files come as
	 * multipart "attachments[]" beside these (ShopperUploads).
	 */
	public static function submission(): array {
		$text = static fn( string $d, int $max ) => array(
			'description' => $d,
			'type'        => 'string',
			'maxLength'   => $max,
		);
		return array(
			'type'       => 'object',
			'properties' => array(
				'name'               => $text( __( 'Shopper\'s name (ignored for logged-in customers).', 'storedesk' ), 191 ),
				'email'              => $text( __( 'Shopper\'s email (ignored for logged-in customers).', 'storedesk' ), 191 ),
				'subject'            => $text( __( 'Subject.', 'storedesk' ), 1000 ),
				'message'            => $text( __( 'The question, as plain text.', 'storedesk' ), FormConfig::MAX_MESSAGE * 4 ),
				'topic'              => $text( __( 'Value of a topic from GET /form.', 'storedesk' ), 1000 ),
				OrderField::CHOICE   => $text( __( 'A logged-in customer\'s order, the value of an option of the order field from GET /form (an order id; empty for none). WooCommerce stores only.', 'storedesk' ), 20 ),
				OrderField::NUMBER   => $text( __( 'A guest\'s order number; it counts only with the order\'s billing email as email. WooCommerce stores only.', 'storedesk' ), 1000 ),
				'fields'             => array(
					'description' => __( 'The owner\'s own fields, key => value.', 'storedesk' ),
					'type'        => 'object',
				),
				'stamp'              => $text( __( 'The signed stamp from the form, for the minimum fill time.', 'storedesk' ), 100 ),
				FormConfig::HONEYPOT => $text( __( 'Must stay empty (a field people never see).', 'storedesk' ), 1000 ),
			),
		);
	}
}

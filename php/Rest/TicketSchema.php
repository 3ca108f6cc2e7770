<?php
/**
 * JSON schema of a ticket.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Tickets\Vocabulary;

defined( 'ABSPATH' ) || exit;

/**
 * The one description of a ticket resource: route arguments are derived
 * from it and PHP tests validate real responses against it.
 * Properties with an empty context are write-only (accepted, never shown).
 */
final class TicketSchema {

	/**
	 * The schema.
	 *
	 * @param string[] $channels Channel slugs (ChannelRegistry::slugs()).
	 */
	public static function get( array $channels ): array {
		$date     = static fn( string $d, bool $nullable = false ) => array(
			'description' => $d,
			'type'        => $nullable ? array( 'string', 'null' ) : 'string',
			'format'      => 'date-time',
			'readonly'    => true,
			'context'     => array( 'view', 'edit' ),
		);
		$ctx      = array( 'view', 'edit' );
		$person   = array(
			'type'       => 'object',
			'properties' => array(
				'id'    => array( 'type' => 'integer' ),
				'name'  => array( 'type' => 'string' ),
				'email' => array( 'type' => array( 'string', 'null' ) ),
				'phone' => array( 'type' => array( 'string', 'null' ) ),
			),
		);
		$tag_list = array(
			'type'  => 'array',
			'items' => array(
				'type'      => 'string',
				'minLength' => 1,
				'maxLength' => 200,
			),
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'storedesk_ticket',
			'type'       => 'object',
			'properties' => array(
				'id'                => array( 'description' => __( 'Ticket number.', 'storedesk' ), 'type' => 'integer', 'readonly' => true, 'context' => $ctx ),
				'subject'           => array(
					'description' => __( 'Subject.', 'storedesk' ),
					'type'        => 'string',
					'minLength'   => 1,
					'maxLength'   => 255,
					'required'    => true,
					'context'     => $ctx,
				),
				'status'            => array( 'description' => __( 'Lifecycle status.', 'storedesk' ), 'type' => 'string', 'enum' => array_keys( Vocabulary::statuses() ), 'context' => $ctx ),
				'priority'          => array( 'description' => __( 'Priority.', 'storedesk' ), 'type' => 'string', 'enum' => array_keys( Vocabulary::priorities() ), 'context' => $ctx ),
				'channel'           => array( 'description' => __( 'Channel the conversation started on.', 'storedesk' ), 'type' => 'string', 'enum' => $channels, 'required' => true, 'context' => $ctx ),
				'assignee'          => array( 'description' => __( 'Assigned agent (user id), null when unassigned.', 'storedesk' ), 'type' => array( 'integer', 'null' ), 'minimum' => 0, 'context' => $ctx ),
				'team'              => array( 'description' => __( 'Team id, null when none.', 'storedesk' ), 'type' => array( 'integer', 'null' ), 'minimum' => 0, 'context' => $ctx ),
				'tags'              => array( 'description' => __( 'Tag slugs.', 'storedesk' ), 'context' => $ctx ) + $tag_list,
				'order_id'          => array( 'description' => __( 'WooCommerce order the ticket is about, null when none.', 'storedesk' ), 'type' => array( 'integer', 'null' ), 'minimum' => 0, 'context' => $ctx ),
				'order_status'      => array( 'description' => __( 'The linked order\'s WooCommerce status (processing, completed…), null when none.', 'storedesk' ), 'type' => array( 'string', 'null' ), 'readonly' => true, 'context' => $ctx ),
				'unread'            => array( 'description' => __( 'Whether a customer message arrived that no agent has read.', 'storedesk' ), 'type' => 'boolean', 'context' => $ctx ),
				'contact'           => array( 'description' => __( 'The customer.', 'storedesk' ), 'readonly' => true, 'context' => $ctx, 'type' => array( 'object', 'null' ) ) + array_diff_key( $person, array( 'type' => 1 ) ),
				'participants'      => array(
					'description' => __( 'People copied on the conversation.', 'storedesk' ),
					'type'        => 'array',
					'items'       => $person,
					'readonly'    => true,
					'context'     => $ctx,
				),
				'excerpt'           => array( 'description' => __( 'Start of the last message.', 'storedesk' ), 'type' => 'string', 'readonly' => true, 'context' => $ctx ),
				'message_count'     => array( 'description' => __( 'Entries in the thread.', 'storedesk' ), 'type' => 'integer', 'readonly' => true, 'context' => $ctx ),
				'created_at'        => $date( __( 'When the ticket was opened (UTC).', 'storedesk' ) ),
				'last_activity_at'  => $date( __( 'Last message (UTC).', 'storedesk' ) ),
				'updated_at'        => $date( __( 'Last change of any kind (UTC).', 'storedesk' ) ),
				'waiting_since'     => $date( __( 'Since when the customer waits for an answer (UTC).', 'storedesk' ), true ),
				'first_response_at' => $date( __( 'First agent reply (UTC).', 'storedesk' ), true ),
				'resolved_at'       => $date( __( 'When it was resolved (UTC).', 'storedesk' ), true ),
				'sender_verified'   => array(
					'description' => __( 'False when someone not signed in as the customer filed this under the customer\'s address, until the customer answers from that mailbox.', 'storedesk' ),
					'type'        => 'boolean',
					'readonly'    => true,
					'context'     => $ctx,
				),
				'reply_via'         => array(
					'description' => __( 'How a reply reaches the customer by default: via a channel to an address, or via null with the reason it stays in the desk.', 'storedesk' ),
					'type'        => 'object',
					'readonly'    => true,
					'context'     => $ctx,
					'properties'  => array(
						'via'    => array( 'type' => array( 'string', 'null' ) ),
						'to'     => array( 'type' => array( 'string', 'null' ) ),
						'reason' => array(
							'type' => array( 'string', 'null' ),
							'enum' => array( 'no_address', 'window_closed', 'not_sent', null ),
						),
					),
				),
				'reply_options'     => array(
					'description' => __( 'Single ticket only: every channel that sends and on which the customer has an address, the conversation\'s own first; open is false once its reply window closed.', 'storedesk' ),
					'type'        => 'array',
					'readonly'    => true,
					'context'     => $ctx,
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'via'       => array( 'type' => 'string' ),
							'to'        => array( 'type' => 'string' ),
							'open'      => array( 'type' => 'boolean' ),
							'closes_at' => array(
								'type'   => array( 'string', 'null' ),
								'format' => 'date-time',
							),
						),
					),
				),
				'messages'          => array(
					'description' => __( 'Latest 50 thread entries, with ?with=messages.', 'storedesk' ),
					'type'        => 'array',
					'items'       => MessageSchema::get(),
					'readonly'    => true,
					'context'     => $ctx,
				),
				'contact_id'        => array( 'description' => __( 'Existing contact the ticket is for.', 'storedesk' ), 'type' => 'integer', 'minimum' => 1, 'context' => array() ),
				'customer'          => array(
					'description'          => __( 'The customer, found or created by email or phone, when no contact_id is given.', 'storedesk' ),
					'type'                 => 'object',
					'context'              => array(),
					'properties'           => array(
						'name'  => array(
							'type'      => 'string',
							'maxLength' => 191,
						),
						'email' => array(
							'type'   => 'string',
							'format' => 'email',
						),
						'phone' => array(
							'type'      => 'string',
							'maxLength' => 64,
						),
					),
					'additionalProperties' => false,
				),
				'message'           => array(
					'description'          => __( 'The customer\'s first message; for a phone call, the agent\'s summary of it.', 'storedesk' ),
					'type'                 => 'object',
					'context'              => array(),
					'required'             => true,
					'properties'           => array(
						'body'   => array(
							'type'      => 'string',
							'minLength' => 1,
							'required'  => true,
						),
						'format' => array(
							'type'    => 'string',
							'enum'    => array( 'html', 'text' ),
							'default' => 'html',
						),
					),
					'additionalProperties' => false,
				),
				'cc'                => array(
					'description' => __( 'Email addresses to copy on the conversation.', 'storedesk' ),
					'type'        => 'array',
					'items'       => array(
						'type'   => 'string',
						'format' => 'email',
					),
					'maxItems'    => 20,
					'context'     => array(),
				),
			),
		);
	}
}

<?php
/**
 * JSON schema of a thread entry.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Messages\Message;
use Storedesk\Messages\MessageRepository;
use Storedesk\Tickets\Vocabulary;

defined( 'ABSPATH' ) || exit;

/**
 * Customer messages, agent replies, internal notes and events share one
 * shape; agents may only write replies and notes.
 */
final class MessageSchema {

	/** The schema. */
	public static function get(): array {
		$ctx = array( 'view', 'edit' );
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'storedesk_message',
			'type'       => 'object',
			'properties' => array(
				'id'          => array( 'type' => 'integer', 'readonly' => true, 'context' => $ctx ),
				'ticket_id'   => array( 'type' => 'integer', 'readonly' => true, 'context' => $ctx ),
				'kind'        => array(
					'description' => __( 'customer, reply, note or event; agents write reply or note.', 'storedesk' ),
					'type'        => 'string',
					'enum'        => Message::KINDS,
					'required'    => true,
					'context'     => $ctx,
					'arg_options' => array( 'enum' => array( 'reply', 'note' ) ),
				),
				'body'        => array(
					'description' => __( 'Sanitised HTML, or plain text when format is text.', 'storedesk' ),
					'type'        => 'string',
					// Empty only with files: the repository refuses an empty message without any.
					'maxLength'   => MessageRepository::MAX_BODY_BYTES,
					'required'    => true,
					'context'     => $ctx,
				),
				'format'      => array( 'type' => 'string', 'enum' => array( 'html', 'text' ), 'default' => 'html', 'context' => $ctx ),
				'channel'     => array( 'type' => 'string', 'readonly' => true, 'context' => $ctx ),
				'author'      => array(
					'description' => __( 'Who wrote it: an agent, the customer, or the system.', 'storedesk' ),
					'type'        => 'object',
					'readonly'    => true,
					'context'     => $ctx,
					'properties'  => array(
						'type'   => array( 'type' => 'string', 'enum' => array( 'agent', 'contact', 'system' ) ),
						'id'     => array( 'type' => 'integer' ),
						'name'   => array( 'type' => 'string' ),
						'avatar' => array( 'type' => array( 'string', 'null' ) ),
					),
				),
				'meta'        => array( 'type' => 'object', 'readonly' => true, 'context' => $ctx ),
				'attachments' => array(
					'description' => __( 'Files sent with the message. To attach, upload to /attachments first and send their ids.', 'storedesk' ),
					'type'        => 'array',
					'readonly'    => true,
					'context'     => $ctx,
					'items'       => AttachmentPresenter::brief_schema(),
				),
				'deliveries'  => array(
					'description' => __( 'How the message left for the customer: one delivery per email or channel message, with its status (queued, sending, sent, delivered, read, failed), tries and last error.', 'storedesk' ),
					'type'        => 'array',
					'readonly'    => true,
					'context'     => $ctx,
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'id'         => array( 'type' => 'integer' ),
							'type'       => array( 'type' => 'string' ),
							'channel'    => array( 'type' => 'string' ),
							'to'         => array( 'type' => 'string' ),
							'status'     => array(
								'type' => 'string',
								'enum' => \Storedesk\Conversations\Deliveries::STATUSES,
							),
							'attempts'   => array( 'type' => 'integer' ),
							'error'      => array( 'type' => array( 'string', 'null' ) ),
							'next_try'   => array( 'type' => array( 'string', 'null' ), 'format' => 'date-time' ),
							'updated_at' => array( 'type' => 'string', 'format' => 'date-time' ),
						),
					),
				),
				'created_at'  => array( 'type' => 'string', 'format' => 'date-time', 'readonly' => true, 'context' => $ctx ),
				'status'      => array(
					'description' => __( 'Set the ticket to this status in the same request (send and resolve).', 'storedesk' ),
					'type'        => 'string',
					'enum'        => array_keys( Vocabulary::statuses() ),
					'context'     => array(),
				),
			),
		);
	}
}

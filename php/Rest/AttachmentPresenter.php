<?php
/**
 * Attachments as the API shows them.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Attachments\Attachment;
use Storedesk\Attachments\AttachmentUrls;
use Storedesk\Support\Dates;

defined( 'ABSPATH' ) || exit;

/**
 * The short shape a message carries and the full one the upload returns.
 * Neither exposes where the file is stored.
 */
class AttachmentPresenter {

	/**
	 * Builds the presenter.
	 *
	 * @param AttachmentUrls $urls Download addresses.
	 */
	public function __construct( private AttachmentUrls $urls ) {}

	/**
	 * What a message lists: id, name, mime, size, url.
	 *
	 * @param Attachment $a Attachment.
	 */
	public function brief( Attachment $a ): array {
		return array(
			'id'   => $a->id,
			'name' => $a->name,
			'mime' => $a->mime,
			'size' => $a->size,
			// The asking agent's own link: a page's links and images cannot send the REST nonce header.
			'url'  => get_current_user_id() ? $this->urls->for_user( $a->id, get_current_user_id() ) : $this->urls->url( $a->id ),
		);
	}

	/**
	 * The upload resource.
	 *
	 * @param Attachment $a Attachment.
	 */
	public function full( Attachment $a ): array {
		return $this->brief( $a ) + array(
			'ticket_id'  => $a->ticket_id,
			'message_id' => $a->message_id,
			'created_at' => Dates::to_rest( $a->created_at ),
		);
	}

	/** JSON schema of the short shape, for the message schema. */
	public static function brief_schema(): array {
		return array(
			'type'       => 'object',
			'properties' => array(
				'id'   => array( 'type' => 'integer' ),
				'name' => array( 'type' => 'string' ),
				'mime' => array( 'type' => 'string' ),
				'size' => array( 'type' => 'integer' ),
				'url'  => array(
					'description' => __( 'Download link for the asking user: works for them alone while they may view the ticket, for 12 hours.', 'storedesk' ),
					'type'        => 'string',
					'format'      => 'uri',
				),
			),
		);
	}
}

<?php
/**
 * Thread entries as the API shows them.
 *
 * @package Storedesk
 */

namespace Storedesk\Rest;

use Storedesk\Attachments\AttachmentRepository;
use Storedesk\Contacts\ContactRepository;
use Storedesk\Conversations\Deliveries;
use Storedesk\Messages\Message;
use Storedesk\Support\Dates;

defined( 'ABSPATH' ) || exit;

/**
 * Shapes messages, loading every author of a page in two queries and
 * every attachment in one.
 */
class MessagePresenter {

	/**
	 * Builds the presenter.
	 *
	 * @param ContactRepository    $contacts    Contacts.
	 * @param AttachmentRepository $attachments Attachment rows.
	 * @param AttachmentPresenter  $files       Attachment shapes.
	 * @param Deliveries           $deliveries  How each message left.
	 */
	public function __construct( private ContactRepository $contacts, private AttachmentRepository $attachments, private AttachmentPresenter $files, private Deliveries $deliveries ) {}

	/**
	 * API arrays for messages.
	 *
	 * @param Message[] $messages Messages.
	 * @return array[]
	 */
	public function present_many( array $messages ): array {
		$user_ids = array_filter( array_map( static fn( Message $m ) => $m->author_id, $messages ) );
		$users    = array();
		foreach ( $user_ids ? get_users( array( 'include' => array_unique( $user_ids ) ) ) : array() as $user ) {
			$users[ $user->ID ] = $user;
		}
		$contacts = $this->contacts->find_many( array_map( static fn( Message $m ) => $m->contact_id, $messages ) );
		$files    = $this->attachments->for_messages( array_map( static fn( Message $m ) => $m->id, $messages ) );
		// Notes never leave; a customer's first message carries its acknowledgement.
		$sent  = $this->deliveries->for_messages( array_map( static fn( Message $m ) => $m->id, array_filter( $messages, static fn( Message $m ) => in_array( $m->kind, array( 'reply', 'event', 'customer' ), true ) ) ) );
		$brief = array( $this->files, 'brief' );
		// The site's "Show avatars" setting also covers ours (null: the app draws initials).
		$avatar = static function ( $who ) {
			$url = get_option( 'show_avatars' ) ? get_avatar_url( $who ) : false;
			return $url ? $url : null;
		};
		return array_map(
			static function ( Message $m ) use ( $users, $contacts, $files, $brief, $avatar, $sent ) {
				if ( 'customer' === $m->kind && isset( $contacts[ $m->contact_id ] ) ) {
					$author = array(
						'type'   => 'contact',
						'id'     => $m->contact_id,
						'name'   => $contacts[ $m->contact_id ]->display_name(),
						'avatar' => $contacts[ $m->contact_id ]->email ? $avatar( $contacts[ $m->contact_id ]->email ) : null,
					);
				} elseif ( isset( $users[ $m->author_id ] ) ) {
					$author = array(
						'type'   => 'agent',
						'id'     => $m->author_id,
						'name'   => $users[ $m->author_id ]->display_name,
						'avatar' => $avatar( $m->author_id ),
					);
				} else {
					$author = array(
						'type'   => 'system',
						'id'     => 0,
						'name'   => __( 'Storedesk', 'storedesk' ),
						'avatar' => null,
					);
				}
				return array(
					'id'          => $m->id,
					'ticket_id'   => $m->ticket_id,
					'kind'        => $m->kind,
					'body'        => 'email' === $m->format ? self::inline_images( $m, array_map( $brief, $files[ $m->id ] ?? array() ) ) : $m->body,
					'format'      => $m->format,
					'channel'     => $m->channel,
					'author'      => $author,
					'meta'        => (object) $m->meta,
					'attachments' => array_map( $brief, $files[ $m->id ] ?? array() ),
					'deliveries'  => array_map( array( self::class, 'delivery' ), $sent[ $m->id ] ?? array() ),
					'created_at'  => Dates::to_rest( $m->created_at ),
				);
			},
			$messages
		);
	}

	/**
	 * An email's HTML with its cid: images pointing at their kept files.
	 *
	 * @param Message $m     Email message.
	 * @param array[] $files Its files as the API shows them (id, url).
	 */
	private static function inline_images( Message $m, array $files ): string {
		$urls = array_column( $files, 'url', 'id' );
		$map  = array();
		foreach ( (array) ( $m->meta['inline_files'] ?? array() ) as $cid => $id ) {
			if ( isset( $urls[ $id ] ) ) {
				$map[ 'cid:' . $cid ] = esc_url( $urls[ $id ] );
			}
		}
		return $map ? strtr( $m->body, $map ) : $m->body;
	}

	/**
	 * API shape of a delivery.
	 *
	 * @param object $row Delivery row.
	 */
	public static function delivery( object $row ): array {
		return array(
			'id'         => (int) $row->id,
			'type'       => (string) $row->type,
			'channel'    => (string) $row->channel,
			'to'         => (string) $row->recipient,
			'status'     => (string) $row->status,
			'attempts'   => (int) $row->attempts,
			'error'      => null === $row->last_error ? null : (string) $row->last_error,
			'next_try'   => null === $row->next_attempt_at ? null : Dates::to_rest( (string) $row->next_attempt_at ),
			'updated_at' => Dates::to_rest( (string) $row->updated_at ),
		);
	}
}

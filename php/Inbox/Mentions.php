<?php
/**
 * Mentions of agents in internal notes.
 *
 * @package Storedesk
 */

namespace Storedesk\Inbox;

use Storedesk\Install\Roles;
use Storedesk\Messages\Message;

defined( 'ABSPATH' ) || exit;

/**
 * Emails agents mentioned in a note. The composer marks a mention as
 * <span data-mention="USER_ID">; a typed @login counts too.
 */
class Mentions {

	/** User meta an agent sets to "0" to stop mention emails. */
	public const OPT_OUT = 'storedesk_notify_mention';

	/**
	 * Agents mentioned in a message who may see its ticket.
	 *
	 * @param Message $message Note.
	 * @return int[]
	 */
	public function mentioned( Message $message ): array {
		preg_match_all( '/data-mention="(\d+)"/', $message->body, $marked );
		preg_match_all( '/(?<![\w@.])@([A-Za-z0-9._-]{2,60})/', wp_strip_all_tags( $message->body ), $typed );
		$ids = array_map( 'intval', $marked[1] );
		foreach ( $typed[1] as $login ) {
			$user = get_user_by( 'login', rtrim( $login, '.' ) );
			if ( $user ) {
				$ids[] = $user->ID;
			}
		}
		return array_values(
			array_filter(
				array_unique( $ids ),
				static fn( $id ) => $id !== $message->author_id && user_can( $id, Roles::ACCESS ) && user_can( $id, 'storedesk_view_ticket', $message->ticket_id )
			)
		);
	}

	/**
	 * Emails each mentioned agent who has not opted out.
	 *
	 * @param Message $message Note.
	 * @return int[] Agents emailed.
	 */
	public function notify( Message $message ): array {
		if ( 'note' !== $message->kind ) {
			return array();
		}
		$author = get_userdata( $message->author_id );
		$name   = $author ? $author->display_name : __( 'Someone', 'storedesk' );
		$link   = admin_url( 'admin.php?page=storedesk#/tickets/' . $message->ticket_id );
		$sent   = array();
		foreach ( $this->mentioned( $message ) as $user_id ) {
			if ( '0' === get_user_meta( $user_id, self::OPT_OUT, true ) ) {
				continue;
			}
			$user = get_userdata( $user_id );
			/* translators: 1: ticket number, 2: agent who mentioned */
			$subject = sprintf( __( '[#%1$d] %2$s mentioned you', 'storedesk' ), $message->ticket_id, $name );
			$text    = wp_strip_all_tags( str_replace( array( '</p>', '<br>', '<br />' ), "\n", $message->body ) );
			/* translators: 1: agent who mentioned, 2: the note, 3: link to the ticket */
			$body = sprintf( __( "%1\$s mentioned you in a note:\n\n%2\$s\n\nOpen the ticket: %3\$s", 'storedesk' ), $name, trim( $text ), $link );
			if ( wp_mail( $user->user_email, $subject, $body, array( 'Auto-Submitted: auto-generated' ) ) ) {
				$sent[] = $user_id;
			}
		}
		return $sent;
	}
}

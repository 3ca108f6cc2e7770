<?php
/**
 * The HTML a message may hold.
 *
 * @package Storedesk
 */

namespace Storedesk\Messages;

defined( 'ABSPATH' ) || exit;

/**
 * Agent and customer text keeps exactly what the composer makes:
 * paragraphs, line breaks, bold, italic, links (http, https, mailto),
 * lists, quotes, code and mentions of agents. No style, class or id (a
 * message must not restyle or mimic the inbox around it) and no images (a
 * remote image tells its sender when and where the message was read).
 * Email bodies from the email channel get their own sanitiser.
 */
final class MessageHtml {

	/** Tags and the attributes each may keep. */
	private const ALLOWED = array(
		'p'          => array(),
		'br'         => array(),
		'strong'     => array(),
		'b'          => array(),
		'em'         => array(),
		'i'          => array(),
		'a'          => array( 'href' => true ),
		'ul'         => array(),
		'ol'         => array(),
		'li'         => array(),
		'blockquote' => array(),
		'code'       => array(),
		'pre'        => array(),
		'span'       => array( 'data-mention' => true ),
	);

	/** Link schemes a message may use. */
	private const PROTOCOLS = array( 'http', 'https', 'mailto' );

	/**
	 * The message's HTML with everything else removed (the text of removed
	 * tags stays).
	 *
	 * @param string $html What the agent or customer sent.
	 */
	public static function clean( string $html ): string {
		$clean = wp_kses( $html, self::ALLOWED, self::PROTOCOLS );
		// kses strips a refused scheme and leaves the rest as a relative link; a link goes nowhere else.
		$clean = (string) preg_replace( '/\shref="(?!https?:\/\/|mailto:)[^"]*"/i', '', $clean );
		// A mention names an agent by user id; any other value is dropped, the span's text stays.
		return (string) preg_replace( '/\sdata-mention="(?!\d{1,20}")[^"]*"/', '', $clean );
	}
}

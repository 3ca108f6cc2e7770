<?php
/**
 * HTML of inbound email, made safe to show in the inbox.
 *
 * @package Storedesk
 */

namespace Storedesk\Messages;

use WP_HTML_Tag_Processor;

defined( 'ABSPATH' ) || exit;

/**
 * Email HTML is written by any mail client or any attacker, so it gets its
 * own, wider allowlist than the composer's (MessageHtml): mail keeps its
 * tables, fonts and colours. What it may not do inside wp-admin:
 * - run anything: scripts, styles blocks, event handlers, forms, frames
 *   and javascript: links go, with their content;
 * - dress up as the inbox: no positioning or stacking in inline styles, so
 *   a message cannot lay a fake login box over the screen;
 * - tell the sender it was read: remote images (and CSS url()) would fetch
 *   from the sender's server the moment an agent opens the ticket, so they
 *   stay blocked (src moved to data-storedesk-remote-src) until the agent
 *   asks to load them. Inline images (cid:) are the message's own files.
 */
final class EmailHtml {

	/** Attribute holding a blocked image's address. */
	public const BLOCKED = 'data-storedesk-remote-src';

	/** Style properties that could move content over the inbox. */
	private const LAYOUT_ESCAPES = array( 'position', 'top', 'right', 'bottom', 'left', 'inset', 'z-index', 'transform' );

	/**
	 * The safe HTML of an email body.
	 *
	 * @param string $html          Raw HTML from the message.
	 * @param bool   $remote_images Whether the agent asked to load remote images.
	 */
	public static function clean( string $html, bool $remote_images = false ): string {
		// Elements whose content is code or metadata, not text: gone with what they hold.
		$html = (string) preg_replace( '#<(script|style|head|title|noscript|template|xml|iframe|object|embed|svg|math)\b[^>]*>.*?</\1\s*>#is', '', $html );
		$html = (string) preg_replace( '#<!--.*?-->#s', '', $html );
		add_filter( 'safecss_filter_attr_allow_css', array( self::class, 'allow_css' ), 10, 2 );
		try {
			$html = wp_kses( $html, self::allowed(), array( 'http', 'https', 'mailto', 'cid' ) );
		} finally {
			remove_filter( 'safecss_filter_attr_allow_css', array( self::class, 'allow_css' ), 10 );
		}
		return self::tags( $html, $remote_images );
	}

	/**
	 * Whether the cleaned HTML holds images still blocked.
	 *
	 * @param string $clean Output of clean().
	 */
	public static function has_blocked_images( string $clean ): bool {
		return str_contains( $clean, self::BLOCKED . '=' );
	}

	/**
	 * Refuses style declarations that escape the message's box (kses already
	 * drops what its own list does not know). kses hands this filter the
	 * declaration with its url() taken out, so fetching is handled in tags().
	 *
	 * @param bool   $allow       Whether kses would keep it.
	 * @param string $declaration One "property: value".
	 */
	public static function allow_css( $allow, $declaration ): bool {
		$property = strtolower( trim( (string) strtok( (string) $declaration, ':' ) ) );
		if ( in_array( $property, self::LAYOUT_ESCAPES, true ) || str_contains( strtolower( (string) $declaration ), 'expression' ) ) {
			return false;
		}
		return (bool) $allow;
	}

	/**
	 * Links open outside the inbox and tell nobody where they came from;
	 * remote images wait for the agent.
	 *
	 * @param string $html          HTML after kses.
	 * @param bool   $remote_images Whether to load them.
	 */
	private static function tags( string $html, bool $remote_images ): string {
		$tags = new WP_HTML_Tag_Processor( $html );
		while ( $tags->next_tag() ) {
			$style = $tags->get_attribute( 'style' );
			if ( is_string( $style ) && false !== stripos( $style, 'url(' ) ) {
				// kses lets url() through for http(s) addresses: a background is a remote image too.
				$kept = array_filter( explode( ';', $style ), static fn( $d ) => false === stripos( $d, 'url(' ) );
				if ( $kept ) {
					$tags->set_attribute( 'style', implode( ';', $kept ) );
				} else {
					$tags->remove_attribute( 'style' );
				}
			}
			if ( 'A' === $tags->get_tag() ) {
				// kses leaves "javascript:x" as the relative "x"; a mail only links out or to an address.
				if ( ! preg_match( '#^(https?:|mailto:)#i', (string) $tags->get_attribute( 'href' ) ) ) {
					$tags->remove_attribute( 'href' );
				}
				$tags->set_attribute( 'target', '_blank' );
				$tags->set_attribute( 'rel', 'noopener noreferrer nofollow' );
				continue;
			}
			$src = 'IMG' === $tags->get_tag() ? (string) $tags->get_attribute( 'src' ) : '';
			if ( ! $remote_images && preg_match( '#^https?:#i', $src ) ) {
				$tags->set_attribute( self::BLOCKED, $src );
				$tags->remove_attribute( 'src' );
				$tags->remove_attribute( 'srcset' );
			}
		}
		// A removed attribute leaves its space behind ("<a >"); text holds no raw "<" after kses.
		return (string) preg_replace( '/(<[a-z][^<>]*?)\s+>/i', '$1>', $tags->get_updated_html() );
	}

	/** Tags and attributes mail clients use for layout and emphasis. */
	private static function allowed(): array {
		$common = array(
			'style' => true,
			'align' => true,
			'dir'   => true,
			'lang'  => true,
			'title' => true,
		);
		$cell   = $common + array_fill_keys( array( 'colspan', 'rowspan', 'valign', 'width', 'height', 'bgcolor' ), true );
		$tags   = array_fill_keys( array( 'p', 'div', 'span', 'br', 'hr', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'sub', 'sup', 'small', 'big', 'center', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'thead', 'tbody', 'tfoot', 'tr', 'caption' ), $common );
		// Channels\Email\Inbound\QuotedReply wraps an email's quoted history in it, for the thread to fold.
		$tags['div']['data-storedesk-quote'] = true;
		return $tags + array(
			'a'     => array(
				'href'  => true,
				'title' => true,
				'style' => true,
			),
			'font'  => array(
				'color' => true,
				'size'  => true,
				'face'  => true,
			),
			'img'   => $common + array_fill_keys( array( 'src', 'alt', 'width', 'height', 'border' ), true ),
			'table' => $common + array_fill_keys( array( 'width', 'border', 'cellpadding', 'cellspacing', 'bgcolor', 'role' ), true ),
			'td'    => $cell,
			'th'    => $cell,
		);
	}
}

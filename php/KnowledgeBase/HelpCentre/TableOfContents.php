<?php
/**
 * "On this page": the article's sections.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

defined( 'ABSPATH' ) || exit;

/**
 * Gives every h2 and h3 of an article an id (keeping one the editor set),
 * made from its words in any script (Thai and Turkish headings keep their
 * letters), so sections can be linked to, and lists them as a nested table
 * of contents when there are at least two. The content is the editor's
 * block markup, so a pattern finds its headings reliably.
 */
class TableOfContents {

	/** Fewer sections than this need no table. */
	public const MIN = 2;

	/** Ids themes give their own parts: a heading called "Content" must not take #content. */
	private const TAKEN = array( 'page', 'content', 'main', 'primary', 'secondary', 'masthead', 'colophon', 'header', 'footer', 'comments', 'respond', 'site-navigation', 'wp--skip-link--target' );

	/**
	 * The content with ids on its h2 and h3 headings, and the headings.
	 *
	 * @param string $html Rendered content.
	 * @return array{0: string, 1: array<int, array{level: int, id: string, text: string}>}
	 */
	public function anchor( string $html ): array {
		$headings = array();
		$used     = array_fill_keys( self::TAKEN, true );
		$html     = (string) preg_replace_callback(
			'#<h([23])(\s[^>]*)?>(.*?)</h\1>#is',
			static function ( array $m ) use ( &$headings, &$used ) {
				$attrs = $m[2];
				$text  = trim( html_entity_decode( wp_strip_all_tags( $m[3] ), ENT_QUOTES, 'UTF-8' ) );
				if ( preg_match( '#\sid\s*=\s*(["\'])(.*?)\1#i', $attrs, $id ) ) {
					$anchor = html_entity_decode( $id[2], ENT_QUOTES, 'UTF-8' );
				} else {
					$anchor = self::unique( self::slug( $text ), $used );
					$attrs .= ' id="' . esc_attr( $anchor ) . '"';
				}
				$used[ $anchor ] = true;
				if ( '' !== $text ) {
					$headings[] = array(
						'level' => (int) $m[1],
						'id'    => $anchor,
						'text'  => $text,
					);
				}
				return '<h' . $m[1] . $attrs . '>' . $m[3] . '</h' . $m[1] . '>';
			},
			$html
		);
		return array( $html, $headings );
	}

	/**
	 * The table, h3s nested under the h2 before them; '' for fewer than MIN headings.
	 *
	 * @param array<int, array{level: int, id: string, text: string}> $headings From anchor().
	 */
	public function html( array $headings ): string {
		if ( count( $headings ) < self::MIN ) {
			return '';
		}
		$html = '<nav class="storedesk-toc" aria-labelledby="storedesk-toc-title"><h2 class="storedesk-toc__title" id="storedesk-toc-title">' . esc_html__( 'On this page', 'storedesk' ) . '</h2><ol>';
		$open = false;
		foreach ( $headings as $i => $heading ) {
			$link = '<a href="#' . esc_attr( $heading['id'] ) . '">' . esc_html( $heading['text'] ) . '</a>';
			if ( 3 === $heading['level'] && $i > 0 ) {
				$html .= ( $open ? '' : '<ol>' ) . '<li>' . $link . '</li>';
				$open  = true;
				continue;
			}
			$html .= ( $open ? '</ol>' : '' ) . ( $i > 0 ? '</li>' : '' ) . '<li>' . $link;
			$open  = false;
		}
		return $html . ( $open ? '</ol>' : '' ) . '</li></ol></nav>';
	}

	/**
	 * An id from a heading's words: letters, marks and digits of any script, joined by hyphens.
	 *
	 * @param string $text Heading text.
	 */
	private static function slug( string $text ): string {
		// Turkish İ lowercases to i and a combining dot; the dot would make a link nobody can type.
		$slug = trim( (string) preg_replace( '/[^\p{L}\p{M}\p{N}]+/u', '-', str_replace( "i\u{0307}", 'i', mb_strtolower( $text ) ) ), '-' );
		return '' !== $slug ? mb_substr( $slug, 0, 60 ) : 'section';
	}

	/**
	 * The slug, or the slug with a number when another heading has it.
	 *
	 * @param string              $slug Wanted id.
	 * @param array<string, true> $used Ids taken.
	 */
	private static function unique( string $slug, array $used ): string {
		$id = $slug;
		for ( $n = 2; isset( $used[ $id ] ); $n++ ) {
			$id = $slug . '-' . $n;
		}
		return $id;
	}
}

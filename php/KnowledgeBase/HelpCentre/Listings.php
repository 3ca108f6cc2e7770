<?php
/**
 * Lists of articles and of categories.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * The markup every help-centre page shares: a list of article links
 * (optionally with a line of each) and a grid of categories with their
 * description and how many articles the reader will find there.
 */
final class Listings {

	/** Longest excerpt, in characters. */
	private const EXCERPT = 200;

	/**
	 * Article links.
	 *
	 * @param WP_Post[] $posts    Articles.
	 * @param bool      $excerpts With a line of each.
	 */
	public static function articles( array $posts, bool $excerpts = false ): string {
		if ( ! $posts ) {
			return '';
		}
		$html = '<ul class="storedesk-articles">';
		foreach ( $posts as $post ) {
			$html .= '<li class="storedesk-articles__item"><a class="storedesk-articles__link" href="' . esc_url( (string) get_permalink( $post ) ) . '">' . esc_html( wp_strip_all_tags( get_the_title( $post ) ) ) . '</a>';
			$html .= $excerpts ? '<p class="storedesk-articles__excerpt">' . esc_html( self::excerpt( $post ) ) . '</p>' : '';
			$html .= '</li>';
		}
		return $html . '</ul>';
	}

	/**
	 * Category cards.
	 *
	 * @param array<int, array{term: \WP_Term, count: int}> $topics From Topics::children().
	 */
	public static function topics( array $topics ): string {
		if ( ! $topics ) {
			return '';
		}
		$html = '<ul class="storedesk-topics">';
		foreach ( $topics as $topic ) {
			$term  = $topic['term'];
			$html .= '<li class="storedesk-topic"><a class="storedesk-topic__link" href="' . esc_url( (string) get_term_link( $term ) ) . '">' . esc_html( $term->name ) . '</a>';
			$html .= '' !== trim( $term->description ) ? '<p class="storedesk-topic__description">' . esc_html( wp_strip_all_tags( $term->description ) ) . '</p>' : '';
			/* translators: %s: number of articles */
			$html .= '<p class="storedesk-topic__count">' . esc_html( sprintf( _n( '%s article', '%s articles', $topic['count'], 'storedesk' ), number_format_i18n( $topic['count'] ) ) ) . '</p></li>';
		}
		return $html . '</ul>';
	}

	/**
	 * A line of an article: its excerpt, or the start of its text. Never
	 * through get_the_excerpt(), whose the_content pass would draw the
	 * article's own parts.
	 *
	 * @param WP_Post $post Article.
	 */
	public static function excerpt( WP_Post $post ): string {
		$text = has_excerpt( $post ) ? $post->post_excerpt : wp_trim_words( wp_strip_all_tags( str_replace( '<', ' <', strip_shortcodes( excerpt_remove_blocks( $post->post_content ) ) ) ), 30 );
		$text = html_entity_decode( wp_strip_all_tags( $text ), ENT_QUOTES, 'UTF-8' );
		// Thai and other scripts written without spaces are one "word" to wp_trim_words().
		return mb_strlen( $text ) > self::EXCERPT ? rtrim( mb_substr( $text, 0, self::EXCERPT ) ) . '…' : $text;
	}
}

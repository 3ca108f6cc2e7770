<?php
/**
 * Which help-centre page a request is, and the help centre's URLs.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

use Storedesk\KnowledgeBase\ArticlePostType;

defined( 'ABSPATH' ) || exit;

/**
 * The home (/help/) and the search (/help/?q=… or /help/search/?q=…) are
 * no posts: a query var of our own marks them (HelpRoutes). A category or
 * tag page and an article are ordinary WordPress queries of our taxonomies
 * and post type.
 */
final class HelpPage {

	/** Query var of the home and the search. */
	public const VAR = 'storedesk_help';

	/** Query argument with the search words. */
	public const WORDS = 'q';

	/** Longest search, in characters, as on the search route. */
	public const MAX_WORDS = 200;

	public const HOME    = 'home';
	public const SEARCH  = 'search';
	public const TOPIC   = 'topic';
	public const TAG     = 'tag';
	public const ARTICLE = 'article';

	/** The current page: one of the constants above, or '' outside the help centre. */
	public static function current(): string {
		$var = (string) get_query_var( self::VAR );
		if ( self::HOME === $var || self::SEARCH === $var ) {
			return self::SEARCH === $var || '' !== self::words() ? self::SEARCH : self::HOME;
		}
		if ( is_tax( ArticlePostType::CATEGORY ) ) {
			return self::TOPIC;
		}
		if ( is_tax( ArticlePostType::TAG ) ) {
			return self::TAG;
		}
		return is_singular( ArticlePostType::POST_TYPE ) ? self::ARTICLE : '';
	}

	/** Whether the current page is one the help centre draws itself (not an article). */
	public static function is_listing(): bool {
		return in_array( self::current(), array( self::HOME, self::SEARCH, self::TOPIC, self::TAG ), true );
	}

	/** What the reader searched for, trimmed to the longest search. */
	public static function words(): string {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a search, not an action.
		$words = isset( $_GET[ self::WORDS ] ) && is_string( $_GET[ self::WORDS ] ) ? sanitize_text_field( wp_unslash( $_GET[ self::WORDS ] ) ) : '';
		return mb_substr( trim( $words ), 0, self::MAX_WORDS );
	}

	/**
	 * The help centre's home, or its search for some words.
	 *
	 * @param string $words Search words, or '' for the home.
	 */
	public static function url( string $words = '' ): string {
		$url = get_option( 'permalink_structure' ) ? home_url( user_trailingslashit( ArticlePostType::base() ) ) : add_query_arg( self::VAR, self::HOME, home_url( '/' ) );
		return '' === $words ? $url : add_query_arg( self::WORDS, rawurlencode( $words ), $url );
	}
}

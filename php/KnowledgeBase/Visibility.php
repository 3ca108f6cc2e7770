<?php
/**
 * Who may read an article.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase;

use Storedesk\Install\Roles;

defined( 'ABSPATH' ) || exit;

/**
 * Every article is public, for logged-in customers, or internal (agents
 * only). Kept in post meta, which the block editor edits and every query
 * can filter on, and as a number beside each search term.
 */
final class Visibility {

	public const META      = 'storedesk_visibility';
	public const PUBLIC    = 'public';
	public const CUSTOMERS = 'customers';
	public const INTERNAL  = 'internal';

	/** The stored number of each visibility, in the search index. */
	public const CODES = array(
		self::PUBLIC    => 0,
		self::CUSTOMERS => 1,
		self::INTERNAL  => 2,
	);

	/**
	 * An article's visibility; anything unknown counts as internal, so a
	 * mistyped value hides an article rather than publishing it.
	 *
	 * @param int $post_id Article.
	 */
	public static function of( int $post_id ): string {
		$value = (string) get_post_meta( $post_id, self::META, true );
		if ( '' === $value ) {
			return self::PUBLIC;
		}
		return isset( self::CODES[ $value ] ) ? $value : self::INTERNAL;
	}

	/**
	 * What the current user may read: agents everything, a logged-in
	 * customer public and customers-only articles, a visitor public ones.
	 *
	 * @return string[]
	 */
	public static function readable(): array {
		if ( current_user_can( Roles::ACCESS ) || current_user_can( 'edit_others_' . ArticlePostType::CAPS ) ) {
			return array_keys( self::CODES );
		}
		return is_user_logged_in() ? array( self::PUBLIC, self::CUSTOMERS ) : array( self::PUBLIC );
	}

	/**
	 * Whether the current user may read an article.
	 *
	 * @param int $post_id Article.
	 */
	public static function can_read( int $post_id ): bool {
		return in_array( self::of( $post_id ), self::readable(), true );
	}

	/** Whether the current user reads everything, so no query needs narrowing. */
	public static function reads_all(): bool {
		return count( self::readable() ) === count( self::CODES );
	}
}

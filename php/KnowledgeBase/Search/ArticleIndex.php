<?php
/**
 * Keeps each published article's search terms.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\Search;

use Storedesk\Install\Schema;
use Storedesk\Support\Transaction;
use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\KnowledgeBase\Visibility;

defined( 'ABSPATH' ) || exit;

/**
 * Rewrites an article's postings whenever anything they depend on changes
 * (text, status, categories and tags, visibility); an article that is not
 * published, or has a password, has none. One save changes the post, its
 * meta and its terms, each with its own hook: the article is queued by
 * each and written once, when the request ends or before the next search
 * in it, whichever is first. One article's terms are a few hundred rows,
 * written in the editor's own request: nothing waits for a job, and search
 * is right as soon as the article is.
 */
class ArticleIndex {

	/**
	 * A posting every indexed article has (no word can be it: '#' is no
	 * letter), so the articles a reader may search are counted by the same
	 * index range as any term.
	 */
	public const DOCUMENT = '#doc';

	/**
	 * Articles changed in this request and not written yet.
	 *
	 * @var array<int, true>
	 */
	private array $pending = array();

	/** Rows per INSERT. */
	private const CHUNK = 400;

	/** Hooks every change an article's terms depend on. */
	public function register(): void {
		add_action( 'save_post_' . ArticlePostType::POST_TYPE, array( $this, 'on_save' ), 20 );
		add_action( 'rest_after_insert_' . ArticlePostType::POST_TYPE, array( $this, 'on_rest' ) );
		add_action( 'set_object_terms', array( $this, 'on_terms' ), 10, 4 );
		foreach ( array( 'added_post_meta', 'updated_post_meta', 'deleted_post_meta' ) as $hook ) {
			add_action( $hook, array( $this, 'on_meta' ), 10, 3 );
		}
		add_action( 'before_delete_post', array( $this, 'on_delete' ) );
		add_action( 'shutdown', array( $this, 'flush' ) );
	}

	/**
	 * Queues an article to be written.
	 *
	 * @param int $post_id Article.
	 */
	public function queue( int $post_id ): void {
		$this->pending[ $post_id ] = true;
	}

	/** Writes every queued article. */
	public function flush(): void {
		$ids           = array_keys( $this->pending );
		$this->pending = array();
		foreach ( $ids as $id ) {
			$this->index( $id );
		}
	}

	/**
	 * After an article is saved.
	 *
	 * @param int $post_id Article.
	 */
	public function on_save( $post_id ): void {
		if ( ! wp_is_post_revision( (int) $post_id ) ) {
			$this->queue( (int) $post_id );
		}
	}

	/**
	 * After the block editor saved an article with its meta and terms.
	 *
	 * @param \WP_Post $post Article.
	 */
	public function on_rest( $post ): void {
		$this->queue( (int) $post->ID );
	}

	/**
	 * After an article's categories or tags changed.
	 *
	 * @param int    $object_id Post.
	 * @param array  $terms     Unused.
	 * @param array  $tt_ids    Unused.
	 * @param string $taxonomy  Taxonomy.
	 */
	public function on_terms( $object_id, $terms, $tt_ids, $taxonomy ): void {
		if ( in_array( $taxonomy, array( ArticlePostType::CATEGORY, ArticlePostType::TAG ), true ) && ArticlePostType::POST_TYPE === get_post_type( (int) $object_id ) ) {
			$this->queue( (int) $object_id );
		}
	}

	/**
	 * After an article's visibility changed.
	 *
	 * @param mixed  $meta_id   Unused.
	 * @param int    $object_id Post.
	 * @param string $key       Meta key.
	 */
	public function on_meta( $meta_id, $object_id, $key ): void {
		if ( Visibility::META === $key && ArticlePostType::POST_TYPE === get_post_type( (int) $object_id ) ) {
			$this->queue( (int) $object_id );
		}
	}

	/**
	 * Before a post is deleted for good.
	 *
	 * @param int $post_id Post.
	 */
	public function on_delete( $post_id ): void {
		if ( ArticlePostType::POST_TYPE === get_post_type( (int) $post_id ) ) {
			unset( $this->pending[ (int) $post_id ] );
			$this->remove( (int) $post_id );
		}
	}

	/**
	 * Writes an article's terms again from what it is now, and keeps the
	 * vocabulary's article counts in step, in one transaction.
	 *
	 * @param int $post_id Article.
	 */
	public function index( int $post_id ): void {
		Transaction::run(
			function () use ( $post_id ) {
				$this->remove( $post_id );
				$post = get_post( $post_id );
				if ( $post && ArticlePostType::POST_TYPE === $post->post_type && 'publish' === $post->post_status && '' === $post->post_password ) {
					$this->write( $post );
				}
				return true;
			}
		);
	}

	/**
	 * Inserts a published article's postings and counts its terms in.
	 *
	 * @param \WP_Post $post Article.
	 */
	private function write( \WP_Post $post ): void {
		global $wpdb;
		$labels     = wp_get_post_terms( $post->ID, array( ArticlePostType::CATEGORY, ArticlePostType::TAG ), array( 'fields' => 'names' ) );
		$weights    = array( self::DOCUMENT => 1 ) + ArticleTerms::document( $post->post_title, $post->post_excerpt . "\n" . self::text( $post->post_content ), is_array( $labels ) ? $labels : array() );
		$visibility = Visibility::CODES[ Visibility::of( $post->ID ) ];
		$rows       = array();
		$vocab      = array();
		foreach ( $weights as $term => $weight ) {
			$rows[]  = $wpdb->prepare( '(%s,%d,%d,%d)', $term, $visibility, $post->ID, min( 65535, $weight ) );
			$vocab[] = $wpdb->prepare( '(%s,%d,1)', $term, $visibility );
		}
		foreach ( array_chunk( $rows, self::CHUNK ) as $chunk ) {
			$wpdb->query( 'INSERT IGNORE INTO ' . Schema::table( 'kb_terms' ) . ' (term, visibility, article_id, weight) VALUES ' . implode( ',', $chunk ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- prepared tuples.
		}
		foreach ( array_chunk( $vocab, self::CHUNK ) as $chunk ) {
			$wpdb->query( 'INSERT INTO ' . Schema::table( 'kb_vocab' ) . ' (term, visibility, df) VALUES ' . implode( ',', $chunk ) . ' ON DUPLICATE KEY UPDATE df = df + 1' ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- prepared tuples.
		}
	}

	/**
	 * An article's HTML as text, with a space where each tag was, so the
	 * last word of a heading and the first of the next paragraph stay two.
	 *
	 * @param string $html Post content.
	 */
	public static function text( string $html ): string {
		return trim( (string) preg_replace( '/\s+/u', ' ', wp_strip_all_tags( str_replace( '<', ' <', strip_shortcodes( $html ) ) ) ) );
	}

	/**
	 * Drops an article's postings and counts its terms out of the
	 * vocabulary (a word no article has any more stays, with 0 articles).
	 *
	 * @param int $post_id Article.
	 */
	public function remove( int $post_id ): void {
		global $wpdb;
		$old = $wpdb->get_results( $wpdb->prepare( 'SELECT term, visibility FROM ' . Schema::table( 'kb_terms' ) . ' WHERE article_id = %d', $post_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		if ( ! $old ) {
			return;
		}
		$by_visibility = array();
		foreach ( $old as $row ) {
			$by_visibility[ (int) $row->visibility ][] = $wpdb->prepare( '%s', $row->term );
		}
		foreach ( $by_visibility as $visibility => $terms ) {
			foreach ( array_chunk( $terms, self::CHUNK ) as $chunk ) {
				$wpdb->query( 'UPDATE ' . Schema::table( 'kb_vocab' ) . ' SET df = df - 1 WHERE visibility = ' . (int) $visibility . ' AND df > 0 AND term IN (' . implode( ',', $chunk ) . ')' ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- prepared terms.
			}
		}
		$wpdb->delete( Schema::table( 'kb_terms' ), array( 'article_id' => $post_id ) );
	}
}

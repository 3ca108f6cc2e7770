<?php
/**
 * Help articles for a site: the 40 of the labelled search set
 * (tests/fixtures/kb, in English, Thai and Turkish) for the demo, and for
 * the bench as many more as asked, made from them: each copy keeps its
 * source's title and text with a product's name in the title, a paragraph
 * of that product's care, sizes and stock words, and its categories and
 * tags, so the index holds about as many postings per article as a real
 * help centre's and the common words ("order", "parcel") are in thousands.
 * A tenth of the copies are for logged-in customers, a tenth internal.
 *
 * Idempotent: adds only what is missing up to --count.
 *
 * Usage: STOREDESK_SITE=DIR php tools/php/seed-articles.php [--count=40]
 * Prints a JSON line: articles before, added, after and the seconds taken.
 *
 * @package Storedesk
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.Security.EscapeOutput -- a CLI seeder writing to a terminal.

require __DIR__ . '/load-wp.php';

use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\KnowledgeBase\Visibility;

$storedesk_opts  = getopt( '', array( 'count:' ) );
$storedesk_count = max( 1, (int) ( $storedesk_opts['count'] ?? 40 ) );
$storedesk_set   = json_decode( (string) file_get_contents( dirname( __DIR__, 2 ) . '/tests/fixtures/kb/articles.json' ), true );
$storedesk_have  = (int) ( wp_count_posts( ArticlePostType::POST_TYPE )->publish ?? 0 );
$storedesk_start = microtime( true );
$storedesk_items = array( 'mug', 'teapot', 'apron', 'tea towel', 'kettle', 'jug', 'bowl', 'plate', 'napkin', 'tablecloth', 'cup', 'saucer', 'pitcher', 'trivet', 'coaster', 'oven glove', 'bread bin', 'butter dish', 'sugar bowl', 'milk jug' );
$storedesk_looks = array( 'stoneware', 'linen', 'cast-iron', 'enamel', 'porcelain', 'cotton', 'glazed', 'hand-thrown', 'speckled', 'striped', 'indigo', 'sage', 'terracotta', 'charcoal', 'oat' );
$storedesk_terms = array();

wp_defer_term_counting( true );
for ( $storedesk_i = $storedesk_have; $storedesk_i < $storedesk_count; $storedesk_i++ ) {
	$storedesk_src  = $storedesk_set[ $storedesk_i % count( $storedesk_set ) ];
	$storedesk_copy = intdiv( $storedesk_i, count( $storedesk_set ) );
	$storedesk_item = $storedesk_looks[ $storedesk_copy % count( $storedesk_looks ) ] . ' ' . $storedesk_items[ intdiv( $storedesk_copy, count( $storedesk_looks ) ) % count( $storedesk_items ) ];
	$storedesk_body = $storedesk_src['content'];
	if ( $storedesk_copy > 0 ) {
		$storedesk_body .= sprintf(
			'<h2>%1$s</h2><p>The %1$s (model %2$d) comes in %3$d sizes. Wash it by hand, dry it at once and keep it away from direct heat. If it arrives damaged or you need a spare part, tell us the model number.</p>',
			ucfirst( $storedesk_item ),
			1000 + $storedesk_i,
			2 + $storedesk_i % 4
		);
	}
	$storedesk_id = wp_insert_post(
		array(
			'post_type'    => ArticlePostType::POST_TYPE,
			'post_status'  => 'publish',
			'post_title'   => $storedesk_copy > 0 ? $storedesk_src['title'] . ' (' . $storedesk_item . ')' : $storedesk_src['title'],
			'post_name'    => $storedesk_copy > 0 ? $storedesk_src['slug'] . '-' . $storedesk_copy : $storedesk_src['slug'],
			'post_content' => $storedesk_body,
			'menu_order'   => $storedesk_i % 40,
			'meta_input'   => array(
				Visibility::META          => 0 === $storedesk_copy ? Visibility::PUBLIC : array( Visibility::PUBLIC, Visibility::PUBLIC, Visibility::PUBLIC, Visibility::PUBLIC, Visibility::PUBLIC, Visibility::PUBLIC, Visibility::PUBLIC, Visibility::PUBLIC, Visibility::CUSTOMERS, Visibility::INTERNAL )[ $storedesk_i % 10 ],
				ArticlePostType::FEATURED => 0 === $storedesk_copy && 0 === $storedesk_i % 8,
			),
		),
		true
	);
	if ( is_wp_error( $storedesk_id ) ) {
		fwrite( STDERR, $storedesk_id->get_error_message() . "\n" );
		exit( 1 );
	}
	$storedesk_cat = ucfirst( $storedesk_src['category'] );
	if ( ! isset( $storedesk_terms[ $storedesk_cat ] ) ) {
		$storedesk_term                    = term_exists( $storedesk_cat, ArticlePostType::CATEGORY );
		$storedesk_term                    = $storedesk_term ? $storedesk_term : wp_insert_term( $storedesk_cat, ArticlePostType::CATEGORY );
		$storedesk_terms[ $storedesk_cat ] = (int) $storedesk_term['term_id'];
	}
	wp_set_object_terms( $storedesk_id, array( $storedesk_terms[ $storedesk_cat ] ), ArticlePostType::CATEGORY );
	wp_set_object_terms( $storedesk_id, $storedesk_src['tags'], ArticlePostType::TAG );
	if ( 0 === $storedesk_i % 100 ) {
		\Storedesk\Plugin::container()->get( \Storedesk\KnowledgeBase\Search\ArticleIndex::class )->flush();
	}
	if ( 0 === $storedesk_i % 500 ) {
		wp_cache_flush(); // A CLI run of thousands: keep memory flat.
	}
}
wp_defer_term_counting( false );
echo wp_json_encode(
	array(
		'before'  => $storedesk_have,
		'added'   => max( 0, $storedesk_count - $storedesk_have ),
		'after'   => (int) ( wp_count_posts( ArticlePostType::POST_TYPE )->publish ?? 0 ),
		'seconds' => round( microtime( true ) - $storedesk_start, 1 ),
	)
) . "\n";

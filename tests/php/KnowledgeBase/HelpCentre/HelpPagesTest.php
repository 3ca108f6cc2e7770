<?php
/**
 * The help centre's home, search and category pages.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase\HelpCentre;

use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\KnowledgeBase\Feedback\FeedbackRepository;
use Storedesk\KnowledgeBase\HelpCentre\HelpPage;
use Storedesk\KnowledgeBase\HelpCentre\HelpPages;
use Storedesk\KnowledgeBase\HelpCentre\PopularArticles;
use Storedesk\KnowledgeBase\Visibility;

/**
 * Each page shows the reader what they may read: categories with their
 * counts, featured then helpful then ordered articles, ranked results or a
 * way to contact support, a category's subcategories and its articles in
 * the editor's order.
 */
class HelpPagesTest extends HelpCentreTestCase {

	/** The pages. */
	private function pages(): HelpPages {
		return $this->service( HelpPages::class );
	}

	/** Categories show with their description and the count the reader may read; empty ones do not show. */
	public function test_home_lists_categories_with_the_readers_counts(): void {
		$open   = $this->category( 'Numbat care ' . wp_rand(), 0, 'Looking after <b>numbat</b> mugs.' );
		$hidden = $this->category( 'Numbat staff ' . wp_rand() );
		$sub    = $this->category( 'Numbat glaze ' . wp_rand(), $open );
		$this->file_under( $this->article( 'Numbat one', '<p>One.</p>' ), array( $open ) );
		$this->file_under( $this->article( 'Numbat two', '<p>Two.</p>' ), array( $sub ) );
		$this->file_under( $this->article( 'Numbat members', '<p>Three.</p>', Visibility::CUSTOMERS ), array( $open ) );
		$this->file_under( $this->article( 'Numbat internal', '<p>Four.</p>', Visibility::INTERNAL ), array( $hidden ) );

		$html = $this->pages()->home();
		$this->assertStringContainsString( '<h1 class="storedesk-help__title">How can we help?</h1>', $html );
		$this->assertStringContainsString( 'name="q"', $html, 'a search box' );
		$this->assertMatchesRegularExpression( '#<a class="storedesk-topic__link" href="[^"]+/help/topic/numbat-care-\d+/">Numbat care \d+</a><p class="storedesk-topic__description">Looking after numbat mugs.</p><p class="storedesk-topic__count">2 articles</p>#', $html, 'its own and its subcategory\'s public articles' );
		$this->assertStringNotContainsString( 'Numbat staff', $html, 'nothing a visitor may read there' );
		$this->assertStringNotContainsString( 'Numbat glaze', $html, 'only top-level categories' );

		wp_set_current_user( $this->user( 'subscriber' ) );
		$this->assertMatchesRegularExpression( '#Numbat care \d+</a>.*?<p class="storedesk-topic__count">3 articles</p>#', $this->pages()->home(), 'a customer counts customers-only articles too' );
	}

	/** Featured articles first, then the most helpful of the last 90 days, then the editor's order; never a hidden one. */
	public function test_popular_articles_in_their_order(): void {
		$popular  = $this->service( PopularArticles::class );
		$plain    = $this->article( 'Bilby plain', '<p>Plain.</p>' );
		$helpful  = $this->article( 'Bilby helpful', '<p>Helpful.</p>' );
		$featured = $this->article( 'Bilby featured', '<p>Featured.</p>' );
		$old      = $this->article( 'Bilby rated long ago', '<p>Old.</p>' );
		$hidden   = $this->article( 'Bilby featured internal', '<p>Internal.</p>', Visibility::INTERNAL );
		foreach ( array( $plain, $helpful, $featured, $old, $hidden ) as $id ) {
			wp_update_post( array( 'ID' => $id, 'menu_order' => -100 ) );
		}
		update_post_meta( $featured, ArticlePostType::FEATURED, true );
		update_post_meta( $hidden, ArticlePostType::FEATURED, true );
		$feedback = $this->service( FeedbackRepository::class );
		foreach ( range( 1, 3 ) as $n ) {
			$feedback->save( $helpful, true, '', 0, 'bilby-reader-' . $n );
			$feedback->save( $old, true, '', 0, 'bilby-old-reader-' . $n, time() - 91 * DAY_IN_SECONDS );
		}
		$popular->flush();

		$ids = wp_list_pluck( $popular->get( 200 ), 'ID' );
		$this->assertNotContains( $hidden, $ids );
		$at = array_flip( $ids );
		$this->assertLessThan( $at[ $helpful ], $at[ $featured ], 'featured before helpful' );
		$this->assertLessThan( $at[ $plain ], $at[ $helpful ], 'helpful before the rest' );
		$this->assertLessThan( $at[ $old ], $at[ $plain ], 'answers older than 90 days do not count; then by title' );
		$this->assertSame( count( $ids ), count( array_unique( $ids ) ), 'each article once' );
	}

	/** Results come ranked with an excerpt; none found says so and offers support. */
	public function test_search_results_and_no_results(): void {
		$id   = $this->article( 'Return a platypus teapot', '<p>Send the platypus teapot back within 30 days.</p><h2>Labels</h2><p>Print it.</p>' );
		$html = $this->pages()->results( 'platypus teapot' );
		$this->assertStringContainsString( '<a href="' . esc_url( HelpPage::url() ) . '">Help</a>', $html, 'breadcrumbs' );
		$this->assertStringContainsString( 'value="platypus teapot"', $html, 'the words stay in the box' );
		$this->assertStringContainsString( '<a class="storedesk-articles__link" href="' . get_permalink( $id ) . '">Return a platypus teapot</a><p class="storedesk-articles__excerpt">Send the platypus teapot back within 30 days. Labels Print it.</p>', $html );
		$this->assertMatchesRegularExpression( '#<p class="storedesk-help__status" role="status">\d+ articles? match(es)? &quot;platypus teapot&quot;.</p><ul class="storedesk-articles"><li class="storedesk-articles__item"><a class="storedesk-articles__link" href="' . preg_quote( get_permalink( $id ), '#' ) . '">#', $html, 'best first' );

		$none = $this->pages()->results( 'xylophonezz <qzxw> & "vqzx"' );
		$this->assertStringContainsString( '<p class="storedesk-help__status" role="status">No articles match &quot;xylophonezz &lt;qzxw&gt; &amp; &quot;vqzx&quot;&quot;.</p>', $none, 'escaped' );
		$this->assertStringNotContainsString( 'storedesk-articles', $none );
		$this->assertMatchesRegularExpression( '#<a href="[^"]+\#storedesk-contact" data-storedesk-contact aria-haspopup="dialog">Contact support</a>#', $none );

		$url    = static fn() => 'https://shop.example/contact-us/';
		add_filter( 'storedesk_contact_url', $url );
		$custom = $this->pages()->results( 'xylophonezz' );
		remove_filter( 'storedesk_contact_url', $url );
		$this->assertStringContainsString( '<a href="https://shop.example/contact-us/">Contact support</a>', $custom, 'the store\'s own contact page' );

		global $wpdb;
		$logged = $wpdb->get_results( 'SELECT query, results, source FROM ' . \Storedesk\Install\Schema::table( 'kb_events' ) . " WHERE kind = 'search' ORDER BY id", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$this->assertSame( array( 'platypus teapot', 'help' ), array( $logged[0]['query'], $logged[0]['source'] ), 'searches count in the reports' );
		$this->assertGreaterThan( 0, (int) $logged[0]['results'] );
		$this->assertSame( '0', (string) $logged[1]['results'], 'a search nothing answered' );
	}

	/** The search page without words asks for some; with words in the URL it searches. */
	public function test_search_page_reads_the_words_from_the_url(): void {
		$this->article( 'Echidna gift wrap', '<p>We wrap echidna gifts.</p>' );
		$this->view( array( HelpPage::VAR => HelpPage::HOME ) );
		$this->assertSame( HelpPage::HOME, HelpPage::current() );
		$_GET['q'] = wp_slash( 'echidna gift' );
		$this->assertSame( HelpPage::SEARCH, HelpPage::current() );
		$this->assertStringContainsString( 'Echidna gift wrap', $this->pages()->render() );

		unset( $_GET['q'] ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- the test's own request.
		$this->view( array( HelpPage::VAR => HelpPage::SEARCH ) );
		$this->assertStringContainsString( 'Type a few words about your question', $this->pages()->render() );
		$this->assertSame( 'http://' . wp_parse_url( home_url(), PHP_URL_HOST ) . ( wp_parse_url( home_url(), PHP_URL_PORT ) ? ':' . wp_parse_url( home_url(), PHP_URL_PORT ) : '' ) . '/help/?q=tea%20cup', HelpPage::url( 'tea cup' ) );
	}

	/** A category: its trail, subcategories, and its own articles by the editor's order then title, hidden ones left out. */
	public function test_category_page(): void {
		$topic = $this->category( 'Dingo dishes ' . wp_rand(), 0, 'All about dingo dishes.' );
		$sub   = $this->category( 'Dingo lids ' . wp_rand(), $topic );
		$b     = $this->article( 'Beta dingo', '<p>B.</p>' );
		$a     = $this->article( 'Alpha dingo', '<p>A.</p>' );
		$z     = $this->article( 'Zulu dingo', '<p>Z.</p>' );
		$x     = $this->article( 'Dingo internal', '<p>X.</p>', Visibility::INTERNAL );
		$l     = $this->article( 'Dingo lid fit', '<p>L.</p>' );
		foreach ( array( $b => 1, $a => 1, $z => 0, $x => 0 ) as $id => $order ) {
			wp_update_post( array( 'ID' => $id, 'menu_order' => $order ) );
			$this->file_under( $id, array( $topic ) );
		}
		$this->file_under( $l, array( $sub ) );
		$this->view( array( ArticlePostType::CATEGORY => get_term( $topic )->slug ) );
		$this->assertSame( HelpPage::TOPIC, HelpPage::current() );

		$html = $this->pages()->render();
		$this->assertMatchesRegularExpression( '#<nav class="storedesk-breadcrumbs"[^>]*><ol><li><a href="[^"]+/help/">Help</a></li><li aria-current="page">Dingo dishes \d+</li></ol></nav><h1 class="storedesk-help__title">Dingo dishes \d+</h1><div class="storedesk-help__description"><p>All about dingo dishes.</p>#', $html );
		$this->assertMatchesRegularExpression( '#Subtopics</h2><ul class="storedesk-topics"><li class="storedesk-topic"><a class="storedesk-topic__link" href="[^"]+/help/topic/dingo-dishes-\d+/dingo-lids-\d+/">Dingo lids \d+</a><p class="storedesk-topic__count">1 article</p>#', $html );
		preg_match_all( '#<a class="storedesk-articles__link" href="[^"]+">([^<]+)</a>#', $html, $m );
		$this->assertSame( array( 'Zulu dingo', 'Alpha dingo', 'Beta dingo' ), $m[1], 'editor\'s order, then title; the subcategory\'s article under it, the hidden one nowhere' );
	}

	/** A tag's page lists its articles under the tag's name. */
	public function test_tag_page(): void {
		$this->article( 'Wallaby spout', '<p>Spout.</p>', Visibility::PUBLIC, array( 'tags' => array( 'wallaby-spout' ) ) );
		$this->view( array( ArticlePostType::TAG => 'wallaby-spout' ) );
		$this->assertSame( HelpPage::TAG, HelpPage::current() );
		$html = $this->pages()->render();
		$this->assertStringContainsString( '<h1 class="storedesk-help__title">Articles tagged &quot;wallaby-spout&quot;</h1>', $html );
		$this->assertStringContainsString( '>Wallaby spout</a>', $html );
	}
}

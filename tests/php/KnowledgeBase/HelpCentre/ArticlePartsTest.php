<?php
/**
 * What an article's page adds to the theme's single template.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase\HelpCentre;

use Storedesk\KnowledgeBase\HelpCentre\StructuredData;
use Storedesk\KnowledgeBase\HelpCentre\TableOfContents;
use Storedesk\KnowledgeBase\Visibility;

/**
 * Breadcrumbs, table of contents, feedback and related articles come
 * through the_content on the article's own page only; headings get
 * anchors; the head describes the article in JSON-LD.
 */
class ArticlePartsTest extends HelpCentreTestCase {

	/** A body with two sections and a subsection. */
	private const BODY = '<p>Start.</p><h2>Where to find it</h2><p>One.</p><h3 class="x">In the email</h3><p>Two.</p><h2 id="kept">What shipped means</h2><p>Three.</p>';

	/** The page of an article in a subcategory: trail, contents, anchors, feedback, in that order. */
	public function test_article_page_has_its_parts_in_order(): void {
		$parent = $this->category( 'Deliveries ' . wp_rand() );
		$child  = $this->category( 'Tracking ' . wp_rand(), $parent );
		$id     = $this->article( 'Track a quokka parcel', self::BODY );
		$this->file_under( $id, array( $child ) );
		$this->view_article( $id );

		$html = apply_filters( 'the_content', get_post( $id )->post_content ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- WordPress's own filter.

		$this->assertMatchesRegularExpression(
			'#<nav class="storedesk-breadcrumbs" aria-label="Breadcrumbs"><ol><li><a href="[^"]+/help/">Help</a></li><li><a href="[^"]+/help/topic/deliveries-\d+/">Deliveries \d+</a></li><li><a href="[^"]+/help/topic/deliveries-\d+/tracking-\d+/">Tracking \d+</a></li><li aria-current="page">Track a quokka parcel</li></ol></nav>#',
			$html
		);
		$this->assertStringContainsString( '<h2 id="where-to-find-it">Where to find it</h2>', $html );
		$this->assertStringContainsString( '<h3 class="x" id="in-the-email">In the email</h3>', $html );
		$this->assertStringContainsString( '<h2 id="kept">What shipped means</h2>', $html, 'an id the editor set is kept' );
		$this->assertStringContainsString( '<ol><li><a href="#where-to-find-it">Where to find it</a><ol><li><a href="#in-the-email">In the email</a></li></ol></li><li><a href="#kept">What shipped means</a></li></ol>', $html, 'h3 nested under its h2' );
		$order = array_map( static fn( $needle ) => strpos( $html, $needle ), array( 'storedesk-breadcrumbs', 'storedesk-toc', '<p>Start.</p>', 'storedesk-feedback' ) );
		$this->assertSame( $order, array_values( array_filter( $order, 'is_int' ) ), 'every part is there' );
		$sorted = $order;
		sort( $sorted );
		$this->assertSame( $sorted, $order, 'trail, contents, body, feedback' );
	}

	/** Elsewhere (a list, an excerpt, another post's page) the article's content only gets its anchors. */
	public function test_parts_only_on_the_articles_own_page(): void {
		$id    = $this->article( 'Quokka anchors only', self::BODY );
		$other = $this->article( 'Another quokka page', '<p>Other.</p>' );
		$this->view_article( $other );
		$GLOBALS['post'] = get_post( $id ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- a list drawing another article.
		$html            = apply_filters( 'the_content', self::BODY ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- WordPress's own filter.
		$this->assertStringContainsString( 'id="where-to-find-it"', $html );
		$this->assertStringNotContainsString( 'storedesk-toc', $html );
		$this->assertStringNotContainsString( 'storedesk-feedback', $html );

		$this->view_article( $id );
		$this->assertStringNotContainsString( 'storedesk-feedback', get_the_excerpt( $id ), 'an excerpt made from the content has no parts' );
	}

	/** Ids come from words in any script, never repeat, and never take a theme's own ids. */
	public function test_anchors_are_unique_and_keep_any_script(): void {
		list( $html, $headings ) = ( new TableOfContents() )->anchor( '<h2>Returns</h2><h2>Returns</h2><h2>การคืนสินค้า</h2><h3>Content</h3><h2>İade süresi</h2><h2>!!!</h2>' );
		$this->assertSame( array( 'returns', 'returns-2', 'การคืนสินค้า', 'content-2', 'iade-süresi', 'section' ), array_column( $headings, 'id' ) );
		$this->assertStringContainsString( '<h2 id="การคืนสินค้า">การคืนสินค้า</h2>', $html );
		$this->assertSame( '', ( new TableOfContents() )->html( array_slice( $headings, 0, 1 ) ), 'one section needs no table' );
	}

	/** Related articles share a category or tag, best match first, and never show a visitor a hidden one. */
	public function test_related_articles_leave_out_what_the_reader_may_not_read(): void {
		$topic    = 'Wombat care ' . wp_rand();
		$id       = $this->article( 'Wombat mug care', '<p>Care.</p>', Visibility::PUBLIC, array( 'category' => $topic, 'tags' => array( 'wombat-glaze' ) ) );
		$both     = $this->article( 'Wombat glaze cracks', '<p>Cracks.</p>', Visibility::PUBLIC, array( 'category' => $topic, 'tags' => array( 'wombat-glaze' ) ) );
		$tag      = $this->article( 'Wombat glaze colours', '<p>Colours.</p>', Visibility::PUBLIC, array( 'tags' => array( 'wombat-glaze' ) ) );
		$internal = $this->article( 'Wombat returns policy (agents)', '<p>Internal.</p>', Visibility::INTERNAL, array( 'category' => $topic ) );
		$members  = $this->article( 'Wombat member discount', '<p>Members.</p>', Visibility::CUSTOMERS, array( 'category' => $topic ) );
		$related  = $this->service( \Storedesk\KnowledgeBase\HelpCentre\RelatedArticles::class );

		$this->assertSame( array( $both, $tag ), wp_list_pluck( $related->for_article( get_post( $id ) ), 'ID' ), 'category and tag shared first' );

		$this->view_article( $id );
		$html = apply_filters( 'the_content', get_post( $id )->post_content ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- WordPress's own filter.
		$this->assertStringContainsString( 'Related articles', $html );
		$this->assertStringContainsString( 'Wombat glaze cracks', $html );
		$this->assertStringNotContainsString( 'Wombat returns policy', $html );
		$this->assertStringNotContainsString( 'Wombat member discount', $html );

		wp_set_current_user( $this->user( 'storedesk_agent' ) );
		$this->assertEqualsCanonicalizing( array( $both, $tag, $internal, $members ), wp_list_pluck( $related->for_article( get_post( $id ) ), 'ID' ), 'an agent sees every related article' );
	}

	/** The head carries the Article and its BreadcrumbList as valid JSON-LD. */
	public function test_json_ld_describes_the_article(): void {
		$topic = 'Koala kettles ' . wp_rand();
		$id    = $this->article( 'Descale a koala kettle </script><b>now</b> & "fast"', self::BODY, Visibility::PUBLIC, array( 'category' => $topic ) );
		$this->view_article( $id );
		ob_start();
		$this->service( StructuredData::class )->print();
		$head = (string) ob_get_clean();

		$this->assertSame( 1, preg_match( '#^<script type="application/ld\+json">(.*)</script>\n$#s', $head, $m ), $head );
		$this->assertStringNotContainsString( '</script><b>', $m[1], 'text cannot close the script' );
		$data = json_decode( $m[1], true );
		$this->assertIsArray( $data, json_last_error_msg() );
		$this->assertSame( 'https://schema.org', $data['@context'] );
		list( $article, $trail ) = $data['@graph'];
		$this->assertSame( 'Article', $article['@type'] );
		$this->assertSame( 'Descale a koala kettle now & “fast”', $article['headline'], 'the title as the page shows it, without its tags' );
		$this->assertSame( get_permalink( $id ), $article['mainEntityOfPage']['@id'] );
		$this->assertSame( get_bloginfo( 'name' ), $article['publisher']['name'] );
		$this->assertSame( 'Organization', $article['publisher']['@type'] );
		$this->assertArrayHasKey( 'name', $article['author'] );
		$this->assertNotFalse( strtotime( $article['datePublished'] ) );
		$this->assertNotFalse( strtotime( $article['dateModified'] ) );
		$this->assertSame( 'BreadcrumbList', $trail['@type'] );
		$this->assertSame( array( 'Help', $topic, $article['headline'] ), array_column( $trail['itemListElement'], 'name' ) );
		$this->assertSame( array( 1, 2, 3 ), array_column( $trail['itemListElement'], 'position' ) );
	}

	/** A hidden article's page prints no description (WordPress answers 404 for it). */
	public function test_no_json_ld_for_a_hidden_article(): void {
		$id = $this->article( 'Koala internal notes', '<p>Secret.</p>', Visibility::INTERNAL );
		$this->view_article( $id );
		ob_start();
		$this->service( StructuredData::class )->print();
		$this->assertSame( '', ob_get_clean() );
	}
}

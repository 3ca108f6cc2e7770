<?php
/**
 * The help centre's pages inside block and classic themes, and their URLs.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase\HelpCentre;

use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\KnowledgeBase\HelpCentre\HelpPage;
use Storedesk\KnowledgeBase\HelpCentre\HelpRoutes;
use Storedesk\KnowledgeBase\HelpCentre\HelpSitemap;
use Storedesk\KnowledgeBase\HelpCentre\HelpTemplates;

/**
 * /help/ and /help/search/ reach the help centre, category URLs reach
 * their category; the pages render through the block template on block
 * themes and through our PHP template on classic ones, unless the theme
 * brings its own.
 */
class HelpTemplatesTest extends HelpCentreTestCase {

	/**
	 * Whether the theme supported block templates before a test changed it.
	 *
	 * @var bool
	 */
	private bool $block_templates;

	/** Remembers the theme's support. */
	protected function setUp(): void {
		parent::setUp();
		$this->block_templates = current_theme_supports( 'block-templates' );
	}

	/** Puts the theme's support, the request and the template globals back. */
	protected function tearDown(): void {
		$this->block_templates ? add_theme_support( 'block-templates' ) : remove_theme_support( 'block-templates' );
		unset( $GLOBALS['_wp_current_template_content'], $GLOBALS['_wp_current_template_id'] );
		parent::tearDown();
	}

	/** The rules, as a request reads them: home, search, a category (not an attachment), an article. */
	public function test_urls_reach_the_help_pages(): void {
		$id   = $this->article( 'Kookaburra kettle whistle', '<p>Whistle.</p>', 'public', array( 'category' => 'Kookaburra kettles', 'slug' => 'kookaburra-kettle-whistle' ) );
		$term = get_term_by( 'name', 'Kookaburra kettles', ArticlePostType::CATEGORY );
		$GLOBALS['wp_rewrite']->flush_rules( false );
		$this->assertSame( array( HelpPage::VAR => HelpPage::HOME ), $this->parse( '/help/' ) );
		$this->assertSame( array( HelpPage::VAR => HelpPage::SEARCH ), $this->parse( '/help/search/' ) );
		$this->assertSame( array( ArticlePostType::CATEGORY => $term->slug ), $this->parse( '/help/topic/' . $term->slug . '/' ) );
		$this->assertSame( 'kookaburra-kettle-whistle', $this->parse( wp_parse_url( get_permalink( $id ), PHP_URL_PATH ) )[ ArticlePostType::POST_TYPE ] ?? null );
	}

	/** The home's main query is no blog home, fetches nothing and is found; an unknown value is not. */
	public function test_home_query_is_found_and_empty(): void {
		$status = 0;
		$spy    = static function ( $header, $code ) use ( &$status ) {
			$status = $code;
			return $header;
		};
		add_filter( 'status_header', $spy, 10, 2 );
		$query = $this->view( array( HelpPage::VAR => HelpPage::HOME ) );
		$found = apply_filters( 'pre_handle_404', false, $query ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- WordPress's own filter.
		$other = apply_filters( 'pre_handle_404', false, $this->view( array( HelpPage::VAR => 'elsewhere' ) ) ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- WordPress's own filter.
		remove_filter( 'status_header', $spy );
		$this->assertFalse( $query->is_home() );
		$this->assertSame( array(), $query->posts );
		$this->assertTrue( $found );
		$this->assertSame( 200, $status );
		$this->assertFalse( $other, 'WordPress decides (a 404) for a value that is no help page' );
	}

	/** Block themes: our registered block template, drawn through the template canvas, with the help centre in it. */
	public function test_block_theme_gets_the_block_template(): void {
		add_theme_support( 'block-templates' );
		$this->view( array( HelpPage::VAR => HelpPage::HOME ) );
		$template = $this->service( HelpTemplates::class )->template( get_index_template() );
		$this->assertStringEndsWith( 'wp-includes/template-canvas.php', $template );
		$this->assertStringEndsWith( '//' . HelpTemplates::SLUG, $GLOBALS['_wp_current_template_id'] );
		$this->assertStringContainsString( '<!-- wp:template-part {"slug":"header"', $GLOBALS['_wp_current_template_content'] );
		$this->assertStringContainsString( '<!-- wp:storedesk/help-centre', $GLOBALS['_wp_current_template_content'] );
		$this->assertStringContainsString( '<h1 class="storedesk-help__title">How can we help?</h1>', get_the_block_template_html() );
	}

	/** Classic themes: our PHP template, which wraps the page in the theme's header and footer. */
	public function test_classic_theme_gets_the_php_template(): void {
		remove_theme_support( 'block-templates' );
		$this->view( array( HelpPage::VAR => HelpPage::HOME ) );
		$template = $this->service( HelpTemplates::class )->template( get_index_template() );
		$this->assertSame( STOREDESK_DIR . '/templates/help-centre.php', $template );
		$source = (string) file_get_contents( $template ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- reading our own template.
		$this->assertMatchesRegularExpression( '/get_header\(\);.*HelpPages::class.*get_footer\(\);/s', $source );
	}

	/** A theme's own taxonomy template for help categories wins; other pages keep theirs. */
	public function test_theme_templates_win_and_other_pages_are_left_alone(): void {
		$term = wp_insert_term( 'Cassowary care ' . wp_rand(), ArticlePostType::CATEGORY );
		$this->view( array( ArticlePostType::CATEGORY => get_term( $term['term_id'] )->slug ) );
		$own = get_stylesheet_directory() . '/taxonomy-' . ArticlePostType::CATEGORY . '.php';
		$this->assertSame( $own, $this->service( HelpTemplates::class )->template( $own ) );
		$this->assertNotSame( '/theme/archive.php', $this->service( HelpTemplates::class )->template( '/theme/archive.php' ), 'a generic archive is replaced' );

		$this->view( array( 'post_type' => 'page' ) );
		$this->assertSame( '/theme/page.php', $this->service( HelpTemplates::class )->template( '/theme/page.php' ) );
	}

	/** Titles, body classes and robots of the home and the search. */
	public function test_title_classes_and_robots(): void {
		$templates = $this->service( HelpTemplates::class );
		$this->view( array( HelpPage::VAR => HelpPage::HOME ) );
		$this->assertSame( 'Help centre', $templates->title( array( 'site' => 'Shop' ) )['title'] );
		$this->assertContains( 'storedesk-help-home', $templates->body_class( array() ) );
		$this->assertArrayNotHasKey( 'noindex', $templates->robots( array() ) );
		$_GET['q'] = 'lost parcel';
		$this->assertSame( 'Help search: lost parcel', $templates->title( array() )['title'] );
		$this->assertTrue( $templates->robots( array() )['noindex'], 'search results are not indexed' );
	}

	/** Category and tag rules come before the article's attachment rule; a new base flushes the rules. */
	public function test_rule_order_and_new_base(): void {
		$rules = $this->service( HelpRoutes::class )->terms_first(
			array(
				'help/[^/]+/([^/]+)/?$' => 'index.php?attachment=$matches[1]',
				'help/topic/(.+?)/?$'   => 'index.php?' . ArticlePostType::CATEGORY . '=$matches[1]',
				'help/tag/([^/]+)/?$'   => 'index.php?' . ArticlePostType::TAG . '=$matches[1]',
			)
		);
		$this->assertSame( array( 'help/topic/(.+?)/?$', 'help/tag/([^/]+)/?$', 'help/[^/]+/([^/]+)/?$' ), array_keys( $rules ) );

		delete_option( 'storedesk_flush_rewrite' );
		update_option( 'storedesk_help_base', 'support/answers' );
		$this->assertSame( '1', (string) get_option( 'storedesk_flush_rewrite' ) );
		$this->assertStringEndsWith( '/support/answers/', HelpPage::url() );
	}

	/** WordPress's sitemaps carry the home (articles and categories are there as a post type and taxonomy). */
	public function test_sitemap_lists_the_home(): void {
		$this->assertSame( array( array( 'loc' => HelpPage::url() ) ), ( new HelpSitemap() )->get_url_list( 1 ) );
		$this->assertSame( array(), ( new HelpSitemap() )->get_url_list( 2 ) );
		$terms = new \WP_Sitemaps_Taxonomies();
		$this->article( 'Emu egg cups', '<p>Cups.</p>', 'public', array( 'category' => 'Emu tableware' ) );
		$this->assertContains( get_term_link( get_term_by( 'name', 'Emu tableware', ArticlePostType::CATEGORY ) ), array_column( $terms->get_url_list( 1, ArticlePostType::CATEGORY ), 'loc' ) );
	}

	/**
	 * The query vars a request for a path gets from the rewrite rules.
	 *
	 * @param string $path Path after the home URL.
	 */
	private function parse( string $path ): array {
		$uri                    = $_SERVER['REQUEST_URI'] ?? '/';
		$_SERVER['REQUEST_URI'] = $path;
		// A copy of WordPress's own, which knows the query vars the post types and taxonomies added.
		$wp = clone $GLOBALS['wp'];
		$wp->parse_request();
		$_SERVER['REQUEST_URI'] = $uri;
		return array_diff_key( $wp->query_vars, array_flip( array( 'page', 'paged' ) ) );
	}
}

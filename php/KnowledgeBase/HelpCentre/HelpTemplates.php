<?php
/**
 * Puts the help centre's own pages inside the active theme.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

use Storedesk\KnowledgeBase\ArticlePostType;

defined( 'ABSPATH' ) || exit;

/**
 * The home, the search and category or tag pages are drawn by the
 * storedesk/help-centre block inside the theme's header and footer, found
 * the way WordPress finds any template, so themes and owners can replace it:
 *
 * - a block theme gets the "storedesk-help" block template: the owner's copy
 *   from the Site Editor, else the theme's templates/storedesk-help.html,
 *   else ours, registered with register_block_template() (header part, the
 *   block, footer part), which WordPress renders through template-canvas.php;
 * - a classic theme gets its own storedesk-help.php, else our
 *   templates/help-centre.php, which calls get_header() and get_footer().
 *
 * A theme's own taxonomy-storedesk_kb_category(-slug) template still wins
 * on category pages. Articles need none of this: they are single posts of
 * the theme (ArticleParts).
 */
class HelpTemplates {

	/** Template slug, in both kinds of theme. */
	public const SLUG = 'storedesk-help';

	/** Hooks the template and the page's title, classes and robots. */
	public function register(): void {
		add_action( 'init', array( $this, 'register_template' ) );
		add_filter( 'template_include', array( $this, 'template' ), 50 );
		add_filter( 'document_title_parts', array( $this, 'title' ) );
		add_filter( 'body_class', array( $this, 'body_class' ) );
		add_filter( 'wp_robots', array( $this, 'robots' ) );
	}

	/** Offers the block template to block themes and the Site Editor. */
	public function register_template(): void {
		register_block_template(
			'storedesk//' . self::SLUG,
			array(
				'title'       => __( 'Help centre', 'storedesk' ),
				'description' => __( 'The help centre\'s home, search results and category pages.', 'storedesk' ),
				'content'     => self::content(),
			)
		);
	}

	/** The default block template: the theme's header, the help centre, the theme's footer. */
	public static function content(): string {
		return '<!-- wp:template-part {"slug":"header","area":"header","tagName":"header"} /-->'
			. '<!-- wp:group {"tagName":"main","layout":{"type":"constrained"}} --><main class="wp-block-group">'
			. '<!-- wp:storedesk/help-centre {"align":"wide"} /-->'
			. '</main><!-- /wp:group -->'
			. '<!-- wp:template-part {"slug":"footer","area":"footer","tagName":"footer"} /-->';
	}

	/**
	 * The template of a help-centre page.
	 *
	 * @param string $template Template WordPress chose.
	 */
	public function template( $template ) {
		if ( ! HelpPage::is_listing() || $this->themes_own( (string) $template ) ) {
			return $template;
		}
		$templates = array( self::SLUG . '.php' );
		// Block themes: the Site Editor's copy, the theme's file or ours; classic: the theme's file or ''.
		$found = locate_block_template( locate_template( $templates ), self::SLUG, $templates );
		return '' !== $found ? $found : STOREDESK_DIR . '/templates/help-centre.php';
	}

	/**
	 * The document title of the home and the search (WordPress names category pages itself).
	 *
	 * @param array $parts Title parts.
	 */
	public function title( $parts ): array {
		$parts = (array) $parts;
		$page  = HelpPage::current();
		if ( HelpPage::HOME === $page ) {
			$parts['title'] = __( 'Help centre', 'storedesk' );
		} elseif ( HelpPage::SEARCH === $page ) {
			/* translators: %s: the words searched for */
			$parts['title'] = '' !== HelpPage::words() ? sprintf( __( 'Help search: %s', 'storedesk' ), HelpPage::words() ) : __( 'Search the help centre', 'storedesk' );
		}
		return $parts;
	}

	/**
	 * Classes themes and stores can style help pages by.
	 *
	 * @param string[] $classes Body classes.
	 */
	public function body_class( $classes ): array {
		$page = HelpPage::current();
		return '' === $page ? (array) $classes : array_merge( (array) $classes, array( 'storedesk-help-page', 'storedesk-help-' . $page ) );
	}

	/**
	 * Search results are not pages to index.
	 *
	 * @param array $robots Directives.
	 */
	public function robots( $robots ): array {
		return HelpPage::SEARCH === HelpPage::current() ? array( 'noindex' => true ) + (array) $robots : (array) $robots;
	}

	/**
	 * Whether WordPress chose the theme's own template for a help category or tag.
	 *
	 * @param string $template Chosen template.
	 */
	private function themes_own( string $template ): bool {
		global $_wp_current_template_id;
		$name = str_ends_with( $template, 'template-canvas.php' ) ? substr( (string) strrchr( '/' . $_wp_current_template_id, '/' ), 1 ) : basename( $template, '.php' );
		return str_starts_with( $name, 'taxonomy-' . ArticlePostType::CATEGORY ) || str_starts_with( $name, 'taxonomy-' . ArticlePostType::TAG ) || self::SLUG === $name;
	}
}

<?php
/**
 * The help centre on the storefront.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

use Storedesk\KnowledgeBase\Feedback\FeedbackForm;

defined( 'ABSPATH' ) || exit;

/**
 * Readers' side of the knowledge base, under /help/ (ArticlePostType::base()):
 * a home with categories, popular articles and a search box, search
 * results, category pages and articles with breadcrumbs, a table of
 * contents, related articles and "Was this helpful?", described for search
 * engines, in block and classic themes alike. Articles and categories are
 * in WordPress's own sitemaps as a public post type and taxonomy, narrowed
 * to public articles by ArticleAccess. This class only gathers the parts.
 */
final class HelpCentre {

	/**
	 * Builds the help centre.
	 *
	 * @param HelpRoutes     $routes    /help/ and /help/search/.
	 * @param HelpTemplates  $templates Pages inside the theme.
	 * @param HelpBlocks     $blocks    Blocks and shortcode.
	 * @param HelpAssets     $assets    Style and script.
	 * @param ArticleParts   $parts     What an article's page adds.
	 * @param StructuredData $data      JSON-LD.
	 * @param FeedbackForm   $feedback  "Was this helpful?" without JavaScript.
	 */
	public function __construct( private HelpRoutes $routes, private HelpTemplates $templates, private HelpBlocks $blocks, private HelpAssets $assets, private ArticleParts $parts, private StructuredData $data, private FeedbackForm $feedback ) {}

	/** Lets each part hook in. */
	public function register(): void {
		foreach ( array( $this->routes, $this->templates, $this->blocks, $this->assets, $this->parts, $this->data, $this->feedback ) as $part ) {
			$part->register();
		}
	}
}

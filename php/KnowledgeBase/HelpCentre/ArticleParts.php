<?php
/**
 * What the help centre adds to an article's page.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\KnowledgeBase\Feedback\FeedbackForm;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * An article is shown by the theme's own single template, block or
 * classic, so its title, layout and comments stay the theme's; our parts
 * come in through the_content, which both kinds of theme run on the post's
 * body: breadcrumbs and the table of contents above it, "Was this helpful?"
 * and related articles below. Headings get their anchors wherever an
 * article's content is drawn; the parts only on the article's own page, in
 * its main content (not in an excerpt made from it, nor in feeds).
 */
class ArticleParts {

	/**
	 * Builds the parts.
	 *
	 * @param Breadcrumbs     $breadcrumbs Trail.
	 * @param TableOfContents $toc         Anchors and contents.
	 * @param RelatedArticles $related     Related articles.
	 * @param FeedbackForm    $feedback    "Was this helpful?".
	 */
	public function __construct( private Breadcrumbs $breadcrumbs, private TableOfContents $toc, private RelatedArticles $related, private FeedbackForm $feedback ) {}

	/** Hooks the content, after blocks, paragraphs and shortcodes are rendered. */
	public function register(): void {
		add_filter( 'the_content', array( $this, 'filter' ), 20 );
	}

	/**
	 * Anchors the headings of an article; on its own page, adds the parts.
	 *
	 * @param mixed $content Rendered content (a string, unless another filter broke it).
	 */
	public function filter( $content ) {
		$post = get_post();
		if ( ! is_string( $content ) || ! $post instanceof WP_Post || ArticlePostType::POST_TYPE !== $post->post_type ) {
			return $content;
		}
		list( $content, $headings ) = $this->toc->anchor( $content );
		if ( ! $this->is_page_of( $post ) ) {
			return $content;
		}
		return $this->wrap( $post, $content, $headings );
	}

	/**
	 * The article's body with its parts around it.
	 *
	 * @param WP_Post $post     Article.
	 * @param string  $content  Body, headings anchored.
	 * @param array   $headings Headings, from TableOfContents::anchor().
	 */
	public function wrap( WP_Post $post, string $content, array $headings ): string {
		$related = Listings::articles( $this->related->for_article( $post ) );
		$html    = $this->breadcrumbs->html( $this->breadcrumbs->article( $post ) ) . $this->toc->html( $headings ) . $content . $this->feedback->render( $post );
		if ( '' !== $related ) {
			$html .= '<section class="storedesk-related" aria-labelledby="storedesk-related-title"><h2 id="storedesk-related-title">' . esc_html__( 'Related articles', 'storedesk' ) . '</h2>' . $related . '</section>';
		}
		return '<div class="storedesk-article">' . $html . '</div>';
	}

	/**
	 * Whether this is the article's own page drawing its body.
	 *
	 * @param WP_Post $post Article whose content is filtered.
	 */
	private function is_page_of( WP_Post $post ): bool {
		return is_singular( ArticlePostType::POST_TYPE ) && get_queried_object_id() === $post->ID && ! is_feed() && ! doing_filter( 'get_the_excerpt' ) && ! doing_filter( 'wp_trim_excerpt' );
	}
}

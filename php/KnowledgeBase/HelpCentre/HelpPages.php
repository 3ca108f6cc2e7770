<?php
/**
 * The help centre's home, search and category pages.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\KnowledgeBase\Deflection\EventLog;
use Storedesk\KnowledgeBase\Search\ArticleQuery;
use Storedesk\Storefront\Assets;
use Storedesk\Storefront\TicketLink;
use WP_Term;

defined( 'ABSPATH' ) || exit;

/**
 * What the help centre draws inside the theme (HelpTemplates decides how):
 * the home (categories, popular articles, the search box), the search
 * results, and a category's or tag's page (breadcrumbs, subcategories,
 * its articles). Articles are the theme's own single pages (ArticleParts).
 */
class HelpPages {

	/** Most results a search page shows. */
	public const RESULTS = 20;

	/**
	 * Builds the pages.
	 *
	 * @param Topics          $topics      Categories as the reader sees them.
	 * @param PopularArticles $popular     The home's articles.
	 * @param ArticleQuery    $search      Ranked search.
	 * @param EventLog        $events      What self-service did, for the reports.
	 * @param Breadcrumbs     $breadcrumbs Trails.
	 * @param SearchBox       $box         Search form.
	 * @param Assets          $loader      The storefront loader, which opens the contact form.
	 * @param TicketLink      $links       The portal's address.
	 */
	public function __construct( private Topics $topics, private PopularArticles $popular, private ArticleQuery $search, private EventLog $events, private Breadcrumbs $breadcrumbs, private SearchBox $box, private Assets $loader, private TicketLink $links ) {}

	/** The current help page, or '' outside the help centre's own pages. */
	public function render(): string {
		$object = get_queried_object();
		return match ( HelpPage::current() ) {
			HelpPage::HOME => $this->home(),
			HelpPage::SEARCH => $this->results( HelpPage::words() ),
			HelpPage::TOPIC, HelpPage::TAG => $object instanceof WP_Term ? $this->term( $object ) : '',
			default => '',
		};
	}

	/** Search box, categories, then featured and popular articles. */
	public function home(): string {
		$html  = '<div class="storedesk-help storedesk-help--home alignwide"><header class="storedesk-help__header">';
		$html .= '<h1 class="storedesk-help__title">' . esc_html__( 'How can we help?', 'storedesk' ) . '</h1>' . $this->box->html() . '</header>';
		$html .= $this->section( 'topics', __( 'Browse by topic', 'storedesk' ), Listings::topics( $this->topics->children() ) );
		$html .= $this->section( 'popular', __( 'Popular articles', 'storedesk' ), Listings::articles( $this->popular->get() ) );
		return $html . $this->contact( __( 'Can\'t find what you need?', 'storedesk' ) ) . '</div>';
	}

	/**
	 * The articles that answer some words, best first.
	 *
	 * @param string $words What the reader searched for.
	 */
	public function results( string $words ): string {
		$html  = '<div class="storedesk-help storedesk-help--search alignwide">' . $this->breadcrumbs->html( $this->breadcrumbs->search( $words ) );
		$html .= '<h1 class="storedesk-help__title">' . esc_html__( 'Search the help centre', 'storedesk' ) . '</h1>' . $this->box->html( '', $words );
		if ( '' === $words ) {
			return $html . '<p class="storedesk-help__hint">' . esc_html__( 'Type a few words about your question, such as "track my order".', 'storedesk' ) . '</p></div>';
		}
		$found = $this->search->find( $words, self::RESULTS );
		// The help centre's searches count in the reports beside the widget's; a page view has no session.
		$this->events->record(
			array(
				'kind'    => 'search',
				'source'  => 'help',
				'query'   => $words,
				'results' => count( $found ),
				'session' => md5( wp_generate_uuid4() ),
			)
		);
		if ( ! $found ) {
			/* translators: %s: the words searched for */
			$html .= '<p class="storedesk-help__status" role="status">' . esc_html( sprintf( __( 'No articles match "%s".', 'storedesk' ), $words ) ) . '</p>';
			return $html . $this->contact( __( 'Try other words, or ask us directly.', 'storedesk' ) ) . '</div>';
		}
		/* translators: 1: number of articles, 2: the words searched for */
		$html .= '<p class="storedesk-help__status" role="status">' . esc_html( sprintf( _n( '%1$s article matches "%2$s".', '%1$s articles match "%2$s".', count( $found ), 'storedesk' ), number_format_i18n( count( $found ) ), $words ) ) . '</p>';
		return $html . Listings::articles( $found, true ) . $this->contact( __( 'Not what you were looking for?', 'storedesk' ) ) . '</div>';
	}

	/**
	 * A category's (or tag's) page: trail, title, description, subcategories, articles.
	 *
	 * @param WP_Term $term Category or tag.
	 */
	public function term( WP_Term $term ): string {
		$topic    = ArticlePostType::CATEGORY === $term->taxonomy;
		$articles = $this->topics->articles( $term );
		/* translators: %s: tag name */
		$title = $topic ? $term->name : sprintf( __( 'Articles tagged "%s"', 'storedesk' ), $term->name );
		$html  = '<div class="storedesk-help storedesk-help--topic alignwide">' . $this->breadcrumbs->html( $this->breadcrumbs->term( $term ) );
		$html .= '<h1 class="storedesk-help__title">' . esc_html( $title ) . '</h1>';
		$html .= '' !== trim( $term->description ) ? '<div class="storedesk-help__description">' . wp_kses_post( wpautop( $term->description ) ) . '</div>' : '';
		$html .= $topic ? $this->section( 'subtopics', __( 'Subtopics', 'storedesk' ), Listings::topics( $this->topics->children( $term->term_id ) ) ) : '';
		$html .= $articles ? $this->section( 'articles', __( 'Articles', 'storedesk' ), Listings::articles( $articles, true ) ) : '<p class="storedesk-help__status">' . esc_html__( 'There are no articles here yet.', 'storedesk' ) . '</p>';
		return $html . '</div>';
	}

	/**
	 * A titled section, or '' when it has nothing to show.
	 *
	 * @param string $id    Section name.
	 * @param string $title Heading.
	 * @param string $body  Markup.
	 */
	private function section( string $id, string $title, string $body ): string {
		if ( '' === $body ) {
			return '';
		}
		return '<section class="storedesk-help__section storedesk-help__section--' . esc_attr( $id ) . '" aria-labelledby="storedesk-help-' . esc_attr( $id ) . '"><h2 id="storedesk-help-' . esc_attr( $id ) . '">' . esc_html( $title ) . '</h2>' . $body . '</section>';
	}

	/**
	 * "Contact support": the address the store set (storedesk_contact_url),
	 * else the contact form in the support panel, which the storefront
	 * loader opens; without scripts the link leads to the Support page.
	 *
	 * @param string $lead The sentence before the link.
	 */
	private function contact( string $lead ): string {
		/**
		 * Filters where the help centre sends readers to contact support; '' opens the contact form in the support panel.
		 *
		 * @since 0.15.0
		 * @param string $url Contact page address.
		 */
		$url  = (string) apply_filters( 'storedesk_contact_url', '' );
		$attr = '';
		if ( '' === $url ) {
			$this->loader->enqueue();
			$url  = $this->links->portal_url() . '#storedesk-contact';
			$attr = ' data-storedesk-contact aria-haspopup="dialog"';
		}
		return '<p class="storedesk-help__contact">' . esc_html( $lead ) . ' <a href="' . esc_url( $url ) . '"' . $attr . '>' . esc_html__( 'Contact support', 'storedesk' ) . '</a></p>';
	}
}

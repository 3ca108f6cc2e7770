<?php
/**
 * Schema.org descriptions of help pages, for search engines.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * Prints one JSON-LD block in the head: on an article, the Article
 * (headline, dates, author, the site as publisher, the page it is the main
 * entity of) and its BreadcrumbList; on a category or tag page, the
 * BreadcrumbList. A hidden article is a 404 by then (ArticleAccess), so
 * nothing of it is described.
 */
class StructuredData {

	/**
	 * Builds the descriptions.
	 *
	 * @param Breadcrumbs $breadcrumbs Trails.
	 */
	public function __construct( private Breadcrumbs $breadcrumbs ) {}

	/** Hooks the head. */
	public function register(): void {
		add_action( 'wp_head', array( $this, 'print' ) );
	}

	/** Prints the current page's description, if it has one. */
	public function print(): void {
		$graph = $this->graph();
		if ( $graph ) {
			// JSON_HEX_TAG turns < and > into \u003C and \u003E: no text can close the script element.
			echo '<script type="application/ld+json">' . wp_json_encode( array( '@context' => 'https://schema.org', '@graph' => $graph ), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_HEX_TAG | JSON_HEX_AMP ) . "</script>\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON with < > & escaped.
		}
	}

	/** The current page's schema.org nodes. */
	public function graph(): array {
		$page = HelpPage::current();
		if ( HelpPage::ARTICLE === $page ) {
			$post = get_queried_object();
			return $post instanceof WP_Post ? array( $this->article( $post ), $this->breadcrumbs->schema( $this->breadcrumbs->article( $post ) ) ) : array();
		}
		if ( HelpPage::TOPIC === $page || HelpPage::TAG === $page ) {
			return array( $this->breadcrumbs->schema( $this->breadcrumbs->current() ) );
		}
		return array();
	}

	/**
	 * An article as a schema.org Article.
	 *
	 * @param WP_Post $post Article.
	 */
	public function article( WP_Post $post ): array {
		$url               = (string) get_permalink( $post );
		$author            = get_userdata( (int) $post->post_author );
		$site              = html_entity_decode( (string) get_bloginfo( 'name' ), ENT_QUOTES, 'UTF-8' );
		$article           = array(
			'@type'            => 'Article',
			'headline'         => mb_substr( html_entity_decode( wp_strip_all_tags( get_the_title( $post ) ), ENT_QUOTES, 'UTF-8' ), 0, 110 ),
			'description'      => Listings::excerpt( $post ),
			'datePublished'    => (string) get_post_time( 'c', true, $post ),
			'dateModified'     => (string) get_post_modified_time( 'c', true, $post ),
			'mainEntityOfPage' => array(
				'@type' => 'WebPage',
				'@id'   => $url,
			),
			'url'              => $url,
			'publisher'        => array(
				'@type' => 'Organization',
				'name'  => $site,
				'url'   => home_url( '/' ),
			),
			'inLanguage'       => get_bloginfo( 'language' ),
		);
		$article['author'] = $author ? array(
			'@type' => 'Person',
			'name'  => $author->display_name,
		) : $article['publisher'];
		$icon              = get_site_icon_url( 512 );
		if ( $icon ) {
			$article['publisher']['logo'] = array(
				'@type' => 'ImageObject',
				'url'   => $icon,
			);
		}
		return $article;
	}
}

<?php
/**
 * Help › Category › Article.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

use Storedesk\KnowledgeBase\ArticlePostType;
use WP_Post;
use WP_Term;

defined( 'ABSPATH' ) || exit;

/**
 * The trail from the help centre's home to the current page, drawn as an
 * ordered list in a labelled nav and described as a schema.org
 * BreadcrumbList for search engines. An article's trail goes through its
 * first category and that category's parents.
 */
class Breadcrumbs {

	/**
	 * The trail to the current help page; empty outside the help centre.
	 *
	 * @return array<int, array{name: string, url: string}>
	 */
	public function current(): array {
		$object = get_queried_object();
		return match ( HelpPage::current() ) {
			HelpPage::ARTICLE => $object instanceof WP_Post ? $this->article( $object ) : array(),
			HelpPage::TOPIC, HelpPage::TAG => $object instanceof WP_Term ? $this->term( $object ) : array(),
			HelpPage::SEARCH => $this->search( HelpPage::words() ),
			HelpPage::HOME => $this->home(),
			default => array(),
		};
	}

	/**
	 * Help › its category's parents › its category › the article.
	 *
	 * @param WP_Post $post Article.
	 */
	public function article( WP_Post $post ): array {
		$terms   = get_the_terms( $post, ArticlePostType::CATEGORY );
		$trail   = is_array( $terms ) && $terms ? $this->term( $terms[0] ) : $this->home();
		$trail[] = self::step( get_the_title( $post ), (string) get_permalink( $post ) );
		return $trail;
	}

	/**
	 * Help › parents › the category (or Help › the tag).
	 *
	 * @param WP_Term $term Category or tag.
	 */
	public function term( WP_Term $term ): array {
		$trail = $this->home();
		foreach ( array_reverse( get_ancestors( $term->term_id, $term->taxonomy, 'taxonomy' ) ) as $id ) {
			$parent = get_term( (int) $id, $term->taxonomy );
			if ( $parent instanceof WP_Term ) {
				$trail[] = self::step( $parent->name, (string) get_term_link( $parent ) );
			}
		}
		$trail[] = self::step( $term->name, (string) get_term_link( $term ) );
		return $trail;
	}

	/**
	 * Help › Search results.
	 *
	 * @param string $words The words searched for.
	 */
	public function search( string $words ): array {
		return array_merge( $this->home(), array( self::step( __( 'Search results', 'storedesk' ), HelpPage::url( $words ) ) ) );
	}

	/**
	 * The trail as a nav; the last step is the current page.
	 *
	 * @param array<int, array{name: string, url: string}> $trail Steps.
	 */
	public function html( array $trail ): string {
		if ( count( $trail ) < 2 ) {
			return '';
		}
		$last  = count( $trail ) - 1;
		$items = '';
		foreach ( $trail as $i => $step ) {
			$items .= $i === $last
				? '<li aria-current="page">' . esc_html( wp_strip_all_tags( $step['name'] ) ) . '</li>'
				: '<li><a href="' . esc_url( $step['url'] ) . '">' . esc_html( wp_strip_all_tags( $step['name'] ) ) . '</a></li>';
		}
		return '<nav class="storedesk-breadcrumbs" aria-label="' . esc_attr__( 'Breadcrumbs', 'storedesk' ) . '"><ol>' . $items . '</ol></nav>';
	}

	/**
	 * The trail as a schema.org BreadcrumbList.
	 *
	 * @param array<int, array{name: string, url: string}> $trail Steps.
	 */
	public function schema( array $trail ): array {
		$items = array();
		foreach ( array_values( $trail ) as $i => $step ) {
			$items[] = array(
				'@type'    => 'ListItem',
				'position' => $i + 1,
				'name'     => html_entity_decode( wp_strip_all_tags( $step['name'] ), ENT_QUOTES, 'UTF-8' ),
				'item'     => $step['url'],
			);
		}
		return array(
			'@type'           => 'BreadcrumbList',
			'itemListElement' => $items,
		);
	}

	/** The first step. */
	private function home(): array {
		return array( self::step( __( 'Help', 'storedesk' ), HelpPage::url() ) );
	}

	/**
	 * One step.
	 *
	 * @param string $name Label (may hold entities, as titles do).
	 * @param string $url  Address.
	 * @return array{name: string, url: string}
	 */
	private static function step( string $name, string $url ): array {
		return array(
			'name' => $name,
			'url'  => $url,
		);
	}
}

<?php
/**
 * The help centre's home in WordPress's sitemaps.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

defined( 'ABSPATH' ) || exit;

/**
 * Articles and categories are in WordPress's own sitemaps as a public post
 * type and taxonomy (public articles only: ArticleAccess narrows the
 * sitemap queries); the home is no post, so it gets this one-entry sitemap
 * (wp-sitemap-storedeskhelp-1.xml). Search results are left out.
 */
class HelpSitemap extends \WP_Sitemaps_Provider {

	/** Provider name: letters only, as the sitemaps' rewrite rules read it. */
	public const NAME = 'storedeskhelp';

	/** Names the provider. */
	public function __construct() {
		$this->name        = self::NAME;
		$this->object_type = self::NAME;
	}

	/**
	 * The home.
	 *
	 * @param int    $page_num       Page of the sitemap (there is one).
	 * @param string $object_subtype Unused.
	 * @return array<int, array{loc: string}>
	 */
	public function get_url_list( $page_num, $object_subtype = '' ) {
		return 1 === (int) $page_num ? array( array( 'loc' => HelpPage::url() ) ) : array();
	}

	/**
	 * One page.
	 *
	 * @param string $object_subtype Unused.
	 */
	public function get_max_num_pages( $object_subtype = '' ) {
		return 1;
	}
}

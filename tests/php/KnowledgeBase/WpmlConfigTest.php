<?php
/**
 * The translation plugins' configuration.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase;

use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\KnowledgeBase\Visibility;
use Storedesk\Tests\TestCase;

/**
 * The file wpml-config.xml (read by WPML and Polylang) names the article type, its
 * taxonomies and meta exactly as the plugin registers them, so a renamed
 * one cannot leave translations behind.
 */
class WpmlConfigTest extends TestCase {

	/** Every name in the file is one WordPress knows, and every article taxonomy is there. */
	public function test_names_what_the_plugin_registers(): void {
		$xml = simplexml_load_file( dirname( __DIR__, 3 ) . '/wpml-config.xml' );
		$this->assertNotFalse( $xml );
		$types = array_map( 'strval', $xml->xpath( '//custom-type[@translate="1"]' ) );
		$taxes = array_map( 'strval', $xml->xpath( '//taxonomy[@translate="1"]' ) );
		$meta  = array_map( 'strval', $xml->xpath( '//custom-field' ) );
		$this->assertSame( array( ArticlePostType::POST_TYPE ), $types );
		$this->assertTrue( post_type_exists( $types[0] ) );
		$this->assertEqualsCanonicalizing( get_object_taxonomies( ArticlePostType::POST_TYPE ), $taxes );
		$registered = array_keys( get_registered_meta_keys( 'post', ArticlePostType::POST_TYPE ) );
		$this->assertContains( Visibility::META, $meta );
		foreach ( $meta as $key ) {
			// Product links exist only with WooCommerce (KnowledgeBase\Products\ProductLinks).
			if ( str_contains( $key, 'product' ) && ! class_exists( 'WooCommerce' ) ) {
				continue;
			}
			$this->assertContains( $key, $registered, "{$key} is article meta" );
		}
	}
}

<?php
/**
 * Translations of the on-demand storefront chunk.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Storefront;

use Storedesk\Storefront\Assets;
use Storedesk\Storefront\ChunkTranslations;

/**
 * A language pack has one JSON file per script; the chunk's strings reach
 * the shopper through the loader's translations.
 */
class ChunkTranslationsTest extends StoreTestCase {

	/**
	 * Files the test wrote.
	 *
	 * @var string[]
	 */
	private array $written = array();

	/** A German store. */
	protected function setUp(): void {
		parent::setUp();
		add_filter( 'determine_locale', array( $this, 'german' ) );
		if ( ! wp_script_is( Assets::LOADER, 'registered' ) ) {
			$this->service( Assets::class )->register_handles();
		}
		if ( ! wp_script_is( ChunkTranslations::CHUNK, 'registered' ) ) {
			$this->service( ChunkTranslations::class )->register_handle();
		}
	}

	/** Removes the files and the locale. */
	protected function tearDown(): void {
		remove_filter( 'determine_locale', array( $this, 'german' ) );
		foreach ( $this->written as $file ) {
			wp_delete_file( $file );
		}
		parent::tearDown();
	}

	/** The locale. */
	public function german(): string {
		return 'de_DE';
	}

	/**
	 * Writes the language pack's JSON for one built file.
	 *
	 * @param string                $relative Path in the plugin, such as build/storefront.js.
	 * @param array<string, string> $strings  Original => translation.
	 */
	private function pack( string $relative, array $strings ): void {
		$messages = array( '' => array( 'domain' => 'messages', 'lang' => 'de_DE' ) );
		foreach ( $strings as $original => $translation ) {
			$messages[ $original ] = array( $translation );
		}
		wp_mkdir_p( WP_LANG_DIR . '/plugins' );
		$file = WP_LANG_DIR . '/plugins/storedesk-de_DE-' . md5( $relative ) . '.json';
		file_put_contents( $file, (string) wp_json_encode( array( 'locale_data' => array( 'messages' => $messages ) ) ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		$this->written[] = $file;
	}

	/** What the loader's translations hold, original => translation. */
	private function loader_strings(): array {
		$json = load_script_textdomain( Assets::LOADER, 'storedesk' );
		if ( ! is_string( $json ) ) {
			return array();
		}
		$messages = json_decode( $json, true )['locale_data']['messages'];
		unset( $messages[''] );
		return array_map( static fn( $t ) => $t[0], $messages );
	}

	/** The loader's own strings and the chunk's arrive together, the loader's winning a clash. */
	public function test_the_chunk_joins_the_loader(): void {
		$this->pack( 'build/storefront.js', array( 'Help' => 'Hilfe' ) );
		$this->pack(
			'build/storefront-app.js',
			array(
				'Send message' => 'Nachricht senden',
				'Help'         => 'Hilfe (Panel)',
			)
		);
		$this->assertSame(
			array(
				'Help'         => 'Hilfe',
				'Send message' => 'Nachricht senden',
			),
			$this->loader_strings()
		);
	}

	/** The chunk alone is enough, and without any pack there is nothing to print. */
	public function test_the_chunk_alone_and_no_pack(): void {
		$this->assertSame( array(), $this->loader_strings() );
		$this->assertFalse( load_script_textdomain( Assets::LOADER, 'storedesk' ) );
		$this->pack( 'build/storefront-app.js', array( 'My conversations' => 'Meine Anfragen' ) );
		$this->assertSame( array( 'My conversations' => 'Meine Anfragen' ), $this->loader_strings() );
	}

	/** The help chunk's strings join too, with the app chunk's or alone. */
	public function test_the_help_chunk_joins_the_loader(): void {
		$this->pack( 'build/storefront-help.js', array( 'Still need help? Contact us' => 'Noch Fragen? Schreiben Sie uns' ) );
		$this->assertSame( array( 'Still need help? Contact us' => 'Noch Fragen? Schreiben Sie uns' ), $this->loader_strings() );
		$this->pack( 'build/storefront-app.js', array( 'Send message' => 'Nachricht senden' ) );
		$this->pack( 'build/storefront.js', array( 'Help' => 'Hilfe' ) );
		$this->assertSame(
			array(
				'Help'                        => 'Hilfe',
				'Send message'                => 'Nachricht senden',
				'Still need help? Contact us' => 'Noch Fragen? Schreiben Sie uns',
			),
			$this->loader_strings()
		);
	}

	/** Other scripts' translations are left alone. */
	public function test_other_handles_untouched(): void {
		$this->pack( 'build/storefront-app.js', array( 'Send message' => 'Nachricht senden' ) );
		$this->assertFalse( load_script_textdomain( Assets::EDITOR, 'storedesk' ) );
	}
}

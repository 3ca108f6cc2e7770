<?php
/**
 * Translations of the storefront code that loads on demand.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

defined( 'ABSPATH' ) || exit;

/**
 * The panel, form and portal code (build/storefront-app.js) and the help
 * search and suggestions (build/storefront-help.js) are chunks the loader
 * imports when they are needed, so WordPress never prints their
 * translations: language packs hold one JSON file per script file, and only
 * the loader is a script WordPress knows. Their strings are merged into the
 * loader's translations instead, so shoppers read the panel in the store's
 * language. Each chunk is registered as a handle that is never enqueued,
 * only so WordPress finds its JSON file the usual way.
 */
class ChunkTranslations {

	public const CHUNK      = 'storedesk-storefront-app';
	public const HELP_CHUNK = 'storedesk-storefront-help';

	/** Each chunk's file in build/. */
	private const FILES = array(
		self::CHUNK      => 'storefront-app.js',
		self::HELP_CHUNK => 'storefront-help.js',
	);

	/** Hooks in. */
	public function register(): void {
		add_filter( 'pre_load_script_translations', array( $this, 'merge' ), 10, 4 );
		add_action( 'init', array( $this, 'register_handle' ) );
	}

	/** Registers the chunks' handles. */
	public function register_handle(): void {
		foreach ( self::FILES as $handle => $file ) {
			wp_register_script( $handle, plugins_url( 'build/' . $file, STOREDESK_FILE ), array(), STOREDESK_VERSION, true );
		}
	}

	/**
	 * The loader's translations with the chunks' merged in; on a clash the
	 * loader's own string wins, then the first chunk's.
	 *
	 * @param string|false|null $translations Translations so far (null: nobody decided).
	 * @param string|false      $file         The loader's translation file, false if none.
	 * @param string            $handle       Script handle.
	 * @param string            $domain       Text domain.
	 * @return string|false|null
	 */
	public function merge( $translations, $file, $handle, $domain ) {
		if ( null !== $translations || Assets::LOADER !== $handle || 'storedesk' !== $domain ) {
			return $translations;
		}
		// WordPress tries several files in turn and stops at the first answer:
		// merge into the loader's own file, or give the chunks' alone at the last
		// try (false), never at a candidate that does not exist.
		$readable = is_string( $file ) && is_readable( $file );
		if ( false !== $file && ! $readable ) {
			return null;
		}
		$chunks = array();
		foreach ( array_keys( self::FILES ) as $chunk ) {
			$json = load_script_textdomain( $chunk, 'storedesk' );
			$data = is_string( $json ) ? json_decode( $json, true ) : null;
			if ( is_array( $data ) ) {
				$chunks[] = $data;
			}
		}
		if ( ! $chunks ) {
			return null;
		}
		$base = $readable ? json_decode( (string) file_get_contents( $file ), true ) : array_shift( $chunks ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		if ( ! is_array( $base ) ) {
			return null;
		}
		foreach ( $chunks as $add ) {
			$base['locale_data']['messages'] = (array) ( $base['locale_data']['messages'] ?? array() ) + (array) ( $add['locale_data']['messages'] ?? array() );
		}
		return (string) wp_json_encode( $base );
	}
}

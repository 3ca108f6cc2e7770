<?php
/**
 * Translations of the storefront code that loads on demand.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

defined( 'ABSPATH' ) || exit;

/**
 * The panel, form and portal code (build/storefront-app.js) is a chunk the
 * loader imports when it is needed, so WordPress never prints its
 * translations: language packs hold one JSON file per script file, and only
 * the loader is a script WordPress knows. Its strings are merged into the
 * loader's translations instead, so shoppers read the panel in the store's
 * language. The chunk is registered as a handle that is never enqueued,
 * only so WordPress finds its JSON file the usual way.
 */
class ChunkTranslations {

	public const CHUNK = 'storedesk-storefront-app';

	/** Hooks in. */
	public function register(): void {
		add_filter( 'pre_load_script_translations', array( $this, 'merge' ), 10, 4 );
		add_action( 'init', array( $this, 'register_handle' ) );
	}

	/** Registers the chunk's handle. */
	public function register_handle(): void {
		wp_register_script( self::CHUNK, plugins_url( 'build/storefront-app.js', STOREDESK_FILE ), array(), STOREDESK_VERSION, true );
	}

	/**
	 * The loader's translations with the chunk's merged in.
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
		// merge into the loader's own file, or give the chunk's alone at the last
		// try (false), never at a candidate that does not exist.
		$readable = is_string( $file ) && is_readable( $file );
		if ( false !== $file && ! $readable ) {
			return null;
		}
		$chunk = load_script_textdomain( self::CHUNK, 'storedesk' );
		if ( ! is_string( $chunk ) ) {
			return null;
		}
		if ( ! $readable ) {
			return $chunk;
		}
		$own = json_decode( (string) file_get_contents( $file ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$add = json_decode( $chunk, true );
		if ( ! is_array( $own ) || ! is_array( $add ) ) {
			return null;
		}
		$own['locale_data']['messages'] = (array) ( $own['locale_data']['messages'] ?? array() ) + (array) ( $add['locale_data']['messages'] ?? array() );
		return (string) wp_json_encode( $own );
	}
}

<?php
/**
 * Where the real-world test data is.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests;

/**
 * The corpus of ../shared (or the copy npm test keeps in its cache and
 * names in STOREDESK_CORPUS, for a clone made elsewhere).
 */
final class Corpus {

	/**
	 * The raw messages of the email corpus, sorted; none when there is no corpus.
	 *
	 * @return string[] File paths.
	 */
	public static function emails(): array {
		$dir   = getenv( 'STOREDESK_CORPUS' );
		$dir   = $dir ? $dir : dirname( __DIR__, 3 ) . '/shared/corpus';
		$files = glob( $dir . '/email/mime-mail-parser/*' );
		return $files ? $files : array();
	}
}

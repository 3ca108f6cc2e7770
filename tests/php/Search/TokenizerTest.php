<?php
/**
 * Words of text for the search index.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Search;

use Storedesk\Search\Tokenizer;
use Storedesk\Tests\TestCase;

/**
 * Stored and searched text are cut the same way, so these rules decide
 * what an agent finds.
 */
class TokenizerTest extends TestCase {

	/** Lower case, no accents, no one-letter words but numbers kept, operators gone. */
	public function test_latin_words(): void {
		$this->assertSame( array( 'cafe', 'creme', 'order', '7', 'dana', 'example', 'test' ), Tokenizer::terms( 'Café CRÈME: a order #7 — dana@example.test' ) );
		$this->assertSame( array( str_repeat( 'x', Tokenizer::MAX_LENGTH ) ), Tokenizer::terms( str_repeat( 'x', 40 ) ), 'long words are cut' );
		$this->assertSame( array(), Tokenizer::terms( '+-*"() a I' ) );
	}

	/** Thai has no spaces: overlapping pairs, so a word is found inside a sentence. */
	public function test_thai_pairs(): void {
		$sentence = Tokenizer::terms( 'ยังไม่ได้รับรองเท้า' );
		$word     = Tokenizer::query( 'รองเท้า ' );
		$this->assertNull( $word['prefix'] );
		$this->assertNotEmpty( $word['exact'] );
		$this->assertSame( array(), array_diff( $word['exact'], $sentence ), 'every pair of the word is in the sentence' );
		$this->assertNotSame( array(), array_diff( Tokenizer::query( 'รองเท้าแตะ' )['exact'], $sentence ), 'a longer word is not' );
		$this->assertSame( array( 'ก' ), Tokenizer::terms( 'ก' ), 'a lone character is its own term' );
		$this->assertSame( 'ก', Tokenizer::query( 'ก' )['prefix'], 'and, typed alone, the start of a pair' );
		$this->assertSame( array( 'order', '注文', '文番', '番号' ), Tokenizer::terms( 'order注文番号' ), 'scripts meet without a space' );
	}

	/** The last word is a prefix while it may still be typed; a space or punctuation completes it. */
	public function test_query_prefix(): void {
		$this->assertSame( array( 'exact' => array( 'scarf' ), 'prefix' => 'refu' ), Tokenizer::query( 'Scarf refu' ) );
		$this->assertSame( array( 'exact' => array( 'scarf', 'refund' ), 'prefix' => null ), Tokenizer::query( 'scarf refund ' ) );
		$this->assertSame( array( 'exact' => array( 'dana', 'example', 'test' ), 'prefix' => null ), Tokenizer::query( '"dana@example.test"' ) );
		$this->assertSame( array( 'exact' => array( 'boots' ), 'prefix' => null ), Tokenizer::query( 'boots boots' ), 'a word typed twice is asked once' );
	}
}

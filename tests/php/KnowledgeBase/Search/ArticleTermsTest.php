<?php
/**
 * Terms of articles and questions.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase\Search;

use Storedesk\KnowledgeBase\Search\ArticleMatcher;
use Storedesk\KnowledgeBase\Search\ArticleTerms;
use Storedesk\Tests\TestCase;

/**
 * Word forms meet at one stem, Turkish letters fold, Thai is cut into
 * pairs, and the matcher's factors order exact, longer, shorter and
 * misspelt words.
 */
class ArticleTermsTest extends TestCase {

	/** English inflections share a stem; words that only look plural keep theirs. */
	public function test_word_forms_share_a_stem(): void {
		foreach ( array(
			'ship'     => array( 'ship', 'ships', 'shipped', 'shipping' ),
			'refund'   => array( 'refund', 'refunds', 'refunded', 'refunding' ),
			'chang'    => array( 'change', 'changed', 'changing', 'changes' ),
			'delivery' => array( 'delivery', 'deliveries' ),
			'box'      => array( 'box', 'boxes' ),
			'address'  => array( 'address' ),
			'status'   => array( 'status' ),
		) as $stem => $forms ) {
			foreach ( $forms as $form ) {
				$this->assertSame( $stem, ArticleTerms::stem( $form ), $form );
			}
		}
	}

	/** Turkish is folded to plain letters, so a question typed without them meets the article. */
	public function test_turkish_letters_fold(): void {
		$this->assertSame( ArticleTerms::terms( 'Siparişim nerede? İade' ), ArticleTerms::terms( 'siparisim nerede iade' ) );
	}

	/** Thai, written without spaces, becomes overlapping pairs; stop words go. */
	public function test_thai_pairs_and_stop_words(): void {
		$this->assertSame( array( true ), array_values( array_unique( array_column( ArticleTerms::question( 'คืนเงิน' ), 'pair' ) ) ), 'Thai pairs match only exactly' );
		$pairs = array_column( ArticleTerms::question( 'คืนเงิน' ), 'term' );
		$this->assertSame( array( 'คืน', 'นเ', 'เงิ', 'งิน' ), $pairs, 'pairs of letters with their marks' );
		$this->assertSame( array( 'refund', 'order' ), array_column( ArticleTerms::question( 'How do I refund my order?' ), 'term' ) );
	}

	/** Title words weigh more than body words; each repetition in the body adds less. */
	public function test_document_weights(): void {
		$once   = ArticleTerms::document( 'Refunds', 'teapot refund', array( 'Returns' ) );
		$ten    = ArticleTerms::document( 'Refunds', str_repeat( 'teapot ', 10 ) . 'refund', array() );
		$twenty = ArticleTerms::document( 'Refunds', str_repeat( 'teapot ', 20 ) . 'refund', array() );
		$this->assertGreaterThan( ArticleTerms::TITLE, $once['refund'] );
		$this->assertLessThan( ArticleTerms::TITLE, $once['teapot'] );
		$this->assertSame( ArticleTerms::LABEL, $once['return'] );
		$this->assertGreaterThan( $once['teapot'], $ten['teapot'] );
		$this->assertLessThan( 2 * $ten['teapot'], $twenty['teapot'], 'repetition saturates' );
		$this->assertLessThan( $once['refund'], $ten['refund'], 'the same word weighs less in a longer article' );
	}

	/** Exact beats a longer word, which beats a shorter one or a typo; unrelated words score 0. */
	public function test_match_factors(): void {
		$this->assertSame( 1.0, ArticleMatcher::factor( 'refund', 'refund' ) );
		$this->assertGreaterThan( 0.5, ArticleMatcher::factor( 'ship', 'shipment' ) );
		$this->assertGreaterThan( 0.0, ArticleMatcher::factor( 'siparisimi', 'siparis' ), 'a Turkish suffix' );
		$this->assertSame( 0.6, ArticleMatcher::factor( 'pasword', 'password' ), 'one letter missing' );
		$this->assertSame( 0.6, ArticleMatcher::factor( 'refnd', 'refund' ) );
		$this->assertSame( 0.0, ArticleMatcher::factor( 'mug', 'bag' ), 'short words are not corrected' );
		$this->assertSame( 0.0, ArticleMatcher::factor( 'invoice', 'delivery' ) );
	}
}

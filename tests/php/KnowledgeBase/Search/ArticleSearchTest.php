<?php
/**
 * Ranked help search and its index.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase\Search;

use Storedesk\Install\Schema;
use Storedesk\KnowledgeBase\Search\ArticleSearch;
use Storedesk\KnowledgeBase\Visibility;
use Storedesk\Tests\KnowledgeBase\KnowledgeBaseTestCase;

/**
 * The title outranks the body, the whole question outranks one repeated
 * word, word forms and typos still find, unspaced Thai finds, and the index
 * follows the article: unpublished, hidden, edited.
 */
class ArticleSearchTest extends KnowledgeBaseTestCase {

	/** A title match beats the same words deep in another article's body. */
	public function test_title_outranks_body(): void {
		$body  = $this->article( 'Caring for cast iron', '<p>Never use a dishwasher. Also, on refunds for teapots see our refund policy.</p>' );
		$title = $this->article( 'Refunds for teapots', '<p>Send it back within 30 days.</p>' );
		$this->assertSame( array( $title, $body ), $this->ids( 'teapot refund' ) );
	}

	/** An article with every word of the question beats one repeating a single word. */
	public function test_the_whole_question_beats_a_repeated_word(): void {
		$repeat = $this->article( 'Gift cards', '<p>' . str_repeat( 'Gift card balance and gift card codes. ', 6 ) . '</p>' );
		$whole  = $this->article( 'Lost a parcel', '<p>If your gift parcel never arrived, tell us the tracking number.</p>' );
		$this->assertSame( $whole, $this->ids( 'gift parcel never arrived' )[0] );
		$this->assertContains( $repeat, $this->ids( 'gift parcel never arrived' ) );
	}

	/** Other word forms, a typo, Turkish without its letters, Thai without spaces. */
	public function test_word_forms_typos_and_scripts(): void {
		$shipping = $this->article( 'Shipping times', '<p>We ship within two days.</p>' );
		$password = $this->article( 'Reset your password', '<p>Use the lost password link.</p>' );
		$turkish  = $this->article( 'Siparişimi nasıl iade ederim?', '<p>İade talebini hesabınızdan oluşturun.</p>' );
		$thai     = $this->article( 'การคืนเงินและการคืนสินค้า', '<p>คุณสามารถขอคืนเงินได้ภายใน 30 วัน</p>' );
		$this->assertSame( $shipping, $this->ids( 'when is my order shipped' )[0] ?? 0 );
		$this->assertSame( $password, $this->ids( 'forgot pasword' )[0] ?? 0 );
		$this->assertSame( $turkish, $this->ids( 'siparis iadesi' )[0] ?? 0 );
		$this->assertSame( $thai, $this->ids( 'ขอคืนเงิน' )[0] ?? 0 );
	}

	/** A reader finds only what they may read; hidden, unpublished and deleted articles leave the index. */
	public function test_the_index_follows_status_and_visibility(): void {
		$id = $this->article( 'Wholesale price list', '<p>Our wholesale terms.</p>', Visibility::INTERNAL );
		$this->assertSame( array(), $this->ids( 'wholesale', array( Visibility::PUBLIC, Visibility::CUSTOMERS ) ) );
		$this->assertSame( array( $id ), $this->ids( 'wholesale', array_keys( Visibility::CODES ) ) );
		update_post_meta( $id, Visibility::META, Visibility::PUBLIC );
		$this->assertSame( array( $id ), $this->ids( 'wholesale' ) );
		wp_update_post(
			array(
				'ID'         => $id,
				'post_title' => 'Bulk orders',
			)
		);
		$this->assertSame( array( $id ), $this->ids( 'bulk' ) );
		wp_update_post(
			array(
				'ID'          => $id,
				'post_status' => 'draft',
			)
		);
		$this->assertSame( array(), $this->ids( 'bulk' ) );
		wp_delete_post( $id, true );
		global $wpdb;
		$this->assertSame( 0, (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . Schema::table( 'kb_terms' ) . ' WHERE article_id = %d', $id ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/** Categories and tags are words of the article too. */
	public function test_labels_are_searchable(): void {
		$id = $this->article( 'Duties at the border', '<p>Some countries charge on arrival.</p>', Visibility::PUBLIC, array( 'tags' => array( 'customs' ) ) );
		$this->assertSame( array( $id ), $this->ids( 'customs' ) );
	}

	/**
	 * Ranked ids for a question.
	 *
	 * @param string   $question     Question.
	 * @param string[] $visibilities What the reader may read.
	 * @return int[]
	 */
	private function ids( string $question, array $visibilities = array( Visibility::PUBLIC ) ): array {
		return array_keys( $this->service( ArticleSearch::class )->search( $question, $visibilities, 10 ) );
	}
}

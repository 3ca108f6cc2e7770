<?php
/**
 * The help centre's search box as a block and a shortcode.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase\HelpCentre;

use Storedesk\KnowledgeBase\HelpCentre\HelpAssets;
use Storedesk\KnowledgeBase\HelpCentre\HelpBlocks;
use Storedesk\KnowledgeBase\HelpCentre\HelpPage;

/**
 * Both print the same plain GET form to the help centre's search, with a
 * label and the placeholder asked for; the help-centre block stays out of
 * the inserter.
 */
class HelpBlocksTest extends HelpCentreTestCase {

	/** The harness's boot leaves shortcodes.php's globals empty; registration is the plugin's own. */
	protected function setUp(): void {
		parent::setUp();
		if ( ! shortcode_exists( HelpBlocks::SHORTCODE ) ) {
			$this->service( HelpBlocks::class )->register_shortcode();
		}
	}

	/** The shortcode: a labelled search field named q, posted to /help/, the placeholder escaped. */
	public function test_shortcode_prints_the_search_form(): void {
		$html = do_shortcode( '[storedesk_help_search placeholder="Ask about &quot;tea&quot; <b>here</b>"]' );
		$this->assertMatchesRegularExpression( '#^<div class="storedesk-help-search"><form role="search" method="get" class="storedesk-help-search__form" action="' . preg_quote( esc_url( HelpPage::url() ), '#' ) . '">#', $html );
		$this->assertMatchesRegularExpression( '#<label class="storedesk-visually-hidden" for="(storedesk-help-q-\d+)">Search the help centre</label><input type="search" id="\1" name="q" value="" placeholder="Ask about &quot;tea&quot; here" maxlength="200" required>#', $html );
		$this->assertStringContainsString( '<button type="submit" class="storedesk-help-search__button wp-element-button">Search</button>', $html );
		$this->assertStringContainsString( 'placeholder="Search for answers…"', do_shortcode( '[storedesk_help_search]' ), 'a default hint' );
		$this->assertTrue( wp_style_is( HelpAssets::HANDLE, 'enqueued' ), 'its style comes with it' );
	}

	/** The block: the same form inside the block's wrapper, with its placeholder attribute. */
	public function test_block_prints_the_same_form(): void {
		$registry = \WP_Block_Type_Registry::get_instance();
		$this->assertTrue( $registry->is_registered( 'storedesk/help-search' ) );
		$html = do_blocks( '<!-- wp:storedesk/help-search {"placeholder":"Search our tea guides"} /-->' );
		$this->assertMatchesRegularExpression( '#^<div class="storedesk-help-search wp-block-storedesk-help-search"><form role="search" method="get"#', trim( $html ) );
		$this->assertStringContainsString( 'placeholder="Search our tea guides"', $html );
		$this->assertStringContainsString( 'name="q"', $html );
	}

	/** Ids differ between two boxes on one page, so each label points at its own field. */
	public function test_two_boxes_have_their_own_ids(): void {
		preg_match_all( '#id="(storedesk-help-q-\d+)"#', do_shortcode( '[storedesk_help_search][storedesk_help_search]' ), $m );
		$this->assertCount( 2, array_unique( $m[1] ) );
	}

	/** The help centre block draws the current help page and is not offered in the inserter. */
	public function test_help_centre_block(): void {
		$type = \WP_Block_Type_Registry::get_instance()->get_registered( 'storedesk/help-centre' );
		$this->assertNotNull( $type );
		$this->assertFalse( $type->supports['inserter'] );
		$this->view( array( HelpPage::VAR => HelpPage::HOME ) );
		$this->assertStringContainsString( 'storedesk-help--home', do_blocks( '<!-- wp:storedesk/help-centre /-->' ) );
		$this->view( array( 'post_type' => 'page' ) );
		$this->assertSame( '', trim( do_blocks( '<!-- wp:storedesk/help-centre /-->' ) ), 'nothing outside the help centre' );
	}
}

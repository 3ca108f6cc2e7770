<?php
/**
 * The help article's panel in the block editor.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\KnowledgeBase;

use Storedesk\KnowledgeBase\ArticleEditor;
use Storedesk\KnowledgeBase\ArticlePostType;
use Storedesk\Tests\TestCase;

/**
 * The panel's script loads in the editor of a help article, with the
 * editor's own packages, and nowhere else.
 */
class ArticleEditorTest extends TestCase {

	/** Resets the screen and the script queue. */
	protected function tearDown(): void {
		wp_dequeue_script( ArticleEditor::HANDLE );
		wp_deregister_script( ArticleEditor::HANDLE );
		unset( $GLOBALS['current_screen'] );
		parent::tearDown();
	}

	/** On a help article's editor, with wp-editor and wp-plugins; not on a post's. */
	public function test_loads_in_the_article_editor_only(): void {
		require_once ABSPATH . 'wp-admin/includes/class-wp-screen.php';
		require_once ABSPATH . 'wp-admin/includes/screen.php';
		$this->assertFileExists( dirname( STOREDESK_FILE ) . '/build/article-editor.asset.php', 'npm test builds first' );

		set_current_screen( 'post' );
		$this->service( ArticleEditor::class )->enqueue();
		$this->assertFalse( wp_script_is( ArticleEditor::HANDLE, 'enqueued' ) );

		set_current_screen( ArticlePostType::POST_TYPE );
		$this->service( ArticleEditor::class )->enqueue();
		$this->assertTrue( wp_script_is( ArticleEditor::HANDLE, 'enqueued' ) );
		$deps = wp_scripts()->registered[ ArticleEditor::HANDLE ]->deps;
		$this->assertContains( 'wp-editor', $deps );
		$this->assertContains( 'wp-plugins', $deps );
		$this->assertStringContainsString( 'storedeskArticleEditor', (string) wp_scripts()->get_inline_script_data( ArticleEditor::HANDLE, 'before' ) );
	}
}

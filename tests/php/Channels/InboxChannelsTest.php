<?php
/**
 * Which channels get an inbox view.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels;

use Storedesk\Channels\InboxChannels;
use Storedesk\Tests\TestCase;

/**
 * A channel gets a view when it is set up or has conversations, never for
 * a channel nobody can write on.
 */
class InboxChannelsTest extends TestCase {

	/** Set up channels, then one with a conversation, then one an integration sets up. */
	public function test_views_follow_set_up_and_conversations(): void {
		$channels = $this->service( InboxChannels::class );
		$this->assertSame( array( 'email', 'form', 'phone' ), $channels->in_inbox() );
		$this->assertNotContains( 'wechat', $channels->in_inbox() );

		$this->ticket( array( 'channel' => 'wechat' ) );
		$this->assertSame( array( 'email', 'form', 'wechat', 'phone' ), $channels->in_inbox() );

		$line = static fn( array $set_up ) => array_merge( $set_up, array( 'line', 'not-a-channel' ) );
		add_filter( 'storedesk_set_up_channels', $line );
		try {
			$this->assertSame( array( 'email', 'form', 'wechat', 'line', 'phone' ), $channels->in_inbox() );
			$this->assertNotContains( 'not-a-channel', $channels->set_up() );
		} finally {
			remove_filter( 'storedesk_set_up_channels', $line );
		}
	}
}

<?php
/**
 * Tests for Storedesk\Channels\InboxChannels.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels;

use Storedesk\Channels\ChannelRegistry;
use Storedesk\Channels\InboxChannels;
use Storedesk\Tests\Channels\Echo\EchoChannel;
use Storedesk\Tests\TestCase;

/**
 * The inbox shows a view for the channels that are set up and for those
 * with conversations, never for a channel nobody can write on.
 */
class InboxChannelsTest extends TestCase {

	/** Set up channels, then one with a conversation, then one an integration adds. */
	public function test_views_follow_set_up_and_conversations(): void {
		$channels = $this->service( InboxChannels::class );
		$this->assertSame( array( 'email', 'form', 'phone' ), $channels->in_inbox() );
		$this->assertNotContains( 'wechat', $channels->in_inbox() );

		$this->ticket( array( 'channel' => 'wechat' ) );
		$this->assertSame( array( 'email', 'form', 'phone', 'wechat' ), $channels->in_inbox() );
		$this->assertSame( array( 'email', 'form', 'phone' ), $channels->set_up() );

		$echo = static fn( array $list ) => $list + array( 'echo' => new EchoChannel(), 'junk' => 'not a channel' );
		add_filter( 'storedesk_channels', $echo );
		$this->service( ChannelRegistry::class )->flush();
		try {
			$this->assertSame( array( 'email', 'form', 'phone', 'wechat', 'echo' ), $channels->in_inbox() );
		} finally {
			remove_filter( 'storedesk_channels', $echo );
			$this->service( ChannelRegistry::class )->flush();
		}
	}
}

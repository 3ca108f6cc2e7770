<?php
/**
 * Registers the Echo channel for a test.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Echo;

use Storedesk\Channels\ChannelRegistry;

/**
 * The one registration line, as a plugin would write it, added for a test
 * and taken away after it, with Echo's outbox emptied.
 */
trait WithEcho {

	/**
	 * The storedesk_channels callback.
	 *
	 * @var callable|null
	 */
	private $echo_registration = null;

	/** Adds Echo to the channels. */
	protected function register_echo(): void {
		$this->echo_registration = static fn( array $channels ) => $channels + array( 'echo' => new EchoChannel() );
		add_filter( 'storedesk_channels', $this->echo_registration );
		$this->service( ChannelRegistry::class )->flush();
		EchoChannel::$outbox = array();
		EchoChannel::$refuse = null;
		EchoChannel::$calls  = 0;
	}

	/** Takes Echo away again. */
	protected function unregister_echo(): void {
		remove_filter( 'storedesk_channels', $this->echo_registration );
		$this->service( ChannelRegistry::class )->flush();
	}
}

<?php
/**
 * The channels Storedesk knows.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels;

use Storedesk\Container;

defined( 'ABSPATH' ) || exit;

/**
 * One line per channel, in the order the inbox lists them. Everything that
 * needs "which channels exist" (the ticket schema, the inbox views, the
 * admin app through GET /channels) asks here.
 */
class ChannelRegistry {

	private const CHANNELS = array(
		Email\EmailChannel::class,
		Form\FormChannel::class,
		Chat\ChatChannel::class,
		Phone\PhoneChannel::class,
		Messenger\MessengerChannel::class,
		WhatsApp\WhatsAppChannel::class,
		Sms\SmsChannel::class,
		Line\LineChannel::class,
		WeChat\WeChatChannel::class,
	);

	/**
	 * Channels by slug, once built.
	 *
	 * @var array<string, Channel>|null
	 */
	private ?array $channels = null;

	/**
	 * Builds the registry.
	 *
	 * @param Container $container Builds each channel with its services.
	 */
	public function __construct( private Container $container ) {}

	/**
	 * Every channel by slug.
	 *
	 * @return array<string, Channel>
	 */
	public function all(): array {
		if ( null === $this->channels ) {
			$built = array();
			foreach ( self::CHANNELS as $class ) {
				$channel                   = $this->container->get( $class );
				$built[ $channel->slug() ] = $channel;
			}
			/**
			 * Filters the channels: add one (an object implementing
			 * Storedesk\Channels\Channel, keyed by its slug) or remove one.
			 *
			 * @since 0.4.0
			 * @param array<string, Channel> $channels Channels by slug.
			 */
			$filtered       = (array) apply_filters( 'storedesk_channels', $built );
			$this->channels = array();
			foreach ( $filtered as $channel ) {
				if ( $channel instanceof Channel ) {
					$this->channels[ $channel->slug() ] = $channel;
				}
			}
		}
		return $this->channels;
	}

	/**
	 * One channel, or null for a slug nobody registered.
	 *
	 * @param string $slug Channel slug.
	 */
	public function get( string $slug ): ?Channel {
		return $this->all()[ $slug ] ?? null;
	}

	/** Every slug, in order. */
	public function slugs(): array {
		return array_keys( $this->all() );
	}

	/**
	 * The identity type of a channel's addresses; a slug nobody registered
	 * keeps its own name, so its identities stay apart.
	 *
	 * @param string $slug Channel slug or address type.
	 */
	public function address_type( string $slug ): string {
		$channel = $this->get( $slug );
		return $channel ? $channel->address_type() : $slug;
	}

	/** Reads the filter again: for code that adds a channel after the list was first asked for. */
	public function flush(): void {
		$this->channels = null;
		// Each channel's settings are part of the schema.
		\Storedesk\Settings\Settings::flush();
	}
}

<?php
/**
 * Settings of the shopper side.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use Storedesk\Settings\Section;

defined( 'ABSPATH' ) || exit;

/**
 * The storefront's section of the settings (form, spam, widget, portal),
 * merged into Settings::schema() so the one option and the one REST settings
 * route validate them like every other setting.
 */
final class StorefrontSettings implements Section {

	/** Machine name. */
	public static function name(): string {
		return 'storefront';
	}

	/** Title. */
	public static function label(): string {
		return __( 'Storefront', 'storedesk' );
	}

	/**
	 * What JSON schema cannot say about a value: that each trusted proxy is
	 * a real address or range.
	 *
	 * @param string $key   Setting name.
	 * @param mixed  $value Value that passed the schema.
	 * @return true|\WP_Error
	 */
	public static function check( string $key, $value ) {
		if ( 'rate_limit_trusted_proxies' !== $key ) {
			return true;
		}
		foreach ( (array) $value as $i => $range ) {
			if ( ! \Storedesk\Support\IpRange::is_range( (string) $range ) ) {
				/* translators: %s: what was typed */
				return new \WP_Error( 'rest_invalid_param', sprintf( __( '"%s" is not an IP address or a range such as 10.0.0.0/8 or 2001:db8::/32.', 'storedesk' ), $range ), array( 'param' => "{$key}[{$i}]" ) );
			}
		}
		return true;
	}

	/** JSON schema of each storefront setting. */
	public static function schema(): array {
		$count = static fn( string $d, int $default, int $max ) => array(
			'description' => $d,
			'type'        => 'integer',
			'minimum'     => 1,
			'maximum'     => $max,
			'default'     => $default,
		);
		return array(
			'form_fields'                => array(
				'description' => __( 'Extra fields of the contact form.', 'storedesk' ),
				'type'        => 'array',
				'maxItems'    => 20,
				'default'     => array(),
				'items'       => array(
					'type'                 => 'object',
					'additionalProperties' => false,
					'properties'           => array(
						'key'      => array(
							'type'     => 'string',
							'pattern'  => '^[a-z][a-z0-9_]{0,39}$',
							'required' => true,
						),
						'label'    => array(
							'type'      => 'string',
							'minLength' => 1,
							'maxLength' => 100,
							'required'  => true,
						),
						'type'     => array(
							'type'     => 'string',
							'enum'     => array( 'text', 'select', 'checkbox' ),
							'required' => true,
						),
						'required' => array(
							'type'    => 'boolean',
							'default' => false,
						),
						'options'  => array(
							'type'     => 'array',
							'maxItems' => 50,
							'items'    => array(
								'type'      => 'string',
								'minLength' => 1,
								'maxLength' => 100,
							),
						),
					),
				),
			),
			'form_topics'                => array(
				'description' => __( 'Topics a shopper picks from, each routed to a team; empty offers the teams themselves.', 'storedesk' ),
				'type'        => 'array',
				'maxItems'    => 30,
				'default'     => array(),
				'items'       => array(
					'type'                 => 'object',
					'additionalProperties' => false,
					'properties'           => array(
						'label' => array(
							'type'      => 'string',
							'minLength' => 1,
							'maxLength' => 100,
							'required'  => true,
						),
						'team'  => array(
							'type'    => 'integer',
							'minimum' => 0,
							'default' => 0,
						),
					),
				),
			),
			'form_min_seconds'           => array(
				'description' => __( 'Submissions faster than this many seconds after the form appeared are treated as bots.', 'storedesk' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'maximum'     => 120,
				'default'     => 3,
			),
			'attachment_max_files'       => array(
				'description' => __( 'Files a shopper may attach to the contact form or to one reply; 0 lets shoppers attach none.', 'storedesk' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'maximum'     => 20,
				'default'     => 5,
			),
			'spam_blocklist'             => Blocklist::schema( __( 'Email addresses and domains (example.com or @example.com) whose messages are refused.', 'storedesk' ) ),
			'spam_akismet'               => array(
				'description' => __( 'Check form submissions with Akismet when it is active.', 'storedesk' ),
				'type'        => 'boolean',
				'default'     => true,
			),
			'rate_limit_ip'              => $count( __( 'Anonymous posts allowed per IP address per window.', 'storedesk' ), 10, 1000 ),
			'rate_limit_email'           => $count( __( 'Anonymous posts allowed per email address per window.', 'storedesk' ), 5, 1000 ),
			'rate_limit_window'          => $count( __( 'Length of a rate-limit window in seconds.', 'storedesk' ), 600, 86400 ),
			'rate_limit_proxy'           => array(
				'description' => __( 'Take the client address from X-Forwarded-For (only behind a trusted reverse proxy).', 'storedesk' ),
				'type'        => 'boolean',
				'default'     => false,
			),
			'rate_limit_trusted_proxies' => array(
				'description' => __( 'Further proxies in front of the one the site talks to (a CDN, a load balancer): addresses or CIDR ranges whose X-Forwarded-For hops are skipped to find the client.', 'storedesk' ),
				'type'        => 'array',
				'maxItems'    => 100,
				'default'     => array(),
				'items'       => array(
					'type'      => 'string',
					'maxLength' => 49,
					'pattern'   => '^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$',
				),
			),
			'widget_enabled'             => array(
				'description' => __( 'Show the support launcher on storefront pages.', 'storedesk' ),
				'type'        => 'boolean',
				'default'     => true,
			),
			'widget_position'            => array(
				'description' => __( 'Corner of the launcher.', 'storedesk' ),
				'type'        => 'string',
				'enum'        => array( 'right', 'left' ),
				'default'     => 'right',
			),
			'widget_color'               => array(
				'description' => __( 'Launcher colour as #rrggbb.', 'storedesk' ),
				'type'        => 'string',
				'pattern'     => '^#[0-9a-fA-F]{6}$',
				'default'     => '#1e1e1e',
			),
			'widget_label'               => array(
				'description' => __( 'Launcher text; empty for the default "Help".', 'storedesk' ),
				'type'        => 'string',
				'maxLength'   => 40,
				'default'     => '',
			),
			'portal_page_id'             => array(
				'description' => __( 'Page with the customer portal (created on activation).', 'storedesk' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'default'     => 0,
			),
		);
	}
}

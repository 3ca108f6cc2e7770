<?php
/**
 * Where a shipment is.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce;

defined( 'ABSPATH' ) || exit;

/**
 * Reads the order meta `_wc_shipment_tracking_items`, the format of
 * WooCommerce Shipment Tracking that other tracking plugins also write.
 * A provider's own link needs that plugin's table of providers, so a
 * known few are built in and the filter storedesk_tracking_url adds more.
 */
class Tracking {

	public const META = '_wc_shipment_tracking_items';

	private const PROVIDERS = array(
		'usps'             => 'https://tools.usps.com/go/TrackConfirmAction?tLabels=%s',
		'ups'              => 'https://www.ups.com/track?tracknum=%s',
		'fedex'            => 'https://www.fedex.com/fedextrack/?trknbr=%s',
		'dhl'              => 'https://www.dhl.com/en/express/tracking.html?AWB=%s',
		'dhl-express'      => 'https://www.dhl.com/en/express/tracking.html?AWB=%s',
		'royal-mail'       => 'https://www.royalmail.com/track-your-item#/tracking-results/%s',
		'dpd'              => 'https://tracking.dpd.de/parcelstatus?query=%s',
		'australia-post'   => 'https://auspost.com.au/mypost/track/#/details/%s',
		'canada-post'      => 'https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=%s',
		'postnl'           => 'https://postnl.nl/tracktrace/?B=%s',
		'deutsche-post'    => 'https://www.deutschepost.de/sendung/simpleQuery.html?form.sendungsnummer=%s',
		'la-poste'         => 'https://www.laposte.fr/outils/suivre-vos-envois?code=%s',
		'correos'          => 'https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=%s',
		'thailand-post'    => 'https://track.thailandpost.co.th/?trackNumber=%s',
		'japan-post'       => 'https://trackings.post.japanpost.jp/services/srv/search/?requestNo1=%s',
		'yurtici-kargo'    => 'https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=%s',
		'parcelforce'      => 'https://www.parcelforce.com/track-trace?trackNumber=%s',
		'new-zealand-post' => 'https://www.nzpost.co.nz/tools/tracking?trackid=%s',
	);

	/**
	 * The order's shipments, each with a link when one is known.
	 *
	 * @param \WC_Order $order Order.
	 * @return array<int, array{provider: string, number: string, url: ?string, shipped: ?string}>
	 */
	public function of( \WC_Order $order ): array {
		$out = array();
		foreach ( (array) $order->get_meta( self::META ) as $item ) {
			$item   = (array) $item;
			$number = trim( (string) ( $item['tracking_number'] ?? '' ) );
			if ( '' === $number ) {
				continue;
			}
			$slug     = sanitize_title( (string) ( $item['tracking_provider'] ?? '' ) );
			$provider = trim( (string) ( $item['custom_tracking_provider'] ?? '' ) );
			$url      = (string) ( $item['custom_tracking_link'] ?? '' );
			if ( '' === $url && isset( self::PROVIDERS[ $slug ] ) ) {
				$url = sprintf( self::PROVIDERS[ $slug ], rawurlencode( $number ) );
			}
			/**
			 * The tracking link of a shipment, for providers Storedesk does not know.
			 *
			 * @since 0.1.0
			 * @param string $url      Link, '' when unknown.
			 * @param string $provider Provider slug as the tracking plugin stored it.
			 * @param string $number   Tracking number.
			 */
			$url     = (string) apply_filters( 'storedesk_tracking_url', $url, $slug, $number );
			$shipped = (int) ( $item['date_shipped'] ?? 0 );
			$out[]   = array(
				'provider' => '' !== $provider ? $provider : ucwords( str_replace( '-', ' ', $slug ) ),
				'number'   => $number,
				'url'      => in_array( wp_parse_url( $url, PHP_URL_SCHEME ), array( 'http', 'https' ), true ) ? esc_url_raw( $url ) : null,
				'shipped'  => $shipped ? wp_date( (string) get_option( 'date_format' ), $shipped ) : null,
			);
		}
		return $out;
	}

	/**
	 * The first shipment's link, or its number when there is no link, or ''.
	 *
	 * @param \WC_Order $order Order.
	 */
	public function link( \WC_Order $order ): string {
		$first = $this->of( $order )[0] ?? null;
		return $first ? (string) ( $first['url'] ?? $first['number'] ) : '';
	}
}

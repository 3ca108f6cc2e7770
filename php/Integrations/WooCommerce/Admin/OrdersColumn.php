<?php
/**
 * Which orders have conversations waiting, in the orders list.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Admin;

use Storedesk\Integrations\WooCommerce\Store;
use Storedesk\Tickets\TicketIndex;

defined( 'ABSPATH' ) || exit;

/**
 * A column in WooCommerce's orders list (both storages) that shows how many
 * of an order's conversations are unresolved.
 */
class OrdersColumn {

	public const COLUMN = 'storedesk_conversations';

	/**
	 * Open conversations per order of the page, once counted.
	 *
	 * @var array<int, int>|null
	 */
	private ?array $counts = null;

	/**
	 * Builds the column.
	 *
	 * @param TicketIndex $index Tickets by order.
	 */
	public function __construct( private TicketIndex $index ) {}

	/** Hooks both list tables while WooCommerce is active. */
	public function register(): void {
		if ( ! Store::active() || ! is_admin() ) {
			return;
		}
		add_filter( 'manage_woocommerce_page_wc-orders_columns', array( $this, 'columns' ) );
		add_filter( 'manage_edit-shop_order_columns', array( $this, 'columns' ) );
		add_action( 'manage_woocommerce_page_wc-orders_custom_column', array( $this, 'cell' ), 10, 2 );
		add_action( 'manage_shop_order_posts_custom_column', array( $this, 'cell' ), 10, 2 );
		// The posts list hands over its page of orders before drawing them; the
		// order tables list does not, so there each row asks (one indexed lookup).
		add_filter( 'the_posts', array( $this, 'remember_posts' ), 10, 2 );
	}

	/**
	 * Adds the column after the status.
	 *
	 * @param array $columns Column key => label.
	 */
	public function columns( $columns ): array {
		if ( ! OrderBox::allowed() ) {
			return (array) $columns;
		}
		$out = array();
		foreach ( (array) $columns as $key => $label ) {
			$out[ $key ] = $label;
			if ( 'order_status' === $key ) {
				$out[ self::COLUMN ] = __( 'Conversations', 'storedesk' );
			}
		}
		return $out + array( self::COLUMN => __( 'Conversations', 'storedesk' ) );
	}

	/**
	 * Counts the orders of a page of the posts list.
	 *
	 * @param mixed $posts Posts found.
	 * @param mixed $query Their query.
	 * @return mixed
	 */
	public function remember_posts( $posts, $query = null ) {
		if ( $query instanceof \WP_Query && $query->is_main_query() && 'shop_order' === $query->get( 'post_type' ) ) {
			$this->counts = $this->index->unresolved_per_order( wp_list_pluck( (array) $posts, 'ID' ) );
		}
		return $posts;
	}

	/**
	 * Prints a row's cell: "2 open", or nothing.
	 *
	 * @param string $column Column key.
	 * @param mixed  $order  The order, or its post id on posts storage.
	 */
	public function cell( $column, $order ): void {
		if ( self::COLUMN !== $column ) {
			return;
		}
		$id    = $order instanceof \WC_Order ? $order->get_id() : (int) $order;
		$count = ( $this->counts ?? $this->index->unresolved_per_order( array( $id ) ) )[ $id ] ?? 0;
		if ( $count ) {
			/* translators: %s: number of conversations */
			printf( '<mark class="order-status status-on-hold"><span>%s</span></mark>', esc_html( sprintf( _n( '%s open', '%s open', $count, 'storedesk' ), number_format_i18n( $count ) ) ) );
		}
	}
}

<?php
/**
 * The conversations box on the order screen.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce\Admin;

use Storedesk\Container;
use Storedesk\Install\Roles;
use Storedesk\Integrations\WooCommerce\OrderConversations;
use Storedesk\Integrations\WooCommerce\Store;
use Storedesk\Tickets\Vocabulary;

defined( 'ABSPATH' ) || exit;

/**
 * On the order screen (custom order tables and posts alike): the order's
 * conversations, and a message to the customer that opens a new one. The
 * box sits inside the order's own form, so its button posts that form to
 * admin-post.php (formaction) and only our fields are read there.
 */
class OrderBox {

	public const ACTION = 'storedesk_order_conversation';

	/**
	 * Builds the box; the conversations service (with the intake and the
	 * outbound path behind it) is built only on the order screen.
	 *
	 * @param Container $container Builds the conversations service on demand.
	 */
	public function __construct( private Container $container ) {}

	/** The order's conversations. */
	private function conversations(): OrderConversations {
		return $this->container->get( OrderConversations::class );
	}

	/** Hooks the box and its form handler while WooCommerce is active. */
	public function register(): void {
		if ( ! Store::active() ) {
			return;
		}
		add_action( 'add_meta_boxes', array( $this, 'add' ), 10, 2 );
		add_action( 'admin_post_' . self::ACTION, array( $this, 'handle' ) );
	}

	/** Whether the current user works with tickets and may see orders. */
	public static function allowed(): bool {
		return current_user_can( Roles::ACCESS ) && current_user_can( Roles::VIEW_ORDERS );
	}

	/**
	 * Adds the box on the order screen of either storage.
	 *
	 * @param string $screen Screen or post type.
	 * @param mixed  $object Order or post.
	 */
	public function add( $screen, $object = null ): void {
		$order_screen = \Automattic\WooCommerce\Utilities\OrderUtil::get_order_admin_screen();
		if ( ! self::allowed() || ! in_array( $screen, array( $order_screen, 'shop_order' ), true ) ) {
			return;
		}
		add_meta_box( 'storedesk-conversations', __( 'Conversations', 'storedesk' ), array( $this, 'render' ), $order_screen, 'side', 'high' );
	}

	/**
	 * Prints the box.
	 *
	 * @param mixed $object The order, or its post on posts storage.
	 */
	public function render( $object ): void {
		$order = Store::order( $object instanceof \WC_Order ? $object->get_id() : (int) ( $object->ID ?? 0 ) );
		if ( ! $order ) {
			return;
		}
		$tickets  = $this->conversations()->visible( $order->get_id() );
		$statuses = Vocabulary::statuses();
		echo '<div class="storedesk-order-box">';
		if ( isset( $_GET['storedesk_error'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification -- a message to show, nothing done.
			echo '<div class="notice notice-error inline"><p>' . esc_html( sanitize_text_field( wp_unslash( $_GET['storedesk_error'] ) ) ) . '</p></div>'; // phpcs:ignore WordPress.Security.NonceVerification
		}
		if ( ! $tickets ) {
			echo '<p>' . esc_html__( 'No conversations about this order yet.', 'storedesk' ) . '</p>';
		} else {
			echo '<ul>';
			foreach ( $tickets as $ticket ) {
				printf(
					'<li><a href="%1$s">#%2$d %3$s</a> <span class="storedesk-status storedesk-status--%4$s">%5$s</span></li>',
					esc_url( admin_url( 'admin.php?page=storedesk#/tickets/' . $ticket->id() ) ),
					(int) $ticket->id(),
					esc_html( (string) $ticket->get( 'subject' ) ),
					esc_attr( $ticket->status() ),
					esc_html( $statuses[ $ticket->status() ] ?? $ticket->status() )
				);
			}
			echo '</ul>';
		}
		$this->render_form( $order );
		echo '</div>';
	}

	/**
	 * The new-conversation form, posted by its own button.
	 *
	 * @param \WC_Order $order Order.
	 */
	private function render_form( \WC_Order $order ): void {
		$email = (string) $order->get_billing_email();
		if ( ! current_user_can( Roles::EDIT_TICKETS ) || ! is_email( $email ) ) {
			return;
		}
		echo '<details class="storedesk-order-box__new"><summary>' . esc_html__( 'New conversation', 'storedesk' ) . '</summary>';
		wp_nonce_field( self::ACTION, 'storedesk_order_nonce' );
		printf( '<input type="hidden" name="storedesk_order" value="%d">', (int) $order->get_id() );
		/* translators: %s: order number */
		$subject = sprintf( __( 'Your order #%s', 'storedesk' ), $order->get_order_number() );
		printf( '<p><label for="storedesk-subject">%1$s</label><input type="text" class="widefat" id="storedesk-subject" name="storedesk_subject" value="%2$s"></p>', esc_html__( 'Subject', 'storedesk' ), esc_attr( $subject ) );
		printf( '<p><label for="storedesk-message">%s</label><textarea class="widefat" rows="5" id="storedesk-message" name="storedesk_message"></textarea></p>', esc_html__( 'Message', 'storedesk' ) );
		printf(
			'<p><button type="submit" class="button button-primary" formaction="%1$s" formmethod="post" formnovalidate>%2$s</button></p></details>',
			esc_url( admin_url( 'admin-post.php?action=' . self::ACTION ) ),
			/* translators: %s: the customer's email address */
			esc_html( sprintf( __( 'Send to %s', 'storedesk' ), $email ) )
		);
	}

	/** Checks the nonce, opens the conversation and goes on (see respond()). */
	public function handle(): void {
		check_admin_referer( self::ACTION, 'storedesk_order_nonce' );
		wp_safe_redirect( $this->respond( wp_unslash( $_POST ) ) ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- each field is sanitised in respond().
		exit;
	}

	/**
	 * Opens the conversation; where to go next: the ticket in the inbox, or
	 * the order again with why not.
	 *
	 * @param array $post The posted fields (unslashed), nonce already checked.
	 */
	public function respond( array $post ): string {
		$order = Store::order( absint( $post['storedesk_order'] ?? 0 ) );
		if ( ! self::allowed() || ! current_user_can( Roles::EDIT_TICKETS ) || ! $order ) {
			wp_die( esc_html__( 'You are not allowed to do that.', 'storedesk' ), 403 );
		}
		$ticket = $this->conversations()->start(
			$order,
			sanitize_text_field( (string) ( $post['storedesk_subject'] ?? '' ) ),
			sanitize_textarea_field( (string) ( $post['storedesk_message'] ?? '' ) ),
			get_current_user_id()
		);
		return is_wp_error( $ticket )
			? add_query_arg( 'storedesk_error', rawurlencode( $ticket->get_error_message() ), $order->get_edit_order_url() )
			: admin_url( 'admin.php?page=storedesk#/tickets/' . $ticket->id() );
	}
}

<?php
/**
 * The customer portal's HTML.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

defined( 'ABSPATH' ) || exit;

/**
 * Server-renders the portal's frame; the loader fills in the lists and
 * threads from the shopper API. A magic link is checked here first, so a
 * bad or expired one gets a clear page with the form to ask for a new link
 * instead of an empty box.
 */
class PortalRenderer {

	/**
	 * Builds the renderer.
	 *
	 * @param GuestTokens $tokens Magic links.
	 * @param Assets      $assets Loader.
	 */
	public function __construct( private GuestTokens $tokens, private Assets $assets ) {}

	/**
	 * The portal for the current visitor.
	 *
	 * @param string $wrapper_attributes Attributes of the outer element (from the block).
	 */
	public function render( string $wrapper_attributes = 'class="storedesk-portal-block"' ): string {
		$this->assets->enqueue();
		wp_enqueue_style( Assets::STYLE );
		$link = self::link_from_request();
		$html = '<div ' . $wrapper_attributes . '>';
		if ( null !== $link ) {
			if ( $this->tokens->verify( $link['token'] ) !== $link['ticket'] ) {
				return $html . $this->expired() . '</div>';
			}
			return $html . $this->guest_shell( $link['ticket'], '' ) . '</div>';
		}
		$ticket = self::ticket_from_request();
		if ( $ticket ) {
			// The loader moved the token from the address bar to this tab's storage; a reload lands here.
			return $html . $this->guest_shell( $ticket, '<div class="storedesk-portal__fallback" hidden>' . $this->expired() . '</div>' ) . '</div>';
		}
		if ( is_user_logged_in() ) {
			return $html . '<div class="storedesk-portal" data-storedesk-portal="customer"><h2 class="storedesk-portal__title">' . esc_html__( 'My support requests', 'storedesk' ) . '</h2><p class="storedesk-portal__loading">' . esc_html__( 'Loading your support requests…', 'storedesk' ) . '</p></div>' . $this->missing() . '</div>';
		}
		$html .= '<div class="storedesk-portal"><h2 class="storedesk-portal__title">' . esc_html__( 'My support requests', 'storedesk' ) . '</h2>';
		/* translators: %s: login URL */
		$html .= '<p>' . wp_kses_post( sprintf( __( '<a href="%s">Log in</a> to see all your support requests, or ask for the links to them by email.', 'storedesk' ), esc_url( wp_login_url( (string) get_permalink() ) ) ) ) . '</p>';
		return $html . self::links_form() . '</div></div>';
	}

	/**
	 * The frame the loader fills with one ticket for a magic-link visitor.
	 *
	 * @param int    $ticket   Ticket.
	 * @param string $fallback What shows when the tab has no token for it.
	 */
	private function guest_shell( int $ticket, string $fallback ): string {
		return '<div class="storedesk-portal" data-storedesk-portal="guest" data-ticket="' . $ticket . '"><p class="storedesk-portal__loading">' . esc_html__( 'Loading your support request…', 'storedesk' ) . '</p>' . $fallback . '</div>';
	}

	/**
	 * Requests written before the account existed, or from an address the
	 * account has not proven, are not listed (an account email proves
	 * nothing); a link from their email, opened while logged in, adds them.
	 */
	private function missing(): string {
		$html = '<details class="storedesk-portal__missing"><summary>' . esc_html__( 'Missing a request you sent?', 'storedesk' ) . '</summary>';
		return $html . '<p>' . esc_html__( 'Requests you sent before you had an account, or while logged out, show here once you open the link from their email while logged in. We can email you those links again:', 'storedesk' ) . '</p>' . self::links_form( (string) wp_get_current_user()->user_email ) . '</details>';
	}

	/** The page for a link that no longer opens anything. */
	private function expired(): string {
		$html  = '<div class="storedesk-portal storedesk-portal--expired" role="alert"><h2 class="storedesk-portal__title">' . esc_html__( 'This link has expired or is not valid', 'storedesk' ) . '</h2>';
		$html .= '<p>' . esc_html__( 'Links to your support requests work for a limited time. Enter your email address and we will send you fresh ones.', 'storedesk' ) . '</p>';
		return $html . self::links_form() . '</div>';
	}

	/**
	 * The form that asks for links again (sent by the loader to POST /links).
	 *
	 * @param string $email Address to fill in, for a logged-in customer.
	 */
	public static function links_form( string $email = '' ): string {
		static $n = 0;
		$id       = 'storedesk-links-' . ( ++$n );
		return '<form class="storedesk-links" data-storedesk-links novalidate aria-label="' . esc_attr__( 'Email me my links', 'storedesk' ) . '">'
			. '<div class="storedesk-form__status" role="status" tabindex="-1"></div>'
			. '<div class="storedesk-field"><label for="' . $id . '">' . esc_html__( 'Email address', 'storedesk' ) . '</label>'
			. '<input type="email" id="' . $id . '" name="email" value="' . esc_attr( $email ) . '" required aria-required="true" autocomplete="email" aria-describedby="' . $id . '-error">'
			. '<span class="storedesk-field__error" id="' . $id . '-error"></span></div>'
			. '<p class="storedesk-form__actions"><button type="submit" class="storedesk-button wp-element-button">' . esc_html__( 'Email me my links', 'storedesk' ) . '</button></p></form>';
	}

	/** The ticket a magic-link page shows once its token left the URL, or 0. */
	public static function ticket_from_request(): int {
		return isset( $_GET['storedesk_ticket'] ) ? absint( wp_unslash( $_GET['storedesk_ticket'] ) ) : 0; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only a number to show; the token is checked by the API.
	}

	/**
	 * The magic link in the current URL, or null.
	 *
	 * @return array{ticket: int, token: string}|null
	 */
	public static function link_from_request(): ?array {
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- a signed token, not a form.
		if ( ! isset( $_GET['storedesk_ticket'], $_GET['storedesk_token'] ) ) {
			return null;
		}
		$ticket = absint( wp_unslash( $_GET['storedesk_ticket'] ) );
		$token  = sanitize_text_field( wp_unslash( $_GET['storedesk_token'] ) );
		// phpcs:enable
		return array(
			'ticket' => $ticket,
			'token'  => $token,
		);
	}
}

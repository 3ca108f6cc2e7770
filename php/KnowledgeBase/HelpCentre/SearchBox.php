<?php
/**
 * The help centre's search box.
 *
 * @package Storedesk
 */

namespace Storedesk\KnowledgeBase\HelpCentre;

defined( 'ABSPATH' ) || exit;

/**
 * A plain GET form to the help centre's search (/help/?q=…), so it works
 * without scripts and anywhere: on the help pages, and through the
 * storedesk/help-search block or the [storedesk_help_search] shortcode on
 * any page of the site.
 */
class SearchBox {

	/**
	 * Builds the box.
	 *
	 * @param HelpAssets $assets Its style.
	 */
	public function __construct( private HelpAssets $assets ) {}

	/**
	 * The form.
	 *
	 * @param string $placeholder Hint inside the field; '' for the default.
	 * @param string $value       Words already searched.
	 * @param string $attributes  Attributes of the outer element (from a block), or '' for the plain class.
	 */
	public function html( string $placeholder = '', string $value = '', string $attributes = '' ): string {
		static $n = 0;
		$this->assets->style();
		$id          = 'storedesk-help-q-' . ( ++$n );
		$placeholder = '' !== trim( $placeholder ) ? $placeholder : __( 'Search for answers…', 'storedesk' );
		$attributes  = '' !== $attributes ? $attributes : 'class="storedesk-help-search"';
		// With plain permalinks the home is a query var, which a GET form must carry itself.
		$plain = get_option( 'permalink_structure' ) ? '' : '<input type="hidden" name="' . HelpPage::VAR . '" value="' . HelpPage::HOME . '">';
		return '<div ' . $attributes . '><form role="search" method="get" class="storedesk-help-search__form" action="' . esc_url( HelpPage::url() ) . '">'
			. '<label class="storedesk-visually-hidden" for="' . $id . '">' . esc_html__( 'Search the help centre', 'storedesk' ) . '</label>'
			. '<input type="search" id="' . $id . '" name="' . HelpPage::WORDS . '" value="' . esc_attr( $value ) . '" placeholder="' . esc_attr( $placeholder ) . '" maxlength="' . HelpPage::MAX_WORDS . '" required>'
			. $plain
			. '<button type="submit" class="storedesk-help-search__button wp-element-button">' . esc_html__( 'Search', 'storedesk' ) . '</button>'
			. '</form></div>';
	}
}

<?php
/**
 * Email templates.
 *
 * @package Storedesk
 */

namespace Storedesk\Notifications;

defined( 'ABSPATH' ) || exit;

/**
 * Renders templates/emails/{name}.php (HTML) and {name}-plain.php (text).
 * A theme overrides any of them, parts included, by putting a file of the
 * same name in its storedesk/emails/ folder, the way WooCommerce's email
 * templates work.
 *
 * Templates receive $args (also extracted as variables) and $template,
 * whose part() renders a shared piece such as parts/header.php. Values
 * ending in _html are already escaped HTML; everything else is plain text
 * the HTML templates must escape.
 */
class Templates {

	/**
	 * Renders a template to a string.
	 *
	 * @param string $name Template name without .php, such as customer-reply or customer-reply-plain.
	 * @param array  $args Variables for the template.
	 */
	public function render( string $name, array $args ): string {
		ob_start();
		try {
			$this->part( $name, $args );
		} finally {
			$out = (string) ob_get_clean();
		}
		return $out;
	}

	/**
	 * Prints a template or part.
	 *
	 * @param string $name Template name, such as parts/button.
	 * @param array  $args Variables for the template.
	 */
	public function part( string $name, array $args ): void {
		$file = $this->locate( $name );
		if ( '' === $file ) {
			return;
		}
		$template = $this;
		// phpcs:ignore WordPress.PHP.DontExtract.extract_extract -- templates read their variables by name, as WooCommerce's do.
		extract( $args, EXTR_SKIP );
		include $file;
	}

	/**
	 * The file a template name resolves to: the theme's copy, else ours, else ''.
	 *
	 * @param string $name Template name.
	 */
	public function locate( string $name ): string {
		if ( ! preg_match( '#^[a-z0-9-]+(/[a-z0-9-]+)?$#', $name ) ) {
			return '';
		}
		$theme = locate_template( array( "storedesk/emails/{$name}.php" ) );
		$file  = '' !== $theme ? $theme : dirname( __DIR__, 2 ) . "/templates/emails/{$name}.php";
		/**
		 * Filters the file an email template is rendered from.
		 *
		 * @since 0.2.0
		 * @param string $file Path of the template file (the theme's copy or ours).
		 * @param string $name Template name, such as customer-reply or parts/header.
		 */
		$file = (string) apply_filters( 'storedesk_email_template_file', $file, $name );
		return is_readable( $file ) ? $file : '';
	}
}

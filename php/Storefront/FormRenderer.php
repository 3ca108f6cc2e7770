<?php
/**
 * The contact form's HTML.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

defined( 'ABSPATH' ) || exit;

/**
 * Server-renders the contact form from FormConfig, for the block and the
 * shortcode on block and classic themes alike. The loader then sends it
 * over fetch, so an error never reloads the page or loses the text; every
 * field has a label and an error slot its input is described by. Options
 * that belong to the visitor (a customer's orders) are never printed, since
 * a page cache could serve the page to anyone: the control is marked
 * data-storedesk-private and the loader fills it from GET /form.
 */
class FormRenderer {

	/**
	 * How many forms this page printed, for unique ids.
	 *
	 * @var int
	 */
	private static int $count = 0;

	/**
	 * Builds the renderer.
	 *
	 * @param FormConfig   $config   The form.
	 * @param FormStamp    $stamp    Signed render time.
	 * @param Assets       $assets   Loader.
	 * @param NoScriptForm $noscript The same form without JavaScript.
	 */
	public function __construct( private FormConfig $config, private FormStamp $stamp, private Assets $assets, private NoScriptForm $noscript ) {}

	/**
	 * The form.
	 *
	 * @param string $wrapper_attributes Attributes of the outer element (from the block).
	 */
	public function render( string $wrapper_attributes = 'class="storedesk-contact-form"' ): string {
		$this->assets->enqueue();
		wp_enqueue_style( Assets::STYLE );
		$id     = 'storedesk-form-' . ( ++self::$count );
		$result = $this->noscript->result( $id );
		$html   = '<div ' . $wrapper_attributes . '>';
		if ( $result && $result['ok'] ) {
			return $html . $this->success( $id, $result ) . '</div>';
		}
		// Without the loader the browser posts here; with it, the loader sends the same fields over fetch.
		$action = add_query_arg( NoScriptForm::SEND, $id, remove_query_arg( NoScriptForm::RESULT ) );
		$html  .= '<form class="storedesk-form" id="' . esc_attr( $id ) . '" data-storedesk-form novalidate method="post" enctype="multipart/form-data" action="' . esc_url( $action ) . '" aria-label="' . esc_attr__( 'Contact us', 'storedesk' ) . '">';
		$html  .= $result
			? '<div class="storedesk-form__status is-error" role="alert" tabindex="-1">' . esc_html( $result['message'] ) . '</div>'
			: '<div class="storedesk-form__status" role="status" tabindex="-1"></div>';
		$html  .= '<p class="storedesk-form__intro">' . esc_html__( 'Fields marked * are required.', 'storedesk' ) . '</p>';
		foreach ( $this->config->fields( get_current_user_id(), 0, true ) as $field ) {
			if ( $result ) {
				$field['value'] = $result['values'][ $field['name'] ] ?? $field['value'];
				$field['error'] = $result['fields'][ $field['name'] ] ?? ( 'file' === $field['type'] && $result['files'] ? __( 'Please choose your files again.', 'storedesk' ) : '' );
			}
			$html .= $this->field( $id, $field );
		}
		if ( is_user_logged_in() ) {
			$html .= '<input type="hidden" name="' . esc_attr( NoScriptForm::NONCE ) . '" value="' . esc_attr( wp_create_nonce( 'wp_rest' ) ) . '">';
		}
		$html .= '<div class="storedesk-form__trap" aria-hidden="true"><label for="' . esc_attr( $id ) . '-hp">' . esc_html__( 'Leave this field empty', 'storedesk' ) . '</label>';
		$html .= '<input type="text" id="' . esc_attr( $id ) . '-hp" name="' . esc_attr( FormConfig::HONEYPOT ) . '" value="" tabindex="-1" autocomplete="off"></div>';
		$html .= '<input type="hidden" name="stamp" value="' . esc_attr( $this->stamp->issue() ) . '">';
		$html .= '<p class="storedesk-form__actions"><button type="submit" class="storedesk-button wp-element-button">' . esc_html__( 'Send message', 'storedesk' ) . '</button></p>';
		return $html . '</form></div>';
	}

	/**
	 * The thank-you box of a form sent without JavaScript (the loader draws the same one).
	 *
	 * @param string $id     Form id.
	 * @param array  $result Outcome with the ticket number and address.
	 */
	private function success( string $id, array $result ): string {
		/* translators: 1: ticket number, 2: email address */
		$text = sprintf( __( 'Your request #%1$d has been received. An email with a link to follow it is on its way to %2$s.', 'storedesk' ), $result['id'], $result['email'] );
		return '<div class="storedesk-form__success" id="' . esc_attr( $id ) . '" role="status" tabindex="-1"><p class="storedesk-form__success-title">' . esc_html__( 'Thank you!', 'storedesk' ) . '</p><p>' . esc_html( $text ) . '</p></div>';
	}

	/**
	 * One field: label, control, error slot.
	 *
	 * @param string $form  Form id.
	 * @param array  $field Field description.
	 */
	private function field( string $form, array $field ): string {
		$id    = $form . '-' . sanitize_key( str_replace( array( '[', ']' ), array( '-', '' ), $field['name'] ) );
		$error = $id . '-error';
		$req   = $field['required'] ? ' required aria-required="true"' : '';
		$said  = (string) ( $field['error'] ?? '' );
		$help  = (string) ( $field['help'] ?? '' );
		$attrs = 'id="' . esc_attr( $id ) . '" name="' . esc_attr( $field['name'] ) . '" aria-describedby="' . esc_attr( ( '' !== $help ? $id . '-help ' : '' ) . $error ) . '"' . $req . ( '' !== $said ? ' aria-invalid="true"' : '' );
		if ( $field['private'] ) {
			$attrs .= ' data-storedesk-private';
		}
		if ( ! empty( $field['max_length'] ) ) {
			$attrs .= ' maxlength="' . (int) $field['max_length'] . '"';
		}
		if ( ! empty( $field['autocomplete'] ) ) {
			$attrs .= ' autocomplete="' . esc_attr( $field['autocomplete'] ) . '"';
		}
		if ( $field['hidden'] ) {
			return '<input type="hidden" name="' . esc_attr( $field['name'] ) . '" value="' . esc_attr( $field['value'] ) . '">';
		}
		$label = esc_html( $field['label'] ) . ( $field['required'] ? ' <span class="storedesk-field__required" aria-hidden="true">*</span>' : '' );
		$slot  = '<span class="storedesk-field__error" id="' . esc_attr( $error ) . '">' . esc_html( $said ) . '</span>';
		if ( '' !== $help ) {
			$slot = '<span class="storedesk-field__help" id="' . esc_attr( $id ) . '-help">' . esc_html( $help ) . '</span>' . $slot;
		}
		switch ( $field['type'] ) {
			case 'textarea':
				$control = '<textarea ' . $attrs . ' rows="6">' . esc_textarea( $field['value'] ) . '</textarea>';
				break;
			case 'select':
				// A list with its own empty choice ("Not about an order") needs no "Choose…".
				$empty   = in_array( '', array_column( $field['options'], 'value' ), true );
				$control = '<select ' . $attrs . '>' . ( $empty ? '' : '<option value="">' . esc_html__( 'Choose…', 'storedesk' ) . '</option>' );
				foreach ( $field['options'] as $option ) {
					$control .= '<option value="' . esc_attr( $option['value'] ) . '"' . selected( $option['value'], $field['value'], false ) . '>' . esc_html( $option['label'] ) . '</option>';
				}
				$control .= '</select>';
				break;
			case 'file':
				return $this->file_field( $id, $field, $said );
			case 'checkbox':
				return '<div class="storedesk-field storedesk-field--checkbox"><input type="checkbox" value="1" ' . $attrs . checked( true === $field['value'], true, false ) . '> <label for="' . esc_attr( $id ) . '">' . $label . '</label>' . $slot . '</div>';
			default:
				$control = '<input type="' . ( 'email' === $field['type'] ? 'email' : 'text' ) . '" value="' . esc_attr( $field['value'] ) . '" ' . $attrs . '>';
		}
		return '<div class="storedesk-field"><label for="' . esc_attr( $id ) . '">' . $label . '</label>' . $control . $slot . '</div>';
	}

	/**
	 * The file input: a native one (keyboard and screen readers know it),
	 * described by the limits and by its error slot. The loader checks the
	 * files against the data-* limits before sending; the server again.
	 *
	 * @param string $id    Input id.
	 * @param array  $field Field description with its upload limits.
	 * @param string $said  Error from a post without JavaScript.
	 */
	private function file_field( string $id, array $field, string $said ): string {
		$limits = $field['upload'];
		$data   = '';
		foreach ( array( 'max_files', 'max_bytes', 'max_total_bytes' ) as $key ) {
			$data .= ' data-' . str_replace( '_', '-', $key ) . '="' . (int) $limits[ $key ] . '"';
		}
		$html  = '<div class="storedesk-field storedesk-field--file"><label for="' . esc_attr( $id ) . '">' . esc_html( $field['label'] ) . '</label>';
		$html .= '<input type="file" multiple id="' . esc_attr( $id ) . '" name="' . esc_attr( $field['name'] ) . '" accept="' . esc_attr( $limits['accept'] ) . '" data-extensions="' . esc_attr( implode( ',', $limits['extensions'] ) ) . '"' . $data . ' aria-describedby="' . esc_attr( $id . '-help ' . $id . '-error' ) . '"' . ( '' !== $said ? ' aria-invalid="true"' : '' ) . '>';
		$html .= '<span class="storedesk-field__help" id="' . esc_attr( $id ) . '-help">' . esc_html( $limits['help'] ) . '</span>';
		return $html . '<span class="storedesk-field__error" id="' . esc_attr( $id ) . '-error">' . esc_html( $said ) . '</span></div>';
	}
}

/**
 * "Email me my links": asks POST /links, which answers the same whether
 * the address is known or not.
 */
import { __ } from '@wordpress/i18n';

import type { StoreConfig } from '../types';
import { StoreApi } from './api';
import { h, uid } from './dom';
import { clearErrors, setStatus, showErrors } from './fields';

/** A links form like the one PortalRenderer prints. */
export function buildLinksForm(): HTMLFormElement {
	const id = uid( 'storedesk-links' );
	return h(
		'form',
		{
			class: 'storedesk-links',
			novalidate: true,
			'aria-label': __( 'Email me my links', 'storedesk' ),
		},
		h( 'div', {
			class: 'storedesk-form__status',
			role: 'status',
			tabindex: -1,
		} ),
		h(
			'div',
			{ class: 'storedesk-field' },
			h( 'label', { for: id }, __( 'Email address', 'storedesk' ) ),
			h( 'input', {
				type: 'email',
				id,
				name: 'email',
				required: true,
				'aria-required': 'true',
				autocomplete: 'email',
				'aria-describedby': `${ id }-error`,
			} ),
			h( 'span', {
				class: 'storedesk-field__error',
				id: `${ id }-error`,
			} )
		),
		h(
			'p',
			{ class: 'storedesk-form__actions' },
			h(
				'button',
				{ type: 'submit', class: 'storedesk-button wp-element-button' },
				__( 'Email me my links', 'storedesk' )
			)
		)
	);
}

/**
 * Sends the links form over fetch.
 *
 * @param form   The form.
 * @param config Loader configuration.
 */
export function enhanceLinksForm(
	form: HTMLFormElement,
	config: StoreConfig
): void {
	if ( form.dataset.storedeskReady ) {
		return;
	}
	form.dataset.storedeskReady = '1';
	const api = new StoreApi( config );
	form.addEventListener( 'submit', async ( event ) => {
		event.preventDefault();
		clearErrors( form );
		const input =
			form.querySelector< HTMLInputElement >( 'input[name=email]' );
		const email = input?.value.trim() || '';
		if ( ! /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test( email ) ) {
			showErrors( form, {
				email: __(
					'This email address does not look right. Check it has the form name@example.com.',
					'storedesk'
				),
			} );
			return;
		}
		const res = await api.call< { message: string } >( 'POST', 'links', {
			email,
		} );
		if ( res.ok ) {
			setStatus( form, res.data.message, 'success' );
			return;
		}
		setStatus( form, res.error.message );
		showErrors( form, res.error.data?.fields || {} );
	} );
}

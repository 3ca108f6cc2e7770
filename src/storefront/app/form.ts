/**
 * The contact form: drawn from GET /form for the panel (the blocks render
 * the same markup in PHP), checked in the browser, sent over fetch (as
 * multipart when files are chosen). On any error the page stays, so
 * nothing the shopper typed or chose is lost.
 */
import { __, sprintf } from '@wordpress/i18n';

import type {
	FormDescription,
	FormField,
	HelpResult,
	StoreConfig,
} from '../types';
import { StoreApi } from './api';
import { h, uid } from './dom';
import {
	fileField,
	fileInputs,
	fileProblem,
	multipart,
	watchFiles,
} from './files';
import {
	clearErrors,
	controls,
	problem,
	setStatus,
	showErrors,
} from './fields';
import { loadPrivate } from './order';

function field( form: string, f: FormField ): HTMLElement | null {
	if ( f.hidden ) {
		return h( 'input', { type: 'hidden', name: f.name, value: f.value } );
	}
	const id = `${ form }-${ f.name.replace( /[^a-z0-9_]/gi, '-' ) }`;
	if ( f.type === 'file' ) {
		return f.upload ? fileField( id, f.label, f.upload ) : null;
	}
	const attrs = {
		id,
		name: f.name,
		'aria-describedby': f.help
			? `${ id }-help ${ id }-error`
			: `${ id }-error`,
		required: f.required,
		'aria-required': f.required ? 'true' : undefined,
		maxlength: f.max_length,
		autocomplete: f.autocomplete || undefined,
	};
	const label = h(
		'label',
		{ for: id },
		f.label,
		f.required
			? h(
					'span',
					{
						class: 'storedesk-field__required',
						'aria-hidden': 'true',
					},
					' *'
				)
			: null
	);
	const error = h( 'span', {
		class: 'storedesk-field__error',
		id: `${ id }-error`,
	} );
	const help = f.help
		? h(
				'span',
				{ class: 'storedesk-field__help', id: `${ id }-help` },
				f.help
			)
		: null;
	if ( f.type === 'checkbox' ) {
		return h(
			'div',
			{ class: 'storedesk-field storedesk-field--checkbox' },
			h( 'input', { ...attrs, type: 'checkbox', value: '1' } ),
			' ',
			label,
			error
		);
	}
	let control: HTMLElement;
	if ( f.type === 'textarea' ) {
		control = h( 'textarea', { ...attrs, rows: 6 } );
		( control as HTMLTextAreaElement ).value = f.value;
	} else if ( f.type === 'select' ) {
		const options = f.options || [];
		// A list with its own empty choice ("Not about an order") needs no "Choose…".
		control = h(
			'select',
			attrs,
			options.some( ( o ) => o.value === '' )
				? null
				: h( 'option', { value: '' }, __( 'Choose…', 'storedesk' ) ),
			...options.map( ( o ) =>
				h( 'option', { value: o.value }, o.label )
			)
		);
		( control as HTMLSelectElement ).value = f.value;
	} else {
		control = h( 'input', {
			...attrs,
			type: f.type === 'email' ? 'email' : 'text',
			value: f.value,
		} );
	}
	return h(
		'div',
		{ class: 'storedesk-field' },
		label,
		control,
		help,
		error
	);
}

/**
 * A form element like the one FormRenderer prints.
 *
 * @param desc GET /form.
 */
export function buildForm( desc: FormDescription ): HTMLFormElement {
	const id = uid( 'storedesk-panel-form' );
	return h(
		'form',
		{
			class: 'storedesk-form',
			id,
			novalidate: true,
			'aria-label': __( 'Contact us', 'storedesk' ),
		},
		h( 'div', {
			class: 'storedesk-form__status',
			role: 'status',
			tabindex: -1,
		} ),
		h(
			'p',
			{ class: 'storedesk-form__intro' },
			__( 'Fields marked * are required.', 'storedesk' )
		),
		...desc.fields.map( ( f ) => field( id, f ) ),
		h(
			'div',
			{ class: 'storedesk-form__trap', 'aria-hidden': 'true' },
			h(
				'label',
				{ for: `${ id }-hp` },
				__( 'Leave this field empty', 'storedesk' )
			),
			h( 'input', {
				type: 'text',
				id: `${ id }-hp`,
				name: desc.honeypot,
				tabindex: -1,
				autocomplete: 'off',
			} )
		),
		h( 'input', { type: 'hidden', name: 'stamp', value: desc.stamp } ),
		h(
			'p',
			{ class: 'storedesk-form__actions' },
			h(
				'button',
				{ type: 'submit', class: 'storedesk-button wp-element-button' },
				__( 'Send message', 'storedesk' )
			)
		)
	);
}

function labelOf( control: Element ): string {
	const label = control.id
		? document.querySelector( `label[for="${ control.id }"]` )
		: null;
	return ( label?.textContent || '' ).replace( /\s*\*\s*$/, '' ).trim();
}

function values( form: HTMLFormElement ): Record< string, unknown > {
	const body: Record< string, unknown > = {};
	const custom: Record< string, unknown > = {};
	for ( const el of Array.from( form.elements ) ) {
		if (
			! (
				el instanceof HTMLInputElement ||
				el instanceof HTMLTextAreaElement ||
				el instanceof HTMLSelectElement
			) ||
			! el.name ||
			el.type === 'file' ||
			// The no-JavaScript post's own fields.
			el.name.startsWith( '_storedesk_' )
		) {
			continue;
		}
		const value =
			el instanceof HTMLInputElement && el.type === 'checkbox'
				? el.checked
				: el.value;
		const match = /^fields\[(.+)\]$/.exec( el.name );
		if ( match ) {
			custom[ match[ 1 ] ] = value;
		} else {
			body[ el.name ] = value;
		}
	}
	return { ...body, fields: custom };
}

function validate( form: HTMLFormElement ): Record< string, string > {
	const errors: Record< string, string > = {};
	for ( const control of controls( form ) ) {
		if ( control.closest( '.storedesk-form__trap' ) ) {
			continue;
		}
		if ( control instanceof HTMLInputElement && control.type === 'file' ) {
			const files = fileProblem( control );
			if ( files ) {
				errors[ control.name ] = files;
			}
			continue;
		}
		const label = labelOf( control );
		const message = problem( control, {
			required: sprintf(
				/* translators: %s: field label */
				__( 'Please fill in "%s".', 'storedesk' ),
				label
			),
			email: __(
				'This email address does not look right. Check it has the form name@example.com.',
				'storedesk'
			),
			checkbox: sprintf(
				/* translators: %s: field label */
				__( 'Please tick "%s" to continue.', 'storedesk' ),
				label
			),
			/* translators: %s: field label */
			long: sprintf( __( 'Please shorten "%s".', 'storedesk' ), label ),
		} );
		if ( message ) {
			errors[ control.name ] = message;
		}
	}
	return errors;
}

function success( form: HTMLFormElement, id: number, email: string ) {
	const box = h(
		'div',
		{ class: 'storedesk-form__success', role: 'status', tabindex: -1 },
		h(
			'p',
			{ class: 'storedesk-form__success-title' },
			__( 'Thank you!', 'storedesk' )
		),
		h(
			'p',
			{},
			sprintf(
				/* translators: 1: ticket number, 2: email address */
				__(
					'Your request #%1$d has been received. An email with a link to follow it is on its way to %2$s.',
					'storedesk'
				),
				id,
				email
			)
		)
	);
	form.hidden = true;
	form.before( box );
	box.focus();
	// The help code, when loaded, stops counting the visit as answered by an article.
	form.dispatchEvent( new Event( 'storedesk-sent', { bubbles: true } ) );
}

/**
 * Sends a form over fetch with browser checks first. Articles that may
 * answer the subject show under it once the shopper types there (their
 * code loads then).
 *
 * @param form   The form (server-rendered or built).
 * @param config Loader configuration.
 * @param read   Opens an article in the panel; none on a page.
 */
export function enhanceForm(
	form: HTMLFormElement,
	config: StoreConfig,
	read?: ( item: HelpResult ) => void
): void {
	if ( form.dataset.storedeskReady ) {
		return;
	}
	form.dataset.storedeskReady = '1';
	const api = new StoreApi( config );
	const button = form.querySelector< HTMLButtonElement >( '[type=submit]' );
	fileInputs( form ).forEach( watchFiles );
	form.querySelector( 'input[name=subject]' )?.addEventListener(
		'input',
		() =>
			import(
				/* webpackChunkName: "storefront-help" */ '../help/suggest'
			)
				.then( ( help ) => help.suggest( form, config, read ) )
				// Suggestions are a help, not a need: the form works without them.
				.catch( () => {} ),
		{ once: true }
	);
	// A customer's orders are not in the page: they come from the API, asked as the customer.
	loadPrivate( form, config );
	form.addEventListener( 'submit', async ( event ) => {
		event.preventDefault();
		clearErrors( form );
		const errors = validate( form );
		if ( Object.keys( errors ).length ) {
			setStatus(
				form,
				__( 'Some fields need your attention.', 'storedesk' )
			);
			showErrors( form, errors );
			return;
		}
		if ( button ) {
			button.disabled = true;
		}
		const body = values( form );
		const data = multipart( body, form );
		if ( data ) {
			setStatus(
				form,
				__( 'Sending your message and files…', 'storedesk' ),
				'success'
			);
		}
		const res = await api.call< { id: number; email: string } >(
			'POST',
			'tickets',
			data || body
		);
		if ( button ) {
			button.disabled = false;
		}
		if ( res.ok ) {
			success( form, res.data.id, res.data.email );
			return;
		}
		const fields = res.error.data?.fields || res.error.data?.params || {};
		setStatus( form, res.error.message );
		if ( ! showErrors( form, fields ) ) {
			form.querySelector< HTMLElement >(
				'.storedesk-form__status'
			)?.focus();
		}
		// A too-fast stamp only needs to age; an expired or used one is replaced.
		if (
			res.error.code === 'storedesk_form_expired' ||
			res.error.code === 'storedesk_form_used'
		) {
			const fresh = await api.call< FormDescription >( 'GET', 'form' );
			const stamp =
				form.querySelector< HTMLInputElement >( 'input[name=stamp]' );
			if ( fresh.ok && stamp ) {
				stamp.value = fresh.data.stamp;
			}
		}
	} );
}

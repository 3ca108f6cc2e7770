/**
 * Error messages beside fields: each control is described by its error
 * slot (aria-describedby) and marked aria-invalid while it is wrong.
 */
type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function controls( form: HTMLFormElement ): Control[] {
	return Array.from( form.elements ).filter(
		( el ): el is Control =>
			( el instanceof HTMLInputElement ||
				el instanceof HTMLTextAreaElement ||
				el instanceof HTMLSelectElement ) &&
			el.name !== '' &&
			el.type !== 'hidden'
	);
}

function slot( control: Control ): HTMLElement | null {
	// A control may also be described by a hint; the error slot's id ends in -error.
	const ids = ( control.getAttribute( 'aria-describedby' ) || '' ).split(
		/\s+/
	);
	const id = ids.find( ( i ) => i.endsWith( '-error' ) ) || ids[ 0 ];
	return id ? document.getElementById( id ) : null;
}

export function clearErrors( form: HTMLFormElement ): void {
	for ( const control of controls( form ) ) {
		control.removeAttribute( 'aria-invalid' );
		const el = slot( control );
		if ( el ) {
			el.textContent = '';
		}
	}
	setStatus( form, '' );
}

/**
 * Shows errors by input name; focuses the first field at fault.
 * Returns how many fields were found on the form.
 *
 * @param form   The form.
 * @param errors Input name => message.
 */
export function showErrors(
	form: HTMLFormElement,
	errors: Record< string, string >
): number {
	let first: Control | null = null;
	let shown = 0;
	for ( const control of controls( form ) ) {
		const message = errors[ control.name ];
		if ( ! message ) {
			continue;
		}
		control.setAttribute( 'aria-invalid', 'true' );
		const el = slot( control );
		if ( el ) {
			el.textContent = message;
		}
		first = first || control;
		shown += 1;
	}
	first?.focus();
	return shown;
}

/**
 * The form's status line (summary, success, refusal).
 *
 * @param form    The form.
 * @param message Text, or '' to clear.
 * @param kind    error or success.
 */
export function setStatus(
	form: HTMLFormElement,
	message: string,
	kind: 'error' | 'success' = 'error'
): void {
	const status = form.querySelector< HTMLElement >(
		'.storedesk-form__status'
	);
	if ( ! status ) {
		return;
	}
	status.textContent = message;
	status.className = `storedesk-form__status${
		message ? ` is-${ kind }` : ''
	}`;
	status.setAttribute( 'role', kind === 'error' ? 'alert' : 'status' );
}

/**
 * Whether the shopper left a control as it must not be: the first problem
 * of a required, email or length rule, else ''.
 *
 * @param control           The control.
 * @param messages          Messages by rule.
 * @param messages.required Empty required field.
 * @param messages.email    Malformed address.
 * @param messages.checkbox Unticked required box.
 * @param messages.long     Too long.
 */
export function problem(
	control: Control,
	messages: {
		required: string;
		email: string;
		checkbox: string;
		long: string;
	}
): string {
	if ( control instanceof HTMLInputElement && control.type === 'checkbox' ) {
		return control.required && ! control.checked ? messages.checkbox : '';
	}
	const value = control.value.trim();
	if ( control.required && value === '' ) {
		return messages.required;
	}
	if (
		control.type === 'email' &&
		value !== '' &&
		! /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test( value )
	) {
		return messages.email;
	}
	const max = Number( control.getAttribute( 'maxlength' ) || 0 );
	return max && value.length > max ? messages.long : '';
}

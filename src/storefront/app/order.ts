/**
 * The order a request is about (WooCommerce stores). A "Get help with this
 * order" button (data-storedesk-contact with data-storedesk-order,
 * -order-number, -email) or a link to #storedesk-contact?order=ID&number=N
 * opens the contact form with the order in it: chosen in a logged-in
 * customer's list (order_id), or typed in for a guest (order_number, and the
 * billing email when the page knows it). A customer's list is never in the
 * page's HTML, which a cache may keep: it comes from GET /form, asked as
 * that customer.
 */
import type { FormDescription, StoreConfig } from '../types';
import { StoreApi } from './api';
import { h } from './dom';

export type OrderPrefill = {
	/** Order id, for a logged-in customer's list; 0 when unknown. */
	id: number;
	/** Order number as the shopper knows it; '' when unknown. */
	number: string;
	/** Billing email, for a guest's form; '' when unknown. */
	email: string;
};

export const CONTACT_HASH = '#storedesk-contact';

function whole( value: string | null | undefined ): number {
	return /^\d{1,18}$/.test( value || '' ) ? Number( value ) : 0;
}

/**
 * The order an opener asks about: its data attributes, else the hash of its
 * link, else the page's hash; null when it names no order.
 *
 * @param from An element with data-storedesk-contact, a link, or null.
 * @param hash The page's location.hash.
 */
export function prefillFrom(
	from: HTMLElement | null,
	hash: string
): OrderPrefill | null {
	const data = from?.dataset || {};
	let prefill: OrderPrefill = {
		id: whole( data.storedeskOrder ),
		number: ( data.storedeskOrderNumber || '' ).trim(),
		email: ( data.storedeskEmail || '' ).trim(),
	};
	const href = from?.getAttribute( 'href' ) || '';
	const link = href.startsWith( CONTACT_HASH ) ? href : hash;
	if ( ! prefill.id && ! prefill.number && link.startsWith( CONTACT_HASH ) ) {
		const query = new URLSearchParams( link.split( '?' )[ 1 ] || '' );
		prefill = {
			id: whole( query.get( 'order' ) ),
			number: ( query.get( 'number' ) || '' ).trim(),
			email: '',
		};
	}
	return prefill.id || prefill.number ? prefill : null;
}

/**
 * GET /form, asking for the order to be chosen (the server adds it to a
 * customer's list when it is theirs, and ignores it otherwise).
 *
 * @param prefill The order, or null.
 */
export function formPath( prefill: OrderPrefill | null ): string {
	return prefill?.id ? `form?order=${ prefill.id }` : 'form';
}

/**
 * Fills a form's private controls (printed empty) with the visitor's
 * options from a form description, keeping what is chosen when it is
 * still there.
 *
 * @param form The form.
 * @param desc GET /form, asked as the visitor.
 */
export function fillPrivate(
	form: HTMLFormElement,
	desc: FormDescription
): void {
	form.querySelectorAll< HTMLSelectElement >(
		'select[data-storedesk-private]'
	).forEach( ( select ) => {
		const field = desc.fields.find( ( f ) => f.name === select.name );
		if ( ! field?.options ) {
			return;
		}
		const keep = select.value || field.value;
		select.replaceChildren(
			...field.options.map( ( o ) =>
				h( 'option', { value: o.value }, o.label )
			)
		);
		select.value = field.options.some( ( o ) => o.value === keep )
			? keep
			: '';
	} );
}

const loaded = new WeakMap< HTMLFormElement, Promise< void > >();

/**
 * Loads the visitor's options into a page form's private controls, once
 * per form (again when an order is asked for, which may be older than the
 * list).
 *
 * @param form   A server-rendered form.
 * @param config Loader configuration.
 * @param order  Order id to have in the list, or 0.
 */
export function loadPrivate(
	form: HTMLFormElement,
	config: StoreConfig,
	order = 0
): Promise< void > {
	if ( ! form.querySelector( '[data-storedesk-private]' ) ) {
		return Promise.resolve();
	}
	const known = loaded.get( form );
	if ( known && ! order ) {
		return known;
	}
	const done = new StoreApi( config )
		.call< FormDescription >(
			'GET',
			formPath( order ? { id: order, number: '', email: '' } : null )
		)
		.then( ( res ) => {
			if ( res.ok ) {
				fillPrivate( form, res.data );
			}
		} );
	loaded.set( form, done );
	return done;
}

/**
 * Puts the order into a form: chosen in the customer's list, or the number
 * (and the billing email, when the field is empty) typed in for a guest.
 * Returns the control it filled, or null when the form cannot take the
 * order (no order field, or the order is not in the list).
 *
 * @param form    The form.
 * @param prefill The order.
 */
export function applyPrefill(
	form: HTMLFormElement,
	prefill: OrderPrefill
): HTMLInputElement | HTMLSelectElement | null {
	const choice = form.elements.namedItem( 'order_id' );
	if ( choice instanceof HTMLSelectElement ) {
		const value = String( prefill.id );
		if (
			! prefill.id ||
			! Array.from( choice.options ).some( ( o ) => o.value === value )
		) {
			return null;
		}
		choice.value = value;
		return choice;
	}
	const number = form.elements.namedItem( 'order_number' );
	if ( ! ( number instanceof HTMLInputElement ) || ! prefill.number ) {
		return null;
	}
	number.value = prefill.number;
	const email = form.elements.namedItem( 'email' );
	if (
		prefill.email &&
		email instanceof HTMLInputElement &&
		email.type !== 'hidden' &&
		! email.value.trim()
	) {
		email.value = prefill.email;
	}
	return number;
}

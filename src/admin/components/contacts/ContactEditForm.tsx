/**
 * Edits a contact's name, primary email and phone, and notes. What the
 * server refuses is said beside the field it concerns, and nothing typed is
 * lost.
 */
import {
	Button,
	Notice,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { Contact, ContactChanges } from '../../api/types';
import type { ApiError } from '../../store/contacts';
import { useContactActions } from '../../store/use-contacts';
import { href } from '../../router';
import { useFocusRefused } from '../focus-refused';

type FieldName = 'name' | 'email' | 'phone' | 'notes';
type Values = Record< FieldName, string >;
type FieldError = { message: string; contactId?: number };

const valuesOf = ( c: Contact ): Values => ( {
	name: c.name,
	email: c.email ?? '',
	phone: c.phone ?? '',
	notes: c.notes ?? '',
} );

/**
 * Only what changed; an emptied email, phone or notes is null, as the API
 * clears them.
 *
 * @param before Values when the form opened.
 * @param after  Values now.
 */
export function changesBetween(
	before: Values,
	after: Values
): ContactChanges {
	const out: ContactChanges = {};
	for ( const field of [ 'name', 'email', 'phone', 'notes' ] as const ) {
		const value =
			field === 'notes' ? after[ field ] : after[ field ].trim();
		if ( value === before[ field ] ) {
			continue;
		}
		if ( field === 'name' ) {
			out.name = value;
		} else {
			out[ field ] = value === '' ? null : value;
		}
	}
	return out;
}

/**
 * Which field a refusal is about. The identity errors name the address
 * (normalised) in their message, not the field, so it is matched there.
 *
 * @param error   Error from the API.
 * @param changes What was sent.
 */
export function fieldErrors(
	error: ApiError,
	changes: ContactChanges
): Partial< Record< FieldName, FieldError > > {
	if ( error.code === 'rest_invalid_param' && error.data?.params ) {
		const out: Partial< Record< FieldName, FieldError > > = {};
		for ( const [ key, message ] of Object.entries( error.data.params ) ) {
			out[ key as FieldName ] = { message };
		}
		return out;
	}
	const sent = ( [ 'email', 'phone' ] as const ).filter(
		( f ) => typeof changes[ f ] === 'string'
	);
	if ( error.code === 'storedesk_invalid_identity' ) {
		// An invalid email is already refused by the schema, before this check.
		const field = sent.includes( 'phone' ) ? 'phone' : sent[ 0 ];
		return field ? { [ field ]: { message: error.message ?? '' } } : {};
	}
	if ( error.code === 'storedesk_identity_taken' ) {
		const normal = {
			email: String( changes.email ?? '' ).toLowerCase(),
			phone: '+' + String( changes.phone ?? '' ).replace( /\D+/g, '' ),
		};
		const field =
			sent.find( ( f ) => error.message?.includes( normal[ f ] ) ) ??
			sent[ 0 ];
		return field
			? {
					[ field ]: {
						message: error.message ?? '',
						contactId: error.data?.contact_id,
					},
				}
			: {};
	}
	return {};
}

/**
 * The checks the server makes, made first so the agent hears at once (and
 * the request is never sent); the server's answer still has the last word.
 *
 * @param values Values typed.
 */
export function validate(
	values: Values
): Partial< Record< FieldName, FieldError > > {
	const out: Partial< Record< FieldName, FieldError > > = {};
	const email = values.email.trim();
	const digits = values.phone.replace( /\D+/g, '' ).length;
	if ( values.name.trim().length > 191 ) {
		out.name = {
			message: __( 'Use at most 191 characters.', 'storedesk' ),
		};
	}
	if ( email && ! /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test( email ) ) {
		out.email = {
			message: __(
				'Enter an email address such as name@example.com.',
				'storedesk'
			),
		};
	}
	if ( values.phone.trim() && ( digits < 6 || digits > 15 ) ) {
		out.phone = {
			message: __(
				'Enter a phone number with 6 to 15 digits.',
				'storedesk'
			),
		};
	}
	if ( values.notes.length > 10000 ) {
		out.notes = {
			message: __( 'Use at most 10,000 characters.', 'storedesk' ),
		};
	}
	return out;
}

const ADDRESS_LOCKED = __(
	'Only agents who see every conversation can change where replies go. Ask a manager.',
	'storedesk'
);

function Help( { error, hint }: { error?: FieldError; hint?: string } ) {
	if ( ! error ) {
		return hint ? <>{ hint }</> : null;
	}
	return (
		<span className="storedesk-field-error">
			{ error.message }{ ' ' }
			{ error.contactId && (
				<a href={ href( { name: 'contact', id: error.contactId } ) }>
					{ __( 'Open that contact', 'storedesk' ) }
				</a>
			) }
		</span>
	);
}

export function ContactEditForm( {
	contact,
	onDone,
	canMoveAddress,
}: {
	contact: Contact;
	onDone: () => void;
	/** Whether the agent may change email and phone (they see every conversation). */
	canMoveAddress: boolean;
} ) {
	const [ initial ] = useState( () => valuesOf( contact ) );
	const [ values, setValues ] = useState( initial );
	const [ errors, setErrors ] = useState<
		Partial< Record< FieldName, FieldError > >
	>( {} );
	const [ general, setGeneral ] = useState< string >();
	const [ saving, setSaving ] = useState( false );
	const { updateContact } = useContactActions();
	const set = ( field: FieldName ) => ( value: string ) => {
		setValues( ( v ) => ( { ...v, [ field ]: value } ) );
		setErrors( ( e ) => ( { ...e, [ field ]: undefined } ) );
	};
	const { form, refuse } = useFocusRefused();

	const submit = async ( event: { preventDefault: () => void } ) => {
		event.preventDefault();
		const invalid = validate( values );
		if ( Object.keys( invalid ).length ) {
			setErrors( invalid );
			refuse();
			return;
		}
		const changes = changesBetween( initial, values );
		if ( ! Object.keys( changes ).length ) {
			onDone();
			return;
		}
		setSaving( true );
		setGeneral( undefined );
		const { error } = await updateContact( contact.id, changes );
		setSaving( false );
		if ( ! error ) {
			onDone();
			return;
		}
		const byField = fieldErrors( error, changes );
		setErrors( byField );
		if ( Object.keys( byField ).length ) {
			refuse();
		} else {
			setGeneral( error.message );
		}
	};

	const props = ( field: FieldName, hint?: string ) => ( {
		value: values[ field ],
		onChange: set( field ),
		help:
			errors[ field ] || hint ? (
				<Help error={ errors[ field ] } hint={ hint } />
			) : undefined,
		className: errors[ field ] ? 'has-error' : undefined,
		'aria-invalid': errors[ field ] ? true : undefined,
		__nextHasNoMarginBottom: true,
	} );

	return (
		<form
			ref={ form }
			className="storedesk-contact-form"
			onSubmit={ submit }
			noValidate
			aria-label={ __( 'Edit contact', 'storedesk' ) }
		>
			{ general && (
				<Notice status="error" isDismissible={ false }>
					{ general }
				</Notice>
			) }
			<TextControl
				{ ...props( 'name' ) }
				__next40pxDefaultSize
				label={ __( 'Name', 'storedesk' ) }
				autoComplete="off"
			/>
			<TextControl
				{ ...props(
					'email',
					canMoveAddress
						? __(
								'Replies and links go to a new address; links sent before stop working and the old address is told. Earlier addresses stay linked to this contact.',
								'storedesk'
							)
						: ADDRESS_LOCKED
				) }
				readOnly={ ! canMoveAddress }
				__next40pxDefaultSize
				type="email"
				label={ __( 'Email', 'storedesk' ) }
				autoComplete="off"
			/>
			<TextControl
				{ ...props(
					'phone',
					canMoveAddress ? undefined : ADDRESS_LOCKED
				) }
				readOnly={ ! canMoveAddress }
				__next40pxDefaultSize
				type="tel"
				label={ __( 'Phone', 'storedesk' ) }
				autoComplete="off"
			/>
			<TextareaControl
				{ ...props( 'notes' ) }
				label={ __( 'Notes', 'storedesk' ) }
				rows={ 4 }
			/>
			<div className="storedesk-form-actions">
				<Button
					variant="primary"
					type="submit"
					isBusy={ saving }
					disabled={ saving }
					accessibleWhenDisabled
					__next40pxDefaultSize
				>
					{ __( 'Save contact', 'storedesk' ) }
				</Button>
				<Button
					variant="tertiary"
					onClick={ onDone }
					disabled={ saving }
					__next40pxDefaultSize
				>
					{ __( 'Cancel', 'storedesk' ) }
				</Button>
			</div>
		</form>
	);
}

/**
 * Adds or edits one support mailbox: its address, sender name and reply
 * addresses, and how its mail is fetched over IMAP. Test connection tries
 * the settings as typed (with the saved password when none is typed);
 * Save sends POST /mailboxes or PUT /mailboxes/{id}. A refusal is said
 * beside the field it concerns, and nothing typed is lost.
 */
import apiFetch from '@wordpress/api-fetch';
import {
	Button,
	CheckboxControl,
	Notice,
	TextControl,
	ToggleControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import { ImapFields, marks, type Errors } from './ImapFields';
import {
	fieldOf,
	messageOf,
	toBody,
	toDraft,
	type Draft,
	type Field,
	type Mailbox,
} from './mailbox-types';
import { useFocusRefused } from '../focus-refused';

/** A connection that fails is a result of the test, not an error of the request. */
type TestResult =
	| { ok: true; messages: number; unread: number }
	| { ok: false; error: string };

export function MailboxForm( {
	mailbox,
	onSaved,
	onCancel,
}: {
	/** The saved mailbox edited; none for a new one. */
	mailbox?: Mailbox;
	onSaved: ( saved: Mailbox ) => void;
	onCancel: () => void;
} ) {
	const [ draft, setDraft ] = useState( () => toDraft( mailbox ) );
	const [ errors, setErrors ] = useState< Errors >( {} );
	const [ general, setGeneral ] = useState< string >();
	const [ saving, setSaving ] = useState( false );
	const [ testing, setTesting ] = useState( false );
	const [ tested, setTested ] = useState< { ok: boolean; text: string } >();
	const { form, refuse } = useFocusRefused();

	// An edit clears its field's refusal and the result of an earlier test.
	const edit = ( changes: Partial< Draft >, field?: Field ) => {
		setDraft( ( d ) => ( { ...d, ...changes } ) );
		setErrors( ( e ) => ( field ? { ...e, [ field ]: undefined } : e ) );
		setTested( undefined );
	};
	const test = async () => {
		setTesting( true );
		setTested( undefined );
		try {
			const found = ( await apiFetch( {
				path: '/storedesk/v1/mailboxes/test',
				method: 'POST',
				data: {
					...toBody( draft ),
					...( mailbox ? { id: mailbox.id } : {} ),
				},
			} ) ) as TestResult;
			if ( ! found.ok ) {
				setTested( { ok: false, text: found.error } );
				setTesting( false );
				return;
			}
			setTested( {
				ok: true,
				text: sprintf(
					/* translators: 1: number of messages, 2: folder name, 3: number of unread messages */
					_n(
						'Connected: %1$d message in %2$s, %3$d unread.',
						'Connected: %1$d messages in %2$s, %3$d unread.',
						found.messages,
						'storedesk'
					),
					found.messages,
					draft.imap.folder.trim() || 'INBOX',
					found.unread
				),
			} );
		} catch ( e ) {
			setTested( {
				ok: false,
				text: messageOf(
					e,
					__( 'The connection could not be tested.', 'storedesk' )
				),
			} );
		}
		setTesting( false );
	};

	const save = async ( event: { preventDefault: () => void } ) => {
		event.preventDefault();
		setSaving( true );
		setGeneral( undefined );
		setErrors( {} );
		try {
			onSaved(
				( await apiFetch( {
					path: mailbox
						? `/storedesk/v1/mailboxes/${ mailbox.id }`
						: '/storedesk/v1/mailboxes',
					method: mailbox ? 'PUT' : 'POST',
					data: toBody( draft ),
				} ) ) as Mailbox
			);
			return;
		} catch ( e ) {
			const field = fieldOf( e );
			const message = messageOf(
				e,
				__( 'The mailbox could not be saved.', 'storedesk' )
			);
			if ( field ) {
				setErrors( { [ field ]: message } );
				refuse();
			} else {
				setGeneral( message );
			}
		}
		setSaving( false );
	};

	const headingId = `storedesk-mailbox-form-${ mailbox?.id ?? 'new' }`;
	return (
		<form
			ref={ form }
			className="storedesk-mailbox-form"
			onSubmit={ save }
			noValidate
			aria-labelledby={ headingId }
		>
			<h4 id={ headingId }>
				{ mailbox
					? __( 'Edit mailbox', 'storedesk' )
					: __( 'New mailbox', 'storedesk' ) }
			</h4>
			{ general && (
				<Notice status="error" isDismissible={ false }>
					{ general }
				</Notice>
			) }
			<TextControl
				{ ...marks( errors, 'address' ) }
				type="email"
				autoComplete="off"
				label={ __( 'Support address', 'storedesk' ) }
				placeholder="support@example.com"
				value={ draft.address }
				onChange={ ( value ) => edit( { address: value }, 'address' ) }
			/>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Sender name', 'storedesk' ) }
				help={ __(
					"Leave blank to use the site's name.",
					'storedesk'
				) }
				value={ draft.name }
				onChange={ ( value ) => edit( { name: value } ) }
			/>
			<CheckboxControl
				__nextHasNoMarginBottom
				label={ __(
					'Send replies to a reply address (support+ticket@…)',
					'storedesk'
				) }
				help={ __(
					'Replies find their conversation even when a mail client drops the headers. Your mail server must deliver address+anything@ to this mailbox (Gmail, Microsoft 365, Fastmail and most hosts do).',
					'storedesk'
				) }
				checked={ draft.reply_tokens }
				onChange={ ( value ) => edit( { reply_tokens: value } ) }
			/>
			<ToggleControl
				__nextHasNoMarginBottom
				label={ __( 'Fetch mail over IMAP', 'storedesk' ) }
				help={
					draft.imapOn
						? undefined
						: __(
								"Mail comes by a pipe or a provider's webhook instead.",
								'storedesk'
							)
				}
				checked={ draft.imapOn }
				onChange={ ( value ) => edit( { imapOn: value } ) }
			/>
			{ draft.imapOn && (
				<ImapFields
					draft={ draft }
					errors={ errors }
					passwordSaved={ Boolean( mailbox?.password_set ) }
					onChange={ edit }
				/>
			) }
			{ tested && (
				<Notice
					status={ tested.ok ? 'success' : 'error' }
					isDismissible={ false }
				>
					{ tested.text }
				</Notice>
			) }
			<div className="storedesk-settings__actions">
				{ draft.imapOn && (
					<Button
						variant="secondary"
						type="button"
						onClick={ test }
						isBusy={ testing }
						disabled={ testing || saving }
						accessibleWhenDisabled
						__next40pxDefaultSize
					>
						{ __( 'Test connection', 'storedesk' ) }
					</Button>
				) }
				<Button
					variant="primary"
					type="submit"
					isBusy={ saving }
					disabled={ saving }
					accessibleWhenDisabled
					__next40pxDefaultSize
				>
					{ __( 'Save mailbox', 'storedesk' ) }
				</Button>
				<Button
					variant="tertiary"
					type="button"
					onClick={ onCancel }
					disabled={ saving }
					__next40pxDefaultSize
				>
					{ __( 'Cancel', 'storedesk' ) }
				</Button>
			</div>
		</form>
	);
}

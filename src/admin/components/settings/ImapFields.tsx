/**
 * The IMAP settings of a mailbox's form: server, security and port, the
 * login, the folder read and what becomes of a message once it is a
 * conversation. Changing the security sets the usual port, unless a port
 * was typed.
 */
import {
	CheckboxControl,
	SelectControl,
	TextControl,
} from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import { portFor, type Draft, type Field } from './mailbox-types';

type Imap = Draft[ 'imap' ];
export type Errors = Partial< Record< Field, string > >;

/**
 * A control's wiring to the refusal of its field, if any: the message as
 * its help, and marked invalid.
 *
 * @param errors Refusals by field.
 * @param field  The control's field.
 * @param hint   Its help when nothing is wrong.
 */
export const marks = ( errors: Errors, field: Field, hint?: string ) => ( {
	__nextHasNoMarginBottom: true,
	__next40pxDefaultSize: true,
	help: errors[ field ] ? (
		<span className="storedesk-field-error">{ errors[ field ] }</span>
	) : (
		hint
	),
	className: errors[ field ] ? 'is-invalid' : undefined,
	'aria-invalid': errors[ field ] ? true : undefined,
} );

export function ImapFields( {
	draft,
	errors,
	passwordSaved,
	onChange,
}: {
	draft: Draft;
	errors: Errors;
	/** The mailbox edited has a password saved. */
	passwordSaved: boolean;
	/** Changes to the draft, and the field whose refusal they answer. */
	onChange: ( changes: Partial< Draft >, field?: Field ) => void;
} ) {
	const { imap } = draft;
	const editImap = ( changes: Partial< Imap >, field?: Field ) =>
		onChange( { imap: { ...imap, ...changes } }, field );
	const imapText = ( field: Field & keyof Imap ) => ( {
		...marks( errors, field ),
		value: imap[ field ] as string,
		onChange: ( value: string ) => editImap( { [ field ]: value }, field ),
	} );
	return (
		<>
			<TextControl
				{ ...imapText( 'host' ) }
				autoComplete="off"
				label={ __( 'IMAP server', 'storedesk' ) }
				placeholder="imap.example.com"
			/>
			<SelectControl
				{ ...marks(
					errors,
					'security',
					imap.security === 'none'
						? __(
								'The password and the mail cross the network unencrypted.',
								'storedesk'
							)
						: undefined
				) }
				label={ __( 'Security', 'storedesk' ) }
				value={ imap.security }
				options={ [
					{
						value: 'ssl',
						label: __( 'SSL/TLS', 'storedesk' ),
					},
					{
						value: 'starttls',
						label: __( 'STARTTLS', 'storedesk' ),
					},
					{ value: 'none', label: __( 'None', 'storedesk' ) },
				] }
				onChange={ ( value: Imap[ 'security' ] ) =>
					editImap(
						draft.portChosen
							? { security: value }
							: {
									security: value,
									port: String( portFor( value ) ),
								},
						'security'
					)
				}
			/>
			<TextControl
				{ ...imapText( 'port' ) }
				type="number"
				min={ 1 }
				max={ 65535 }
				label={ __( 'Port', 'storedesk' ) }
				onChange={ ( value ) => {
					onChange(
						{
							imap: { ...imap, port: value },
							portChosen: value !== '',
						},
						'port'
					);
				} }
			/>
			<CheckboxControl
				__nextHasNoMarginBottom
				label={ __( "Check the server's certificate", 'storedesk' ) }
				help={ __(
					'Turn off only for a server you know that uses a self-signed certificate.',
					'storedesk'
				) }
				checked={ imap.verify }
				onChange={ ( value ) => editImap( { verify: value } ) }
			/>
			<SelectControl
				{ ...marks( errors, 'auth' ) }
				label={ __( 'Log in with', 'storedesk' ) }
				value={ imap.auth }
				options={ [
					{
						value: 'login',
						label: __( 'Password', 'storedesk' ),
					},
					{
						value: 'plain',
						label: __(
							'Password (AUTHENTICATE PLAIN)',
							'storedesk'
						),
					},
					{
						value: 'xoauth2',
						label: __(
							'OAuth access token (XOAUTH2)',
							'storedesk'
						),
					},
				] }
				onChange={ ( value: Imap[ 'auth' ] ) =>
					editImap( { auth: value }, 'auth' )
				}
			/>
			<TextControl
				{ ...imapText( 'username' ) }
				autoComplete="off"
				label={ __( 'User name', 'storedesk' ) }
			/>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				type="password"
				autoComplete="new-password"
				label={
					imap.auth === 'xoauth2'
						? __( 'Access token', 'storedesk' )
						: __( 'Password', 'storedesk' )
				}
				help={
					passwordSaved
						? __( 'Saved. Leave blank to keep it.', 'storedesk' )
						: undefined
				}
				value={ draft.password }
				onChange={ ( value ) => onChange( { password: value } ) }
			/>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				autoComplete="off"
				label={ __( 'Folder', 'storedesk' ) }
				value={ imap.folder }
				onChange={ ( value ) => editImap( { folder: value } ) }
			/>
			<SelectControl
				{ ...marks( errors, 'after' ) }
				label={ __(
					'After a message becomes a conversation',
					'storedesk'
				) }
				value={ imap.after }
				options={ [
					{
						value: 'seen',
						label: __( 'Mark it as read', 'storedesk' ),
					},
					{
						value: 'move',
						label: __( 'Move it to a folder', 'storedesk' ),
					},
				] }
				onChange={ ( value: Imap[ 'after' ] ) =>
					editImap( { after: value }, 'after' )
				}
			/>
			{ imap.after === 'move' && (
				<TextControl
					{ ...imapText( 'processed' ) }
					autoComplete="off"
					label={ __( 'Move to folder', 'storedesk' ) }
				/>
			) }
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				type="number"
				min={ 1 }
				max={ 500 }
				label={ __( 'Messages per run', 'storedesk' ) }
				value={ imap.batch }
				onChange={ ( value ) => editImap( { batch: value } ) }
			/>
		</>
	);
}

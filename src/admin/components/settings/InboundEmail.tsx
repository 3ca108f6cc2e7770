/**
 * Managers: email that comes in without IMAP. The inbound key and the
 * addresses to give a mail server or provider (InboundKey: the key is
 * sent alone, PATCH /settings secrets.email_inbound_key); below, one Save
 * sends only what changed of the Mailgun signing key, the SES topic and
 * the never-spam list. A refusal is said beside its field, or above Save.
 */
import {
	Button,
	Notice,
	Spinner,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { store, useSettings, type Settings } from '../../store/settings';
import { InboundKey } from './InboundKey';

type ChannelEmail = { allowlist: string[]; ses_topic_arn: string };
type Changes = {
	channel_email?: Partial< ChannelEmail >;
	secrets?: Record< string, string | null >;
};
type Field = 'allowlist' | 'ses_topic_arn';
export type Problems = Partial< Record< Field | 'general', string > >;
type Draft = { signing: string; arn: string; allowlist: string };

const FIELDS: Field[] = [ 'allowlist', 'ses_topic_arn' ];
const channelOf = ( settings: Settings ): ChannelEmail => ( {
	allowlist: [],
	ses_topic_arn: '',
	...( settings.channel_email as Partial< ChannelEmail > | undefined ),
} );
const isSet = ( settings: Settings, name: string ): boolean =>
	Boolean(
		(
			settings.secrets as Record< string, { set?: boolean } > | undefined
		 )?.[ name ]?.set
	);
const toDraft = ( settings: Settings ): Draft => ( {
	signing: '',
	arn: channelOf( settings ).ses_topic_arn,
	allowlist: channelOf( settings ).allowlist.join( '\n' ),
} );

/**
 * The never-spam list as typed: one entry a line, trimmed, blanks dropped.
 *
 * @param text The textarea.
 */
export const toAllowlist = ( text: string ): string[] =>
	text
		.split( '\n' )
		.map( ( line ) => line.trim() )
		.filter( Boolean );

/**
 * Where a refusal is said: WordPress names a bad value as
 * channel_email[allowlist][0] or channel_email[ses_topic_arn] in the
 * params of rest_invalid_param (or in the message of a check).
 *
 * @param e        What the API threw.
 * @param fallback Said when the server gave no reason.
 */
export function problemsOf( e: unknown, fallback: string ): Problems {
	const error = e as {
		message?: string;
		data?: { params?: Record< string, string > };
	} | null;
	const problems: Problems = {};
	for ( const text of Object.values( error?.data?.params ?? {} ) ) {
		problems[
			FIELDS.find( ( f ) => text.includes( `[${ f }]` ) ) ?? 'general'
		] = text;
	}
	const field = FIELDS.find( ( f ) =>
		error?.message?.includes( `[${ f }]` )
	);
	if ( field && ! problems[ field ] ) {
		problems[ field ] = error?.message;
	}
	problems.general ??= Object.keys( problems ).length
		? __( 'Some settings need fixing; see the marked fields.', 'storedesk' )
		: error?.message || fallback;
	return problems;
}

export function InboundEmail() {
	const settings = useSettings();
	const { saveSettings } = useDispatch( store ) as unknown as {
		saveSettings: ( c: Changes ) => Promise< Settings >;
	};
	const [ draft, setDraft ] = useState< Draft | null >( null );
	const [ problems, setProblems ] = useState< Problems >( {} );
	const [ done, setDone ] = useState< {
		status: 'success' | 'info';
		text: string;
	} >();
	const [ saving, setSaving ] = useState( false );

	useEffect( () => {
		if ( settings && ! draft ) {
			setDraft( toDraft( settings ) );
		}
	}, [ settings, draft ] );

	if ( ! settings || ! draft ) {
		return <Spinner />;
	}
	const signingSet = isSet( settings, 'mailgun_signing_key' );
	const saved = channelOf( settings );

	const edit = ( changes: Partial< Draft >, field?: Field ) => {
		setDraft( { ...draft, ...changes } );
		setProblems( ( p ) => ( field ? { ...p, [ field ]: undefined } : p ) );
		setDone( undefined );
	};
	const save = async () => {
		const channel: Partial< ChannelEmail > = {};
		const allowlist = toAllowlist( draft.allowlist );
		if ( allowlist.join( '\n' ) !== saved.allowlist.join( '\n' ) ) {
			channel.allowlist = allowlist;
		}
		if ( draft.arn.trim() !== saved.ses_topic_arn ) {
			channel.ses_topic_arn = draft.arn.trim();
		}
		const changes: Changes = Object.keys( channel ).length
			? { channel_email: channel }
			: {};
		if ( draft.signing.trim() ) {
			changes.secrets = { mailgun_signing_key: draft.signing.trim() };
		}
		setProblems( {} );
		if ( ! Object.keys( changes ).length ) {
			setDone( {
				status: 'info',
				text: __( 'Nothing has changed.', 'storedesk' ),
			} );
			return;
		}
		setSaving( true );
		setDone( undefined );
		try {
			setDraft( toDraft( await saveSettings( changes ) ) );
			setDone( { status: 'success', text: __( 'Saved.', 'storedesk' ) } );
		} catch ( e ) {
			setProblems(
				problemsOf(
					e,
					__( 'The settings could not be saved.', 'storedesk' )
				)
			);
		}
		setSaving( false );
	};
	const marks = ( field: Field, hint: string ) => ( {
		__nextHasNoMarginBottom: true,
		help: problems[ field ] ? (
			<span className="storedesk-field-error">{ problems[ field ] }</span>
		) : (
			hint
		),
		className: problems[ field ] ? 'is-invalid' : undefined,
		'aria-invalid': problems[ field ] ? true : undefined,
	} );

	return (
		<section
			className="storedesk-settings__panel"
			aria-labelledby="storedesk-inbound-email"
		>
			<h3 id="storedesk-inbound-email">
				{ __( 'Other ways email comes in', 'storedesk' ) }
			</h3>
			<p>
				{ __(
					'Without IMAP, your mail server can pipe each message to the desk, or a mail provider can post it. Replies still leave through WordPress.',
					'storedesk'
				) }
			</p>
			<InboundKey
				set={ isSet( settings, 'email_inbound_key' ) }
				onChange={ ( key ) =>
					saveSettings( { secrets: { email_inbound_key: key } } )
				}
			/>
			<h4>{ __( 'Mailgun', 'storedesk' ) }</h4>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				type="password"
				autoComplete="new-password"
				label={ __( 'Mailgun webhook signing key', 'storedesk' ) }
				help={
					( signingSet
						? __( 'Saved. Leave blank to keep it.', 'storedesk' ) +
							' '
						: '' ) +
					__(
						'Mailgun → Sending → Webhooks → HTTP webhook signing key.',
						'storedesk'
					)
				}
				value={ draft.signing }
				onChange={ ( value ) => edit( { signing: value } ) }
			/>
			<h4>{ __( 'Amazon SES', 'storedesk' ) }</h4>
			<TextControl
				{ ...marks(
					'ses_topic_arn',
					__(
						'Only signed notices of this topic are taken; the subscription is confirmed automatically.',
						'storedesk'
					)
				) }
				__next40pxDefaultSize
				autoComplete="off"
				label={ __( 'SNS topic ARN', 'storedesk' ) }
				placeholder="arn:aws:sns:eu-west-1:123456789012:storedesk-inbound"
				value={ draft.arn }
				onChange={ ( value ) =>
					edit( { arn: value }, 'ses_topic_arn' )
				}
			/>
			<h4>{ __( 'Never spam', 'storedesk' ) }</h4>
			<TextareaControl
				{ ...marks(
					'allowlist',
					__(
						'Addresses (ana@example.com) and domains (example.com). Blocked senders are listed under Storefront.',
						'storedesk'
					)
				) }
				rows={ 4 }
				label={ __( 'Never treat as spam', 'storedesk' ) }
				value={ draft.allowlist }
				onChange={ ( value ) =>
					edit( { allowlist: value }, 'allowlist' )
				}
			/>
			{ problems.general && (
				<Notice status="error" isDismissible={ false }>
					{ problems.general }
				</Notice>
			) }
			{ done && (
				<Notice
					status={ done.status }
					onRemove={ () => setDone( undefined ) }
				>
					{ done.text }
				</Notice>
			) }
			<div className="storedesk-settings__actions">
				<Button
					variant="primary"
					onClick={ save }
					isBusy={ saving }
					disabled={ saving }
					accessibleWhenDisabled
					__next40pxDefaultSize
				>
					{ __( 'Save', 'storedesk' ) }
				</Button>
			</div>
		</section>
	);
}

/**
 * Managers: what shoppers meet on the storefront (the contact form and its
 * extra fields and topics, the spam rules and rate limits, the launcher).
 * Everything is checked here first and saved in one request; a refusal
 * keeps every edit on screen with the server's reason.
 */
import {
	Button,
	CheckboxControl,
	ColorIndicator,
	Notice,
	SelectControl,
	Spinner,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { store as directoryStore } from '../../store/directory';
import {
	store,
	useSettings,
	type Settings,
	type StorefrontSettings as Saved,
} from '../../store/settings';
import { FormFieldsEditor } from './storefront/FormFieldsEditor';
import { TopicsEditor } from './storefront/TopicsEditor';
import {
	fromDraft,
	toDraft,
	validate,
	type Draft,
	type Problems,
} from './storefront-draft';

const NO_TEAMS: never[] = [];

export function StorefrontSettings() {
	const settings = useSettings();
	const teams = useSelect(
		( select ) => select( directoryStore ).getTeams() ?? NO_TEAMS,
		[]
	);
	const { saveSettings } = useDispatch( store ) as unknown as {
		saveSettings: ( c: Partial< Saved > ) => Promise< Settings >;
	};
	const { createSuccessNotice } = useDispatch( noticesStore );
	const [ draft, setDraft ] = useState< Draft | null >( null );
	const [ problems, setProblems ] = useState< Problems >( {} );
	const [ refusal, setRefusal ] = useState( '' );
	const [ busy, setBusy ] = useState( false );

	useEffect( () => {
		if ( settings && ! draft ) {
			setDraft( toDraft( settings ) );
		}
	}, [ settings, draft ] );

	if ( ! draft ) {
		return <Spinner />;
	}
	const edit = ( changes: Partial< Draft > ) =>
		setDraft( { ...draft, ...changes } );
	// Text and number inputs share the wiring to their problem, if any.
	const text = ( key: keyof Draft & keyof Problems ) => ( {
		__nextHasNoMarginBottom: true,
		value: draft[ key ] as string,
		help: problems[ key ],
		'aria-invalid': Boolean( problems[ key ] ),
		className: problems[ key ] ? 'is-invalid' : undefined,
		onChange: ( value: string ) => edit( { [ key ]: value } ),
	} );

	const save = async () => {
		const found = validate( draft );
		setProblems( found );
		setRefusal( '' );
		if ( Object.keys( found ).length ) {
			setRefusal(
				__(
					'Some settings need fixing; see the marked fields.',
					'storedesk'
				)
			);
			return;
		}
		setBusy( true );
		try {
			setDraft( toDraft( await saveSettings( fromDraft( draft ) ) ) );
			createSuccessNotice(
				__( 'Storefront settings saved.', 'storedesk' ),
				{ type: 'snackbar' }
			);
		} catch ( e ) {
			setRefusal(
				( e as { message?: string } ).message ??
					__( 'The settings could not be saved.', 'storedesk' )
			);
		}
		setBusy( false );
	};

	return (
		<section
			className="storedesk-settings__panel"
			aria-labelledby="storedesk-storefront-settings"
		>
			<h3 id="storedesk-storefront-settings">
				{ __( 'Storefront', 'storedesk' ) }
			</h3>
			<h4>{ __( 'Contact form', 'storedesk' ) }</h4>
			<FormFieldsEditor
				fields={ draft.form_fields }
				problems={ problems }
				onChange={ ( value ) => edit( { form_fields: value } ) }
			/>
			<TopicsEditor
				topics={ draft.form_topics }
				teams={ teams }
				problems={ problems }
				onChange={ ( value ) => edit( { form_topics: value } ) }
			/>
			<TextControl
				{ ...text( 'attachment_max_files' ) }
				type="number"
				min={ 0 }
				max={ 20 }
				label={ __( 'Files a shopper may attach', 'storedesk' ) }
				help={
					problems.attachment_max_files ??
					__(
						'0 turns attachments off on the form and in the portal.',
						'storedesk'
					)
				}
			/>
			<h4>{ __( 'Spam and limits', 'storedesk' ) }</h4>
			<TextareaControl
				{ ...text( 'spam_blocklist' ) }
				rows={ 4 }
				label={ __( 'Blocked addresses and domains', 'storedesk' ) }
				help={
					problems.spam_blocklist ??
					__(
						'One per line: someone@example.com, example.com or @example.com. Their messages are refused.',
						'storedesk'
					)
				}
			/>
			<CheckboxControl
				__nextHasNoMarginBottom
				label={ __(
					'Check submissions with Akismet when it is active',
					'storedesk'
				) }
				checked={ draft.spam_akismet }
				onChange={ ( value ) => edit( { spam_akismet: value } ) }
			/>
			<TextControl
				{ ...text( 'form_min_seconds' ) }
				type="number"
				min={ 0 }
				max={ 120 }
				label={ __(
					'Minimum seconds to fill in the form',
					'storedesk'
				) }
				help={
					problems.form_min_seconds ??
					__( 'Faster submissions are treated as bots.', 'storedesk' )
				}
			/>
			<TextControl
				{ ...text( 'rate_limit_ip' ) }
				type="number"
				min={ 1 }
				max={ 1000 }
				label={ __( 'Posts per IP address per window', 'storedesk' ) }
			/>
			<TextControl
				{ ...text( 'rate_limit_email' ) }
				type="number"
				min={ 1 }
				max={ 1000 }
				label={ __(
					'Posts per email address per window',
					'storedesk'
				) }
			/>
			<TextControl
				{ ...text( 'rate_limit_window' ) }
				type="number"
				min={ 1 }
				max={ 86400 }
				label={ __( 'Window in seconds', 'storedesk' ) }
			/>
			<CheckboxControl
				__nextHasNoMarginBottom
				label={ __(
					'The site is behind a trusted reverse proxy (use X-Forwarded-For)',
					'storedesk'
				) }
				checked={ draft.rate_limit_proxy }
				onChange={ ( value ) => edit( { rate_limit_proxy: value } ) }
			/>
			{ draft.rate_limit_proxy && (
				<TextareaControl
					{ ...text( 'rate_limit_trusted_proxies' ) }
					rows={ 3 }
					label={ __( 'Further trusted proxies', 'storedesk' ) }
					help={
						problems.rate_limit_trusted_proxies ??
						__(
							'One address or range per line (10.0.0.0/8, 2001:db8::/32): a CDN or load balancer in front of the proxy the site talks to. The shopper is the last address in X-Forwarded-For that is none of these.',
							'storedesk'
						)
					}
				/>
			) }
			<h4>{ __( 'Launcher', 'storedesk' ) }</h4>
			<CheckboxControl
				__nextHasNoMarginBottom
				label={ __(
					'Show the support launcher on storefront pages',
					'storedesk'
				) }
				help={ __(
					'A page can still hide it in its "Support launcher" box.',
					'storedesk'
				) }
				checked={ draft.widget_enabled }
				onChange={ ( value ) => edit( { widget_enabled: value } ) }
			/>
			<SelectControl
				__nextHasNoMarginBottom
				label={ __( 'Corner', 'storedesk' ) }
				value={ draft.widget_position }
				options={ [
					{
						value: 'right',
						label: __( 'Bottom right', 'storedesk' ),
					},
					{ value: 'left', label: __( 'Bottom left', 'storedesk' ) },
				] }
				onChange={ ( value ) =>
					edit( {
						widget_position: value as Draft[ 'widget_position' ],
					} )
				}
			/>
			<div className="storedesk-settings__colour">
				<TextControl
					{ ...text( 'widget_color' ) }
					maxLength={ 7 }
					label={ __( 'Colour', 'storedesk' ) }
					help={
						problems.widget_color ??
						__( 'As #rrggbb, such as #1e1e1e.', 'storedesk' )
					}
				/>
				<ColorIndicator colorValue={ draft.widget_color } />
			</div>
			<TextControl
				{ ...text( 'widget_label' ) }
				maxLength={ 40 }
				label={ __( 'Launcher text', 'storedesk' ) }
				placeholder={ __( 'Help', 'storedesk' ) }
			/>
			{ refusal && (
				<Notice status="error" isDismissible={ false }>
					{ refusal }
				</Notice>
			) }
			<div className="storedesk-settings__actions">
				<Button
					variant="primary"
					onClick={ save }
					isBusy={ busy }
					disabled={ busy }
				>
					{ __( 'Save storefront settings', 'storedesk' ) }
				</Button>
			</div>
		</section>
	);
}

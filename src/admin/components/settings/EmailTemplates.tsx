/**
 * Managers: the subject and introduction of each email Storedesk sends,
 * with placeholders, a preview of unsaved texts and a way back to the
 * built-in text. Layout changes belong in theme templates
 * (storedesk/emails/{type}.php), not here.
 */
import {
	Button,
	SelectControl,
	Spinner,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	previewEmail,
	store,
	useEmailTemplates,
	type EmailTemplate,
	type EmailTexts,
} from '../../store/notifications';
import { EmailPreviewFrame } from './EmailPreviewFrame';

type Texts = { subject: string; intro: string };

/**
 * What is saved: "" where the text is the built-in one, so it follows translations.
 * @param templates Email types with their current texts.
 * @param drafts    Unsaved edits by type.
 */
export function textsToSave(
	templates: EmailTemplate[],
	drafts: Record< string, Texts >
): EmailTexts {
	const out: EmailTexts = {};
	for ( const t of templates ) {
		const d = drafts[ t.type ] ?? { subject: t.subject, intro: t.intro };
		out[ t.type ] = {
			subject: d.subject.trim() === t.default_subject ? '' : d.subject,
			intro: d.intro.trim() === t.default_intro.trim() ? '' : d.intro,
		};
	}
	return out;
}

const message = ( e: unknown ) =>
	( e as { message?: string } ).message ?? String( e );

export function EmailTemplates() {
	const templates = useEmailTemplates();
	const { saveEmailTexts } = useDispatch( store ) as unknown as {
		saveEmailTexts: ( e: EmailTexts ) => Promise< boolean >;
	};
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const [ type, setType ] = useState( 'customer-acknowledgement' );
	const [ drafts, setDrafts ] = useState< Record< string, Texts > >( {} );
	const [ preview, setPreview ] = useState< {
		subject: string;
		html: string;
	} | null >( null );
	const [ busy, setBusy ] = useState( false );

	if ( ! templates ) {
		return <Spinner />;
	}
	const current =
		templates.find( ( t ) => t.type === type ) ?? templates[ 0 ];
	if ( ! current ) {
		return null;
	}
	const draft = drafts[ current.type ] ?? {
		subject: current.subject,
		intro: current.intro,
	};
	const edit = ( changes: Partial< Texts > ) => {
		setDrafts( { ...drafts, [ current.type ]: { ...draft, ...changes } } );
		setPreview( null );
	};

	const save = async () => {
		setBusy( true );
		try {
			await saveEmailTexts( textsToSave( templates, drafts ) );
			setDrafts( {} );
			createSuccessNotice( __( 'Email texts saved.', 'storedesk' ), {
				type: 'snackbar',
			} );
		} catch ( e ) {
			createErrorNotice( message( e ), { type: 'snackbar' } );
		}
		setBusy( false );
	};

	const showPreview = async () => {
		setBusy( true );
		try {
			setPreview(
				await previewEmail( current.type, draft.subject, draft.intro )
			);
		} catch ( e ) {
			createErrorNotice( message( e ), { type: 'snackbar' } );
		}
		setBusy( false );
	};

	return (
		<section
			className="storedesk-settings__panel"
			aria-labelledby="storedesk-email-texts"
		>
			<h3 id="storedesk-email-texts">
				{ __( 'Email texts', 'storedesk' ) }
			</h3>
			<SelectControl
				__nextHasNoMarginBottom
				label={ __( 'Email', 'storedesk' ) }
				value={ current.type }
				options={ templates.map( ( t ) => ( {
					value: t.type,
					label: t.label,
				} ) ) }
				onChange={ ( value ) => {
					setType( value );
					setPreview( null );
				} }
			/>
			<TextControl
				__nextHasNoMarginBottom
				label={ __( 'Subject', 'storedesk' ) }
				value={ draft.subject }
				maxLength={ 255 }
				onChange={ ( subject ) => edit( { subject } ) }
			/>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Introduction', 'storedesk' ) }
				value={ draft.intro }
				rows={ 5 }
				help={ sprintf(
					/* translators: %s: list of placeholders such as {customer_name} */
					__(
						'Plain text; a blank line starts a paragraph. Placeholders: %s',
						'storedesk'
					),
					current.placeholders.join( ' ' )
				) }
				onChange={ ( intro ) => edit( { intro } ) }
			/>
			<div className="storedesk-settings__actions">
				<Button
					variant="primary"
					onClick={ save }
					isBusy={ busy }
					disabled={ busy }
				>
					{ __( 'Save email texts', 'storedesk' ) }
				</Button>
				<Button
					variant="secondary"
					onClick={ showPreview }
					disabled={ busy }
				>
					{ __( 'Preview', 'storedesk' ) }
				</Button>
				<Button
					variant="tertiary"
					onClick={ () =>
						edit( {
							subject: current.default_subject,
							intro: current.default_intro,
						} )
					}
					disabled={ busy }
				>
					{ __( 'Use the built-in text', 'storedesk' ) }
				</Button>
			</div>
			{ preview && (
				<EmailPreviewFrame
					subject={ preview.subject }
					html={ preview.html }
				/>
			) }
		</section>
	);
}

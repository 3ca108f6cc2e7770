/**
 * The knowledge base from the composer: the agent searches the articles
 * (internal ones too) and puts one in the reply, as a link or as its text.
 * An internal article's link would open for no customer, so it goes in as
 * text only.
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, Modal, SearchControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

import { useSearch } from '../../api/use-search';

export type HelpArticle = {
	id: number;
	title: string;
	excerpt: string;
	url: string;
	visibility?: 'public' | 'customers' | 'internal';
};

const path = ( q: string ) =>
	addQueryArgs( '/storedesk/store/v1/help/search', { q, per_page: 8 } );
const unwrap = ( answer: unknown ) =>
	( answer as { results?: HelpArticle[] } ).results ?? [];

const BADGES: Record< string, string > = {
	internal: __( 'Internal', 'storedesk' ),
	customers: __( 'Customers only', 'storedesk' ),
};

/**
 * A link to an article, as the composer writes one.
 *
 * @param article Article.
 */
export function articleLink( article: HelpArticle ): string {
	const a = document.createElement( 'a' );
	a.href = article.url;
	a.textContent = article.title;
	return `<p>${ a.outerHTML }</p>`;
}

type Props = {
	/** Puts HTML in the composer where the caret was. */
	onInsert: ( html: string ) => void;
	onClose: () => void;
};

export function ArticlePicker( { onInsert, onClose }: Props ) {
	const [ term, setTerm ] = useState( '' );
	const [ failed, setFailed ] = useState< string | null >( null );
	const [ busy, setBusy ] = useState< number | null >( null );
	const { searched, results, isSearching, error } = useSearch< HelpArticle >(
		term,
		path,
		unwrap
	);

	const insertText = async ( article: HelpArticle ) => {
		setBusy( article.id );
		setFailed( null );
		try {
			const full = await apiFetch< { content: string } >( {
				path: `/storedesk/store/v1/help/articles/${ article.id }`,
			} );
			onInsert( full.content );
			onClose();
		} catch ( e ) {
			setFailed(
				( e as { message?: string } ).message ||
					__( 'The site did not answer.', 'storedesk' )
			);
		}
		setBusy( null );
	};

	let status = '';
	if ( isSearching ) {
		status = __( 'Searching…', 'storedesk' );
	} else if ( searched && ! error ) {
		status = results.length
			? sprintf(
					/* translators: %d: number of articles found */
					_n(
						'%d article found.',
						'%d articles found.',
						results.length,
						'storedesk'
					),
					results.length
				)
			: sprintf(
					/* translators: %s: what the agent searched for */
					__( 'No article matches “%s”.', 'storedesk' ),
					searched
				);
	}

	return (
		<Modal
			title={ __( 'Insert from the knowledge base', 'storedesk' ) }
			onRequestClose={ onClose }
			className="storedesk-article-picker"
		>
			<SearchControl
				__nextHasNoMarginBottom
				label={ __( 'Search help articles', 'storedesk' ) }
				hideLabelFromVision={ false }
				value={ term }
				onChange={ setTerm }
			/>
			<p role="status" aria-live="polite">
				{ status }
			</p>
			{ ( error || failed ) && (
				<p className="storedesk-field-error" role="alert">
					{ error || failed }
				</p>
			) }
			{ results.length > 0 && (
				<ul
					className="storedesk-article-results"
					aria-label={ __( 'Articles found', 'storedesk' ) }
				>
					{ results.map( ( article ) => (
						<li key={ article.id }>
							<strong>{ article.title }</strong>
							{ article.visibility &&
								BADGES[ article.visibility ] && (
									<span className="storedesk-badge">
										{ BADGES[ article.visibility ] }
									</span>
								) }
							<p>{ article.excerpt }</p>
							{ article.visibility === 'internal' ? (
								<p className="storedesk-store-meta">
									{ __(
										'Customers cannot open an internal article: insert its text.',
										'storedesk'
									) }
								</p>
							) : (
								<Button
									variant="secondary"
									size="compact"
									onClick={ () => {
										onInsert( articleLink( article ) );
										onClose();
									} }
								>
									{ __( 'Insert link', 'storedesk' ) }
								</Button>
							) }
							<Button
								variant="secondary"
								size="compact"
								isBusy={ busy === article.id }
								disabled={ busy !== null }
								onClick={ () => insertText( article ) }
							>
								{ __( 'Insert text', 'storedesk' ) }
							</Button>
						</li>
					) ) }
				</ul>
			) }
		</Modal>
	);
}

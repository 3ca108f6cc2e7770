/**
 * The self-service report's lists: questions (asked most, or answered by
 * nothing) and articles with their feedback.
 */
import { __ } from '@wordpress/i18n';

export type QueryRow = {
	query: string;
	searches: number;
	no_results: number;
	clicks: number;
	click_rate: number;
};

export type ArticleRow = {
	article_id: number;
	title: string;
	url: string | null;
	edit_url: string | null;
	helpful?: number;
	not_helpful?: number;
	comment?: string;
	date?: string;
};

const percent = ( rate: number ) => `${ Math.round( rate * 100 ) }%`;

export function QueryTable( {
	caption,
	rows,
	empty,
}: {
	caption: string;
	rows: QueryRow[];
	empty: string;
} ) {
	if ( ! rows.length ) {
		return (
			<p>
				<strong>{ caption }</strong> { empty }
			</p>
		);
	}
	return (
		<table className="widefat striped storedesk-report-table">
			<caption>{ caption }</caption>
			<thead>
				<tr>
					<th scope="col">{ __( 'Question', 'storedesk' ) }</th>
					<th scope="col">{ __( 'Searches', 'storedesk' ) }</th>
					<th scope="col">{ __( 'No result', 'storedesk' ) }</th>
					<th scope="col">
						{ __( 'Opened an article', 'storedesk' ) }
					</th>
				</tr>
			</thead>
			<tbody>
				{ rows.map( ( r ) => (
					<tr key={ r.query }>
						<th scope="row">{ r.query }</th>
						<td>{ r.searches }</td>
						<td>{ r.no_results }</td>
						<td>{ percent( r.click_rate ) }</td>
					</tr>
				) ) }
			</tbody>
		</table>
	);
}

function Title( { row }: { row: ArticleRow } ) {
	return row.edit_url ? (
		<a href={ row.edit_url }>{ row.title }</a>
	) : (
		<>{ row.title }</>
	);
}

export function FeedbackTable( { rows }: { rows: ArticleRow[] } ) {
	if ( ! rows.length ) {
		return (
			<p>
				{ __(
					'No one has answered “Was this helpful?” in this period.',
					'storedesk'
				) }
			</p>
		);
	}
	return (
		<table className="widefat striped storedesk-report-table">
			<caption>
				{ __( 'Was this helpful? (least helpful first)', 'storedesk' ) }
			</caption>
			<thead>
				<tr>
					<th scope="col">{ __( 'Article', 'storedesk' ) }</th>
					<th scope="col">{ __( 'Yes', 'storedesk' ) }</th>
					<th scope="col">{ __( 'No', 'storedesk' ) }</th>
				</tr>
			</thead>
			<tbody>
				{ rows.map( ( r ) => (
					<tr key={ r.article_id }>
						<th scope="row">
							<Title row={ r } />
						</th>
						<td>{ r.helpful }</td>
						<td>{ r.not_helpful }</td>
					</tr>
				) ) }
			</tbody>
		</table>
	);
}

export function CommentList( { rows }: { rows: ArticleRow[] } ) {
	if ( ! rows.length ) {
		return null;
	}
	return (
		<>
			<h4>{ __( 'Latest comments', 'storedesk' ) }</h4>
			<ul className="storedesk-report-comments">
				{ rows.map( ( r, i ) => (
					<li key={ `${ r.article_id }-${ i }` }>
						<Title row={ r } />{ ' ' }
						<span className="storedesk-badge">
							{ r.helpful
								? __( 'Helpful', 'storedesk' )
								: __( 'Not helpful', 'storedesk' ) }
						</span>
						<blockquote>{ r.comment }</blockquote>
					</li>
				) ) }
			</ul>
		</>
	);
}

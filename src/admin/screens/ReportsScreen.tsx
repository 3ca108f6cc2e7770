/**
 * Reports. Self-service first: what shoppers searched in the help centre,
 * the widget and the contact form, whether they found an article, whether
 * they left without writing, and what they said about the articles.
 */
import apiFetch from '@wordpress/api-fetch';
import { Notice, SelectControl, Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import {
	CommentList,
	FeedbackTable,
	QueryTable,
	type ArticleRow,
	type QueryRow,
} from '../components/reports/HelpTables';

type HelpReport = {
	days: number;
	searches: number;
	clicks: number;
	deflected: number;
	submitted: number;
	top_queries: QueryRow[];
	no_results: QueryRow[];
	articles: ArticleRow[];
	comments: ArticleRow[];
};

export function ReportsScreen() {
	const [ days, setDays ] = useState< '7' | '30' | '90' >( '30' );
	const [ report, setReport ] = useState< HelpReport | null >( null );
	const [ error, setError ] = useState< string | null >( null );

	useEffect( () => {
		const controller = new AbortController();
		setReport( null );
		setError( null );
		apiFetch< HelpReport >( {
			path: `/storedesk/v1/reports/help?days=${ days }`,
			signal: controller.signal,
		} ).then(
			( r ) => ! controller.signal.aborted && setReport( r ),
			( e ) =>
				! controller.signal.aborted &&
				setError(
					( e as { message?: string } ).message ||
						__( 'The site did not answer.', 'storedesk' )
				)
		);
		return () => controller.abort();
	}, [ days ] );

	const figures: Array< [ string, number ] > = report
		? [
				[ __( 'Searches', 'storedesk' ), report.searches ],
				[ __( 'Articles opened', 'storedesk' ), report.clicks ],
				[ __( 'Left without writing', 'storedesk' ), report.deflected ],
				[ __( 'Wrote anyway', 'storedesk' ), report.submitted ],
			]
		: [];

	return (
		<section className="storedesk-reports">
			<h2>{ __( 'Reports', 'storedesk' ) }</h2>
			<SelectControl
				__nextHasNoMarginBottom
				label={ __( 'Period', 'storedesk' ) }
				value={ days }
				options={ [
					{ label: __( 'Last 7 days', 'storedesk' ), value: '7' },
					{ label: __( 'Last 30 days', 'storedesk' ), value: '30' },
					{ label: __( 'Last 90 days', 'storedesk' ), value: '90' },
				] }
				onChange={ setDays }
			/>
			<h3>{ __( 'Self-service', 'storedesk' ) }</h3>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			{ ! report && ! error && <Spinner /> }
			{ report && (
				<>
					<dl className="storedesk-report-figures">
						{ figures.map( ( [ label, value ] ) => (
							<div key={ label }>
								<dt>{ label }</dt>
								<dd>{ value }</dd>
							</div>
						) ) }
					</dl>
					<QueryTable
						caption={ __( 'Questions asked most', 'storedesk' ) }
						rows={ report.top_queries }
						empty={ __(
							'Nobody searched in this period.',
							'storedesk'
						) }
					/>
					<QueryTable
						caption={ __(
							'Questions no article answered',
							'storedesk'
						) }
						rows={ report.no_results }
						empty={ __(
							'Every search found an article.',
							'storedesk'
						) }
					/>
					<FeedbackTable rows={ report.articles } />
					<CommentList rows={ report.comments } />
				</>
			) }
		</section>
	);
}

/**
 * The list's state (a DataViews view: filters, search, sort, page, columns)
 * and the REST query of GET /storedesk/v1/tickets are two spellings of the
 * same thing; these functions translate between them. Saved views store the
 * REST spelling, so what an agent saves is exactly what the server runs.
 */
import type { Filter, View as ListState } from '@wordpress/dataviews';

import type { TicketQuery } from '../../api/types';

export type { ListState };

export const PER_PAGE = 25;

/** Columns shown when a view does not say. */
export const DEFAULT_COLUMNS = [
	'channel',
	'customer',
	'status',
	'priority',
	'assignee',
	'tags',
	'last_activity',
	'waiting',
];

/** Every column a saved view may list. */
export const COLUMNS = [ ...DEFAULT_COLUMNS, 'team', 'created' ];

/** Fields the server sorts by, and the orderby each one means. */
const ORDERBY: Record< string, NonNullable< TicketQuery[ 'orderby' ] > > = {
	last_activity: 'last_activity',
	created: 'created',
	priority: 'priority',
};

const LIST_FILTERS = {
	status: 'status',
	channel: 'channel',
	priority: 'priority',
	tags: 'tag',
} as const;

function isEmpty( value: unknown ): boolean {
	return (
		value === undefined ||
		value === null ||
		value === '' ||
		( Array.isArray( value ) && value.length === 0 )
	);
}

const asArray = ( value: unknown ): string[] =>
	( Array.isArray( value ) ? value : [ value ] ).map( String );

/**
 * The REST query for a list state.
 *
 * @param state DataViews view.
 */
export function toQuery( state: ListState ): TicketQuery {
	const query: TicketQuery = {};
	for ( const filter of state.filters ?? [] ) {
		if ( isEmpty( filter.value ) ) {
			continue;
		}
		if ( filter.field in LIST_FILTERS ) {
			const key =
				LIST_FILTERS[ filter.field as keyof typeof LIST_FILTERS ];
			( query as Record< string, string[] > )[ key ] = asArray(
				filter.value
			);
		} else if ( filter.field === 'assignee' ) {
			const value = String( filter.value );
			query.assignee =
				value === 'me' || value === 'none' ? value : Number( value );
		} else if ( filter.field === 'team' ) {
			query.team = Number( filter.value );
		}
	}
	const search = state.search?.trim();
	if ( search ) {
		query.search = search;
	}
	const orderby = ORDERBY[ state.sort?.field ?? '' ];
	if ( orderby && state.sort ) {
		query.orderby = orderby;
		query.order = state.sort.direction;
	}
	query.page = state.page ?? 1;
	query.per_page = state.perPage ?? PER_PAGE;
	return query;
}

/**
 * The list state a REST query (a built-in or saved view) starts from.
 *
 * @param query   REST query.
 * @param columns Visible columns.
 * @param type    Layout: a table, or a list on narrow screens.
 */
export function fromQuery(
	query: TicketQuery,
	columns: string[] = DEFAULT_COLUMNS,
	type: 'table' | 'list' = 'table'
): ListState {
	const filters: Filter[] = [];
	for ( const [ field, key ] of Object.entries( LIST_FILTERS ) ) {
		const value = query[ key ];
		if ( ! isEmpty( value ) ) {
			filters.push( {
				field,
				operator: field === 'tags' ? 'isAll' : 'isAny',
				value: asArray( value ),
			} );
		}
	}
	if ( ! isEmpty( query.assignee ) ) {
		filters.push( {
			field: 'assignee',
			operator: 'is',
			value: String( query.assignee ),
		} );
	}
	if ( ! isEmpty( query.team ) ) {
		filters.push( {
			field: 'team',
			operator: 'is',
			value: String( query.team ),
		} );
	}
	const known = columns.filter( ( c ) => COLUMNS.includes( c ) );
	return {
		type,
		titleField: 'subject',
		descriptionField: 'excerpt',
		fields: known.length ? known : DEFAULT_COLUMNS,
		filters,
		search: query.search ?? '',
		sort: {
			field: query.orderby ?? 'last_activity',
			direction: query.order ?? 'desc',
		},
		page: 1,
		perPage: query.per_page ?? PER_PAGE,
		// Compact: nine columns fit beside the views on a laptop screen.
		layout: { density: 'compact' },
	} as ListState;
}

/**
 * What a saved view keeps of a list state: its query without the page.
 *
 * @param state DataViews view.
 */
export function toSavedQuery( state: ListState ): TicketQuery {
	const { page, ...query } = toQuery( state );
	return query;
}

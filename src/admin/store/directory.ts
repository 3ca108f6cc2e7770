/**
 * Who works the desk and how it is organised: the current agent, all
 * agents, the tags, teams and channels, and the agent's saved inbox views. Read once
 * per page load; saved views change through this store.
 */
import apiFetch from '@wordpress/api-fetch';
import { createReduxStore, register } from '@wordpress/data';

import type { ChannelInfo, SavedView, Team } from '../api/types';

export type Agent = {
	id: number;
	name: string;
	/** What @mentions in notes are written with. */
	login?: string;
	email: string;
	avatar: string;
	roles: string[];
	teams: number[];
};
export type Me = Agent & {
	capabilities: Record< string, boolean >;
	agent_scope: 'all' | 'own';
	woocommerce: boolean;
	/** The view #/inbox opens: the one the agent last picked, else the first with work in it. */
	inbox_view: string;
	/** How far a list counts its matches; a larger total means "more than this". */
	count_limit?: number;
};
export type Tag = { id: number; slug: string; name: string; count: number };

type State = {
	me?: Me;
	agents?: Agent[];
	tags?: Tag[];
	teams?: Team[];
	views?: SavedView[];
	channels?: ChannelInfo[];
};
type Action = { type: 'RECEIVE'; key: keyof State; value: unknown };

export function reducer( state: State = {}, action: Action ): State {
	return action.type === 'RECEIVE'
		? { ...state, [ action.key ]: action.value }
		: state;
}

const receive = ( key: keyof State, value: unknown ): Action => ( {
	type: 'RECEIVE',
	key,
	value,
} );
const fetcher =
	( key: keyof State, path: string ) =>
	() =>
	async ( { dispatch }: { dispatch: ( a: Action ) => void } ) =>
		dispatch( receive( key, await apiFetch( { path } ) ) );

type ViewThunkArgs = {
	dispatch: ( a: Action ) => void;
	select: { getSavedViews: () => SavedView[] | undefined };
	registry: {
		dispatch: ( store: string ) => {
			createErrorNotice: ( m: string, o?: object ) => void;
		};
	};
};

const failed = ( registry: ViewThunkArgs[ 'registry' ], error: unknown ) =>
	registry
		.dispatch( 'core/notices' )
		.createErrorNotice(
			( error as { message?: string } ).message ?? String( error ),
			{ type: 'snackbar' }
		);

/**
 * Saves a view (a new one without id), keeps the list in step, and resolves
 * to the saved view, or null after telling the agent what went wrong.
 *
 * @param view Name, query, columns; id to replace an existing one.
 */
const saveView =
	( view: Omit< SavedView, 'id' > & { id?: string } ) =>
	async ( { dispatch, select, registry }: ViewThunkArgs ) => {
		const { id, ...data } = view;
		try {
			const saved = ( await apiFetch( {
				path: id
					? `/storedesk/v1/views/${ id }`
					: '/storedesk/v1/views',
				method: id ? 'PUT' : 'POST',
				data,
			} ) ) as SavedView;
			const current = select.getSavedViews() ?? [];
			const list = current.some( ( v ) => v.id === saved.id )
				? current.map( ( v ) => ( v.id === saved.id ? saved : v ) )
				: [ ...current, saved ];
			dispatch( receive( 'views', list ) );
			return saved;
		} catch ( error ) {
			failed( registry, error );
			return null;
		}
	};

/**
 * Deletes a saved view; resolves to whether it went.
 *
 * @param id View id.
 */
const deleteView =
	( id: string ) =>
	async ( { dispatch, select, registry }: ViewThunkArgs ) => {
		try {
			await apiFetch( {
				path: `/storedesk/v1/views/${ id }`,
				method: 'DELETE',
			} );
			dispatch(
				receive(
					'views',
					( select.getSavedViews() ?? [] ).filter(
						( v ) => v.id !== id
					)
				)
			);
			return true;
		} catch ( error ) {
			failed( registry, error );
			return false;
		}
	};

/**
 * Remembers the view the agent picked, so #/inbox opens it next time. A
 * preference that fails to save is not worth interrupting the agent for.
 *
 * @param id View id.
 */
const chooseView =
	( id: string ) =>
	async ( {
		dispatch,
		select,
	}: {
		dispatch: ( a: Action ) => void;
		select: { getMe: () => Me | undefined };
	} ) => {
		const me = select.getMe();
		if ( me ) {
			dispatch( receive( 'me', { ...me, inbox_view: id } ) );
		}
		try {
			await apiFetch( {
				path: '/storedesk/v1/me',
				method: 'PATCH',
				data: { inbox_view: id },
			} );
		} catch {}
	};

export const store = createReduxStore( 'storedesk/directory', {
	reducer,
	actions: { receive, saveView, deleteView, chooseView },
	selectors: {
		getMe: ( state: State ) => state.me,
		getAgents: ( state: State ) => state.agents,
		getTags: ( state: State ) => state.tags,
		getTeams: ( state: State ) => state.teams,
		getSavedViews: ( state: State ) => state.views,
		getChannels: ( state: State ) => state.channels,
	},
	resolvers: {
		getMe: fetcher( 'me', '/storedesk/v1/me' ),
		getAgents: fetcher( 'agents', '/storedesk/v1/agents' ),
		getTags: fetcher( 'tags', '/storedesk/v1/tags' ),
		getTeams: fetcher( 'teams', '/storedesk/v1/teams' ),
		getSavedViews: fetcher( 'views', '/storedesk/v1/views' ),
		// The page preloads the channels; a list already received is not asked for again.
		getChannels: Object.assign(
			fetcher( 'channels', '/storedesk/v1/channels' ),
			{ isFulfilled: ( state: State ) => state.channels !== undefined }
		),
	},
} );
register( store );

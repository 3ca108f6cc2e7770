/**
 * Who works the desk and how it is organised: the current agent, all
 * agents, and the tags. Read once per page load.
 */
import apiFetch from '@wordpress/api-fetch';
import { createReduxStore, register } from '@wordpress/data';

export type Agent = {
	id: number;
	name: string;
	email: string;
	avatar: string;
	roles: string[];
	teams: number[];
};
export type Me = Agent & {
	capabilities: Record< string, boolean >;
	agent_scope: 'all' | 'own';
	woocommerce: boolean;
};
export type Tag = { id: number; slug: string; name: string; count: number };

type State = { me?: Me; agents?: Agent[]; tags?: Tag[] };
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

export const store = createReduxStore( 'storedesk/directory', {
	reducer,
	actions: { receive },
	selectors: {
		getMe: ( state: State ) => state.me,
		getAgents: ( state: State ) => state.agents,
		getTags: ( state: State ) => state.tags,
	},
	resolvers: {
		getMe: fetcher( 'me', '/storedesk/v1/me' ),
		getAgents: fetcher( 'agents', '/storedesk/v1/agents' ),
		getTags: fetcher( 'tags', '/storedesk/v1/tags' ),
	},
} );
register( store );

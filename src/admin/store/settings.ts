/**
 * The settings store: the store-wide settings of /settings (managers only).
 * Saving sends only the changed keys; the server validates them against the
 * schema of php/Settings/Settings.php and its answer replaces the copy here.
 * A refusal throws, so the screen keeps the manager's unsaved edits.
 */
import apiFetch from '@wordpress/api-fetch';
import { createReduxStore, register, useSelect } from '@wordpress/data';

export type FormField = {
	key: string;
	label: string;
	type: 'text' | 'select' | 'checkbox';
	required?: boolean;
	options?: string[];
};
export type FormTopic = { label: string; team: number };

/** The storefront's settings (php/Storefront/StorefrontSettings.php). */
export type StorefrontSettings = {
	form_fields: FormField[];
	form_topics: FormTopic[];
	form_min_seconds: number;
	attachment_max_files: number;
	spam_blocklist: string[];
	spam_akismet: boolean;
	rate_limit_ip: number;
	rate_limit_email: number;
	rate_limit_window: number;
	rate_limit_proxy: boolean;
	/** Further proxies (addresses or CIDR ranges) skipped in X-Forwarded-For. */
	rate_limit_trusted_proxies: string[];
	widget_enabled: boolean;
	widget_position: 'right' | 'left';
	widget_color: string;
	widget_label: string;
};
export type Settings = StorefrontSettings & Record< string, unknown >;

type State = { settings?: Settings };
type Action = { type: 'RECEIVE'; settings: Settings };

export function reducer( state: State = {}, action: Action ): State {
	return action.type === 'RECEIVE'
		? { ...state, settings: action.settings }
		: state;
}

const PATH = '/storedesk/v1/settings';
const receive = ( settings: Settings ): Action => ( {
	type: 'RECEIVE',
	settings,
} );

export const actions = {
	receive,
	/**
	 * Stores some settings; resolves with the server's copy of all of them.
	 * @param changes Setting name => new value.
	 */
	saveSettings:
		( changes: Partial< Settings > ) =>
		async ( { dispatch }: { dispatch: ( a: Action ) => void } ) => {
			const settings = ( await apiFetch( {
				path: PATH,
				method: 'PATCH',
				data: changes,
			} ) ) as Settings;
			dispatch( receive( settings ) );
			return settings;
		},
};

export const store = createReduxStore( 'storedesk/settings', {
	reducer,
	actions,
	selectors: {
		getSettings: ( state: State ) => state.settings,
	},
	resolvers: {
		getSettings:
			() =>
			async ( { dispatch }: { dispatch: ( a: Action ) => void } ) =>
				dispatch(
					receive( ( await apiFetch( { path: PATH } ) ) as Settings )
				),
	},
} );
register( store );

export function useSettings(): Settings | undefined {
	return useSelect( ( select ) => select( store ).getSettings(), [] );
}

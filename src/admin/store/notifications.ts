/**
 * The notifications store: the current agent's email switches
 * (/me/notifications), and for managers the email texts (/email-templates,
 * saved through /settings). Types mirror
 * php/Rest/NotificationPreferencesController.php and
 * php/Rest/EmailTemplatesController.php.
 */
import apiFetch from '@wordpress/api-fetch';
import { createReduxStore, register, useSelect } from '@wordpress/data';

export type NotificationEvent =
	'new_ticket' | 'customer_reply' | 'assignment' | 'mention';
export type Preferences = Record< NotificationEvent, boolean >;

export type EmailTemplate = {
	type: string;
	label: string;
	audience: 'customer' | 'agent';
	default_subject: string;
	default_intro: string;
	subject: string;
	intro: string;
	placeholders: string[];
};
export type EmailTexts = Record< string, { subject: string; intro: string } >;

type State = {
	preferences?: Preferences;
	templates?: EmailTemplate[];
};
type Action =
	| { type: 'RECEIVE'; key: keyof State; value: unknown }
	| { type: 'SET_PREFERENCES'; changes: Partial< Preferences > };

export function reducer( state: State = {}, action: Action ): State {
	switch ( action.type ) {
		case 'RECEIVE':
			return { ...state, [ action.key ]: action.value };
		case 'SET_PREFERENCES':
			return state.preferences
				? {
						...state,
						preferences: {
							...state.preferences,
							...action.changes,
						},
					}
				: state;
	}
	return state;
}

type Thunk = ( args: {
	dispatch: ( a: Action ) => void;
	select: { getPreferences: () => Preferences | undefined };
} ) => Promise< boolean >;

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

export const actions = {
	receive,
	/**
	 * Changes some switches at once on screen and then on the server; the
	 * server's answer wins, and a refusal puts the old values back.
	 * @param changes Switches to change.
	 */
	savePreferences:
		( changes: Partial< Preferences > ): Thunk =>
		async ( { dispatch, select } ) => {
			// eslint-disable-next-line @wordpress/no-unused-vars-before-return -- read before the optimistic change, for the rollback.
			const before = select.getPreferences();
			dispatch( { type: 'SET_PREFERENCES', changes } );
			try {
				dispatch(
					receive(
						'preferences',
						await apiFetch( {
							path: '/storedesk/v1/me/notifications',
							method: 'PUT',
							data: changes,
						} )
					)
				);
				return true;
			} catch {
				dispatch( receive( 'preferences', before ) );
				return false;
			}
		},
	/**
	 * Saves every email's texts ("" = built-in) and reads them back.
	 * @param emails Texts of every email type.
	 */
	saveEmailTexts:
		( emails: EmailTexts ): Thunk =>
		async ( { dispatch } ) => {
			await apiFetch( {
				path: '/storedesk/v1/settings',
				method: 'PATCH',
				data: { emails },
			} );
			dispatch(
				receive(
					'templates',
					await apiFetch( { path: '/storedesk/v1/email-templates' } )
				)
			);
			return true;
		},
};

export const store = createReduxStore( 'storedesk/notifications', {
	reducer,
	actions,
	selectors: {
		getPreferences: ( state: State ) => state.preferences,
		getEmailTemplates: ( state: State ) => state.templates,
	},
	resolvers: {
		getPreferences: fetcher(
			'preferences',
			'/storedesk/v1/me/notifications'
		),
		getEmailTemplates: fetcher(
			'templates',
			'/storedesk/v1/email-templates'
		),
	},
} );
register( store );

export function usePreferences(): Preferences | undefined {
	return useSelect( ( select ) => select( store ).getPreferences(), [] );
}

export function useEmailTemplates(): EmailTemplate[] | undefined {
	return useSelect( ( select ) => select( store ).getEmailTemplates(), [] );
}

/**
 * What the server renders for unsaved texts.
 * @param type    Email type.
 * @param subject Subject to try.
 * @param intro   Introduction to try.
 */
export function previewEmail(
	type: string,
	subject: string,
	intro: string
): Promise< { subject: string; html: string; text: string } > {
	return apiFetch( {
		path: `/storedesk/v1/email-templates/${ type }/preview`,
		method: 'POST',
		data: { subject, intro },
	} );
}

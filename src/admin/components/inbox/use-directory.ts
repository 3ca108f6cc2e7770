/**
 * The directory as the inbox needs it: lists are empty until they arrive.
 */
import { useSelect } from '@wordpress/data';

import type { SavedView, Team } from '../../api/types';
import { store, type Agent, type Me, type Tag } from '../../store/directory';

export type Directory = {
	me?: Me;
	agents: Agent[];
	tags: Tag[];
	teams: Team[];
	teamsLoaded: boolean;
	/** Undefined until loaded, so a saved view's route can wait for it. */
	savedViews?: SavedView[];
};

const NONE: never[] = [];

export function useDirectory(): Directory {
	return useSelect( ( select ) => {
		const s = select( store );
		return {
			me: s.getMe(),
			agents: s.getAgents() ?? NONE,
			tags: s.getTags() ?? NONE,
			teams: s.getTeams() ?? NONE,
			teamsLoaded: s.getTeams() !== undefined,
			savedViews: s.getSavedViews(),
		};
	}, [] );
}

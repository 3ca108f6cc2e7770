/**
 * Agents matching the "@name" being typed in a note.
 */
import { __ } from '@wordpress/i18n';

import type { Agent } from '../../store/directory';

type Props = {
	id: string;
	agents: Agent[];
	active: number;
	onPick: ( agent: Agent ) => void;
};

export const mentionOptionId = ( listId: string, agentId: number ) =>
	`${ listId }-${ agentId }`;

/**
 * Agents whose login or name starts with (or, for the name, contains a
 * word starting with) the query, at most six.
 *
 * @param agents Everyone.
 * @param query  Typed after "@".
 */
export function matchAgents( agents: Agent[], query: string ): Agent[] {
	const q = query.toLowerCase();
	return agents
		.filter(
			( a ) =>
				( a.login ?? '' ).toLowerCase().startsWith( q ) ||
				a.name
					.toLowerCase()
					.split( /\s+/ )
					.some( ( w ) => w.startsWith( q ) )
		)
		.slice( 0, 6 );
}

export function MentionList( { id, agents, active, onPick }: Props ) {
	return (
		<ul
			id={ id }
			className="storedesk-mentions"
			role="listbox"
			aria-label={ __( 'Agents to mention', 'storedesk' ) }
		>
			{ agents.map( ( agent, i ) => (
				// Options are picked with the arrow keys in the text (aria-activedescendant) or by pointer.
				// eslint-disable-next-line jsx-a11y/click-events-have-key-events
				<li
					key={ agent.id }
					id={ mentionOptionId( id, agent.id ) }
					role="option"
					aria-selected={ i === active }
					className={ i === active ? 'is-active' : undefined }
					onMouseDown={ ( e ) => e.preventDefault() }
					onClick={ () => onPick( agent ) }
				>
					<strong>{ agent.name }</strong>{ ' ' }
					<span className="storedesk-mention-login">
						@{ agent.login ?? '' }
					</span>
				</li>
			) ) }
		</ul>
	);
}

/**
 * The topics a shopper picks from, each routed to a team. With none, the
 * form offers the teams themselves.
 */
import { Button, SelectControl, TextControl } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

import type { Team } from '../../../api/types';
import type { FormTopic } from '../../../store/settings';
import type { Problems } from '../storefront-draft';

type Props = {
	topics: FormTopic[];
	teams: Team[];
	problems: Problems;
	onChange: ( topics: FormTopic[] ) => void;
};

export function TopicsEditor( { topics, teams, problems, onChange }: Props ) {
	const edit = ( i: number, changes: Partial< FormTopic > ) =>
		onChange(
			topics.map( ( t, j ) => ( j === i ? { ...t, ...changes } : t ) )
		);
	const teamOptions = [
		{ value: '0', label: __( 'No team', 'storedesk' ) },
		...teams.map( ( t ) => ( { value: String( t.id ), label: t.name } ) ),
	];

	return (
		<fieldset>
			<legend>{ __( 'Topics', 'storedesk' ) }</legend>
			{ ! topics.length && (
				<p>
					{ __(
						'Without topics the form offers your teams, if you have any.',
						'storedesk'
					) }
				</p>
			) }
			{ topics.map( ( t, i ) => {
				const problem = problems[ `form_topics.${ i }.label` ];
				return (
					<div
						// Topics have no identity of their own; their order is it.

						key={ i }
						className="storedesk-settings__row"
						role="group"
						aria-label={ sprintf(
							/* translators: %d: position of the topic in the list */
							__( 'Topic %d', 'storedesk' ),
							i + 1
						) }
					>
						<TextControl
							__nextHasNoMarginBottom
							label={ __( 'Topic', 'storedesk' ) }
							value={ t.label }
							maxLength={ 100 }
							aria-invalid={ Boolean( problem ) }
							help={ problem }
							className={ problem ? 'is-invalid' : undefined }
							onChange={ ( label ) => edit( i, { label } ) }
						/>
						<SelectControl
							__nextHasNoMarginBottom
							label={ __( 'Goes to team', 'storedesk' ) }
							value={ String( t.team ) }
							options={ teamOptions }
							onChange={ ( team ) =>
								edit( i, { team: Number( team ) } )
							}
						/>
						<Button
							variant="tertiary"
							isDestructive
							onClick={ () =>
								onChange( topics.filter( ( _, j ) => j !== i ) )
							}
						>
							{ sprintf(
								/* translators: %s: topic name */
								__( 'Remove “%s”', 'storedesk' ),
								t.label || __( 'new topic', 'storedesk' )
							) }
						</Button>
					</div>
				);
			} ) }
			<Button
				variant="secondary"
				disabled={ topics.length >= 30 }
				onClick={ () =>
					onChange( [ ...topics, { label: '', team: 0 } ] )
				}
			>
				{ __( 'Add a topic', 'storedesk' ) }
			</Button>
		</fieldset>
	);
}

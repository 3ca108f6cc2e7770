/**
 * The inbox views, grouped: the built-in ones, channels, teams and the
 * agent's saved views. On a narrow screen the list folds behind a button
 * that names the current view.
 */
import { Button } from '@wordpress/components';
import { useViewportMatch } from '@wordpress/compose';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { href } from '../../router';
import { store as directoryStore } from '../../store/directory';
import type { InboxView } from '../../views';

const GROUPS: Array< [ InboxView[ 'group' ], string | null ] > = [
	[ 'main', null ],
	[ 'channel', __( 'Channels', 'storedesk' ) ],
	[ 'team', __( 'Teams', 'storedesk' ) ],
	[ 'saved', __( 'My views', 'storedesk' ) ],
];

type Props = { views: InboxView[]; current: string };

export function ViewsNav( { views, current }: Props ) {
	const isNarrow = useViewportMatch( 'medium', '<' );
	const [ open, setOpen ] = useState( false );
	const { chooseView } = useDispatch( directoryStore );
	const currentLabel = views.find( ( v ) => v.id === current )?.label ?? '';
	return (
		<nav
			className="storedesk-views"
			aria-label={ __( 'Inbox views', 'storedesk' ) }
		>
			{ isNarrow && (
				<Button
					variant="secondary"
					aria-expanded={ open }
					aria-controls="storedesk-views-list"
					onClick={ () => setOpen( ! open ) }
				>
					{ sprintf(
						/* translators: %s: name of the current inbox view */
						__( 'View: %s', 'storedesk' ),
						currentLabel
					) }
				</Button>
			) }
			<div id="storedesk-views-list" hidden={ isNarrow && ! open }>
				{ GROUPS.map( ( [ group, title ] ) => {
					const items = views.filter( ( v ) => v.group === group );
					if ( ! items.length ) {
						return null;
					}
					const headingId = `storedesk-views-${ group }`;
					return (
						<div key={ group } className="storedesk-views__group">
							{ title && <h3 id={ headingId }>{ title }</h3> }
							<ul
								aria-labelledby={
									title ? headingId : undefined
								}
							>
								{ items.map( ( v ) => (
									<li key={ v.id }>
										<a
											href={ href( {
												name: 'inbox',
												view: v.id,
											} ) }
											aria-current={
												v.id === current
													? 'page'
													: undefined
											}
											onClick={ () => {
												setOpen( false );
												chooseView( v.id );
											} }
										>
											{ v.label }
										</a>
									</li>
								) ) }
							</ul>
						</div>
					);
				} ) }
			</div>
		</nav>
	);
}

/**
 * "Sign out of all links": every magic link the person was emailed stops
 * working at once, for a link that was forwarded or shown to someone. The
 * person asks for new ones on the store when they need them.
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, Modal, Notice } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import type { Contact } from '../../api/types';

type State = 'idle' | 'asking' | 'busy' | 'done' | { error: string };

export function SignOutLinks( { contact }: { contact: Contact } ) {
	const [ state, setState ] = useState< State >( 'idle' );
	const signOut = async () => {
		setState( 'busy' );
		try {
			await apiFetch( {
				path: `/storedesk/v1/contacts/${ contact.id }/links`,
				method: 'DELETE',
			} );
			setState( 'done' );
		} catch ( e ) {
			setState( {
				error:
					( e as { message?: string } ).message ??
					__( 'The links could not be revoked.', 'storedesk' ),
			} );
		}
	};
	const asking = state === 'asking' || state === 'busy';
	return (
		<>
			<Button
				variant="secondary"
				onClick={ () => setState( 'asking' ) }
				__next40pxDefaultSize
			>
				{ __( 'Sign out of all links…', 'storedesk' ) }
			</Button>
			{ asking && (
				<Modal
					title={ __( 'Sign out of all links?', 'storedesk' ) }
					onRequestClose={ () =>
						state !== 'busy' && setState( 'idle' )
					}
					size="medium"
				>
					<p>
						{ sprintf(
							/* translators: %s: customer name */
							__(
								'Every link to a request that was emailed to %s stops working. They can ask for new links on the store.',
								'storedesk'
							),
							contact.name
						) }
					</p>
					<div className="storedesk-form-actions">
						<Button
							variant="primary"
							isDestructive
							isBusy={ state === 'busy' }
							disabled={ state === 'busy' }
							accessibleWhenDisabled
							onClick={ signOut }
							__next40pxDefaultSize
						>
							{ __( 'Sign out of all links', 'storedesk' ) }
						</Button>
						<Button
							variant="tertiary"
							onClick={ () => setState( 'idle' ) }
							disabled={ state === 'busy' }
							__next40pxDefaultSize
						>
							{ __( 'Cancel', 'storedesk' ) }
						</Button>
					</div>
				</Modal>
			) }
			<div aria-live="polite">
				{ state === 'done' && (
					<Notice status="success" isDismissible={ false }>
						{ __(
							'Done: the links emailed before no longer open any request.',
							'storedesk'
						) }
					</Notice>
				) }
				{ typeof state === 'object' && (
					<Notice status="error" isDismissible={ false }>
						{ state.error }
					</Notice>
				) }
			</div>
		</>
	);
}

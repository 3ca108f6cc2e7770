/**
 * The "?" dialog: every keyboard shortcut of the helpdesk.
 */
import { Modal } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { SHORTCUTS, useShortcuts } from '../shortcuts';

export function ShortcutsHelp() {
	const [ open, setOpen ] = useState( false );
	useShortcuts( { '?': () => setOpen( true ) }, ! open );
	if ( ! open ) {
		return null;
	}
	return (
		<Modal
			title={ __( 'Keyboard shortcuts', 'storedesk' ) }
			onRequestClose={ () => setOpen( false ) }
			size="small"
		>
			<dl className="storedesk-shortcuts">
				{ SHORTCUTS.map( ( s ) => (
					<div key={ s.key }>
						<dt>
							<kbd>{ s.label }</kbd>
						</dt>
						<dd>{ s.description }</dd>
					</div>
				) ) }
			</dl>
		</Modal>
	);
}

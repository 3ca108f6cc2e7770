/**
 * Files a customer sent that the attachment rules did not keep (a program,
 * a file over the size limit): named, so the agent knows they existed and
 * can ask for them another way.
 */
import { __, sprintf } from '@wordpress/i18n';

import type { Message } from '../../api/types';
import { formatSize } from '../composer/size';

export function RefusedFiles( { message }: { message: Message } ) {
	const refused = message.meta.refused_files ?? [];
	if ( ! refused.length ) {
		return null;
	}
	return (
		<ul
			className="storedesk-files is-refused"
			aria-label={ __( 'Files not kept', 'storedesk' ) }
		>
			{ refused.map( ( f, i ) => (
				<li key={ `${ f.name }-${ i }` }>
					{ sprintf(
						/* translators: 1: file name, 2: size, 3: why it was not kept */
						__( 'Not kept: %1$s (%2$s). %3$s', 'storedesk' ),
						f.name,
						formatSize( f.size ),
						f.reason
					) }
				</li>
			) ) }
		</ul>
	);
}

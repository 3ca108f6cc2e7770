/**
 * The files of a message: name, size and a download link; images also as
 * a thumbnail.
 */
import { __, sprintf } from '@wordpress/i18n';

import type { MessageAttachment } from '../../api/types';
import { formatSize } from '../composer/size';

export function AttachmentList( { files }: { files: MessageAttachment[] } ) {
	if ( ! files.length ) {
		return null;
	}
	return (
		<ul
			className="storedesk-files"
			aria-label={ __( 'Attachments', 'storedesk' ) }
		>
			{ files.map( ( f ) => {
				// The server signs each link for this agent and file; no nonce goes in a URL.
				const href = f.url;
				return (
					<li key={ f.id }>
						{ f.mime.startsWith( 'image/' ) && (
							<a
								href={ href }
								target="_blank"
								rel="noreferrer"
								className="storedesk-thumb"
							>
								<img
									src={ href }
									alt={ f.name }
									loading="lazy"
								/>
							</a>
						) }
						<a
							href={ href }
							download={ f.name }
							aria-label={ sprintf(
								/* translators: 1: file name, 2: size */
								__( 'Download %1$s (%2$s)', 'storedesk' ),
								f.name,
								formatSize( f.size )
							) }
						>
							{ f.name }
						</a>{ ' ' }
						<span className="storedesk-size">
							{ formatSize( f.size ) }
						</span>
					</li>
				);
			} ) }
		</ul>
	);
}

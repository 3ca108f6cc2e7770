/**
 * File sizes as people read them.
 */
import { __, sprintf } from '@wordpress/i18n';

export function formatSize( bytes: number ): string {
	if ( bytes < 1024 ) {
		/* translators: %d: bytes */
		return sprintf( __( '%d B', 'storedesk' ), bytes );
	}
	if ( bytes < 1024 * 1024 ) {
		return sprintf(
			/* translators: %d: kilobytes */
			__( '%d KB', 'storedesk' ),
			Math.round( bytes / 1024 )
		);
	}
	return sprintf(
		/* translators: %s: megabytes */
		__( '%s MB', 'storedesk' ),
		( bytes / 1048576 ).toFixed( 1 )
	);
}

/**
 * An email as the server rendered it, in a sandboxed frame: no script in a
 * template or a text can run in the admin.
 */
import { __, sprintf } from '@wordpress/i18n';

export function EmailPreviewFrame( {
	subject,
	html,
}: {
	subject: string;
	html: string;
} ) {
	return (
		<figure className="storedesk-settings__preview">
			<figcaption>
				{ sprintf(
					/* translators: %s: email subject */
					__( 'Subject: %s', 'storedesk' ),
					subject
				) }
			</figcaption>
			<iframe
				title={ __( 'Email preview', 'storedesk' ) }
				sandbox=""
				srcDoc={ html }
			/>
		</figure>
	);
}

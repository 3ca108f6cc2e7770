/**
 * Download links of attachments. The route checks the login, and WordPress
 * only trusts a login cookie with the REST nonce; a link or an <img> cannot
 * send headers, so the nonce goes in the query.
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

export function attachmentHref( url: string ): string {
	const nonce = (
		apiFetch as unknown as { nonceMiddleware?: { nonce?: string } }
	 ).nonceMiddleware?.nonce;
	return nonce ? addQueryArgs( url, { _wpnonce: nonce } ) : url;
}

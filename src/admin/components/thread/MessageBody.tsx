/**
 * A message's text: HTML as the server stored it, or plain text.
 */
import { RawHTML } from '@wordpress/element';

import type { Message } from '../../api/types';

export function MessageBody( { message }: { message: Message } ) {
	// Bodies are sanitised by the server (wp_kses_post) before storage.
	return message.format === 'html' ? (
		<RawHTML className="storedesk-body">{ message.body }</RawHTML>
	) : (
		<div className="storedesk-body">{ message.body }</div>
	);
}

/**
 * A ticket's thread across channels: customer messages, replies, internal
 * notes (set apart) and system events (inline, small). Long threads open
 * at their newest page; older messages load on request.
 */
import { Button } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import type { Message } from '../api/types';
import { MessageItem } from './thread/MessageItem';

type Props = {
	messages: Message[];
	hasOlder?: boolean;
	loadingOlder?: boolean;
	onLoadOlder?: () => void;
};

export function Thread( {
	messages,
	hasOlder,
	loadingOlder,
	onLoadOlder,
}: Props ) {
	return (
		<>
			{ hasOlder && onLoadOlder && (
				<Button
					className="storedesk-older"
					variant="secondary"
					isBusy={ loadingOlder }
					disabled={ loadingOlder }
					onClick={ onLoadOlder }
				>
					{ __( 'Load older messages', 'storedesk' ) }
				</Button>
			) }
			<ol
				className="storedesk-thread"
				aria-label={ __( 'Conversation', 'storedesk' ) }
			>
				{ messages.map( ( m ) => (
					<MessageItem key={ m.id } message={ m } />
				) ) }
			</ol>
		</>
	);
}

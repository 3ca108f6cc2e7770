/**
 * Shown when sending was stopped because the customer wrote in the
 * meantime: what they wrote, and the choice to send anyway.
 */
import { Button, Notice } from '@wordpress/components';
import { __, _n, sprintf } from '@wordpress/i18n';

import type { Message } from '../../api/types';
import { MessageBody } from '../thread/MessageBody';

type Props = {
	messages: Message[];
	busy: boolean;
	onSendAnyway: () => void;
	onDismiss: () => void;
};

export function CollisionNotice( {
	messages,
	busy,
	onSendAnyway,
	onDismiss,
}: Props ) {
	return (
		<Notice
			status="warning"
			isDismissible={ false }
			className="storedesk-collision"
		>
			<p>
				<strong>
					{ __(
						'The customer wrote again while you were typing.',
						'storedesk'
					) }
				</strong>{ ' ' }
				{ sprintf(
					/* translators: %d: number of new messages */
					_n(
						'Your draft was not sent. Read the %d new message below (it is also in the conversation), then send anyway or change your text.',
						'Your draft was not sent. Read the %d new messages below (they are also in the conversation), then send anyway or change your text.',
						messages.length,
						'storedesk'
					),
					messages.length
				) }
			</p>
			<ul
				aria-label={ __(
					'New messages from the customer',
					'storedesk'
				) }
			>
				{ messages.map( ( m ) => (
					<li key={ m.id }>
						<strong>{ m.author.name }</strong>
						<MessageBody message={ m } />
					</li>
				) ) }
			</ul>
			<div className="storedesk-composer-actions">
				<Button
					variant="primary"
					isBusy={ busy }
					disabled={ busy }
					onClick={ onSendAnyway }
				>
					{ __( 'Send anyway', 'storedesk' ) }
				</Button>
				<Button
					variant="secondary"
					disabled={ busy }
					onClick={ onDismiss }
				>
					{ __( 'Keep editing', 'storedesk' ) }
				</Button>
			</div>
		</Notice>
	);
}

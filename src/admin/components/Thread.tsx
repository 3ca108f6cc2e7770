/**
 * A ticket's thread across channels: customer messages, replies, internal
 * notes (set apart) and system events (inline, small).
 */
import { RawHTML } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import type { Message } from '../api/types';

const KIND_LABELS: Record< Message[ 'kind' ], string > = {
	customer: __( 'Customer', 'storedesk' ),
	reply: __( 'Reply', 'storedesk' ),
	note: __( 'Internal note', 'storedesk' ),
	event: __( 'Event', 'storedesk' ),
};

export function Thread( { messages }: { messages: Message[] } ) {
	return (
		<ol
			className="storedesk-thread"
			aria-label={ __( 'Conversation', 'storedesk' ) }
		>
			{ messages.map( ( m ) =>
				m.kind === 'event' ? (
					<li key={ m.id } className="storedesk-event">
						{ m.body }{ ' ' }
						<time dateTime={ m.created_at }>
							{ new Date( m.created_at ).toLocaleString() }
						</time>
					</li>
				) : (
					<li
						key={ m.id }
						className={ `storedesk-message is-${ m.kind }` }
					>
						<article
							aria-label={ sprintf(
								/* translators: 1: kind of message, 2: author */ __(
									'%1$s from %2$s',
									'storedesk'
								),
								KIND_LABELS[ m.kind ],
								m.author.name
							) }
						>
							<header>
								<strong>{ m.author.name }</strong> ·{ ' ' }
								{ KIND_LABELS[ m.kind ] } · { m.channel } ·{ ' ' }
								<time dateTime={ m.created_at }>
									{ new Date(
										m.created_at
									).toLocaleString() }
								</time>
							</header>
							{ /* Bodies are sanitised by the server (wp_kses_post) before storage. */ }
							{ m.format === 'html' ? (
								<RawHTML className="storedesk-body">
									{ m.body }
								</RawHTML>
							) : (
								<div className="storedesk-body">{ m.body }</div>
							) }
						</article>
					</li>
				)
			) }
		</ol>
	);
}

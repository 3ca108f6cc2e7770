/**
 * One entry of the thread: who, through which channel, when, what, and
 * the files. Notes are set apart and say so; events are one small line.
 */
import { Icon } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { __, sprintf } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

import type { Message } from '../../api/types';
import { AttachmentList } from './AttachmentList';
import { useChannel, type ChannelLook } from '../../channels';
import { CallSummary } from './CallSummary';
import { DeliveryStatus } from './DeliveryStatus';
import { MessageBody } from './MessageBody';
import { RefusedFiles } from './RefusedFiles';
import { Time } from './Time';
import { store as directoryStore } from '../../store/directory';

export const KIND_LABELS: Record< Message[ 'kind' ], string > = {
	customer: __( 'Customer', 'storedesk' ),
	reply: __( 'Reply', 'storedesk' ),
	note: __( 'Internal note', 'storedesk' ),
	event: __( 'Event', 'storedesk' ),
};

function Avatar( { author }: { author: Message[ 'author' ] } ) {
	const initials = author.name
		.split( /\s+/ )
		.map( ( w ) => w[ 0 ] ?? '' )
		.join( '' )
		.slice( 0, 2 )
		.toUpperCase();
	// The server sends no avatar when the site hides avatars; initials stand in.
	return author.avatar ? (
		<img
			className="storedesk-avatar"
			src={ author.avatar }
			alt=""
			width={ 32 }
			height={ 32 }
		/>
	) : (
		<span
			className={ `storedesk-avatar is-${ author.type }` }
			aria-hidden="true"
		>
			{ initials }
		</span>
	);
}

// Where an entry came from: a call, an internal note, or its channel.
function Origin( {
	message: m,
	channel,
}: {
	message: Message;
	channel: ChannelLook;
} ) {
	if ( m.meta.call ) {
		return <CallSummary call={ m.meta.call } channel={ channel } />;
	}
	if ( m.kind === 'note' ) {
		return (
			<span className="storedesk-badge is-note">
				{ __( 'Internal note · only agents see it', 'storedesk' ) }
			</span>
		);
	}
	return (
		<span className="storedesk-channel">
			<Icon icon={ channel.icon } size={ 16 } />
			{ m.kind === 'reply'
				? sprintf(
						/* translators: %s: channel such as Email */
						__( 'Reply by %s', 'storedesk' ),
						channel.label
					)
				: channel.label }
		</span>
	);
}

/**
 * "Create article from this reply": the editor opens with the reply's text
 * (php/KnowledgeBase/ArticleFromReply.php), for whoever may write articles.
 *
 * @param props         Props.
 * @param props.message A reply.
 */
function ArticleFromReply( { message }: { message: Message } ) {
	const can = useSelect(
		( select ) =>
			Boolean(
				select( directoryStore ).getMe()?.capabilities
					?.edit_storedesk_articles
			),
		[]
	);
	if ( ! can ) {
		return null;
	}
	return (
		<a
			className="storedesk-message-action"
			href={ addQueryArgs( 'post-new.php', {
				post_type: 'storedesk_article',
				storedesk_from_message: message.id,
			} ) }
		>
			{ __( 'Create help article from this reply', 'storedesk' ) }
		</a>
	);
}

export function MessageItem( { message: m }: { message: Message } ) {
	const channel = useChannel( m.channel );
	if ( m.kind === 'event' ) {
		return (
			<li className="storedesk-event">
				<span>{ m.body }</span> <Time value={ m.created_at } />
				{ /* A resolution tells the customer: how that notice left. */ }
				<DeliveryStatus message={ m } />
			</li>
		);
	}
	return (
		<li className={ `storedesk-message is-${ m.kind }` }>
			<article
				aria-label={ sprintf(
					/* translators: 1: kind of message, 2: author */
					__( '%1$s from %2$s', 'storedesk' ),
					KIND_LABELS[ m.kind ],
					m.author.name
				) }
			>
				<header>
					<Avatar author={ m.author } />
					<strong className="storedesk-author">
						{ m.author.name }
					</strong>
					<Origin message={ m } channel={ channel } />
					<Time value={ m.created_at } />
				</header>
				<MessageBody message={ m } />
				<AttachmentList files={ m.attachments ?? [] } />
				<RefusedFiles message={ m } />
				<DeliveryStatus message={ m } />
				{ m.kind === 'reply' && <ArticleFromReply message={ m } /> }
			</article>
		</li>
	);
}

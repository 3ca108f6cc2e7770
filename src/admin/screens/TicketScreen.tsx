/**
 * One conversation: thread and composer, properties beside them, and who
 * else is looking. New messages join the thread by themselves; the
 * customer's are announced until the agent says they have read them.
 * Shortcuts: r reply, n note, e resolve, a assignee.
 */
import { Button, Notice, Spinner } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useEffect, useMemo, useRef, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import { LogCallButton } from '../components/calls/LogCallButton';
import { Composer, type ComposerHandle } from '../components/Composer';
import { Thread } from '../components/Thread';
import { TicketSidebar } from '../components/TicketSidebar';
import { href, LANDING } from '../router';
import { useShortcuts } from '../shortcuts';
import { store as messagesStore } from '../store/messages';
import { store as ticketsStore, type TicketChanges } from '../store/tickets';
import { usePresence } from '../store/use-presence';
import { useThreadPolling } from '../store/use-thread-polling';

/**
 * Focuses the sidebar's assignee control. The sidebar is its own component;
 * the control is found by its visible label, which both share as one
 * translated string.
 */
export function focusAssignee(): boolean {
	const name = __( 'Assignee', 'storedesk' );
	const label = Array.from(
		document.querySelectorAll< HTMLLabelElement >(
			'.storedesk-sidebar label'
		)
	).find( ( l ) => l.textContent?.trim() === name );
	const control = label?.htmlFor
		? document.getElementById( label.htmlFor )
		: label?.querySelector< HTMLElement >( 'select, input' );
	control?.focus();
	return Boolean( control );
}

type Props = { id: number; mode?: 'reply' | 'note' };

export function TicketScreen( { id, mode }: Props ) {
	const { ticket, thread, seen, hasOlder, loadingOlder } = useSelect(
		( select ) => ( {
			ticket: select( ticketsStore ).getOpenedTicket( id ),
			thread: select( messagesStore ).getThread( id ),
			seen: select( messagesStore ).getSeen( id ),
			hasOlder: select( messagesStore ).hasOlder( id ),
			loadingOlder: select( messagesStore ).isLoadingOlder( id ),
		} ),
		[ id ]
	);
	const { loadOlder, markSeen, poll } = useDispatch( messagesStore );
	const { updateTicket, refreshTicket } = useDispatch(
		ticketsStore
	) as unknown as {
		updateTicket: ( id: number, c: TicketChanges ) => Promise< boolean >;
		refreshTicket: ( id: number ) => Promise< void >;
	};
	const [ typing, setTyping ] = useState( false );
	const others = usePresence( id, typing );
	const composer = useRef< ComposerHandle >( null );
	const markedRead = useRef< number | null >( null );
	// A customer message arriving while the agent is here is read here too.
	useThreadPolling( id, ( fresh ) => {
		if ( fresh.some( ( m ) => m.kind === 'customer' ) ) {
			markedRead.current = null;
		}
	} );
	const unseen = useMemo(
		() =>
			( thread ?? [] ).filter(
				( m ) => m.kind === 'customer' && m.id > seen
			),
		[ thread, seen ]
	);

	// Opening a conversation reads it.
	useEffect( () => {
		if ( ticket?.unread && markedRead.current !== id ) {
			markedRead.current = id;
			updateTicket( id, { unread: false } );
		}
	}, [ id, ticket?.unread, updateTicket ] );

	useShortcuts(
		{
			r: () => composer.current?.open( 'reply' ),
			n: () => composer.current?.open( 'note' ),
			e: () => {
				if ( ticket && ticket.status !== 'resolved' ) {
					updateTicket( id, { status: 'resolved' } );
				}
			},
			a: () => focusAssignee(),
		},
		Boolean( ticket )
	);

	if ( ! ticket || ! thread ) {
		return <Spinner />;
	}
	return (
		<div className="storedesk-ticket">
			<p>
				<a href={ href( { name: 'inbox', view: LANDING } ) }>
					{ __( '← Inbox', 'storedesk' ) }
				</a>
			</p>
			<div className="storedesk-ticket-header">
				<h2>
					#{ ticket.id } { ticket.subject }
				</h2>
				<LogCallButton
					ticketId={ ticket.id }
					onLogged={ () => {
						poll( ticket.id );
						refreshTicket( ticket.id );
					} }
				/>
			</div>
			{ ticket.sender_verified === false && (
				<Notice
					status="warning"
					isDismissible={ false }
					className="storedesk-unverified-sender"
				>
					{ __(
						'Unverified sender: someone who was not signed in as this customer filed this under their email address. Do not share order or account details until the customer answers from their mailbox (the link in the confirmation email).',
						'storedesk'
					) }
				</Notice>
			) }
			<div aria-live="polite">
				{ others.map( ( p ) => (
					<Notice
						key={ p.user_id }
						status="info"
						isDismissible={ false }
						className="storedesk-presence"
					>
						{ p.state === 'typing'
							? sprintf(
									/* translators: %s: agent name */ __(
										'%s is typing a reply.',
										'storedesk'
									),
									p.name
								)
							: sprintf(
									/* translators: %s: agent name */ __(
										'%s is viewing this conversation.',
										'storedesk'
									),
									p.name
								) }
					</Notice>
				) ) }
				{ unseen.length > 0 && (
					<Notice
						status="warning"
						isDismissible={ false }
						className="storedesk-new-messages"
					>
						{ sprintf(
							/* translators: 1: customer name, 2: number of new messages */
							_n(
								'%1$s wrote again while you were here (%2$d new message, at the end of the conversation).',
								'%1$s wrote again while you were here (%2$d new messages, at the end of the conversation).',
								unseen.length,
								'storedesk'
							),
							unseen[ unseen.length - 1 ].author.name ||
								__( 'The customer', 'storedesk' ),
							unseen.length
						) }{ ' ' }
						<Button
							variant="link"
							onClick={ () =>
								markSeen( id, unseen[ unseen.length - 1 ].id )
							}
						>
							{ __( 'I have read it', 'storedesk' ) }
						</Button>
					</Notice>
				) }
			</div>
			<div className="storedesk-ticket-body">
				<div className="storedesk-ticket-main">
					<Thread
						messages={ thread }
						hasOlder={ hasOlder }
						loadingOlder={ loadingOlder }
						onLoadOlder={ () => loadOlder( id ) }
					/>
					<Composer
						key={ id }
						ref={ composer }
						ticketId={ id }
						mode={ mode }
						onTyping={ setTyping }
						replyVia={ ticket.reply_via }
						replyOptions={ ticket.reply_options }
						channel={ ticket.channel }
					/>
				</div>
				<TicketSidebar ticket={ ticket } />
			</div>
		</div>
	);
}

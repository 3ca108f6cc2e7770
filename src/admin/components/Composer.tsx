/**
 * Reply to the customer or write an internal note; send, or send and set
 * the status. The agent's text is never lost: a refused or failed send
 * keeps it, and an unsent draft waits per ticket in sessionStorage. Refuses
 * to send blind when the customer wrote in the meantime. A customer
 * reachable on several channels is answered on the one the agent picks.
 */
import { Button, Notice, RadioControl } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import {
	forwardRef,
	useEffect,
	useImperativeHandle,
	useRef,
	useState,
} from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { help } from '@wordpress/icons';
import { ariaKeyShortcut, displayShortcut } from '@wordpress/keycodes';

import type {
	Channel,
	Message,
	MessageAttachment,
	ReplyOption,
	ReplyVia,
	TicketStatus,
} from '../api/types';
import { store as directoryStore } from '../store/directory';
import { store as messagesStore, type SendResult } from '../store/messages';
import { ArticlePicker } from './composer/ArticlePicker';
import { Attachments } from './composer/Attachments';
import { CollisionNotice } from './composer/CollisionNotice';
import { clearDraft, loadDraft, saveDraft } from './composer/drafts';
import { Editor, type EditorHandle } from './composer/Editor';
import { isBlank } from './composer/format';
import { ReplyRoute } from './composer/ReplyRoute';

type Kind = 'reply' | 'note';

export type ComposerHandle = { open: ( kind: Kind ) => void };

type Props = {
	ticketId: number;
	/** Mode asked for by the route (#/tickets/42/note); focuses the composer. */
	mode?: Kind;
	onTyping?: ( typing: boolean ) => void;
	/** Where a reply goes; the composer says so before it is sent. */
	replyVia?: ReplyVia;
	/** Channels a reply may take (the ticket's reply_options); the agent picks among the open ones. */
	replyOptions?: ReplyOption[];
	/** The conversation's channel; the composer says when its reply window has closed. */
	channel?: Channel;
};

type Conflict = { messages: Message[]; status?: TicketStatus };

export const Composer = forwardRef< ComposerHandle, Props >(
	function ComposerForm(
		{ ticketId, mode, onTyping, replyVia, replyOptions, channel },
		ref
	) {
		const { send } = useDispatch( messagesStore ) as unknown as {
			send: ( id: number, d: object ) => Promise< SendResult >;
		};
		const agents = useSelect(
			( select ) => select( directoryStore ).getAgents(),
			[]
		);
		const [ initial ] = useState( () => loadDraft( ticketId ) );
		const [ kind, setKind ] = useState< Kind >(
			mode ?? initial?.kind ?? 'reply'
		);
		const [ html, setHtml ] = useState( initial?.html ?? '' );
		const [ files, setFiles ] = useState< MessageAttachment[] >(
			initial?.attachments ?? []
		);
		const [ uploading, setUploading ] = useState( false );
		const [ busy, setBusy ] = useState( false );
		const [ problem, setProblem ] = useState< string | null >( null );
		const [ conflict, setConflict ] = useState< Conflict | null >( null );
		// The agent's pick holds for its ticket, while that channel stays open.
		const [ picked, setPicked ] = useState< {
			ticketId: number;
			via: string;
		} | null >( null );
		const editor = useRef< EditorHandle >( null );
		const [ picking, setPicking ] = useState( false );
		const blank = isBlank( html );

		const choices = ( replyOptions ?? [] ).filter( ( o ) => o.open );
		const choosing = choices.length > 1;
		const chosen = choosing
			? ( choices.find(
					( o ) =>
						picked?.ticketId === ticketId && o.via === picked.via
				) ??
				choices.find( ( o ) => o.via === replyVia?.via ) ??
				choices[ 0 ] )
			: undefined;
		const route: ReplyVia | undefined = chosen
			? { via: chosen.via, to: chosen.to, reason: null }
			: replyVia;
		const closed = ( replyOptions ?? [] ).find(
			( o ) => o.via === channel && ! o.open
		);

		useImperativeHandle( ref, () => ( {
			open: ( next: Kind ) => {
				setKind( next );
				editor.current?.focus();
			},
		} ) );

		useEffect( () => {
			if ( mode ) {
				setKind( mode );
				editor.current?.focus();
			}
		}, [ mode ] );

		// Another ticket starts from its own default channel.
		useEffect( () => setPicked( null ), [ ticketId ] );

		useEffect( () => {
			saveDraft( ticketId, {
				kind,
				html: blank ? '' : html,
				attachments: files,
			} );
		}, [ ticketId, kind, html, files, blank ] );

		async function submit( status?: TicketStatus, force = false ) {
			// A file alone (a photo, a label) is a whole answer; nothing at all is not.
			if ( ( blank && ! files.length ) || busy || uploading ) {
				return;
			}
			setBusy( true );
			setProblem( null );
			const result = await send( ticketId, {
				kind,
				body: html,
				...( status ? { status } : {} ),
				...( force ? { force: true } : {} ),
				...( files.length
					? { attachments: files.map( ( f ) => f.id ) }
					: {} ),
				// Named only when the agent had a choice; otherwise the server's default.
				...( kind === 'reply' && chosen ? { via: chosen.via } : {} ),
			} );
			setBusy( false );
			if ( result.ok ) {
				editor.current?.clear();
				setHtml( '' );
				setFiles( [] );
				setConflict( null );
				clearDraft( ticketId );
				onTyping?.( false );
			} else if ( 'newer' in result ) {
				setConflict( { messages: result.newer, status } );
			} else {
				setProblem( result.error );
			}
		}

		const label =
			kind === 'reply'
				? __( 'Reply to the customer', 'storedesk' )
				: __( 'Internal note (only agents see it)', 'storedesk' );
		const disabled = busy || uploading || ( blank && ! files.length );
		const routeId = `storedesk-reply-route-${ ticketId }`;
		const closedId = `storedesk-reply-window-${ ticketId }`;
		const describedBy =
			kind === 'reply' && route
				? [ routeId, ...( closed ? [ closedId ] : [] ) ].join( ' ' )
				: undefined;

		return (
			<form
				className={ `storedesk-composer is-${ kind }` }
				aria-label={ __( 'Composer', 'storedesk' ) }
				onSubmit={ ( e ) => {
					e.preventDefault();
					submit();
				} }
			>
				{ picking && (
					<ArticlePicker
						onInsert={ ( value ) =>
							editor.current?.insert( value )
						}
						onClose={ () => {
							setPicking( false );
							editor.current?.focus();
						} }
					/>
				) }
				<RadioControl
					className="storedesk-kind"
					label={ __( 'Message type', 'storedesk' ) }
					selected={ kind }
					options={ [
						{ label: __( 'Reply', 'storedesk' ), value: 'reply' },
						{ label: __( 'Note', 'storedesk' ), value: 'note' },
					] }
					onChange={ ( value: string ) =>
						setKind( value === 'note' ? 'note' : 'reply' )
					}
				/>
				{ conflict && (
					<CollisionNotice
						messages={ conflict.messages }
						busy={ busy }
						onSendAnyway={ () => submit( conflict.status, true ) }
						onDismiss={ () => {
							setConflict( null );
							editor.current?.focus();
						} }
					/>
				) }
				{ problem && (
					<Notice
						status="error"
						onRemove={ () => setProblem( null ) }
					>
						{ __( 'Not sent; your text is kept.', 'storedesk' ) }{ ' ' }
						{ problem }
					</Notice>
				) }
				{ kind === 'reply' && route && (
					<ReplyRoute
						id={ routeId }
						route={ route }
						choices={ choosing ? choices : undefined }
						onChoose={ ( via ) => setPicked( { ticketId, via } ) }
						closed={ closed }
						closedId={ closedId }
					/>
				) }
				<Editor
					ref={ editor }
					id={ `storedesk-composer-${ ticketId }` }
					describedBy={ describedBy }
					label={ label }
					initialHTML={ initial?.html ?? '' }
					mentionable={ kind === 'note' ? ( agents ?? [] ) : null }
					onKnowledgeBase={ () => setPicking( true ) }
					onChange={ ( value ) => {
						setHtml( value );
						onTyping?.( ! isBlank( value ) );
					} }
				/>
				<Attachments
					ticketId={ ticketId }
					files={ files }
					onChange={ setFiles }
					onBusy={ setUploading }
				/>
				<div className="storedesk-composer-actions">
					<Button
						variant="tertiary"
						icon={ help }
						shortcut={ displayShortcut.primaryShift( 'h' ) }
						aria-keyshortcuts={ ariaKeyShortcut.primaryShift(
							'h'
						) }
						onClick={ () => setPicking( true ) }
					>
						{ __( 'Knowledge base', 'storedesk' ) }
					</Button>
					<Button
						variant="primary"
						type="submit"
						isBusy={ busy }
						disabled={ disabled }
					>
						{ kind === 'reply'
							? __( 'Send', 'storedesk' )
							: __( 'Add note', 'storedesk' ) }
					</Button>
					{ kind === 'reply' && (
						<>
							<Button
								variant="secondary"
								disabled={ disabled }
								onClick={ () => submit( 'resolved' ) }
							>
								{ __( 'Send and resolve', 'storedesk' ) }
							</Button>
							<Button
								variant="secondary"
								disabled={ disabled }
								onClick={ () => submit( 'pending' ) }
							>
								{ __( 'Send and set pending', 'storedesk' ) }
							</Button>
						</>
					) }
				</div>
			</form>
		);
	}
);

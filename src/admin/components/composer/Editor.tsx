/**
 * A small rich-text field: a contentEditable element, our own formatting
 * commands (./format.ts) and @mention suggestions.
 *
 * Why not the block editor or @wordpress/rich-text: a reply needs five
 * formats, not blocks; the block editor would load megabytes of scripts
 * and styles on the busiest screen, and rich-text's formats only exist
 * once the block editor's format library registers them. This stays a few
 * KB, produces the same clean HTML in every browser, and is testable in
 * jsdom.
 */
import {
	forwardRef,
	useCallback,
	useEffect,
	useImperativeHandle,
	useRef,
	useState,
} from '@wordpress/element';
import { isKeyboardEvent } from '@wordpress/keycodes';

import type { Agent } from '../../store/directory';
import {
	applyLink,
	clean,
	insertHTML,
	insertMention,
	insertPlainText,
	isActive,
	linkAt,
	mentionQuery,
	serialize,
	toggleInline,
	toggleList,
} from './format';
import { LinkForm } from './LinkForm';
import { MentionList, matchAgents, mentionOptionId } from './MentionList';
import { Toolbar, type Command } from './Toolbar';

export type EditorHandle = {
	focus: () => void;
	clear: () => void;
	/** Inserts HTML (an article) where the caret was. */
	insert: ( html: string ) => void;
};

type Props = {
	id: string;
	label: string;
	initialHTML: string;
	onChange: ( html: string ) => void;
	/** Agents to suggest after "@"; null where mentions mean nothing (replies). */
	mentionable: Agent[] | null;
	/** Id of a text that says more about what is typed here. */
	describedBy?: string;
	/** Ctrl+Shift+H: the knowledge base (ArticlePicker). */
	onKnowledgeBase?: () => void;
};

type Mention = { query: string; active: number };

export const Editor = forwardRef< EditorHandle, Props >( function RichEditor(
	{
		id,
		label,
		initialHTML,
		onChange,
		mentionable,
		describedBy,
		onKnowledgeBase,
	},
	ref
) {
	const root = useRef< HTMLDivElement >( null );
	const saved = useRef< Range | null >( null );
	const [ active, setActive ] = useState< Set< string > >( new Set() );
	const [ linking, setLinking ] = useState< string | null >( null );
	const [ mention, setMention ] = useState< Mention | null >( null );
	const listId = `${ id }-mentions`;
	const options =
		mention && mentionable ? matchAgents( mentionable, mention.query ) : [];

	useEffect( () => {
		if ( root.current ) {
			root.current.innerHTML = clean( initialHTML );
		}
		// Only the first content: afterwards the DOM is the source of truth.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [] );

	/** The selection inside the editor, else the last one, else the end. */
	const range = useCallback( (): Range => {
		const el = root.current as HTMLDivElement;
		const sel = el.ownerDocument.getSelection();
		if (
			sel &&
			sel.rangeCount &&
			el.contains( sel.getRangeAt( 0 ).startContainer )
		) {
			return sel.getRangeAt( 0 );
		}
		if ( saved.current && el.contains( saved.current.startContainer ) ) {
			return saved.current;
		}
		const end = el.ownerDocument.createRange();
		end.selectNodeContents( el );
		end.collapse( false );
		return end;
	}, [] );

	const select = ( r: Range ) => {
		const sel = root.current?.ownerDocument.getSelection();
		sel?.removeAllRanges();
		sel?.addRange( r );
		saved.current = r.cloneRange();
	};

	/** After any change: tell the parent, update pressed buttons and suggestions. */
	const changed = useCallback( () => {
		const el = root.current as HTMLDivElement;
		onChange( serialize( el ) );
		const r = range();
		saved.current = r.cloneRange();
		setActive(
			new Set(
				[ 'strong', 'em', 'ul', 'ol' ].filter( ( t ) =>
					isActive( el, r, t )
				)
			).add( linkAt( el, r ) ? 'link' : '' )
		);
		const q = mentionable ? mentionQuery( r ) : null;
		setMention( ( m ) =>
			q
				? {
						query: q.query,
						active: m?.query === q.query ? m.active : 0,
					}
				: null
		);
	}, [ onChange, range, mentionable ] );

	useImperativeHandle( ref, () => ( {
		focus: () => {
			root.current?.focus();
			select( range() );
		},
		clear: () => {
			if ( root.current ) {
				root.current.innerHTML = '';
			}
			saved.current = null;
			setMention( null );
			setActive( new Set() );
		},
		insert: ( html: string ) => {
			const el = root.current as HTMLDivElement;
			const r = range().cloneRange();
			el.focus();
			insertHTML( el, r, html );
			select( r );
			changed();
		},
	} ) );

	const run = ( command: Command ) => {
		const el = root.current as HTMLDivElement;
		const r = range().cloneRange();
		if ( command === 'link' ) {
			saved.current = r;
			setLinking( linkAt( el, r )?.getAttribute( 'href' ) ?? '' );
			return;
		}
		el.focus();
		if ( command === 'ul' || command === 'ol' ) {
			toggleList( el, r, command );
		} else {
			toggleInline( el, r, command );
		}
		select( r );
		changed();
	};

	const finishLink = ( href: string | null ) => {
		const el = root.current as HTMLDivElement;
		const r = range().cloneRange();
		setLinking( null );
		el.focus();
		if ( href !== null ) {
			applyLink( el, r, href );
		}
		select( r );
		changed();
	};

	const pick = ( agent: Agent ) => {
		const r = range();
		const at = mentionQuery( r );
		if ( at ) {
			insertMention( r, at, agent.id, agent.login ?? agent.name );
			select( r );
		}
		setMention( null );
		changed();
	};

	const onKeyDown = ( e: React.KeyboardEvent< HTMLDivElement > ) => {
		const native = e.nativeEvent;
		if ( options.length && mention ) {
			const move = { ArrowDown: 1, ArrowUp: -1 }[ e.key ];
			if ( move ) {
				e.preventDefault();
				const next =
					( mention.active + move + options.length ) % options.length;
				setMention( { ...mention, active: next } );
				return;
			}
			if ( e.key === 'Enter' || e.key === 'Tab' ) {
				e.preventDefault();
				pick( options[ mention.active ] ?? options[ 0 ] );
				return;
			}
			if ( e.key === 'Escape' ) {
				e.preventDefault();
				setMention( null );
				return;
			}
		}
		const commands: Array< [ string, Command ] > = [
			[ 'b', 'strong' ],
			[ 'i', 'em' ],
			[ 'k', 'link' ],
		];
		for ( const [ key, command ] of commands ) {
			if ( isKeyboardEvent.primary( native, key ) ) {
				e.preventDefault();
				run( command );
				return;
			}
		}
		if ( onKnowledgeBase && isKeyboardEvent.primaryShift( native, 'h' ) ) {
			e.preventDefault();
			onKnowledgeBase();
			return;
		}
		// Underline has no place in a reply; the browser would add it on Ctrl+U.
		if ( isKeyboardEvent.primary( native, 'u' ) ) {
			e.preventDefault();
		}
	};

	return (
		<div className="storedesk-editor">
			<Toolbar controls={ id } active={ active } onCommand={ run } />
			{ linking !== null && (
				<LinkForm
					initial={ linking }
					onApply={ finishLink }
					onCancel={ () => finishLink( null ) }
				/>
			) }
			<span id={ `${ id }-label` } className="storedesk-editor-label">
				{ label }
			</span>
			<div
				ref={ root }
				id={ id }
				className="storedesk-editor-content"
				role="textbox"
				tabIndex={ 0 }
				aria-multiline="true"
				aria-labelledby={ `${ id }-label` }
				aria-describedby={ describedBy }
				aria-autocomplete={ mentionable ? 'list' : undefined }
				aria-controls={ options.length ? listId : undefined }
				aria-activedescendant={
					options.length && mention
						? mentionOptionId(
								listId,
								( options[ mention.active ] ?? options[ 0 ] ).id
							)
						: undefined
				}
				contentEditable
				suppressContentEditableWarning
				onInput={ changed }
				onKeyDown={ onKeyDown }
				onKeyUp={ ( e ) => e.key.startsWith( 'Arrow' ) && changed() }
				onMouseUp={ changed }
				onBlur={ () => setMention( null ) }
				onPaste={ ( e ) => {
					e.preventDefault();
					insertPlainText(
						range(),
						e.clipboardData.getData( 'text/plain' )
					);
					changed();
				} }
			/>
			{ options.length > 0 && mention && (
				<MentionList
					id={ listId }
					agents={ options }
					active={ Math.min( mention.active, options.length - 1 ) }
					onPick={ pick }
				/>
			) }
		</div>
	);
} );

/**
 * The composer's formatting, written directly against DOM ranges.
 *
 * Why not document.execCommand: it is deprecated, jsdom lacks it, and each
 * browser writes different markup for the same command (<b> or <strong>,
 * style spans, <div> paragraphs). Here every command produces the same few
 * tags, and serialize() reduces whatever the browser typed to one small,
 * clean vocabulary: p, br, strong, em, a[href], ul, ol, li and mention
 * spans. The server still runs wp_kses_post on it.
 */

export type InlineTag = 'strong' | 'em';
export type ListTag = 'ul' | 'ol';

const ALIASES: Record< string, string > = {
	STRONG: 'strong',
	B: 'strong',
	EM: 'em',
	I: 'em',
};
const BLOCKS = new Set( [
	'P',
	'DIV',
	'UL',
	'OL',
	'LI',
	'H1',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'BLOCKQUOTE',
	'PRE',
] );
const ZWSP = /\u200B/g;

const isText = ( n: Node ): n is Text => n.nodeType === Node.TEXT_NODE;
const isElement = ( n: Node ): n is HTMLElement =>
	n.nodeType === Node.ELEMENT_NODE;

function escapeText( s: string ): string {
	return s
		.replace( ZWSP, '' )
		.replace( /\u00A0/g, ' ' )
		.replace( /&/g, '&amp;' )
		.replace( /</g, '&lt;' )
		.replace( />/g, '&gt;' );
}

/**
 * A link target we accept: web, mail and phone links; bare "example.com"
 * becomes https. Anything else (javascript:, data:) is refused.
 *
 * @param href What the agent typed.
 */
export function safeHref( href: string ): string | null {
	const value = href.trim();
	if ( ! value ) {
		return null;
	}
	if ( /^(https?:|mailto:|tel:)/i.test( value ) ) {
		return value;
	}
	if ( /^[a-z][a-z0-9+.-]*:/i.test( value ) ) {
		return null;
	}
	return `https://${ value.replace( /^\/+/, '' ) }`;
}

function inlineHTML( node: Node ): string {
	if ( isText( node ) ) {
		return escapeText( node.data );
	}
	if ( ! isElement( node ) ) {
		return '';
	}
	const inner = () =>
		Array.from( node.childNodes ).map( inlineHTML ).join( '' );
	const tag = ALIASES[ node.tagName ];
	if ( tag ) {
		const content = inner();
		return content.replace( /<br>/g, '' ).trim()
			? `<${ tag }>${ content }</${ tag }>`
			: content;
	}
	if ( node.tagName === 'BR' ) {
		return '<br>';
	}
	if ( node.tagName === 'A' ) {
		const href = safeHref( node.getAttribute( 'href' ) ?? '' );
		const content = inner();
		return href && content
			? `<a href="${ href.replace( /&/g, '&amp;' ).replace( /"/g, '&quot;' ) }">${ content }</a>`
			: content;
	}
	if ( node.dataset?.mention && /^\d+$/.test( node.dataset.mention ) ) {
		return `<span data-mention="${ node.dataset.mention }">${ escapeText(
			node.textContent ?? ''
		) }</span>`;
	}
	// Anything else (spans, fonts, a stray block inside a line): its content only.
	return inner() + ( BLOCKS.has( node.tagName ) ? '<br>' : '' );
}

function paragraph( html: string ): string {
	const trimmed = html
		.replace( /(<br>\s*)+$/, '' )
		.replace( /^(\s*<br>)+/, '' );
	return trimmed.replace( /<br>/g, '' ).trim() ? `<p>${ trimmed }</p>` : '';
}

function listHTML( list: HTMLElement ): string {
	const tag = list.tagName === 'OL' ? 'ol' : 'ul';
	const items = Array.from( list.childNodes )
		.map( ( li ) => {
			if ( ! isElement( li ) || li.tagName !== 'LI' ) {
				const loose = inlineHTML( li ).trim();
				return loose ? `<li>${ loose }</li>` : '';
			}
			let html = '';
			for ( const child of Array.from( li.childNodes ) ) {
				html +=
					isElement( child ) &&
					( child.tagName === 'UL' || child.tagName === 'OL' )
						? listHTML( child )
						: inlineHTML( child );
			}
			html = html.replace( /(<br>\s*)+$/, '' );
			return html.replace( /<br>/g, '' ).trim()
				? `<li>${ html }</li>`
				: '';
		} )
		.join( '' );
	return items ? `<${ tag }>${ items }</${ tag }>` : '';
}

/**
 * Clean HTML of an editor's content: inline runs become paragraphs,
 * browser markup becomes our tags, empty lines disappear.
 *
 * @param root Editor element (or a fragment).
 */
export function serialize( root: Node ): string {
	let out = '';
	let line = '';
	const flush = () => {
		out += paragraph( line );
		line = '';
	};
	for ( const child of Array.from( root.childNodes ) ) {
		if ( isElement( child ) && BLOCKS.has( child.tagName ) ) {
			flush();
			if ( child.tagName === 'UL' || child.tagName === 'OL' ) {
				out += listHTML( child );
			} else if (
				Array.from( child.children ).some( ( c ) =>
					BLOCKS.has( c.tagName )
				)
			) {
				out += serialize( child );
			} else {
				out += paragraph(
					Array.from( child.childNodes ).map( inlineHTML ).join( '' )
				);
			}
		} else {
			line += inlineHTML( child );
		}
	}
	flush();
	return out;
}

/**
 * Cleans HTML from anywhere (a saved draft) the same way, without running
 * it: a template's content is inert.
 *
 * @param html HTML.
 */
export function clean( html: string ): string {
	const template = document.createElement( 'template' );
	template.innerHTML = html;
	// Code and styles are no text of the message (an article's embeds, a pasted page).
	template.content
		.querySelectorAll( 'script, style, template, noscript' )
		.forEach( ( n ) => n.remove() );
	return serialize( template.content );
}

/**
 * Whether HTML has any text.
 *
 * @param html HTML.
 */
export function isBlank( html: string ): boolean {
	const template = document.createElement( 'template' );
	template.innerHTML = html;
	return ! ( template.content.textContent ?? '' ).replace( ZWSP, '' ).trim();
}

function closestIn(
	node: Node | null,
	root: Node,
	match: ( el: HTMLElement ) => boolean
): HTMLElement | null {
	for ( let n = node; n && n !== root; n = n.parentNode ) {
		if ( isElement( n ) && match( n ) ) {
			return n;
		}
	}
	return null;
}

const isTag = ( tag: string ) => ( el: HTMLElement ) =>
	( ALIASES[ el.tagName ] ?? el.tagName.toLowerCase() ) === tag;

/**
 * Splits text nodes at the range's ends so whole nodes can be wrapped.
 *
 * @param range Range, changed in place.
 */
function splitEnds( range: Range ): void {
	const { startContainer: sc, startOffset: so } = range;
	let { endContainer: ec, endOffset: eo } = range;
	if ( isText( ec ) && eo > 0 && eo < ec.length ) {
		ec.splitText( eo );
	}
	if ( isText( sc ) && so > 0 && so < sc.length ) {
		const rest = sc.splitText( so );
		if ( ec === sc ) {
			ec = rest;
			eo -= so;
		}
		range.setStart( rest, 0 );
	}
	range.setEnd( ec, Math.min( eo, isText( ec ) ? ec.length : eo ) );
}

function selectedTexts( range: Range ): Text[] {
	const root = range.commonAncestorContainer;
	if ( isText( root ) ) {
		return root.length ? [ root ] : [];
	}
	const walker = document.createTreeWalker( root, NodeFilter.SHOW_TEXT );
	const out: Text[] = [];
	while ( walker.nextNode() ) {
		const text = walker.currentNode as Text;
		if ( text.length && range.intersectsNode( text ) ) {
			// A boundary at the very end of a text node selects nothing of it.
			const atEnd =
				range.startContainer === text &&
				range.startOffset === text.length;
			const atStart =
				range.endContainer === text && range.endOffset === 0;
			if ( ! atEnd && ! atStart ) {
				out.push( text );
			}
		}
	}
	return out;
}

function unwrap( el: HTMLElement ): void {
	const parent = el.parentNode;
	while ( parent && el.firstChild ) {
		parent.insertBefore( el.firstChild, el );
	}
	el.remove();
}

function caretAfter( node: Node, range: Range ): void {
	const spacer = document.createTextNode( '\u200B' );
	node.parentNode?.insertBefore( spacer, node.nextSibling );
	range.setStart( spacer, 1 );
	range.collapse( true );
}

/**
 * Whether the selection is bold, italic, a link or in a list.
 *
 * @param root  Editor.
 * @param range Selection.
 * @param tag   strong, em, a, ul or ol.
 */
export function isActive( root: Node, range: Range, tag: string ): boolean {
	if ( tag === 'ul' || tag === 'ol' ) {
		return Boolean(
			closestIn(
				range.startContainer,
				root,
				( el ) => el.tagName === 'LI'
			)?.parentElement?.tagName === tag.toUpperCase()
		);
	}
	const texts = range.collapsed ? [] : selectedTexts( range );
	return texts.length
		? texts.every( ( t ) => closestIn( t, root, isTag( tag ) ) )
		: Boolean( closestIn( range.startContainer, root, isTag( tag ) ) );
}

/**
 * Bold or italic on or off for the selection; with no selection, for what
 * is typed next.
 *
 * @param root  Editor.
 * @param range Selection, updated to what it covers afterwards.
 * @param tag   strong or em.
 */
export function toggleInline( root: Node, range: Range, tag: InlineTag ): void {
	if ( range.collapsed ) {
		const around = closestIn( range.startContainer, root, isTag( tag ) );
		if ( around ) {
			caretAfter( around, range );
			return;
		}
		const el = document.createElement( tag );
		el.appendChild( document.createTextNode( '\u200B' ) );
		range.insertNode( el );
		range.setStart( el.firstChild as Text, 1 );
		range.collapse( true );
		return;
	}
	const active = isActive( root, range, tag );
	splitEnds( range );
	const texts = selectedTexts( range );
	if ( active ) {
		const wrappers = new Set(
			texts.map( ( t ) => closestIn( t, root, isTag( tag ) ) )
		);
		wrappers.forEach( ( el ) => el && unwrap( el ) );
	} else {
		for ( const text of texts ) {
			if ( ! closestIn( text, root, isTag( tag ) ) ) {
				const el = document.createElement( tag );
				text.parentNode?.insertBefore( el, text );
				el.appendChild( text );
			}
		}
	}
	if ( texts.length ) {
		range.setStart( texts[ 0 ], 0 );
		range.setEnd(
			texts[ texts.length - 1 ],
			texts[ texts.length - 1 ].length
		);
	}
}

/**
 * The link the selection is in, if any.
 *
 * @param root  Editor.
 * @param range Selection.
 */
export function linkAt( root: Node, range: Range ): HTMLAnchorElement | null {
	return closestIn(
		range.startContainer,
		root,
		( el ) => el.tagName === 'A'
	) as HTMLAnchorElement | null;
}

/**
 * Links the selection (or inserts the address as a link), changes the
 * link the caret is in, or removes it when href is empty.
 *
 * @param root  Editor.
 * @param range Selection.
 * @param href  Address; empty removes the link.
 */
export function applyLink( root: Node, range: Range, href: string ): void {
	const existing = linkAt( root, range );
	const target = safeHref( href );
	if ( existing ) {
		if ( target ) {
			existing.setAttribute( 'href', target );
		} else {
			unwrap( existing );
		}
		return;
	}
	if ( ! target ) {
		return;
	}
	if ( range.collapsed ) {
		const a = document.createElement( 'a' );
		a.href = target;
		a.textContent = href.trim();
		range.insertNode( a );
		caretAfter( a, range );
		return;
	}
	splitEnds( range );
	const texts = selectedTexts( range );
	for ( const text of texts ) {
		const a = document.createElement( 'a' );
		a.setAttribute( 'href', target );
		text.parentNode?.insertBefore( a, text );
		a.appendChild( text );
	}
	if ( texts.length ) {
		caretAfter( texts[ texts.length - 1 ].parentNode as Node, range );
	}
}

function topLevel( node: Node, root: Node ): Node {
	let n = node;
	while ( n.parentNode && n.parentNode !== root ) {
		n = n.parentNode;
	}
	return n;
}

/**
 * Makes the lines the selection touches a bulleted or numbered list, or
 * turns them back into paragraphs when they already are one.
 *
 * @param root  Editor.
 * @param range Selection, kept across the change.
 * @param tag   ul or ol.
 */
export function toggleList(
	root: HTMLElement,
	range: Range,
	tag: ListTag
): void {
	if ( ! root.contains( range.startContainer ) ) {
		return;
	}
	// Markers keep the selection while nodes move between blocks.
	const start = document.createElement( 'span' );
	const end = document.createElement( 'span' );
	const endRange = range.cloneRange();
	endRange.collapse( false );
	endRange.insertNode( end );
	range.insertNode( start );
	// Loose text at the top level becomes paragraphs first.
	let line: HTMLElement | null = null;
	for ( const child of Array.from( root.childNodes ) ) {
		if ( isElement( child ) && BLOCKS.has( child.tagName ) ) {
			line = null;
			continue;
		}
		if ( ! line ) {
			line = document.createElement( 'p' );
			root.insertBefore( line, child );
		}
		line.appendChild( child );
	}
	const first = topLevel( start, root );
	const last = topLevel( end, root );
	const blocks: HTMLElement[] = [];
	for ( let n: Node | null = first; n; n = n.nextSibling ) {
		if ( isElement( n ) ) {
			blocks.push( n );
		}
		if ( n === last ) {
			break;
		}
	}
	const already = blocks.every( ( b ) => b.tagName === tag.toUpperCase() );
	if ( already ) {
		for ( const list of blocks ) {
			for ( const li of Array.from( list.children ) ) {
				const p = document.createElement( 'p' );
				while ( li.firstChild ) {
					p.appendChild( li.firstChild );
				}
				root.insertBefore( p, list );
			}
			list.remove();
		}
	} else {
		const list = document.createElement( tag );
		root.insertBefore( list, blocks[ 0 ] ?? null );
		for ( const block of blocks ) {
			if ( block.tagName === 'UL' || block.tagName === 'OL' ) {
				while ( block.firstChild ) {
					list.appendChild( block.firstChild );
				}
			} else {
				const li = document.createElement( 'li' );
				while ( block.firstChild ) {
					li.appendChild( block.firstChild );
				}
				list.appendChild( li );
			}
			block.remove();
		}
	}
	range.setStartAfter( start );
	range.setEndBefore( end );
	start.remove();
	end.remove();
}

/**
 * The "@name" being typed right before the caret, if any.
 *
 * @param range Collapsed selection.
 */
export function mentionQuery(
	range: Range
): { node: Text; from: number; query: string } | null {
	const node = range.startContainer;
	if ( ! range.collapsed || ! isText( node ) ) {
		return null;
	}
	const before = node.data.slice( 0, range.startOffset ).replace( ZWSP, '' );
	const match = /(?:^|[\s(\u00A0])@([\w.-]{0,40})$/.exec( before );
	if ( ! match ) {
		return null;
	}
	return {
		node,
		from: range.startOffset - match[ 1 ].length - 1,
		query: match[ 1 ],
	};
}

/**
 * Replaces the "@name" being typed by a mention of an agent: their login
 * after an at sign, which the server resolves, marked with their id.
 *
 * @param range   Selection, left after the mention.
 * @param at      What mentionQuery() found.
 * @param at.node Text node the query is in.
 * @param at.from Offset of the at sign.
 * @param id      Agent's user id.
 * @param login   Agent's login.
 */
export function insertMention(
	range: Range,
	at: { node: Text; from: number },
	id: number,
	login: string
): void {
	const replace = document.createRange();
	replace.setStart( at.node, Math.max( 0, at.from ) );
	replace.setEnd( range.startContainer, range.startOffset );
	replace.deleteContents();
	const span = document.createElement( 'span' );
	span.dataset.mention = String( id );
	span.contentEditable = 'false';
	span.className = 'storedesk-mention';
	span.textContent = `@${ login }`;
	replace.insertNode( span );
	const space = document.createTextNode( '\u00A0' );
	span.parentNode?.insertBefore( space, span.nextSibling );
	range.setStart( space, 1 );
	range.collapse( true );
}

/**
 * Inserts plain text (a paste) at the selection, lines as line breaks.
 *
 * @param range Selection, left after the text.
 * @param text  Text.
 */
export function insertPlainText( range: Range, text: string ): void {
	range.deleteContents();
	const fragment = document.createDocumentFragment();
	const lines = text.replace( /\r\n?/g, '\n' ).split( '\n' );
	let last: Node | null = null;
	lines.forEach( ( l, i ) => {
		if ( i > 0 ) {
			fragment.appendChild( document.createElement( 'br' ) );
		}
		last = fragment.appendChild( document.createTextNode( l ) );
	} );
	range.insertNode( fragment );
	if ( last ) {
		range.setStartAfter( last );
		range.collapse( true );
	}
}

/**
 * Inserts HTML from elsewhere (an article's text or link) at the
 * selection, reduced to the composer's tags first. One paragraph goes in at
 * the caret, inline; several blocks go after the caret's block, whole.
 *
 * @param root  Editor element.
 * @param range Selection, left after what was inserted.
 * @param html  HTML.
 */
export function insertHTML( root: Node, range: Range, html: string ): void {
	const template = document.createElement( 'template' );
	template.innerHTML = clean( html );
	const nodes = Array.from( template.content.childNodes );
	if ( ! nodes.length ) {
		return;
	}
	range.deleteContents();
	const only = nodes.length === 1 ? nodes[ 0 ] : null;
	const fragment = document.createDocumentFragment();
	if ( only && isElement( only ) && only.tagName === 'P' ) {
		fragment.append( ...Array.from( only.childNodes ) );
		const last = fragment.lastChild;
		range.insertNode( fragment );
		if ( last ) {
			range.setStartAfter( last );
			range.collapse( true );
		}
		return;
	}
	fragment.append( ...nodes );
	const last = fragment.lastChild;
	let block: Node | null = range.startContainer;
	while ( block && block !== root && block.parentNode !== root ) {
		block = block.parentNode;
	}
	if ( block && block !== root ) {
		root.insertBefore( fragment, block.nextSibling );
	} else {
		root.appendChild( fragment );
	}
	if ( last ) {
		range.setStartAfter( last );
		range.collapse( true );
	}
}

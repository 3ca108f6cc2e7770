/**
 * A message's text: HTML as the server stored it (the composer's, or an
 * email's with its layout and remote images held back), or plain text.
 * An email whose remote images were held back offers to show them: loading
 * them tells the sender the message was read, so it is the agent's call.
 * An email's quoted history (wrapped by the server, or after meta.quote_at
 * in plain text) is folded away behind "Show quoted text".
 */
import { Button } from '@wordpress/components';
import { RawHTML, useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { Message } from '../../api/types';

/** The attribute php/Messages/EmailHtml.php moves a remote image's src to. */
const HELD = 'data-storedesk-remote-src';
/** The wrapper php/Channels/Email/Inbound/QuotedReply.php puts around a quote. */
const QUOTE = 'data-storedesk-quote';

function QuoteToggle( {
	shown,
	onToggle,
}: {
	shown: boolean;
	onToggle: () => void;
} ) {
	return (
		<Button
			variant="link"
			className="storedesk-quote-toggle"
			aria-expanded={ shown }
			onClick={ onToggle }
		>
			{ shown
				? __( 'Hide quoted text', 'storedesk' )
				: __( 'Show quoted text', 'storedesk' ) }
		</Button>
	);
}

export function MessageBody( { message }: { message: Message } ) {
	const [ images, setImages ] = useState( false );
	const [ quote, setQuote ] = useState( false );
	const html = message.format === 'html' || message.format === 'email';
	const held = message.format === 'email' && message.body.includes( HELD );
	const body = useMemo(
		() =>
			images && held
				? message.body.replaceAll( `${ HELD }=`, 'src=' )
				: message.body,
		[ images, held, message.body ]
	);
	const toggle = () => setQuote( ( q ) => ! q );

	if ( ! html ) {
		// PHP counts characters, not UTF-16 units: split by code points.
		const at = message.meta.quote_at;
		const chars = typeof at === 'number' ? Array.from( message.body ) : [];
		if ( ! chars.length || ( at as number ) >= chars.length ) {
			return <div className="storedesk-body">{ message.body }</div>;
		}
		return (
			<div className="storedesk-body">
				{ chars
					.slice( 0, at as number )
					.join( '' )
					.trimEnd() }
				<QuoteToggle shown={ quote } onToggle={ toggle } />
				{ quote && (
					<div className="storedesk-quote">
						{ chars.slice( at as number ).join( '' ) }
					</div>
				) }
			</div>
		);
	}
	const folded = message.format === 'email' && message.body.includes( QUOTE );
	return (
		<>
			{ held && ! images && (
				<p className="storedesk-remote-images">
					{ __(
						'Remote images are not shown, so the sender cannot tell the message was opened.',
						'storedesk'
					) }{ ' ' }
					<Button variant="link" onClick={ () => setImages( true ) }>
						{ __( 'Show images', 'storedesk' ) }
					</Button>
				</p>
			) }
			{ /* Bodies are sanitised by the server before storage (MessageHtml, EmailHtml). */ }
			<RawHTML
				className={ `storedesk-body${
					message.format === 'email' ? ' is-email' : ''
				}${ quote ? ' is-quote-shown' : '' }` }
			>
				{ body }
			</RawHTML>
			{ folded && <QuoteToggle shown={ quote } onToggle={ toggle } /> }
		</>
	);
}

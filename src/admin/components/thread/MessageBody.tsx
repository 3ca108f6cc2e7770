/**
 * A message's text: HTML as the server stored it (the composer's, or an
 * email's with its layout and remote images held back), or plain text.
 * An email whose remote images were held back offers to show them: loading
 * them tells the sender the message was read, so it is the agent's call.
 */
import { Button } from '@wordpress/components';
import { RawHTML, useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { Message } from '../../api/types';

/** The attribute php/Messages/EmailHtml.php moves a remote image's src to. */
const HELD = 'data-storedesk-remote-src';

export function MessageBody( { message }: { message: Message } ) {
	const [ images, setImages ] = useState( false );
	const held = message.format === 'email' && message.body.includes( HELD );
	const body = useMemo(
		() =>
			images && held
				? message.body.replaceAll( `${ HELD }=`, 'src=' )
				: message.body,
		[ images, held, message.body ]
	);
	// Bodies are sanitised by the server before storage (MessageHtml, EmailHtml).
	if ( message.format !== 'html' && message.format !== 'email' ) {
		return <div className="storedesk-body">{ message.body }</div>;
	}
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
			<RawHTML
				className={ `storedesk-body${
					message.format === 'email' ? ' is-email' : ''
				}` }
			>
				{ body }
			</RawHTML>
		</>
	);
}

/**
 * Reply to the customer or write an internal note; send, or send and set the
 * status. Refuses to send blind when the customer wrote in the meantime.
 */
import {
	Button,
	Notice,
	TextareaControl,
	RadioControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { TicketStatus } from '../api/types';
import { store as messagesStore, type SendResult } from '../store/messages';

type Props = { ticketId: number; onTyping?: ( typing: boolean ) => void };

export function Composer( { ticketId, onTyping }: Props ) {
	const { send } = useDispatch( messagesStore ) as unknown as {
		send: ( id: number, d: object ) => Promise< SendResult >;
	};
	const [ kind, setKind ] = useState< 'reply' | 'note' >( 'reply' );
	const [ body, setBody ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const [ problem, setProblem ] = useState< string | null >( null );

	async function submit( status?: TicketStatus ) {
		setBusy( true );
		setProblem( null );
		const html = body
			.split( /\n{2,}/ )
			.map(
				( p ) =>
					`<p>${ p.replace( /&/g, '&amp;' ).replace( /</g, '&lt;' ).replace( /\n/g, '<br>' ) }</p>`
			)
			.join( '' );
		const result = await send( ticketId, {
			kind,
			body: html,
			...( status ? { status } : {} ),
		} );
		setBusy( false );
		if ( result.ok ) {
			setBody( '' );
			onTyping?.( false );
		} else if ( 'newer' in result ) {
			setProblem(
				__(
					'The customer wrote again while you were typing. Read the new message above, then send again.',
					'storedesk'
				)
			);
		} else {
			setProblem( result.error );
		}
	}

	return (
		<form
			className={ `storedesk-composer is-${ kind }` }
			onSubmit={ ( e ) => {
				e.preventDefault();
				submit();
			} }
		>
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
			{ problem && (
				<Notice status="warning" isDismissible={ false }>
					{ problem }
				</Notice>
			) }
			<TextareaControl
				__nextHasNoMarginBottom
				label={
					kind === 'reply'
						? __( 'Reply to the customer', 'storedesk' )
						: __(
								'Internal note (only agents see it)',
								'storedesk'
							)
				}
				value={ body }
				rows={ 5 }
				onChange={ ( value: string ) => {
					setBody( value );
					onTyping?.( value.trim() !== '' );
				} }
			/>
			<div className="storedesk-composer-actions">
				<Button
					variant="primary"
					type="submit"
					disabled={ busy || ! body.trim() }
				>
					{ kind === 'reply'
						? __( 'Send', 'storedesk' )
						: __( 'Add note', 'storedesk' ) }
				</Button>
				{ kind === 'reply' && (
					<>
						<Button
							variant="secondary"
							disabled={ busy || ! body.trim() }
							onClick={ () => submit( 'resolved' ) }
						>
							{ __( 'Send and resolve', 'storedesk' ) }
						</Button>
						<Button
							variant="secondary"
							disabled={ busy || ! body.trim() }
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

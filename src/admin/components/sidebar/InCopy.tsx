/**
 * Who else takes part: the people the customer copied in (an email's Cc),
 * who are copied on every reply, so the agent knows before writing who
 * will read it, and can take someone out of copy
 * (DELETE /tickets/{id}/participants/{contact}).
 */
import apiFetch from '@wordpress/api-fetch';
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import type { Person } from '../../api/types';
import { href } from '../../router';
import { store as ticketsStore } from '../../store/tickets';

const nameOf = ( p: Person ) =>
	p.email && p.name !== p.email
		? sprintf(
				/* translators: 1: name, 2: email address */
				__( '%1$s <%2$s>', 'storedesk' ),
				p.name,
				p.email
			)
		: p.name || p.email || '';

function Remove( { person, ticketId }: { person: Person; ticketId: number } ) {
	const { refreshTicket } = useDispatch( ticketsStore );
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState< string >();
	const remove = async () => {
		setBusy( true );
		setError( undefined );
		try {
			await apiFetch( {
				path: `/storedesk/v1/tickets/${ ticketId }/participants/${ person.id }`,
				method: 'DELETE',
			} );
			await refreshTicket( ticketId );
		} catch ( e ) {
			setError(
				( e as { message?: string } | null )?.message ||
					__( 'Could not take them out of copy.', 'storedesk' )
			);
			setBusy( false );
		}
	};
	return (
		<>
			<Button
				variant="link"
				isDestructive
				isBusy={ busy }
				disabled={ busy }
				onClick={ remove }
				label={ sprintf(
					/* translators: %s: name or address of the person in copy */
					__( 'Take %s out of copy', 'storedesk' ),
					nameOf( person )
				) }
			>
				{ __( 'Remove', 'storedesk' ) }
			</Button>
			{ error && (
				<span className="storedesk-field-error" role="alert">
					{ error }
				</span>
			) }
		</>
	);
}

export function InCopy( {
	people,
	ticketId,
}: {
	people: Person[];
	ticketId: number;
} ) {
	if ( ! people.length ) {
		return null;
	}
	return (
		<section
			className="storedesk-in-copy"
			aria-labelledby={ `storedesk-in-copy-${ ticketId }` }
		>
			<h4 id={ `storedesk-in-copy-${ ticketId }` }>
				{ __( 'In copy', 'storedesk' ) }
			</h4>
			<p>{ __( 'Copied on every reply.', 'storedesk' ) }</p>
			<ul>
				{ people.map( ( p ) => (
					<li key={ p.id }>
						<a href={ href( { name: 'contact', id: p.id } ) }>
							{ nameOf( p ) }
						</a>{ ' ' }
						<Remove person={ p } ticketId={ ticketId } />
					</li>
				) ) }
			</ul>
		</section>
	);
}

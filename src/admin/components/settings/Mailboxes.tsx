/**
 * Managers: the support addresses customers write to. Each says how its
 * mail comes in and how the last fetch went; "Check for new mail" queues a
 * fetch (POST /mailboxes/{id}/fetch) and watches GET /mailboxes until that
 * fetch has run. Each is shown by MailboxRow, and added or edited in
 * MailboxForm.
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, Notice, Spinner } from '@wordpress/components';
import { useCallback, useEffect, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { MailboxForm } from './MailboxForm';
import { MailboxRow } from './MailboxRow';
import { messageOf, type Mailbox } from './mailbox-types';

/** A fetch runs a few seconds after it is queued: look every 2 s, for 30 s. */
const POLL_EVERY = 2000;
const POLL_TRIES = 15;

export function Mailboxes() {
	const [ list, setList ] = useState< Mailbox[] >();
	const [ loadError, setLoadError ] = useState< string >();
	// The mailbox whose form is open: its id, 'new', or none.
	const [ editing, setEditing ] = useState< string >();
	const [ done, setDone ] = useState< string >();
	const [ checking, setChecking ] = useState< Record< string, boolean > >(
		{}
	);
	const [ problems, setProblems ] = useState<
		Record< string, string | undefined >
	>( {} );
	const timers = useRef( new Set< ReturnType< typeof setTimeout > >() );

	const load = useCallback( async () => {
		try {
			const rows = ( await apiFetch( {
				path: '/storedesk/v1/mailboxes',
			} ) ) as Mailbox[];
			setList( rows );
			setLoadError( undefined );
			return rows;
		} catch ( e ) {
			setLoadError(
				messageOf( e, __( 'An unknown error occurred.', 'storedesk' ) )
			);
		}
	}, [] );
	useEffect( () => {
		load();
		const pending = timers.current;
		// Waits end with the panel: a poll never outlives it.
		return () => pending.forEach( clearTimeout );
	}, [ load ] );

	const wait = () =>
		new Promise< void >( ( resolve ) => {
			const timer = setTimeout( () => {
				timers.current.delete( timer );
				resolve();
			}, POLL_EVERY );
			timers.current.add( timer );
		} );

	const check = async ( { id, last_fetch: before }: Mailbox ) => {
		const mark = ( on: boolean, problem?: string ) => {
			setChecking( ( c ) => ( { ...c, [ id ]: on } ) );
			setProblems( ( p ) => ( { ...p, [ id ]: problem } ) );
		};
		mark( true );
		try {
			await apiFetch( {
				path: `/storedesk/v1/mailboxes/${ id }/fetch`,
				method: 'POST',
			} );
		} catch ( e ) {
			mark(
				false,
				messageOf( e, __( 'The check could not start.', 'storedesk' ) )
			);
			return;
		}
		for ( let i = 0; i < POLL_TRIES; i++ ) {
			await wait();
			const rows = await load();
			const now = rows?.find( ( row ) => row.id === id );
			if (
				rows &&
				( ! now ||
					now.last_fetch.fetched_at !== before.fetched_at ||
					now.last_fetch.error_at !== before.error_at )
			) {
				mark( false );
				return;
			}
		}
		mark(
			false,
			__(
				'The check has not finished yet; it goes on in the background. Look again in a minute.',
				'storedesk'
			)
		);
	};

	const saved = ( mailbox: Mailbox ) => {
		setList( ( rows = [] ) =>
			rows.some( ( row ) => row.id === mailbox.id )
				? rows.map( ( row ) =>
						row.id === mailbox.id ? mailbox : row
					)
				: [ ...rows, mailbox ]
		);
		setEditing( undefined );
		setDone( __( 'Mailbox saved.', 'storedesk' ) );
	};
	const open = ( id: string ) => {
		setEditing( id );
		setDone( undefined );
	};

	return (
		<section
			className="storedesk-settings__panel"
			aria-labelledby="storedesk-mailboxes"
		>
			<h3 id="storedesk-mailboxes">
				{ __( 'Email mailboxes', 'storedesk' ) }
			</h3>
			<p>
				{ __(
					'Customers write to these addresses. Replies to customers leave from the mailbox their conversation came to. Mail on an IMAP server is fetched every 2 minutes.',
					'storedesk'
				) }
			</p>
			{ loadError !== undefined && (
				<Notice status="error" isDismissible={ false }>
					{ sprintf(
						/* translators: %s: error message */
						__( 'Could not load the mailboxes: %s', 'storedesk' ),
						loadError
					) }
				</Notice>
			) }
			{ done && (
				<Notice
					status="success"
					onRemove={ () => setDone( undefined ) }
				>
					{ done }
				</Notice>
			) }
			{ ! list && loadError === undefined && <Spinner /> }
			{ list && ! list.length && editing !== 'new' && (
				<p>
					{ __(
						'No mailbox yet. Add the address your customers write to.',
						'storedesk'
					) }
				</p>
			) }
			{ list && list.length > 0 && (
				<ul
					className="storedesk-mailboxes"
					aria-label={ __( 'Mailboxes', 'storedesk' ) }
				>
					{ list.map( ( mailbox ) =>
						editing === mailbox.id ? (
							<li
								key={ mailbox.id }
								className="storedesk-settings__row"
							>
								<MailboxForm
									mailbox={ mailbox }
									onSaved={ saved }
									onCancel={ () => setEditing( undefined ) }
								/>
							</li>
						) : (
							<MailboxRow
								key={ mailbox.id }
								mailbox={ mailbox }
								checking={ Boolean( checking[ mailbox.id ] ) }
								problem={ problems[ mailbox.id ] }
								onCheck={ () => check( mailbox ) }
								onEdit={ () => open( mailbox.id ) }
								onRemoved={ () => {
									setList( ( rows ) =>
										rows?.filter(
											( row ) => row.id !== mailbox.id
										)
									);
									setDone(
										__( 'Mailbox removed.', 'storedesk' )
									);
								} }
							/>
						)
					) }
				</ul>
			) }
			{ list && editing === 'new' && (
				<MailboxForm
					onSaved={ saved }
					onCancel={ () => setEditing( undefined ) }
				/>
			) }
			{ list && editing !== 'new' && (
				<div className="storedesk-settings__actions">
					<Button
						variant="secondary"
						onClick={ () => open( 'new' ) }
						__next40pxDefaultSize
					>
						{ __( 'Add mailbox', 'storedesk' ) }
					</Button>
				</div>
			) }
		</section>
	);
}

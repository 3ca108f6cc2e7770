/**
 * Files for the message being written: chosen, uploaded at once (so the
 * server checks type and size before the agent sends), listed, removable.
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, FormFileUpload, Notice, Spinner } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { closeSmall, upload } from '@wordpress/icons';

import type { MessageAttachment, UploadedAttachment } from '../../api/types';
import { formatSize } from './size';

type Props = {
	ticketId: number;
	files: MessageAttachment[];
	onChange: ( files: MessageAttachment[] ) => void;
	onBusy: ( busy: boolean ) => void;
};

type Failure = { name: string; message: string };

export function Attachments( { ticketId, files, onChange, onBusy }: Props ) {
	const [ pending, setPending ] = useState< string[] >( [] );
	const [ failures, setFailures ] = useState< Failure[] >( [] );

	async function add( list: FileList | null ) {
		const chosen = Array.from( list ?? [] );
		if ( ! chosen.length ) {
			return;
		}
		setFailures( [] );
		setPending( chosen.map( ( f ) => f.name ) );
		onBusy( true );
		const added: MessageAttachment[] = [];
		const failed: Failure[] = [];
		for ( const file of chosen ) {
			const body = new window.FormData();
			body.append( 'file', file, file.name );
			body.append( 'ticket_id', String( ticketId ) );
			try {
				const saved = ( await apiFetch( {
					path: '/storedesk/v1/attachments',
					method: 'POST',
					body,
				} ) ) as UploadedAttachment;
				added.push( {
					id: saved.id,
					name: saved.name,
					mime: saved.mime,
					size: saved.size,
					url: saved.url,
				} );
			} catch ( error ) {
				failed.push( {
					name: file.name,
					message:
						( error as { message?: string } ).message ??
						String( error ),
				} );
			}
		}
		setPending( [] );
		setFailures( failed );
		onBusy( false );
		if ( added.length ) {
			onChange( [ ...files, ...added ] );
		}
	}

	return (
		<div className="storedesk-attachments">
			{ files.length > 0 && (
				<ul aria-label={ __( 'Attached files', 'storedesk' ) }>
					{ files.map( ( f ) => (
						<li key={ f.id }>
							<span>{ f.name }</span>{ ' ' }
							<span className="storedesk-size">
								{ formatSize( f.size ) }
							</span>
							<Button
								size="small"
								icon={ closeSmall }
								label={ sprintf(
									/* translators: %s: file name */
									__( 'Remove %s', 'storedesk' ),
									f.name
								) }
								onClick={ () =>
									onChange(
										files.filter( ( x ) => x.id !== f.id )
									)
								}
							/>
						</li>
					) ) }
				</ul>
			) }
			{ pending.length > 0 && (
				<p role="status">
					<Spinner />
					{ sprintf(
						/* translators: %s: file names */
						__( 'Uploading %s…', 'storedesk' ),
						pending.join( ', ' )
					) }
				</p>
			) }
			{ failures.map( ( f ) => (
				<Notice
					key={ f.name }
					status="error"
					onRemove={ () =>
						setFailures( failures.filter( ( x ) => x !== f ) )
					}
				>
					{ sprintf(
						/* translators: 1: file name, 2: why it was refused */
						__( '%1$s was not attached: %2$s', 'storedesk' ),
						f.name,
						f.message
					) }
				</Notice>
			) ) }
			<FormFileUpload
				multiple
				onChange={ ( e ) => {
					add( e.currentTarget.files );
					// The same file chosen again after removing it must fire a change.
					e.currentTarget.value = '';
				} }
				render={ ( { openFileDialog } ) => (
					<Button
						variant="tertiary"
						icon={ upload }
						disabled={ pending.length > 0 }
						onClick={ openFileDialog }
					>
						{ __( 'Attach files', 'storedesk' ) }
					</Button>
				) }
			/>
		</div>
	);
}

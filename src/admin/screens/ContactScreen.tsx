/**
 * One person: who they are on every channel, everything they ever wrote
 * about, and (for those allowed) editing and merging duplicates.
 */
import { Button, Notice, Spinner } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { LogCallButton } from '../components/calls/LogCallButton';
import { ContactDetails } from '../components/contacts/ContactDetails';
import { ContactEditForm } from '../components/contacts/ContactEditForm';
import { ContactTickets } from '../components/contacts/ContactTickets';
import { MergeContactDialog } from '../components/contacts/MergeContactDialog';
import { SignOutLinks } from '../components/contacts/SignOutLinks';
import { href, navigate } from '../router';
import { store as directoryStore } from '../store/directory';
import { useContact } from '../store/use-contacts';

function BackLink() {
	return (
		<p>
			<a href={ href( { name: 'contacts' } ) }>
				{ __( '← Contacts', 'storedesk' ) }
			</a>
		</p>
	);
}

export function ContactScreen( { id }: { id: number } ) {
	const { contact, isLoading, error, mergedInto } = useContact( id );
	const me = useSelect( ( select ) => select( directoryStore ).getMe(), [] );
	const [ editing, setEditing ] = useState( false );
	const [ merging, setMerging ] = useState( false );
	const can = ( cap: string ) => Boolean( me?.capabilities?.[ cap ] );

	if ( mergedInto ) {
		return (
			<div className="storedesk-contact">
				<BackLink />
				<Notice status="info" isDismissible={ false }>
					{ __(
						'This contact was merged into another.',
						'storedesk'
					) }{ ' ' }
					<a href={ href( { name: 'contact', id: mergedInto } ) }>
						{ __( 'Open the contact that stayed', 'storedesk' ) }
					</a>
				</Notice>
			</div>
		);
	}
	if ( error ) {
		return (
			<div className="storedesk-contact">
				<BackLink />
				<Notice status="error" isDismissible={ false }>
					{ error.message ??
						__( 'That contact does not exist.', 'storedesk' ) }
				</Notice>
			</div>
		);
	}
	if ( isLoading || ! contact ) {
		return <Spinner />;
	}
	return (
		<div className="storedesk-contact">
			<BackLink />
			<div className="storedesk-contact-header">
				<h2>{ contact.name }</h2>
				{ ! editing && (
					<div className="storedesk-form-actions">
						{ can( 'storedesk_edit_tickets' ) && (
							<LogCallButton contact={ contact } />
						) }
						{ can( 'storedesk_edit_contacts' ) && (
							<Button
								variant="secondary"
								onClick={ () => setEditing( true ) }
								__next40pxDefaultSize
							>
								{ __( 'Edit contact', 'storedesk' ) }
							</Button>
						) }
						{ can( 'storedesk_edit_contacts' ) && (
							<SignOutLinks contact={ contact } />
						) }
						{ can( 'storedesk_merge_contacts' ) && (
							<Button
								variant="secondary"
								onClick={ () => setMerging( true ) }
								__next40pxDefaultSize
							>
								{ __(
									'Merge with another contact…',
									'storedesk'
								) }
							</Button>
						) }
					</div>
				) }
			</div>
			<div className="storedesk-contact-body">
				<div className="storedesk-contact-profile">
					{ editing ? (
						<ContactEditForm
							contact={ contact }
							onDone={ () => setEditing( false ) }
							canMoveAddress={ can(
								'storedesk_view_all_tickets'
							) }
						/>
					) : (
						<ContactDetails
							contact={ contact }
							woocommerce={ Boolean( me?.woocommerce ) }
						/>
					) }
				</div>
				<ContactTickets contactId={ contact.id } />
			</div>
			{ merging && (
				<MergeContactDialog
					contact={ contact }
					onClose={ () => setMerging( false ) }
					onMerged={ ( survivor ) => {
						setMerging( false );
						navigate( { name: 'contact', id: survivor.id } );
					} }
				/>
			) }
		</div>
	);
}

/**
 * Save the list as it is now (filters, search, sort, columns) as a view of
 * one's own; on a saved view, also save changes to it, rename or delete it.
 */
import { Button, Modal, TextControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import type { SavedView } from '../../api/types';
import { LANDING, navigate } from '../../router';
import { store as directoryStore } from '../../store/directory';
import type { InboxView } from '../../views';
import { toSavedQuery, type ListState } from './query';

type SaveView = (
	view: Omit< SavedView, 'id' > & { id?: string }
) => Promise< SavedView | null >;

function NameForm( {
	title,
	initial,
	submitLabel,
	onSubmit,
	onClose,
}: {
	title: string;
	initial: string;
	submitLabel: string;
	onSubmit: ( name: string ) => Promise< unknown >;
	onClose: () => void;
} ) {
	const [ name, setName ] = useState( initial );
	const [ busy, setBusy ] = useState( false );
	return (
		<Modal title={ title } size="small" onRequestClose={ onClose }>
			<form
				onSubmit={ async ( event ) => {
					event.preventDefault();
					setBusy( true );
					await onSubmit( name.trim() );
					setBusy( false );
				} }
			>
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'View name', 'storedesk' ) }
					value={ name }
					maxLength={ 100 }
					required
					onChange={ setName }
				/>
				<div className="storedesk-change-form__actions">
					<Button variant="tertiary" onClick={ onClose }>
						{ __( 'Cancel', 'storedesk' ) }
					</Button>
					<Button
						variant="primary"
						type="submit"
						isBusy={ busy }
						disabled={ busy || ! name.trim() }
						accessibleWhenDisabled
					>
						{ submitLabel }
					</Button>
				</div>
			</form>
		</Modal>
	);
}

type Props = { view: InboxView; state: ListState };

export function SavedViewActions( { view, state }: Props ) {
	const { saveView, deleteView } = useDispatch(
		directoryStore
	) as unknown as {
		saveView: SaveView;
		deleteView: ( id: string ) => Promise< boolean >;
	};
	const { createSuccessNotice } = useDispatch( noticesStore );
	const [ dialog, setDialog ] = useState<
		'save' | 'rename' | 'delete' | null
	>( null );
	const savedId =
		view.group === 'saved' ? view.id.slice( 'saved/'.length ) : null;
	const current = () => ( {
		query: toSavedQuery( state ),
		columns: state.fields ?? [],
	} );
	const done = ( message: string ) => {
		setDialog( null );
		createSuccessNotice( message, { type: 'snackbar' } );
	};
	return (
		<div className="storedesk-view-actions">
			<Button
				variant="secondary"
				size="compact"
				onClick={ () => setDialog( 'save' ) }
			>
				{ __( 'Save as new view', 'storedesk' ) }
			</Button>
			{ savedId && (
				<>
					<Button
						variant="secondary"
						size="compact"
						onClick={ async () => {
							if (
								await saveView( {
									id: savedId,
									name: view.label,
									...current(),
								} )
							) {
								done( __( 'View updated.', 'storedesk' ) );
							}
						} }
					>
						{ __( 'Save changes', 'storedesk' ) }
					</Button>
					<Button
						variant="tertiary"
						size="compact"
						onClick={ () => setDialog( 'rename' ) }
					>
						{ __( 'Rename view', 'storedesk' ) }
					</Button>
					<Button
						variant="tertiary"
						size="compact"
						isDestructive
						onClick={ () => setDialog( 'delete' ) }
					>
						{ __( 'Delete view', 'storedesk' ) }
					</Button>
				</>
			) }
			{ dialog === 'save' && (
				<NameForm
					title={ __( 'Save as new view', 'storedesk' ) }
					initial=""
					submitLabel={ __( 'Save view', 'storedesk' ) }
					onClose={ () => setDialog( null ) }
					onSubmit={ async ( name ) => {
						const saved = await saveView( { name, ...current() } );
						if ( saved ) {
							done( __( 'View saved.', 'storedesk' ) );
							navigate( {
								name: 'inbox',
								view: `saved/${ saved.id }`,
							} );
						}
					} }
				/>
			) }
			{ dialog === 'rename' && savedId && (
				<NameForm
					title={ __( 'Rename view', 'storedesk' ) }
					initial={ view.label }
					submitLabel={ __( 'Rename', 'storedesk' ) }
					onClose={ () => setDialog( null ) }
					onSubmit={ async ( name ) => {
						// Renaming keeps what the view was saved with, not unsaved changes.
						if (
							await saveView( {
								id: savedId,
								name,
								query: view.query,
								columns: view.columns ?? [],
							} )
						) {
							done( __( 'View renamed.', 'storedesk' ) );
						}
					} }
				/>
			) }
			{ dialog === 'delete' && savedId && (
				<Modal
					title={ __( 'Delete view', 'storedesk' ) }
					size="small"
					onRequestClose={ () => setDialog( null ) }
				>
					<p>
						{ sprintf(
							/* translators: %s: name of a saved view */
							__(
								'Delete the view “%s”? The conversations in it stay as they are.',
								'storedesk'
							),
							view.label
						) }
					</p>
					<div className="storedesk-change-form__actions">
						<Button
							variant="tertiary"
							onClick={ () => setDialog( null ) }
						>
							{ __( 'Cancel', 'storedesk' ) }
						</Button>
						<Button
							variant="primary"
							isDestructive
							onClick={ async () => {
								if ( await deleteView( savedId ) ) {
									done( __( 'View deleted.', 'storedesk' ) );
									navigate( {
										name: 'inbox',
										view: LANDING,
									} );
								}
							} }
						>
							{ __( 'Delete', 'storedesk' ) }
						</Button>
					</div>
				</Modal>
			) }
		</div>
	);
}

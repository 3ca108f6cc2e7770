/**
 * Merges a duplicate into this contact (or this one into it): find the other
 * contact, choose which one stays, read what will happen, confirm.
 */
import {
	Button,
	Modal,
	Notice,
	RadioControl,
	SearchControl,
	Spinner,
} from '@wordpress/components';
import { useDebouncedInput } from '@wordpress/compose';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import type { Contact } from '../../api/types';
import {
	useContactActions,
	useContacts,
	useContactTickets,
} from '../../store/use-contacts';
import { emailsOf, phonesOf } from './labels';

const describe = ( c: Contact ) =>
	[ c.name, ...emailsOf( c ), ...phonesOf( c ) ]
		.filter( ( v, i, all ) => all.indexOf( v ) === i )
		.join( ' · ' );

function Candidates( {
	search,
	exclude,
	selected,
	onSelect,
}: {
	search: string;
	exclude: number;
	selected?: Contact;
	onSelect: ( c: Contact ) => void;
} ) {
	const { contacts, isLoading, error } = useContacts( {
		search,
		per_page: 10,
	} );
	const others = contacts.filter( ( c ) => c.id !== exclude );
	if ( isLoading ) {
		return <Spinner />;
	}
	if ( error ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ error.message }
			</Notice>
		);
	}
	if ( ! others.length ) {
		return <p>{ __( 'No other contact matches.', 'storedesk' ) }</p>;
	}
	return (
		<RadioControl
			label={ __( 'Contact to merge', 'storedesk' ) }
			selected={ selected ? String( selected.id ) : undefined }
			options={ others.map( ( c ) => ( {
				value: String( c.id ),
				label: describe( c ),
			} ) ) }
			onChange={ ( id ) =>
				onSelect( others.find( ( c ) => String( c.id ) === id )! )
			}
		/>
	);
}

function useConversationCount( id: number ): number | undefined {
	const { total, isLoading } = useContactTickets( id, { per_page: 1 } );
	return isLoading ? undefined : total;
}

function Summary( { keep, fold }: { keep: Contact; fold: Contact } ) {
	const count = useConversationCount( fold.id );
	return (
		<Notice
			status="warning"
			isDismissible={ false }
			className="storedesk-merge-summary"
		>
			<p>
				<strong>
					{ sprintf(
						/* translators: 1: contact merged away, 2: contact that stays */
						__( '%1$s will be merged into %2$s.', 'storedesk' ),
						fold.name,
						keep.name
					) }
				</strong>
			</p>
			<ul>
				<li>
					{ count === undefined
						? __(
								'Their conversations move to the contact that stays.',
								'storedesk'
							)
						: sprintf(
								/* translators: 1: number of conversations, 2: contact that stays */
								_n(
									'%1$d conversation moves to %2$s.',
									'%1$d conversations move to %2$s.',
									count,
									'storedesk'
								),
								count,
								keep.name
							) }
				</li>
				<li>
					{ sprintf(
						/* translators: 1: addresses, 2: contact that stays */
						__(
							'Their addresses (%1$s) now reach %2$s.',
							'storedesk'
						),
						fold.identities.map( ( i ) => i.value ).join( ', ' ) ||
							__( 'none', 'storedesk' ),
						keep.name
					) }
				</li>
				<li>
					{ __(
						'Empty details are filled in and notes are combined.',
						'storedesk'
					) }
				</li>
				<li>
					{ sprintf(
						/* translators: %s: contact merged away */
						__(
							'%s leaves the contacts list; old links lead to the contact that stays. This cannot be undone.',
							'storedesk'
						),
						fold.name
					) }
				</li>
			</ul>
		</Notice>
	);
}

export function MergeContactDialog( {
	contact,
	onClose,
	onMerged,
}: {
	contact: Contact;
	onClose: () => void;
	onMerged: ( survivor: Contact ) => void;
} ) {
	const [ input, setInput, search ] = useDebouncedInput( '' );
	const [ other, setOther ] = useState< Contact >();
	const [ keepId, setKeepId ] = useState( contact.id );
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState< string >();
	const { mergeContacts } = useContactActions();
	const keep = other && keepId === other.id ? other : contact;
	const fold = other && keepId === other.id ? contact : other;

	const confirm = async () => {
		if ( ! fold ) {
			return;
		}
		setBusy( true );
		setError( undefined );
		const result = await mergeContacts( keep.id, fold.id );
		setBusy( false );
		if ( result.contact ) {
			onMerged( result.contact );
		} else {
			setError( result.error?.message );
		}
	};

	return (
		<Modal
			title={ __( 'Merge contacts', 'storedesk' ) }
			onRequestClose={ onClose }
			className="storedesk-merge-dialog"
			size="medium"
		>
			<SearchControl
				__nextHasNoMarginBottom
				label={ __( 'Find the duplicate contact', 'storedesk' ) }
				placeholder={ __( 'Name, email, phone…', 'storedesk' ) }
				value={ input }
				onChange={ ( value: string ) => setInput( value ) }
			/>
			{ search.trim() && (
				<Candidates
					search={ search.trim() }
					exclude={ contact.id }
					selected={ other }
					onSelect={ ( c ) => {
						setOther( c );
						setKeepId( contact.id );
					} }
				/>
			) }
			{ other && (
				<RadioControl
					label={ __( 'Which contact stays?', 'storedesk' ) }
					selected={ String( keepId ) }
					options={ [ contact, other ].map( ( c ) => ( {
						value: String( c.id ),
						label: describe( c ),
					} ) ) }
					onChange={ ( id ) => setKeepId( Number( id ) ) }
				/>
			) }
			{ other && fold && <Summary keep={ keep } fold={ fold } /> }
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			<div className="storedesk-form-actions">
				<Button
					variant="primary"
					isDestructive
					disabled={ ! fold || busy }
					accessibleWhenDisabled
					isBusy={ busy }
					onClick={ confirm }
					__next40pxDefaultSize
				>
					{ __( 'Merge contacts', 'storedesk' ) }
				</Button>
				<Button
					variant="tertiary"
					onClick={ onClose }
					__next40pxDefaultSize
				>
					{ __( 'Cancel', 'storedesk' ) }
				</Button>
			</div>
		</Modal>
	);
}

/**
 * Contacts: everyone who wrote in, found by the start of a name, an email
 * address, a phone number or a channel id, a page at a time.
 *
 * A plain table rather than DataViews: DataViews 19 brings its filters, date
 * pickers and their libraries along (admin.js grew from 20 KB to 840 KB when
 * tried), for a list that only needs a search box and pages.
 */
import { Notice, SearchControl, Spinner } from '@wordpress/components';
import { useDebouncedInput } from '@wordpress/compose';
import { useEffect, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import type { Contact } from '../api/types';
import {
	ChannelLabel,
	channelsOf,
	emailsOf,
	phonesOf,
} from '../components/contacts/labels';
import { href } from '../router';
import { useContacts } from '../store/use-contacts';
import { Pager } from '../components/Pager';

const PER_PAGE = 25;

// The last search and page survive a visit to a contact and the way back.
const remembered = { search: '', page: 1 };

function Lines( { values }: { values: string[] } ) {
	if ( ! values.length ) {
		return null;
	}
	return (
		<span className="storedesk-lines">
			{ values.map( ( v ) => (
				<span key={ v }>{ v }</span>
			) ) }
		</span>
	);
}

function Row( { contact }: { contact: Contact } ) {
	const channels = channelsOf( contact );
	return (
		<tr>
			<th scope="row">
				<a href={ href( { name: 'contact', id: contact.id } ) }>
					{ contact.name }
				</a>
			</th>
			<td data-colname={ __( 'Email', 'storedesk' ) }>
				<Lines values={ emailsOf( contact ) } />
			</td>
			<td data-colname={ __( 'Phone', 'storedesk' ) }>
				<Lines values={ phonesOf( contact ) } />
			</td>
			<td data-colname={ __( 'Channels', 'storedesk' ) }>
				{ channels.length > 0 && (
					<span className="storedesk-channels">
						{ channels.map( ( c ) => (
							<ChannelLabel key={ c } channel={ c } />
						) ) }
					</span>
				) }
			</td>
		</tr>
	);
}

export function ContactsScreen() {
	const [ input, setInput, debounced ] = useDebouncedInput(
		remembered.search
	);
	const search = debounced.trim();
	// A new search starts on its first page, without a request for the old page.
	const [ paging, setPaging ] = useState( () => ( { ...remembered } ) );
	const page = paging.search === search ? paging.page : 1;
	const setPage = ( next: number ) => setPaging( { search, page: next } );
	useEffect( () => {
		remembered.search = search;
		remembered.page = page;
	}, [ search, page ] );
	const { contacts, total, totalPages, isLoading, error } = useContacts( {
		page,
		per_page: PER_PAGE,
		...( search ? { search } : {} ),
	} );
	return (
		<section
			className="storedesk-contacts"
			aria-labelledby="storedesk-contacts-title"
		>
			<h2 id="storedesk-contacts-title">
				{ __( 'Contacts', 'storedesk' ) }
			</h2>
			<SearchControl
				__nextHasNoMarginBottom
				label={ __(
					'Search by name, email, phone or channel id',
					'storedesk'
				) }
				placeholder={ __( 'Name, email, phone…', 'storedesk' ) }
				value={ input }
				onChange={ ( value: string ) => setInput( value ) }
			/>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ sprintf(
						/* translators: %s: error message */
						__(
							'The contacts could not be loaded: %s',
							'storedesk'
						),
						error.message ?? ''
					) }
				</Notice>
			) }
			{ isLoading && <Spinner /> }
			<p className="storedesk-count" aria-live="polite">
				{ ! isLoading &&
					! error &&
					sprintf(
						/* translators: 1: number of contacts, 2: page, 3: pages */
						_n(
							'%1$d contact · page %2$d of %3$d',
							'%1$d contacts · page %2$d of %3$d',
							total,
							'storedesk'
						),
						total,
						Math.min( page, Math.max( totalPages, 1 ) ),
						Math.max( totalPages, 1 )
					) }
			</p>
			{ ! isLoading && ! error && ! contacts.length && (
				<p>
					{ search
						? __( 'No contact matches that search.', 'storedesk' )
						: __( 'No contacts yet.', 'storedesk' ) }
				</p>
			) }
			{ contacts.length > 0 && (
				<div
					className="storedesk-table-scroll"
					role="region"
					aria-label={ __( 'Contacts list', 'storedesk' ) }
					// Focusable so the table can be scrolled with the keyboard on a phone.
					tabIndex={ 0 }
				>
					<table className="widefat striped storedesk-stacked">
						<caption className="screen-reader-text">
							{ __( 'Contacts', 'storedesk' ) }
						</caption>
						<thead>
							<tr>
								<th scope="col">
									{ __( 'Name', 'storedesk' ) }
								</th>
								<th scope="col">
									{ __( 'Email', 'storedesk' ) }
								</th>
								<th scope="col">
									{ __( 'Phone', 'storedesk' ) }
								</th>
								<th scope="col">
									{ __( 'Channels', 'storedesk' ) }
								</th>
							</tr>
						</thead>
						<tbody>
							{ contacts.map( ( c ) => (
								<Row key={ c.id } contact={ c } />
							) ) }
						</tbody>
					</table>
				</div>
			) }
			<Pager
				page={ page }
				totalPages={ totalPages }
				onChange={ setPage }
				previousLabel={ __( 'Previous page', 'storedesk' ) }
				nextLabel={ __( 'Next page', 'storedesk' ) }
			/>
		</section>
	);
}

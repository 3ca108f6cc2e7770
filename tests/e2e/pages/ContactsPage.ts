/**
 * The contacts screens, used the way an agent would: the list with its
 * search, a contact's page, the edit form and the merge dialog.
 */
import type { Page } from '@playwright/test';

import { api } from './api';

export type Contact = {
	id: number;
	name: string;
	email: string | null;
	phone: string | null;
	notes: string | null;
	identities: Array< { channel: string; value: string } >;
};

export class ContactsPage {
	constructor( private readonly page: Page ) {}

	async openList(): Promise< void > {
		await this.page.goto( '/wp-admin/admin.php?page=storedesk#/contacts' );
	}

	async open( id: number ): Promise< void > {
		await this.page.goto(
			`/wp-admin/admin.php?page=storedesk#/contacts/${ id }`
		);
	}

	get search() {
		return this.page.getByRole( 'searchbox', {
			name: 'Search by name, email, phone or channel id',
		} );
	}

	get list() {
		return this.page.getByRole( 'table', { name: 'Contacts' } );
	}

	get conversations() {
		return this.page.getByRole( 'table', {
			name: 'Conversations, newest first',
		} );
	}

	field( name: string ) {
		return this.page
			.getByRole( 'form', { name: 'Edit contact' } )
			.getByRole( 'textbox', { name, exact: true } );
	}

	/**
	 * A ticket, and with it a contact, as a channel would create it.
	 *
	 * @param channel  Channel the customer wrote on.
	 * @param subject  Ticket subject.
	 * @param customer Name, email and/or phone.
	 */
	async ticketFrom(
		channel: string,
		subject: string,
		customer: Record< string, string >
	): Promise< { id: number; contact: { id: number } } > {
		return api( this.page, 'POST', '/tickets', {
			subject,
			channel,
			customer,
			message: { body: `${ subject }.`, format: 'text' },
		} );
	}

	async contact( id: number ): Promise< Contact > {
		return api< Contact >( this.page, 'GET', `/contacts/${ id }` );
	}

	async ticketIds( contactId: number ): Promise< number[] > {
		const tickets = await api< Array< { id: number } > >(
			this.page,
			'GET',
			`/contacts/${ contactId }/tickets`
		);
		return tickets.map( ( t ) => t.id ).sort( ( a, b ) => a - b );
	}
}

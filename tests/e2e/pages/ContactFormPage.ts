/**
 * The contact form (block or shortcode), used the way a shopper would.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The e2e site refuses a form sent within form_min_seconds (1) of being
 * shown, as the spam guard does for bots; a person never types that fast,
 * a spec on a quick site without WooCommerce can.
 */
const PERSON_MS = 1200;

export class ContactFormPage {
	readonly form: Locator;

	private shownAt = Date.now();

	constructor(
		private readonly page: Page,
		root?: Locator
	) {
		this.form = ( root || page ).getByRole( 'form', {
			name: 'Contact us',
		} );
	}

	async open( path = '/e2e-contact/' ): Promise< void > {
		await this.page.goto( path );
		await expect( this.form ).toBeVisible();
		this.shownAt = Date.now();
	}

	field( label: string | RegExp ): Locator {
		return this.form.getByLabel( label );
	}

	async fill( values: {
		name?: string;
		email?: string;
		subject?: string;
		message?: string;
		topic?: string;
		order?: string;
	} ): Promise< void > {
		if ( values.name !== undefined ) {
			await this.field( /^Your name/ ).fill( values.name );
		}
		if ( values.email !== undefined ) {
			await this.field( /^Email address/ ).fill( values.email );
		}
		if ( values.subject !== undefined ) {
			await this.field( /^Subject/ ).fill( values.subject );
		}
		if ( values.topic !== undefined ) {
			await this.field( /^Topic/ ).selectOption( {
				label: values.topic,
			} );
		}
		if ( values.order !== undefined ) {
			await this.field( /^Order number/ ).fill( values.order );
		}
		if ( values.message !== undefined ) {
			await this.field( /^How can we help/ ).fill( values.message );
		}
	}

	/**
	 * Chooses files in the form's file input, as the file chooser would.
	 *
	 * @param files Name, type and bytes of each file.
	 */
	async attach(
		files: Array< { name: string; mimeType: string; buffer: Buffer } >
	): Promise< void > {
		await this.field( /^Attachments/ ).setInputFiles( files );
	}

	async send(): Promise< void > {
		const early = this.shownAt + PERSON_MS - Date.now();
		if ( early > 0 ) {
			await this.page.waitForTimeout( early );
		}
		await this.form.getByRole( 'button', { name: 'Send message' } ).click();
	}

	/**
	 * The whole errand: opens the form, fills it, sends it once a person
	 * could have, and returns the ticket number the page confirms.
	 *
	 * @param values Fields to fill.
	 * @param path   Page with the form.
	 */
	async submit(
		values: Parameters< ContactFormPage[ 'fill' ] >[ 0 ],
		path?: string
	): Promise< number > {
		await this.open( path );
		await this.fill( values );
		await this.send();
		return this.ticketNumber();
	}

	/** The ticket number the success message shows. */
	async ticketNumber(): Promise< number > {
		const success = this.page.getByText(
			/Your request #\d+ has been received/
		);
		await expect( success ).toBeVisible();
		return Number(
			/#(\d+)/.exec( ( await success.textContent() ) || '' )?.[ 1 ]
		);
	}

	/**
	 * Asserts the field is marked invalid and described by the message.
	 * @param label
	 * @param message
	 */
	async expectError(
		label: string | RegExp,
		message: string | RegExp
	): Promise< void > {
		const field = this.field( label );
		await expect( field ).toHaveAttribute( 'aria-invalid', 'true' );
		// The message is the field's description: its aria-describedby slot, right below it.
		await expect( field ).toHaveAccessibleDescription( message );
	}
}

/**
 * A manager sets up the storefront in Support → Settings: a mistake is
 * marked beside its field and nothing is saved; then a new form field, a
 * blocked domain and the launcher's text and corner are saved in one go and
 * a shopper sees them on the next page load.
 */
import { expect, test } from '../../fixtures';
import { expectAccessible } from '../../pages/a11y';
import { api } from '../../pages/api';
import { ContactFormPage } from '../../pages/ContactFormPage';
import { LoginPage } from '../../pages/LoginPage';

const KEYS = [
	'form_fields',
	'spam_blocklist',
	'widget_label',
	'widget_position',
] as const;

test( 'storefront settings saved in wp-admin reach the shopper', async ( {
	page,
	browser,
} ) => {
	await new LoginPage( page ).logIn();
	const before = await api< Record< string, unknown > >(
		page,
		'GET',
		'/settings'
	);
	try {
		await page.goto( '/wp-admin/admin.php?page=storedesk#/settings' );
		const panel = page.getByRole( 'region', { name: 'Storefront' } );
		await expect(
			panel.getByRole( 'group', { name: 'Extra field 1' } )
		).toBeVisible();
		await expectAccessible( page, 'storefront settings' );

		await panel.getByRole( 'button', { name: 'Add a field' } ).click();
		const field = panel.getByRole( 'group', { name: 'Extra field 2' } );
		await field
			.getByRole( 'combobox', { name: 'Kind' } )
			.selectOption( { label: 'List of options' } );
		await panel
			.getByRole( 'button', { name: 'Save storefront settings' } )
			.click();
		await expect(
			field.getByRole( 'textbox', { name: 'Options, one per line' } )
		).toHaveAccessibleDescription( 'A list needs at least one option.' );
		expect(
			( await api< typeof before >( page, 'GET', '/settings' ) )
				.form_fields
		).toEqual( before.form_fields );

		await field
			.getByRole( 'textbox', { name: 'Label' } )
			.fill( 'Gift wrap' );
		await field
			.getByRole( 'textbox', { name: 'Options, one per line' } )
			.fill( 'Red paper\nGreen paper' );
		await field.getByRole( 'checkbox', { name: 'Required' } ).check();
		await panel
			.getByRole( 'textbox', { name: 'Blocked addresses and domains' } )
			.fill( 'Spammy.example' );
		await panel
			.getByRole( 'combobox', { name: 'Corner' } )
			.selectOption( { label: 'Bottom left' } );
		await panel
			.getByRole( 'textbox', { name: 'Launcher text' } )
			.fill( 'Ask us' );
		await panel
			.getByRole( 'button', { name: 'Save storefront settings' } )
			.click();
		await expect(
			page
				.getByTestId( 'snackbar' )
				.filter( { hasText: 'Storefront settings saved.' } )
		).toBeVisible();

		const after = await api< Record< string, unknown > >(
			page,
			'GET',
			'/settings'
		);
		expect( after.spam_blocklist ).toEqual( [ 'spammy.example' ] );
		expect( after.form_fields ).toEqual( [
			// Saved fields come back as they were (with "required" spelt out).
			...( before.form_fields as Array< Record< string, unknown > > ).map(
				( f ) => expect.objectContaining( f )
			),
			{
				key: 'gift_wrap',
				label: 'Gift wrap',
				type: 'select',
				required: true,
				options: [ 'Red paper', 'Green paper' ],
			},
		] );

		const shopper = await browser.newPage();
		try {
			const form = new ContactFormPage( shopper );
			await form.open();
			await expect(
				form.form.getByRole( 'combobox', { name: /^Gift wrap/ } )
			).toHaveAttribute( 'required', '' );
			const launcher = shopper.getByRole( 'button', { name: 'Ask us' } );
			await expect( launcher ).toBeVisible();
			const box = await launcher.boundingBox();
			expect( box && box.x ).toBeLessThan(
				( shopper.viewportSize()?.width ?? 1280 ) / 2
			);
		} finally {
			await shopper.close();
		}
	} finally {
		await api(
			page,
			'PATCH',
			'/settings',
			Object.fromEntries( KEYS.map( ( k ) => [ k, before[ k ] ] ) )
		);
	}
} );

/**
 * An agent works a conversation from the ticket screen: an internal note, a
 * reply that resolves, and a priority change; the server has all of it.
 */
import { expect, test } from '../../fixtures';
import { expectAccessible } from '../../pages/a11y';
import { api } from '../../pages/api';
import { LoginPage } from '../../pages/LoginPage';

test( 'note, reply and resolve, change priority', async ( { page } ) => {
	await new LoginPage( page ).logIn();
	const ticket = await api< { id: number } >( page, 'POST', '/tickets', {
		subject: `Scarf arrived faded ${ Date.now() }`,
		channel: 'email',
		customer: {
			name: 'Nadia Florez',
			email: `nadia${ Date.now() }@example.test`,
		},
		message: { body: '<p>The cashmere scarf looks washed out.</p>' },
	} );

	await page.goto(
		`/wp-admin/admin.php?page=storedesk#/tickets/${ ticket.id }`
	);
	const thread = page.getByRole( 'list', { name: 'Conversation' } );
	await expect(
		thread.getByRole( 'article', { name: 'Customer from Nadia Florez' } )
	).toContainText( 'washed out' );

	await expectAccessible( page, 'ticket screen' );

	await page.getByRole( 'radio', { name: 'Note' } ).click();
	await page
		.getByRole( 'textbox', { name: 'Internal note (only agents see it)' } )
		.fill( 'Batch 42 had a dye problem.' );
	await page.getByRole( 'button', { name: 'Add note' } ).click();
	await expect(
		thread.getByRole( 'article', { name: /^Internal note from/ } )
	).toContainText( 'Batch 42' );

	await page.getByRole( 'radio', { name: 'Reply' } ).click();
	await page
		.getByRole( 'textbox', { name: 'Reply to the customer' } )
		.fill( 'So sorry! A new scarf is on its way.' );
	await page.getByRole( 'button', { name: 'Send and resolve' } ).click();
	await expect(
		thread.getByRole( 'article', { name: /^Reply from/ } )
	).toContainText( 'new scarf' );
	await expect(
		page.getByRole( 'combobox', { name: 'Status' } )
	).toHaveValue( 'resolved' );

	await page
		.getByRole( 'combobox', { name: 'Priority' } )
		.selectOption( 'urgent' );
	await expect
		.poll(
			async () =>
				(
					await api< { priority: string; status: string } >(
						page,
						'GET',
						`/tickets/${ ticket.id }`
					)
				).priority
		)
		.toBe( 'urgent' );
	const saved = await api< { status: string; message_count: number } >(
		page,
		'GET',
		`/tickets/${ ticket.id }`
	);
	expect( saved.status ).toBe( 'resolved' );
	const kinds = (
		await api< Array< { kind: string } > >(
			page,
			'GET',
			`/tickets/${ ticket.id }/messages`
		)
	).map( ( m ) => m.kind );
	expect( kinds ).toEqual( [
		'customer',
		'note',
		'reply',
		'event',
		'event',
	] );
} );

/**
 * The ticket sidebar: status, assignee, team and tags change in place and
 * the server has them; the customer card lists their other conversations.
 */
import { expect, test } from '../../fixtures';
import { expectAccessible } from '../../pages/a11y';
import { api } from '../../pages/api';
import { ContactsPage } from '../../pages/ContactsPage';
import { LoginPage } from '../../pages/LoginPage';

type Ticket = {
	id: number;
	status: string;
	assignee: number | null;
	team: number | null;
	tags: string[];
	contact: { id: number };
};

test( 'change status, assignee, team and tags from the sidebar', async ( {
	page,
} ) => {
	await new LoginPage( page ).logIn();
	const contacts = new ContactsPage( page );
	const id = `${ Date.now() }`;
	const email = `sidebar.${ id }@example.test`;
	const earlier = await contacts.ticketFrom( 'chat', `Earlier chat ${ id }`, {
		name: `Sid Sidebar ${ id }`,
		email,
	} );
	const ticket = await contacts.ticketFrom(
		'email',
		`Sidebar ticket ${ id }`,
		{ email }
	);
	const agents = await api< Array< { id: number; name: string } > >(
		page,
		'GET',
		'/agents'
	);
	const teams = await api< Array< { id: number; name: string } > >(
		page,
		'GET',
		'/teams'
	);
	const alex = agents.find( ( a ) => a.name === 'Alex Agent' )!;
	const orders = teams.find( ( t ) => t.name === 'E2E Orders' )!;

	await page.goto(
		`/wp-admin/admin.php?page=storedesk#/tickets/${ ticket.id }`
	);
	const sidebar = page.getByRole( 'complementary', {
		name: 'Ticket details',
	} );
	const card = sidebar.getByRole( 'region', { name: 'Customer' } );
	await expect(
		card.getByRole( 'link', { name: `Sid Sidebar ${ id }` } )
	).toHaveAttribute( 'href', `#/contacts/${ ticket.contact.id }` );
	const others = card.getByRole( 'region', { name: 'Other conversations' } );
	await expect(
		others.getByRole( 'link', {
			name: `#${ earlier.id } Earlier chat ${ id }`,
		} )
	).toBeVisible();
	await expect(
		others.getByRole( 'link', {
			name: new RegExp( `Sidebar ticket ${ id }` ),
		} )
	).toHaveCount( 0 );
	await expect( others.getByText( 'Chat', { exact: true } ) ).toBeVisible();
	await expectAccessible( page, 'ticket sidebar' );

	await sidebar
		.getByRole( 'combobox', { name: 'Status' } )
		.selectOption( 'pending' );
	await sidebar
		.getByRole( 'combobox', { name: 'Assignee' } )
		.selectOption( { label: 'Alex Agent' } );
	await sidebar
		.getByRole( 'combobox', { name: 'Team' } )
		.selectOption( { label: 'E2E Orders' } );
	const tags = sidebar.getByRole( 'combobox', { name: 'Tags' } );
	await tags.fill( 'E2E Parcel' );
	await tags.press( 'Enter' );

	await expect
		.poll( async () => {
			const saved = await api< Ticket >(
				page,
				'GET',
				`/tickets/${ ticket.id }`
			);
			return [ saved.status, saved.assignee, saved.team, saved.tags ];
		} )
		.toEqual( [ 'pending', alex.id, orders.id, [ 'e2e-parcel' ] ] );

	// What the screen shows is what the server kept, after a reload too.
	await page.reload();
	await expect(
		sidebar.getByRole( 'combobox', { name: 'Team' } )
	).toHaveValue( String( orders.id ) );
	await expect(
		sidebar.getByRole( 'combobox', { name: 'Assignee' } )
	).toHaveValue( String( alex.id ) );

	await others
		.getByRole( 'link', { name: `#${ earlier.id } Earlier chat ${ id }` } )
		.click();
	await expect( page ).toHaveURL(
		new RegExp( `#/tickets/${ earlier.id }$` )
	);
} );

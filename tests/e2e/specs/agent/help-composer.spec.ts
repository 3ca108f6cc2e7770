/**
 * An agent answers from the knowledge base: from the ticket's composer
 * they search the help articles, put one in the reply as a link, send it,
 * and turn a good reply into a new article.
 */
import { expect, test } from '../../fixtures';
import { api, restNonce } from '../../pages/api';
import { LoginPage } from '../../pages/LoginPage';

test( 'insert a help article into a reply, then make an article of the reply', async ( {
	page,
} ) => {
	await new LoginPage( page ).logIn();
	const stamp = Date.now();
	const article = await (
		await page.request.post( '/wp-json/wp/v2/storedesk-articles', {
			headers: { 'X-WP-Nonce': await restNonce( page ) },
			data: {
				title: `Descaling your kettle ${ stamp }`,
				content:
					'<!-- wp:paragraph --><p>Boil equal parts water and white vinegar, rinse twice.</p><!-- /wp:paragraph -->',
				status: 'publish',
			},
		} )
	).json();
	const ticket = await api< { id: number } >( page, 'POST', '/tickets', {
		subject: `Kettle full of limescale ${ stamp }`,
		channel: 'email',
		customer: {
			name: 'Lena Park',
			email: `lena${ stamp }@example.test`,
		},
		message: { body: '<p>White flakes float in my tea.</p>' },
	} );

	await page.goto(
		`/wp-admin/admin.php?page=storedesk#/tickets/${ ticket.id }`
	);
	const reply = page.getByRole( 'textbox', {
		name: 'Reply to the customer',
	} );
	await reply.fill( 'Here is how: ' );
	await page.getByRole( 'button', { name: /Knowledge base/ } ).click();
	const picker = page.getByRole( 'dialog', {
		name: 'Insert from the knowledge base',
	} );
	await picker
		.getByRole( 'searchbox', { name: 'Search help articles' } )
		.fill( 'descaling kettle' );
	const found = picker
		.getByRole( 'listitem' )
		.filter( { hasText: `Descaling your kettle ${ stamp }` } );
	await found.getByRole( 'button', { name: 'Insert link' } ).click();
	await expect( picker ).toBeHidden();
	await expect(
		reply.getByRole( 'link', { name: `Descaling your kettle ${ stamp }` } )
	).toHaveAttribute( 'href', article.link );

	await page.getByRole( 'button', { name: 'Send', exact: true } ).click();
	const thread = page.getByRole( 'list', { name: 'Conversation' } );
	const sent = thread.getByRole( 'article', { name: /^Reply from/ } );
	await expect(
		sent.getByRole( 'link', { name: `Descaling your kettle ${ stamp }` } )
	).toHaveAttribute( 'href', article.link );

	await sent
		.getByRole( 'link', { name: 'Create help article from this reply' } )
		.click();
	await expect( page ).toHaveURL(
		/post-new\.php\?post_type=storedesk_article/
	);
	// The editor's canvas is an iframe unless a meta box keeps it on the page.
	await page
		.locator( 'iframe[name="editor-canvas"], .editor-styles-wrapper' )
		.first()
		.waitFor();
	const canvas = ( await page
		.locator( 'iframe[name="editor-canvas"]' )
		.count() )
		? page.frameLocator( 'iframe[name="editor-canvas"]' )
		: page;
	await expect(
		canvas.getByRole( 'textbox', { name: 'Add title' } )
	).toHaveText( `Kettle full of limescale ${ stamp }` );
	await expect( canvas.getByText( 'Here is how:' ) ).toBeVisible();
	// The article's own settings, in the editor's sidebar.
	const panel = page.getByRole( 'button', {
		name: 'Help article',
		exact: true,
	} );
	if ( ( await panel.getAttribute( 'aria-expanded' ) ) !== 'true' ) {
		await panel.click();
	}
	await expect(
		page.getByRole( 'radio', { name: 'Everyone' } )
	).toBeChecked();
} );

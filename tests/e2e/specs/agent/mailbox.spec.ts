/**
 * A store owner connects the support mailbox over IMAP (a real Dovecot):
 * a wrong password is said in words, Test connection counts what waits,
 * the mailbox is saved. A customer's email in the mailbox becomes a
 * conversation; the agent replies from the inbox; the reply leaves from the
 * support address in the same thread (SMTP sink), with a signed reply
 * address; the customer answers it from their mail client (the answer is
 * delivered to the mailbox) and it joins the conversation.
 */
import { expect, test } from '../../fixtures';
import { api } from '../../pages/api';
import { appendMail, imapConfigured } from '../../pages/imap';
import { LoginPage } from '../../pages/LoginPage';
import { header, waitForMail } from '../../pages/mailbox';

type Mailbox = { id: string; address: string };

test( 'a mailbox read over IMAP: set up, an email in, a reply out, the answer back in', async ( {
	page,
} ) => {
	test.skip( ! imapConfigured(), 'STOREDESK_IMAP is not set: no Dovecot' );
	const imap = JSON.parse( process.env.STOREDESK_IMAP as string );
	const stamp = Date.now();
	const email = `lea.imap${ stamp }@example.test`;
	const subject = `Scratched table ${ stamp }`;
	await new LoginPage( page ).logIn();
	try {
		await page.goto( '/wp-admin/admin.php?page=storedesk#/settings' );
		const panel = page.getByRole( 'region', { name: 'Email mailboxes' } );
		await panel.getByRole( 'button', { name: 'Add mailbox' } ).click();
		await panel.getByLabel( 'Support address' ).fill( 'help@shop.test' );
		await panel.getByLabel( 'Sender name' ).fill( 'Shop Help' );
		await panel.getByLabel( 'IMAP server' ).fill( imap.host );
		await panel.getByLabel( 'Security' ).selectOption( 'none' );
		await panel
			.getByLabel( 'Port', { exact: true } )
			.fill( String( imap.port ) );
		await panel.getByLabel( 'User name' ).fill( imap.user );
		await panel.getByLabel( 'Password', { exact: true } ).fill( 'wrong' );
		await panel.getByRole( 'button', { name: 'Test connection' } ).click();
		await expect(
			panel.getByText( /Login refused by the mail server/ )
		).toBeVisible();

		// The customer's email is already waiting when the owner connects.
		await appendMail(
			[
				`From: Lea Brandt <${ email }>`,
				'To: help@shop.test',
				`Subject: ${ subject }`,
				`Message-ID: <lea-${ stamp }@example.test>`,
				'Content-Type: text/plain; charset=UTF-8',
				'',
				'The table top arrived with a long scratch.',
				'',
			].join( '\r\n' )
		);
		await panel
			.getByLabel( 'Password', { exact: true } )
			.fill( imap.password );
		await panel.getByRole( 'button', { name: 'Test connection' } ).click();
		await expect(
			panel.getByText(
				/^Connected: \d+ messages? in INBOX, \d+ unread\.$/
			)
		).toBeVisible();
		await panel.getByRole( 'button', { name: 'Save mailbox' } ).click();
		await expect( panel.getByText( 'help@shop.test' ) ).toBeVisible();
		await panel
			.getByRole( 'button', { name: 'Check for new mail' } )
			.click();
		await expect(
			panel.getByText( /Last checked .*: \d+ new messages?/ )
		).toBeVisible( { timeout: 30000 } );

		// The agent finds it in the inbox's Email view.
		await page.goto(
			'/wp-admin/admin.php?page=storedesk#/inbox/channel/email'
		);
		await page
			.getByRole( 'row', { name: new RegExp( subject ) } )
			.getByRole( 'link', { name: new RegExp( subject ) } )
			.click();
		await expect(
			page.getByRole( 'article', { name: 'Customer from Lea Brandt' } )
		).toContainText( 'The table top arrived with a long scratch.' );
		await page
			.getByRole( 'textbox', { name: 'Reply to the customer' } )
			.fill( 'Sorry! A new top leaves tomorrow.' );
		await page.getByRole( 'button', { name: 'Send', exact: true } ).click();
		const reply = await waitForMail( {
			to: email,
			subject: `Re: ${ subject }`,
		} );
		expect( reply.text ).toContain( 'Sorry! A new top leaves tomorrow.' );
		expect( reply.from ).toContain( 'help@shop.test' );
		expect( reply.references ).toContain( `<lea-${ stamp }@example.test>` );
		const replyTo = header( reply, 'reply-to' ) as string;
		expect( replyTo ).toMatch( /^help\+\d+\.[a-f0-9]{16}@shop\.test$/ );

		// Lea answers from her mail client: to the reply address, in the thread.
		await appendMail(
			[
				`From: Lea Brandt <${ email }>`,
				`To: ${ replyTo }`,
				`Subject: Re: ${ reply.subject }`,
				`Message-ID: <lea-answer-${ stamp }@example.test>`,
				`In-Reply-To: ${ reply.messageId }`,
				`References: ${ [ ...reply.references, reply.messageId ].join( ' ' ) }`,
				'Content-Type: text/plain; charset=UTF-8',
				'',
				'Perfect, thank you!',
				'',
			].join( '\r\n' )
		);
		const mailboxes = await api< Mailbox[] >( page, 'GET', '/mailboxes' );
		const help = mailboxes.find(
			( m ) => m.address === 'help@shop.test'
		) as Mailbox;
		// What the two-minute poll does, now.
		await api( page, 'POST', `/mailboxes/${ help.id }/fetch` );
		const answers = page.getByRole( 'article', {
			name: 'Customer from Lea Brandt',
		} );
		await expect( async () => {
			await page.reload();
			await expect( answers ).toHaveCount( 2, { timeout: 2000 } );
		} ).toPass( { timeout: 30000 } );
		await expect( answers.last() ).toContainText( 'Perfect, thank you!' );
	} finally {
		for ( const m of await api< Mailbox[] >( page, 'GET', '/mailboxes' ) ) {
			await api( page, 'DELETE', `/mailboxes/${ m.id }` );
		}
	}
} );

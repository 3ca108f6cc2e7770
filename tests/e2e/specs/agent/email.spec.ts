/**
 * An email conversation from end to end: a customer's email arrives the
 * way an MTA pipe delivers it, the agent finds it in the inbox with the
 * quoted history folded away, replies, the reply reaches the customer in
 * the same thread (SMTP sink), and the customer's answer to it joins the
 * conversation.
 */
import type { Page } from '@playwright/test';

import { expect, test } from '../../fixtures';
import { api } from '../../pages/api';
import { LoginPage } from '../../pages/LoginPage';
import { waitForMail } from '../../pages/mailbox';

const KEY = `e2e-inbound-${ Date.now() }`;

/**
 * Posts a raw email as the pipe would.
 *
 * @param page  Any page (no login is used).
 * @param lines The message, line by line.
 */
async function deliver( page: Page, lines: string[] ) {
	const res = await page.request.post(
		'/wp-json/storedesk/v1/channels/email/webhook',
		{
			headers: {
				'Content-Type': 'message/rfc822',
				'X-Storedesk-Key': KEY,
			},
			data: Buffer.from( lines.join( '\r\n' ) ),
		}
	);
	expect( res.status(), await res.text() ).toBe( 200 );
	return ( await res.json() ).received[ 0 ] as {
		ticket_id: number;
		message_id: number;
	};
}

test( 'a customer emails in, the agent replies, the customer answers in the same thread', async ( {
	page,
} ) => {
	const stamp = Date.now();
	const email = `mina.mail${ stamp }@example.test`;
	const subject = `Cracked vase ${ stamp }`;
	await new LoginPage( page ).logIn();
	await api( page, 'PATCH', '/settings', {
		secrets: { email_inbound_key: KEY },
	} );
	try {
		const first = await deliver( page, [
			`From: Mina Okafor <${ email }>`,
			'To: support@shop.test',
			`Subject: ${ subject }`,
			`Message-ID: <mina-${ stamp }@example.test>`,
			'Content-Type: text/html; charset=UTF-8',
			'',
			'<div>The vase arrived <b>cracked</b>. Can you help?</div>',
			'<div class="gmail_quote">On Mon, Shop wrote:<blockquote>Your order confirmation #4471</blockquote></div>',
			'',
		] );

		// The agent starts where agents start: the Support menu, the inbox.
		await page
			.locator( '#adminmenu' )
			.getByRole( 'link', { name: /^Support/ } )
			.first()
			.click();
		await page.goto(
			'/wp-admin/admin.php?page=storedesk#/inbox/channel/email'
		);
		await page
			.getByRole( 'row', { name: new RegExp( subject ) } )
			.getByRole( 'link', { name: new RegExp( subject ) } )
			.click();
		const mail = page.getByRole( 'article', {
			name: 'Customer from Mina Okafor',
		} );
		await expect( mail ).toContainText( 'The vase arrived cracked.' );
		await expect(
			mail.getByText( 'Your order confirmation' )
		).toBeHidden();
		await mail.getByRole( 'button', { name: 'Show quoted text' } ).click();
		await expect(
			mail.getByText( 'Your order confirmation #4471' )
		).toBeVisible();

		await page
			.getByRole( 'textbox', { name: 'Reply to the customer' } )
			.fill( 'So sorry! A new vase leaves today.' );
		await page.getByRole( 'button', { name: 'Send', exact: true } ).click();
		const reply = await waitForMail( {
			to: email,
			subject: `[#${ first.ticket_id }] Re: ${ subject }`,
		} );
		expect( reply.text ).toContain( 'So sorry! A new vase leaves today.' );
		expect( reply.references ).toContain(
			`<mina-${ stamp }@example.test>`
		);

		// The customer answers the reply from their mail client.
		const answer = await deliver( page, [
			`From: Mina Okafor <${ email }>`,
			'To: support@shop.test',
			`Subject: Re: [#${ first.ticket_id }] Re: ${ subject }`,
			`Message-ID: <mina-answer-${ stamp }@example.test>`,
			`In-Reply-To: ${ reply.messageId }`,
			`References: ${ [ ...reply.references, reply.messageId ].join(
				' '
			) }`,
			'Content-Type: text/plain; charset=UTF-8',
			'',
			'Thank you, that was quick!',
			'',
			`On ${ new Date().toUTCString() }, Shop wrote:`,
			'> So sorry! A new vase leaves today.',
			'',
		] );
		expect( answer.ticket_id ).toBe( first.ticket_id );
		await page.reload();
		const answers = page.getByRole( 'article', {
			name: 'Customer from Mina Okafor',
		} );
		await expect( answers ).toHaveCount( 2 );
		await expect( answers.last() ).toContainText(
			'Thank you, that was quick!'
		);
		await expect( answers.last().getByText( /> So sorry/ ) ).toBeHidden();
	} finally {
		await api( page, 'PATCH', '/settings', {
			secrets: { email_inbound_key: null },
		} );
	}
} );

/**
 * Shoppers' files over real HTTP: the contact form sent as multipart with
 * files stores them with the ticket; the guest's thread lists them with
 * signed links whose downloads carry the right headers; a refused file
 * refuses the whole submission and stores nothing; links fit one file.
 */
import { expect, expectNothingWritten, logIn, test } from './helpers';
import {
	PDF,
	PNG,
	attachmentCounts,
	formData,
	randomIp,
	storeClient,
	submission,
	tokenFor,
} from './store-helpers';

type StoreFile = {
	id: number;
	name: string;
	mime: string;
	size: number;
	url: string;
};

test( 'a multipart form submission stores its files; downloads carry safe headers', async ( {
	playwright,
	baseURL,
} ) => {
	const managerCtx = await playwright.request.newContext( { baseURL } );
	const manager = await logIn( managerCtx, 'e2e_manager' );
	const ctx = await playwright.request.newContext( { baseURL } );
	const guest = storeClient( ctx, randomIp() );
	const before = attachmentCounts();

	const text = 'order,qty\n1042,2\n';
	const res = await guest.postForm(
		'/tickets',
		formData( await submission( guest, { subject: 'Files over HTTP' } ), [
			{ name: 'crack.png', type: 'image/png', bytes: PNG },
			{ name: 'receipt.pdf', type: 'application/pdf', bytes: PDF },
			{
				name: 'order list.csv',
				type: 'text/csv',
				bytes: Buffer.from( text ),
			},
		] )
	);
	expect( res.status(), await res.text() ).toBe( 201 );
	expect( res.headers()[ 'ratelimit-remaining' ] ).toBeDefined();
	const { id } = await res.json();
	expect( attachmentCounts() ).toEqual( {
		rows: before.rows + 3,
		files: before.files + 3,
	} );

	// The agent's thread has them on the first message.
	const thread = await manager.json( `/tickets/${ id }/messages` );
	expect( thread[ 0 ].attachments.map( ( a: StoreFile ) => a.name ) ).toEqual(
		[ 'crack.png', 'receipt.pdf', 'order-list.csv' ]
	);

	// The guest's thread lists them with signed links.
	const token = tokenFor( id );
	const ticket = await (
		await guest.get( `/tickets/${ id }`, token )
	).json();
	const files: StoreFile[] = ticket.messages[ 0 ].attachments;
	expect( files.map( ( f ) => [ f.name, f.mime, f.size ] ) ).toEqual( [
		[ 'crack.png', 'image/png', PNG.length ],
		[ 'receipt.pdf', 'application/pdf', PDF.length ],
		[ 'order-list.csv', 'text/csv', text.length ],
	] );
	expect( ticket.upload.max_files ).toBe( 5 );

	// A fresh context: no cookies, no nonce, no token; the signature alone opens the file.
	const stranger = await playwright.request.newContext( { baseURL } );
	const png = await stranger.get( files[ 0 ].url );
	expect( png.status() ).toBe( 200 );
	expect( png.headers()[ 'content-type' ] ).toBe( 'image/png' );
	expect( png.headers()[ 'content-disposition' ] ).toBe(
		`inline; filename="crack.png"; filename*=UTF-8''crack.png`
	);
	expect( png.headers()[ 'x-content-type-options' ] ).toBe( 'nosniff' );
	expect( png.headers()[ 'content-security-policy' ] ).toContain( 'sandbox' );
	expect( Buffer.compare( await png.body(), PNG ) ).toBe( 0 );

	const pdf = await stranger.get( files[ 1 ].url );
	expect( pdf.headers()[ 'content-type' ] ).toBe( 'application/pdf' );
	expect( pdf.headers()[ 'content-disposition' ] ).toMatch(
		/^inline; filename="receipt\.pdf"/
	);
	expect( pdf.headers()[ 'x-content-type-options' ] ).toBe( 'nosniff' );

	const csv = await stranger.get( files[ 2 ].url );
	expect( csv.headers()[ 'content-type' ] ).toMatch( /^text\/csv/ );
	expect( csv.headers()[ 'content-disposition' ] ).toMatch(
		/^attachment; filename="order-list\.csv"/
	);
	expect( csv.headers()[ 'x-content-type-options' ] ).toBe( 'nosniff' );
	expect( await csv.text() ).toBe( text );

	// A signature fits one file and one expiry; without one, only agents get in.
	const swapped = files[ 0 ].url.replace(
		`/attachments/${ files[ 0 ].id }`,
		`/attachments/${ files[ 1 ].id }`
	);
	expect( ( await stranger.get( swapped ) ).status() ).toBe( 403 );
	const later = files[ 0 ].url.replace(
		/expires=(\d+)/,
		( _m, t: string ) => `expires=${ Number( t ) + 3600 }`
	);
	expect( ( await stranger.get( later ) ).status() ).toBe( 403 );
	expect(
		( await stranger.get( files[ 0 ].url.split( '?' )[ 0 ] ) ).status()
	).toBe( 401 );

	// The guest replies with a file the same way.
	const reply = await guest.postForm(
		`/tickets/${ id }/messages`,
		formData( { body: 'And the label.' }, [
			{ name: 'label.pdf', type: 'application/pdf', bytes: PDF },
		] ),
		token
	);
	expect( reply.status(), await reply.text() ).toBe( 201 );
	const sent = await reply.json();
	expect( sent.attachments.map( ( a: StoreFile ) => a.name ) ).toEqual( [
		'label.pdf',
	] );
	expect( ( await stranger.get( sent.attachments[ 0 ].url ) ).status() ).toBe(
		200
	);
	await stranger.dispose();
	await ctx.dispose();
	await managerCtx.dispose();
} );

test( 'a refused file refuses the whole submission over HTTP and stores nothing', async ( {
	playwright,
	baseURL,
} ) => {
	const managerCtx = await playwright.request.newContext( { baseURL } );
	const manager = await logIn( managerCtx, 'e2e_manager' );
	const ctx = await playwright.request.newContext( { baseURL } );
	const guest = storeClient( ctx, randomIp() );
	const body = await submission( guest, { subject: 'With a bad file' } );
	const files = attachmentCounts();
	await expectNothingWritten( manager, async () => {
		const res = await guest.postForm(
			'/tickets',
			formData( body, [
				{ name: 'ok.png', type: 'image/png', bytes: PNG },
				{
					name: 'logo.svg',
					type: 'image/svg+xml',
					bytes: Buffer.from(
						'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
					),
				},
			] )
		);
		expect( res.status() ).toBe( 400 );
		const error = await res.json();
		expect( error.code ).toBe( 'storedesk_invalid_fields' );
		expect( error.data.attachment_code ).toBe(
			'storedesk_attachment_type'
		);
		expect( error.data.fields.attachments ).toMatch(
			/^logo\.svg: This type of file cannot be attached\. Allowed: .*png/
		);
	} );
	expect( attachmentCounts() ).toEqual( files );
	await ctx.dispose();
	await managerCtx.dispose();
} );

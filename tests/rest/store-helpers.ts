/**
 * Clients of the shopper API (storedesk/store/v1) over HTTP: a guest with
 * an optional magic-link token, or a logged-in customer with the REST
 * nonce; each from a client address of its own (X-Forwarded-For, which the
 * e2e site trusts), so rate limits stay per spec.
 */
import type { APIRequestContext, APIResponse } from '@playwright/test';

import { sitePhp } from '../e2e/pages/shopper';
import { expect } from './helpers';

export const STORE = '/wp-json/storedesk/store/v1';

export type StoreClient = {
	get: ( path: string, token?: string ) => Promise< APIResponse >;
	post: (
		path: string,
		data?: unknown,
		token?: string
	) => Promise< APIResponse >;
	/** A multipart POST, as the form and the portal send files. */
	postForm: (
		path: string,
		form: FormData,
		token?: string
	) => Promise< APIResponse >;
};

export function storeClient(
	ctx: APIRequestContext,
	ip: string,
	nonce = ''
): StoreClient {
	const headers = ( token?: string ) => ( {
		'X-Forwarded-For': ip,
		...( nonce ? { 'X-WP-Nonce': nonce } : {} ),
		...( token ? { 'X-Storedesk-Token': token } : {} ),
	} );
	return {
		get: ( path, token ) =>
			ctx.get( STORE + path, { headers: headers( token ) } ),
		post: ( path, data, token ) =>
			ctx.post( STORE + path, {
				headers: headers( token ),
				data: data ?? {},
			} ),
		postForm: ( path, form, token ) =>
			ctx.post( STORE + path, {
				headers: headers( token ),
				multipart: form,
			} ),
	};
}

/** A 1×1 PNG. */
export const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64'
);

/** A small but real PDF. */
export const PDF = Buffer.from(
	'%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'
);

/**
 * A multipart body: text fields (the owner's own under "fields") and files
 * in attachments[], as the storefront sends them.
 *
 * @param values Text fields.
 * @param files  Name, type and bytes of each file.
 */
export function formData(
	values: Record< string, unknown >,
	files: Array< { name: string; type: string; bytes: Buffer } >
): FormData {
	const form = new FormData();
	for ( const [ key, value ] of Object.entries( values ) ) {
		if ( value === undefined ) {
			continue;
		}
		if ( key === 'fields' && value && typeof value === 'object' ) {
			for ( const [ k, v ] of Object.entries( value ) ) {
				form.append( `fields[${ k }]`, String( v ) );
			}
			continue;
		}
		form.append( key, String( value ) );
	}
	for ( const f of files ) {
		form.append(
			'attachments[]',
			new File( [ new Uint8Array( f.bytes ) ], f.name, { type: f.type } )
		);
	}
	return form;
}

/** Rows of the attachments table and stored files, read on the site under test. */
export function attachmentCounts(): { rows: number; files: number } {
	return JSON.parse(
		sitePhp( `
global $wpdb;
$dir = ( new \\Storedesk\\Attachments\\AttachmentStorage() )->base_dir();
$files = is_dir( $dir ) ? iterator_count( new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $dir, FilesystemIterator::SKIP_DOTS ) ) ) : 0;
echo json_encode( array( 'rows' => (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . $wpdb->prefix . 'storedesk_attachments' ), 'files' => $files ) );` )
	);
}

/**
 * Waits, if need be, until the e2e site's day-long rate-limit window
 * (tools/php/seed-e2e.php) has a minute left, so a spec counting to a limit
 * never sees its window end halfway: windows are fixed and aligned to the clock.
 */
export async function awayFromWindowEdge(): Promise< void > {
	const left = 86400 - ( Math.floor( Date.now() / 1000 ) % 86400 );
	if ( left < 60 ) {
		await new Promise( ( done ) =>
			setTimeout( done, ( left + 1 ) * 1000 )
		);
	}
}

/** A random private client address. */
export function randomIp(): string {
	const octet = () => 1 + Math.floor( Math.random() * 250 );
	return `10.${ octet() }.${ octet() }.${ octet() }`;
}

/**
 * A guest token, as the magic link carries it; optionally already expired.
 *
 * @param ticket  Ticket number.
 * @param expired Issued so long ago that it has expired.
 */
export function tokenFor( ticket: number, expired = false ): string {
	const token = sitePhp(
		`echo \\Storedesk\\Plugin::container()->get( \\Storedesk\\Storefront\\GuestTokens::class )->issue( ${ ticket }${ expired ? ', time() - \\Storedesk\\Storefront\\GuestTokens::LIFETIME - 60' : '' } );`
	);
	expect( token ).toMatch( /^\d+\.\d+\.\d+\./ );
	return token;
}

/** A form stamp signed a minute ago, as a page shown a minute ago carries it. */
export function oldStamp(): string {
	return sitePhp(
		`echo \\Storedesk\\Plugin::container()->get( \\Storedesk\\Storefront\\FormStamp::class )->issue( time() - 60 );`
	);
}

/**
 * A valid contact-form body; the topic comes from GET /form.
 *
 * @param client Client.
 * @param extra  Fields to add or replace.
 */
export async function submission(
	client: StoreClient,
	extra: Record< string, unknown > = {}
): Promise< Record< string, unknown > > {
	const form = await ( await client.get( '/form' ) ).json();
	const topic = form.fields.find(
		( f: { name: string } ) => f.name === 'topic'
	);
	return {
		name: 'Rita Rest',
		email: `rita${ Date.now() }${ Math.floor( Math.random() * 1e6 ) }@example.test`,
		subject: 'A question over REST',
		message: 'Is this thing on?',
		topic: topic ? topic.options[ 0 ].value : undefined,
		stamp: oldStamp(),
		website: '',
		...extra,
	};
}

// A local SMTP server for the end-to-end specs: it accepts every message on a
// free loopback port (no auth, no TLS) and stores each one as a JSON file in a
// directory (raw message, headers, text and HTML parts), which
// tests/e2e/pages/mailbox.ts reads. Only test sites are pointed at it.
//
// It runs in its own process: npm test waits for Playwright synchronously,
// and a server in that process would never answer while the specs run.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start } from './run.mjs';

// Header name (lower case) → every value, unfolded, as sent.
function headersOf( headerLines ) {
	const out = {};
	for ( const { key, line } of headerLines ) {
		const value = line
			.replace( /\r?\n[ \t]+/g, ' ' )
			.replace( /^[^:]*:\s*/, '' )
			.trim();
		( out[ key.toLowerCase() ] ??= [] ).push( value );
	}
	return out;
}

async function toRecord( raw, envelope ) {
	const { simpleParser } = await import( 'mailparser' );
	const parsed = await simpleParser( raw );
	return {
		receivedAt: new Date().toISOString(),
		envelope,
		messageId: parsed.messageId ?? null,
		inReplyTo: parsed.inReplyTo ?? null,
		references: [].concat( parsed.references ?? [] ),
		subject: parsed.subject ?? '',
		from: parsed.from?.text ?? '',
		to: parsed.to
			? []
					.concat( parsed.to )
					.flatMap( ( a ) => a.value.map( ( v ) => v.address ) )
			: [],
		headers: headersOf( parsed.headerLines ),
		text: parsed.text ?? '',
		html: typeof parsed.html === 'string' ? parsed.html : '',
		attachments: ( parsed.attachments ?? [] ).map( ( a ) => ( {
			filename: a.filename ?? '',
			contentType: a.contentType,
			size: a.size,
			base64: a.content.toString( 'base64' ),
		} ) ),
		raw: raw.toString( 'utf8' ),
	};
}

async function serve( dir ) {
	// Loaded here, in the sink's own process: npm test and npm start import
	// this module before they have installed the npm packages.
	const { SMTPServer } = await import( 'smtp-server' );
	const { SMTPConnection } =
		await import( 'smtp-server/lib/smtp-connection.js' );
	// smtp-server holds every greeting back 100 ms to catch clients that talk
	// too soon, a spam defence a loopback sink does not need and that would add
	// 100 ms to every email a request sends (and to the bench's timings).
	SMTPConnection.prototype.init = function init() {
		this._setListeners( () => this.connectionReady() );
	};
	mkdirSync( dir, { recursive: true } );
	let count = 0;
	const server = new SMTPServer( {
		authOptional: true,
		disabledCommands: [ 'AUTH', 'STARTTLS' ],
		banner: 'Storedesk test mail sink',
		logger: false,
		// No reverse DNS of 127.0.0.1: on a closed network each lookup costs a wait.
		disableReverseLookup: true,
		size: 25 * 1024 * 1024,
		onData( stream, session, callback ) {
			const chunks = [];
			stream.on( 'data', ( chunk ) => chunks.push( chunk ) );
			stream.on( 'error', callback );
			stream.on( 'end', async () => {
				try {
					const envelope = {
						from: session.envelope.mailFrom?.address ?? '',
						to: session.envelope.rcptTo.map( ( r ) => r.address ),
					};
					const record = await toRecord(
						Buffer.concat( chunks ),
						envelope
					);
					const name = `${ Date.now() }-${ String( ++count ).padStart( 5, '0' ) }`;
					// Written before the 250 reply, and renamed into place, so a reader never sees half a file
					// and a message is on disk by the time wp_mail() returns.
					writeFileSync(
						join( dir, `.${ name }.tmp` ),
						JSON.stringify( record, null, 2 )
					);
					renameSync(
						join( dir, `.${ name }.tmp` ),
						join( dir, `${ name }.json` )
					);
					callback();
				} catch ( e ) {
					callback( e );
				}
			} );
		},
	} );
	await new Promise( ( resolve, reject ) => {
		server.once( 'error', reject );
		server.listen( 0, '127.0.0.1', resolve );
	} );
	server.on( 'error', ( e ) => console.error( `SMTP sink: ${ e.message }` ) );
	// Replies go out at once; with Nagle's algorithm and the client's delayed
	// ACK each multi-line reply would wait about 40 ms, as no real MTA does.
	server.server.on( 'connection', ( socket ) => socket.setNoDelay( true ) );
	return server.server.address().port;
}

// Starts the sink in a child process; resolves to { port, dir, stop }.
export function startSmtpSink( dir ) {
	const sink = start(
		process.execPath,
		[ fileURLToPath( import.meta.url ), dir ],
		{ stdio: [ 'ignore', 'pipe', 'inherit' ] }
	);
	return new Promise( ( resolve, reject ) => {
		let out = '';
		sink.child.once( 'exit', ( code ) =>
			reject(
				new Error(
					`The SMTP sink exited with ${ code } before listening.`
				)
			)
		);
		sink.child.stdout.on( 'data', ( chunk ) => {
			out += chunk;
			const port = /^listening (\d+)$/m.exec( out )?.[ 1 ];
			if ( port ) {
				sink.child.removeAllListeners( 'exit' );
				resolve( {
					port: Number( port ),
					dir,
					stop: async () => sink.stop(),
				} );
			}
		} );
	} );
}

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	console.log( `listening ${ await serve( process.argv[ 2 ] ) }` );
}

/**
 * Mail delivered into the test Dovecot that `npm test` starts
 * (tools/lib/dovecot.mjs), named in STOREDESK_IMAP as JSON
 * { host, port, tls_port, user, password }. Specs put a message into a
 * mailbox here, then let the site fetch it. Plain IMAP over node:net,
 * independent of the plugin's client.
 */
import { connect, type Socket } from 'node:net';

type Imap = {
	host: string;
	port: number;
	tls_port: number;
	user: string;
	password: string;
};

function imap(): Imap | null {
	const json = process.env.STOREDESK_IMAP;
	return json ? ( JSON.parse( json ) as Imap ) : null;
}

/** Whether there is a Dovecot to deliver to (specs skip without one). */
export function imapConfigured(): boolean {
	return imap() !== null;
}

const quote = ( text: string ): string =>
	`"${ text.replace( /[\\"]/g, ( c ) => `\\${ c }` ) }"`;

/**
 * A line-by-line reader of the server's replies.
 * @param socket
 */
function lines( socket: Socket ): () => Promise< string > {
	let buffer = '';
	const waiting: Array< {
		resolve: ( line: string ) => void;
		reject: ( e: Error ) => void;
	} > = [];
	let failure: Error | null = null;
	const flush = () => {
		let end;
		while ( waiting.length && ( end = buffer.indexOf( '\r\n' ) ) >= 0 ) {
			const line = buffer.slice( 0, end );
			buffer = buffer.slice( end + 2 );
			waiting.shift()!.resolve( line );
		}
		if ( failure ) {
			waiting.splice( 0 ).forEach( ( w ) => w.reject( failure! ) );
		}
	};
	socket.on( 'data', ( chunk ) => {
		buffer += chunk.toString( 'latin1' );
		flush();
	} );
	const fail = ( e: Error ) => {
		failure ??= e;
		flush();
	};
	socket.on( 'error', fail );
	socket.on( 'close', () =>
		fail( new Error( 'IMAP: the server closed the connection' ) )
	);
	return () =>
		new Promise( ( resolve, reject ) => {
			waiting.push( { resolve, reject } );
			flush();
		} );
}

/**
 * Delivers a raw message (CRLF line ends are added where missing) into a
 * folder of the support mailbox, unread.
 * @param raw
 * @param folder
 */
export async function appendMail(
	raw: string,
	folder = 'INBOX'
): Promise< void > {
	const config = imap();
	if ( ! config ) {
		throw new Error(
			'STOREDESK_IMAP is not set: run the specs through `npm test`, which starts Dovecot.'
		);
	}
	const message = Buffer.from( raw.replace( /\r?\n/g, '\r\n' ), 'utf8' );
	const socket = connect( config.port, config.host );
	socket.setTimeout( 10000, () =>
		socket.destroy( new Error( 'IMAP: timed out' ) )
	);
	const next = lines( socket );
	// Reads up to the tagged reply; throws unless it is OK.
	const done = async ( tag: string, what: string ) => {
		for (;;) {
			const line = await next();
			if ( line.startsWith( `${ tag } ` ) ) {
				if ( ! line.startsWith( `${ tag } OK` ) ) {
					throw new Error( `IMAP: ${ what }: ${ line }` );
				}
				return;
			}
		}
	};
	try {
		const greeting = await next();
		if ( ! greeting.startsWith( '* OK' ) ) {
			throw new Error( `IMAP: unexpected greeting: ${ greeting }` );
		}
		socket.write(
			`a1 LOGIN ${ quote( config.user ) } ${ quote( config.password ) }\r\n`
		);
		await done( 'a1', 'LOGIN' );
		socket.write(
			`a2 APPEND ${ quote( folder ) } {${ message.length }}\r\n`
		);
		const go = await next();
		if ( ! go.startsWith( '+' ) ) {
			throw new Error( `IMAP: APPEND got no go-ahead: ${ go }` );
		}
		socket.write( Buffer.concat( [ message, Buffer.from( '\r\n' ) ] ) );
		await done( 'a2', `APPEND to ${ folder }` );
		socket.write( 'a3 LOGOUT\r\n' );
		await done( 'a3', 'LOGOUT' );
	} finally {
		socket.destroy();
	}
}

// A stand-in OAuth 2.0 token introspection endpoint (RFC 7662) for the test
// Dovecot's oauth2 passdb, so that AUTHENTICATE XOAUTH2 works against it: one
// token is active and belongs to one user, every other token is inactive.
// Dovecot POSTs `token=…` (introspection_mode = post); a Bearer header and a
// `?token=` query are read too.
//
// It runs in its own process: npm test waits for phpunit synchronously, and a
// server in that process would never answer Dovecot while the tests log in.
// It exits when its parent goes (its stdin closes), even if the parent is
// killed.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { sleep, start } from './run.mjs';

function tokenOf( req, body ) {
	const bearer = /^Bearer\s+(\S+)/i.exec(
		req.headers.authorization ?? ''
	)?.[ 1 ];
	return (
		new URLSearchParams( body ).get( 'token' ) ??
		bearer ??
		new URL( req.url, 'http://localhost' ).searchParams.get( 'token' ) ??
		''
	);
}

function serve( token, username ) {
	const server = createServer( ( req, res ) => {
		let body = '';
		req.setEncoding( 'utf8' );
		req.on( 'data', ( chunk ) => {
			body += chunk;
		} );
		req.on( 'end', () => {
			const answer =
				tokenOf( req, body ) === token
					? { active: true, username }
					: { active: false };
			res.writeHead( 200, { 'Content-Type': 'application/json' } );
			res.end( JSON.stringify( answer ) );
		} );
	} );
	return new Promise( ( resolve, reject ) => {
		server.once( 'error', reject );
		server.listen( 0, '127.0.0.1', () => resolve( server.address().port ) );
	} );
}

// Starts the endpoint in a child process; resolves to { port, url, stop }.
export function startIntrospection( token, username ) {
	const child = start(
		process.execPath,
		[ fileURLToPath( import.meta.url ), token, username ],
		{ stdio: [ 'pipe', 'pipe', 'inherit' ] }
	);
	return new Promise( ( resolve, reject ) => {
		let out = '';
		child.child.once( 'exit', ( code ) =>
			reject(
				new Error(
					`The OAuth2 introspection server exited with ${ code } before listening.`
				)
			)
		);
		child.child.stdout.on( 'data', ( chunk ) => {
			out += chunk;
			const port = /^listening (\d+)$/m.exec( out )?.[ 1 ];
			if ( port ) {
				child.child.removeAllListeners( 'exit' );
				resolve( {
					port: Number( port ),
					url: `http://127.0.0.1:${ port }/introspect`,
					stop: async () => {
						if (
							child.child.exitCode !== null ||
							child.child.signalCode !== null
						) {
							return;
						}
						const exited = new Promise( ( r ) =>
							child.child.once( 'exit', r )
						);
						child.stop();
						await Promise.race( [ exited, sleep( 5000 ) ] );
					},
				} );
			}
		} );
	} );
}

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	const [ token, username ] = process.argv.slice( 2 );
	if ( ! token || ! username ) {
		// eslint-disable-next-line no-console
		console.error( 'usage: oauth2-introspection.mjs TOKEN USERNAME' );
		process.exit( 2 );
	}
	// The port, for startIntrospection() (stdout is its pipe).
	// eslint-disable-next-line no-console
	console.log( `listening ${ await serve( token, username ) }` );
	// Its parent is gone (even killed): stdin, its pipe, ends.
	process.stdin.on( 'end', () => process.exit( 0 ) );
	process.stdin.on( 'error', () => process.exit( 0 ) );
	process.stdin.resume();
}

// A private Dovecot IMAP server for the tests: its own config, sockets, log
// and maildirs in one directory, two loopback ports (plain IMAP that offers
// STARTTLS, and IMAP over implicit TLS), and two users. Every start wipes
// the mail, so each run begins with empty mailboxes; the self-signed
// certificate is kept and reused.
//
// Dovecot runs as root (it has to: it switches to the users' ids), with its
// helper processes as `dovecot` and `dovenull`, so the directory must be
// reachable by the `dovecot` user.
//
// `support` can also log in with AUTHENTICATE XOAUTH2 and the token
// OAUTH_TOKEN: Dovecot's oauth2 passdb asks a stand-in introspection
// endpoint (tools/lib/oauth2-introspection.mjs, its own process) about the
// token. Passwords (LOGIN, PLAIN) are checked by the passwd-file passdb only.
import {
	chownSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { startIntrospection } from './oauth2-introspection.mjs';
import { has, run, sleep, start } from './run.mjs';
import { freePort } from './server.mjs';

export const USERS = {
	support: 'imap-test-pass',
	other: 'other-pass',
};

// The one access token the introspection endpoint calls active, for `support`.
export const OAUTH_TOKEN = 'sd-test-oauth-token';

const BINARY = '/usr/sbin/dovecot';

// The `dovecot` system user's ids: the users' mail belongs to it.
function dovecotIds() {
	const line = readFileSync( '/etc/passwd', 'utf8' )
		.split( '\n' )
		.find( ( l ) => l.startsWith( 'dovecot:' ) );
	if ( ! line ) {
		throw new Error(
			'There is no `dovecot` system user; install dovecot-imapd.'
		);
	}
	const [ , , uid, gid ] = line.split( ':' );
	return { uid: Number( uid ), gid: Number( gid ) };
}

// A self-signed certificate for localhost, made once and reused.
function certificate( dir ) {
	const tls = join( dir, 'tls' );
	const cert = join( tls, 'cert.pem' );
	const key = join( tls, 'key.pem' );
	if ( ! existsSync( cert ) || ! existsSync( key ) ) {
		mkdirSync( tls, { recursive: true } );
		run(
			'openssl',
			[
				'req',
				'-x509',
				'-newkey',
				'rsa:2048',
				'-nodes',
				'-days',
				'3650',
				'-subj',
				'/CN=localhost',
				'-addext',
				'subjectAltName=DNS:localhost,IP:127.0.0.1',
				'-keyout',
				key,
				'-out',
				cert,
			],
			{ capture: true }
		);
	}
	return { cert, key };
}

// The oauth2 passdb's settings: the token is POSTed to the endpoint, which
// answers {"active":true,"username":"support"} or {"active":false}.
function oauth2Config( url ) {
	return `# Written by tools/lib/dovecot.mjs for the tests; rewritten at every start.
introspection_mode = post
introspection_url = ${ url }
username_attribute = username
active_attribute = active
active_value = true
timeout_msecs = 5000
`;
}

function config( { dir, port, tlsPort, cert, key } ) {
	const dh = '/usr/share/dovecot/dh.pem';
	return `# Written by tools/lib/dovecot.mjs for the tests; rewritten at every start.
protocols = imap
listen = 127.0.0.1
base_dir = ${ join( dir, 'run' ) }
state_dir = ${ join( dir, 'state' ) }
log_path = ${ join( dir, 'dovecot.log' ) }
instance_name = storedesk-test
default_login_user = dovenull
default_internal_user = dovecot
default_internal_group = dovecot
first_valid_uid = 100

disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2
# A wrong password is answered at once, not after the default 2 s.
auth_failure_delay = 0
# Each passdb serves only its own mechanisms: a password is never sent to the
# introspection endpoint, and a token is never compared with a password.
passdb {
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u ${ join( dir, 'users' ) }
}
passdb {
  driver = oauth2
  mechanisms = xoauth2
  args = ${ join( dir, 'dovecot-oauth2.conf.ext' ) }
}
userdb {
  driver = passwd-file
  args = username_format=%u ${ join( dir, 'users' ) }
}

mail_location = maildir:~/Maildir
mail_fsync = never
namespace inbox {
  inbox = yes
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
  mailbox Archive {
    special_use = \\Archive
  }
}

ssl = yes
ssl_cert = <${ cert }
ssl_key = <${ key }
${ existsSync( dh ) ? `ssl_dh = <${ dh }` : '' }

service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${ port }
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${ tlsPort }
    ssl = yes
  }
}
# No auth penalty (a delay per client address that doubles with each failed
# login, up to 15 s): every test connects from 127.0.0.1, and the few that
# check refusals would slow every login after them. Without this listener
# the auth process cannot ask anvil, and skips the penalty.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
protocol imap {
  # The default (10 per user and address) is low for tests that open many.
  mail_max_userip_connections = 1000
}
`;
}

// A Dovecot left running on this directory by a run that died.
async function stopStale( runDir ) {
	let pid;
	try {
		pid = Number( readFileSync( join( runDir, 'master.pid' ), 'utf8' ) );
	} catch {
		return;
	}
	const alive = () => {
		try {
			return readFileSync( `/proc/${ pid }/cmdline`, 'utf8' ).includes(
				'dovecot'
			);
		} catch {
			return false;
		}
	};
	if ( ! pid || ! alive() ) {
		return;
	}
	process.kill( pid, 'SIGTERM' );
	for ( let i = 0; i < 50 && alive(); i++ ) {
		await sleep( 100 );
	}
}

// Resolves when the port answers with an IMAP greeting, rejects otherwise.
function greeting( port, tls ) {
	return new Promise( ( resolveGreeting, reject ) => {
		const socket = tls
			? tlsConnect( {
					host: '127.0.0.1',
					port,
					rejectUnauthorized: false,
				} )
			: connect( port, '127.0.0.1' );
		let data = '';
		const done = ( error ) => {
			socket.destroy();
			if ( error ) {
				reject( error );
			} else {
				resolveGreeting();
			}
		};
		socket.setTimeout( 2000, () => done( new Error( 'timeout' ) ) );
		socket.on( 'error', done );
		socket.on( 'close', () => done( new Error( 'closed' ) ) );
		socket.on( 'data', ( chunk ) => {
			data += chunk;
			if ( data.includes( '\r\n' ) ) {
				done(
					data.startsWith( '* OK' )
						? null
						: new Error( `greeting: ${ data.trim() }` )
				);
			}
		} );
	} );
}

function tail( file, lines = 20 ) {
	try {
		return readFileSync( file, 'utf8' )
			.trimEnd()
			.split( '\n' )
			.slice( -lines )
			.join( '\n' );
	} catch {
		return '(no log)';
	}
}

// Starts Dovecot (and its introspection endpoint) with its files in `dir`;
// resolves to { host, port, tlsPort, user, password, oauthToken, cert, log,
// stop }.
export async function startDovecot( dir ) {
	if ( ! existsSync( BINARY ) ) {
		throw Object.assign(
			new Error( `Dovecot is not installed (no ${ BINARY }).` ),
			{ code: 'ENODOVECOT' }
		);
	}
	dir = resolve( dir );
	const runDir = join( dir, 'run' );
	const home = join( dir, 'home' );
	const log = join( dir, 'dovecot.log' );
	await stopStale( runDir );
	for ( const sub of [ 'run', 'state', 'home', 'dovecot.log' ] ) {
		rmSync( join( dir, sub ), { recursive: true, force: true } );
	}
	mkdirSync( join( dir, 'state' ), { recursive: true } );
	mkdirSync( home, { recursive: true } );
	const { uid, gid } = dovecotIds();
	const users = join( dir, 'users' );
	writeFileSync(
		users,
		Object.entries( USERS )
			.map(
				( [ name, pass ] ) =>
					`${ name }:{PLAIN}${ pass }:${ uid }:${ gid }::${ join( home, name ) }\n`
			)
			.join( '' ),
		{ mode: 0o600 }
	);
	// Dovecot's auth process (user dovecot) reads the users; the mail
	// processes (uid dovecot) create each home and its Maildir.
	chownSync( users, uid, gid );
	chownSync( home, uid, gid );
	if (
		has( 'setpriv' ) &&
		run(
			'setpriv',
			[
				`--reuid=${ uid }`,
				`--regid=${ gid }`,
				'--clear-groups',
				'test',
				'-w',
				home,
			],
			{ capture: true, allowFail: true }
		).status !== 0
	) {
		throw new Error(
			`The dovecot user cannot write ${ home }: every directory above it must be searchable (o+x) by it.`
		);
	}
	const { cert, key } = certificate( dir );
	const port = await freePort( 0 );
	let tlsPort = await freePort( 0 );
	while ( tlsPort === port ) {
		tlsPort = await freePort( 0 );
	}
	const conf = join( dir, 'dovecot.conf' );
	writeFileSync( conf, config( { dir, port, tlsPort, cert, key } ) );
	// Config errors show before the log file is open: they go to stderr.
	const check = run( 'doveconf', [ '-c', conf, '-n' ], {
		capture: true,
		allowFail: true,
	} );
	if ( check.status !== 0 ) {
		throw new Error( `Dovecot's config is wrong:\n${ check.stderr }` );
	}
	const introspection = await startIntrospection( OAUTH_TOKEN, 'support' );
	// Read by Dovecot's auth process (user dovecot).
	const oauth2Conf = join( dir, 'dovecot-oauth2.conf.ext' );
	writeFileSync( oauth2Conf, oauth2Config( introspection.url ), {
		mode: 0o600,
	} );
	chownSync( oauth2Conf, uid, gid );
	// setpriv --pdeathsig: Dovecot gets SIGTERM when this process dies in
	// any way (even killed), so no server outlives the run that started it.
	const [ cmd, args ] = has( 'setpriv' )
		? [ 'setpriv', [ '--pdeathsig', 'TERM', BINARY, '-F', '-c', conf ] ]
		: [ BINARY, [ '-F', '-c', conf ] ];
	const server = start( cmd, args, { stdio: [ 'ignore', 'pipe', 'pipe' ] } );
	let said = '';
	const keep = ( chunk ) => {
		said = ( said + chunk ).slice( -4000 );
	};
	server.child.stdout.on( 'data', keep );
	server.child.stderr.on( 'data', keep );
	const gone = () =>
		server.child.exitCode !== null || server.child.signalCode !== null;
	// Dovecot answers SIGTERM by stopping its own processes, then exits.
	const stop = async () => {
		if ( ! gone() ) {
			const exited = new Promise( ( r ) =>
				server.child.once( 'exit', r )
			);
			server.stop();
			await Promise.race( [ exited, sleep( 5000 ) ] );
		}
		await introspection.stop();
	};
	const failed = ( why ) =>
		new Error(
			`Dovecot did not start (${ why }).${ said ? `\nIt said:\n${ said.trim() }` : '' }\nLast lines of ${ log }:\n${ tail( log ) }`
		);
	let last = '';
	for ( let i = 0; i < 100; i++ ) {
		if ( gone() ) {
			await introspection.stop();
			throw failed(
				`exited with ${ server.child.exitCode ?? server.child.signalCode }`
			);
		}
		try {
			await greeting( port, false );
			await greeting( tlsPort, true );
			return {
				host: '127.0.0.1',
				port,
				tlsPort,
				user: 'support',
				password: USERS.support,
				oauthToken: OAUTH_TOKEN,
				cert,
				log,
				stop,
			};
		} catch ( e ) {
			last = e.message;
		}
		await sleep( 100 );
	}
	await stop();
	throw failed(
		`no IMAP greeting on ports ${ port }/${ tlsPort } in 10 s: ${ last }`
	);
}

// `node tools/lib/dovecot.mjs DIR`: a Dovecot for trying things by hand,
// its details printed as the STOREDESK_IMAP the tests read; Ctrl-C stops it.
export const imapEnv = ( d ) =>
	JSON.stringify( {
		host: d.host,
		port: d.port,
		tls_port: d.tlsPort,
		user: d.user,
		password: d.password,
		oauth_token: d.oauthToken,
	} );

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	const d = await startDovecot(
		process.argv[ 2 ] || '/tmp/storedesk-dovecot'
	);
	// eslint-disable-next-line no-console
	console.log( `STOREDESK_IMAP='${ imapEnv( d ) }'` );
	const quit = async () => {
		await d.stop();
		process.exit( 0 );
	};
	process.on( 'SIGINT', quit );
	process.on( 'SIGTERM', quit );
	setInterval( () => {}, 1e9 );
}

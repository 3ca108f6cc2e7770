// WordPress served by PHP's built-in server with OPcache and parallel workers.
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';
import { sleep, start } from './run.mjs';

export async function startServer(
	dir,
	port,
	{ workers = 2, quiet = true } = {}
) {
	const args = [
		'-d',
		'opcache.enable=1',
		'-d',
		'opcache.enable_cli=1',
		'-d',
		'memory_limit=512M',
		'-d',
		'upload_max_filesize=64M',
		'-d',
		'post_max_size=64M',
		'-S',
		`127.0.0.1:${ port }`,
		'-t',
		dir,
		join( ROOT, 'tools', 'php', 'router.php' ),
	];
	const server = start( 'php', args, {
		env: { ...process.env, PHP_CLI_SERVER_WORKERS: String( workers ) },
		stdio: [
			'ignore',
			quiet ? 'ignore' : 'inherit',
			quiet ? 'ignore' : 'inherit',
		],
	} );
	const url = `http://127.0.0.1:${ port }`;
	// A file only this site has: another run's server that took the port in
	// the meantime answers too, but not with this token.
	const token = randomBytes( 16 ).toString( 'hex' );
	const probe = join( dir, '.storedesk-server-probe' );
	writeFileSync( probe, token );
	try {
		for ( let i = 0; i < 150; i++ ) {
			if ( server.child.exitCode !== null ) {
				throw new Error( `php -S exited; is port ${ port } in use?` );
			}
			try {
				const mine = await fetch(
					`${ url }/.storedesk-server-probe`
				).then( ( r ) => r.text() );
				if ( mine !== token ) {
					throw new Error(
						`port ${ port } is served by another process`
					);
				}
				const res = await fetch( `${ url }/wp-json/`, {
					redirect: 'manual',
				} );
				if ( res.status < 500 ) {
					return { url, stop: server.stop };
				}
			} catch ( e ) {
				if (
					String( e.message ).includes( 'another process' ) &&
					i > 20
				) {
					server.stop();
					throw e;
				}
			}
			await sleep( 100 );
		}
	} finally {
		rmSync( probe, { force: true } );
	}
	server.stop();
	throw new Error( `WordPress did not answer at ${ url }` );
}

// The preferred port when it is free, else any free one: a stray server left
// by another run must not fail this one.
export function freePort( preferred ) {
	const tryPort = ( port ) =>
		new Promise( ( resolve ) => {
			const probe = createServer();
			probe.once( 'error', () => resolve( null ) );
			probe.listen( port, '127.0.0.1', () => {
				const { port: bound } = probe.address();
				probe.close( () => resolve( bound ) );
			} );
		} );
	return tryPort( preferred ).then( ( port ) => port ?? tryPort( 0 ) );
}

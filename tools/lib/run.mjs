// Child processes with output shown or captured, and a clear error naming
// the command when one fails.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';

export function run( cmd, args, opts = {} ) {
	// Children never read our stdin: some tools (wp-scripts lint-js) wait on an open one.
	const res = spawnSync( cmd, args, {
		stdio: [
			'ignore',
			opts.capture ? 'pipe' : 'inherit',
			opts.capture ? 'pipe' : 'inherit',
		],
		encoding: 'utf8',
		...opts,
	} );
	if ( res.error ) {
		throw new Error( `${ cmd } could not start: ${ res.error.message }` );
	}
	if ( res.status !== 0 && ! opts.allowFail ) {
		const out = opts.capture ? `\n${ res.stdout }${ res.stderr }` : '';
		throw new Error(
			`${ cmd } ${ args.join( ' ' ) } exited with ${ res.status }${ out }`
		);
	}
	return res;
}

// Like run() with allowFail, without blocking, so that independent commands can
// run side by side: resolves with { status, signal } when the child has exited.
// opts.log: a file that takes the child's stdout and stderr (else they are shown).
export function runAsync( cmd, args, opts = {} ) {
	const { log, ...rest } = opts;
	return new Promise( ( resolve, reject ) => {
		const fd = log ? openSync( log, 'w' ) : null;
		const out = fd ?? 'inherit';
		let child;
		try {
			child = spawn( cmd, args, {
				stdio: [ 'ignore', out, out ],
				...rest,
			} );
		} finally {
			// The child holds its own copy of the descriptor.
			if ( fd !== null ) {
				closeSync( fd );
			}
		}
		child.once( 'error', ( e ) =>
			reject( new Error( `${ cmd } could not start: ${ e.message }` ) )
		);
		child.once( 'close', ( status, signal ) =>
			resolve( { status, signal } )
		);
	} );
}

export const output = ( cmd, args, opts = {} ) =>
	run( cmd, args, { ...opts, capture: true } ).stdout.trim();

export function has( cmd ) {
	return (
		spawnSync( 'sh', [ '-c', `command -v ${ cmd }` ], { stdio: 'ignore' } )
			.status === 0
	);
}

// A long-running process that is killed with its children on stop().
export function start( cmd, args, opts = {} ) {
	const child = spawn( cmd, args, {
		stdio: opts.stdio || [ 'ignore', 'inherit', 'inherit' ],
		detached: true,
		...opts,
	} );
	return {
		child,
		stop() {
			try {
				process.kill( -child.pid, 'SIGTERM' );
			} catch {}
		},
	};
}

export const sleep = ( ms ) => new Promise( ( r ) => setTimeout( r, ms ) );

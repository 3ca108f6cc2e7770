// A private MariaDB server: its own data directory and socket, no TCP port,
// started for a run and stopped after it.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run, sleep, start } from './run.mjs';

export async function startMariaDB(
	dir,
	{ fresh = false, fast = false, bufferPool = '512M' } = {}
) {
	const dataDir = resolve( dir );
	if ( fresh ) {
		rmSync( dataDir, { recursive: true, force: true } );
	}
	mkdirSync( dataDir, { recursive: true } );
	const data = join( dataDir, 'data' );
	const socket = join( dataDir, 'mysqld.sock' );
	if ( ! existsSync( join( data, 'mysql' ) ) ) {
		run(
			'mariadb-install-db',
			[
				'--user=root',
				`--datadir=${ data }`,
				'--auth-root-authentication-method=normal',
				'--skip-test-db',
			],
			{ capture: true }
		);
	}
	const args = [
		'--user=root',
		`--datadir=${ data }`,
		`--socket=${ socket }`,
		'--skip-networking',
		`--pid-file=${ join( dataDir, 'mysqld.pid' ) }`,
		`--log-error=${ join( dataDir, 'error.log' ) }`,
		`--innodb-buffer-pool-size=${ bufferPool }`,
		// The defaults (200 page writes a second, 96 MB of redo log) are sized
		// for spinning disks: after a bulk load InnoDB then spent minutes
		// writing back what the load changed, and every request meanwhile was
		// slower (issue 11's "first run after a fresh seed").
		'--innodb-io-capacity=4000',
		'--innodb-io-capacity-max=20000',
		'--innodb-log-file-size=1G',
	];
	// Throw-away databases (tests, benchmarks) need no durability at each commit.
	if ( fast ) {
		args.push(
			'--innodb-flush-log-at-trx-commit=2',
			'--sync-binlog=0',
			'--skip-log-bin'
		);
	}
	const server = start( '/usr/sbin/mariadbd', args, { stdio: 'ignore' } );
	for ( let i = 0; i < 100; i++ ) {
		if (
			run(
				'mariadb-admin',
				[ `--socket=${ socket }`, '-uroot', 'ping' ],
				{ capture: true, allowFail: true }
			).status === 0
		) {
			return {
				socket,
				host: `localhost:${ socket }`,
				query: ( sql ) =>
					run(
						'mariadb',
						[ `--socket=${ socket }`, '-uroot', '-e', sql ],
						{ capture: true }
					).stdout,
				async stop() {
					run(
						'mariadb-admin',
						[ `--socket=${ socket }`, '-uroot', 'shutdown' ],
						{ capture: true, allowFail: true }
					);
					for ( let j = 0; j < 50 && existsSync( socket ); j++ ) {
						await sleep( 100 );
					}
					server.stop();
				},
			};
		}
		await sleep( 100 );
	}
	server.stop();
	throw new Error(
		`MariaDB did not start; see ${ join( dataDir, 'error.log' ) }`
	);
}

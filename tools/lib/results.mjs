// Reads each runner's machine-readable report into { passed, failed, skipped, failures[] }.
import { existsSync, readFileSync } from 'node:fs';

// skips: one line per skipped test, with its reason where the runner reports one.
const empty = () => ( {
	passed: 0,
	failed: 0,
	skipped: 0,
	failures: [],
	skips: [],
} );

// TeamCity service messages escape with |: |' |n |r || |[ |].
const unTeamcity = ( s ) =>
	s.replace( /\|(['nr|\[\]])/g, ( _, c ) => ( { n: ' ', r: '' } )[ c ] ?? c );

// Why each test was skipped, by name, from PHPUnit's --log-teamcity file.
function skipReasons( file ) {
	const out = {};
	if ( ! file || ! existsSync( file ) ) {
		return out;
	}
	for ( const m of readFileSync( file, 'utf8' ).matchAll(
		/##teamcity\[testIgnored name='((?:[^'|]|\|.)*)' message='((?:[^'|]|\|.)*)'/g
	) ) {
		out[ unTeamcity( m[ 1 ] ) ] = unTeamcity( m[ 2 ] );
	}
	return out;
}

export function fromJunit( file, teamcity = null ) {
	const out = empty();
	if ( ! existsSync( file ) ) {
		return null;
	}
	const reasons = skipReasons( teamcity );
	const xml = readFileSync( file, 'utf8' );
	for ( const m of xml.matchAll(
		/<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g
	) ) {
		const name = ( m[ 1 ].match( /name="([^"]*)"/ ) || [] )[ 1 ];
		const cls = ( m[ 1 ].match( /class="([^"]*)"/ ) || [] )[ 1 ];
		const body = m[ 3 ] || '';
		if ( /<(failure|error)\b/.test( body ) ) {
			out.failed++;
			out.failures.push(
				`${ cls }::${ name }\n${ body
					.replace( /<[^>]+>/g, '' )
					.replace( /&quot;/g, '"' )
					.replace( /&lt;/g, '<' )
					.replace( /&gt;/g, '>' )
					.replace( /&amp;/g, '&' )
					.trim()
					.slice( 0, 2000 ) }`
			);
		} else if ( /<skipped\b/.test( body ) ) {
			out.skipped++;
			const why = reasons[ name ];
			out.skips.push(
				`${ cls }::${ name }${ why ? ` (${ why })` : '' }`
			);
		} else {
			out.passed++;
		}
	}
	return out;
}

export function fromJest( file ) {
	if ( ! existsSync( file ) ) {
		return null;
	}
	const r = JSON.parse( readFileSync( file, 'utf8' ) );
	const out = {
		passed: r.numPassedTests,
		failed: r.numFailedTests + ( r.numRuntimeErrorTestSuites || 0 ),
		skipped: r.numPendingTests + ( r.numTodoTests || 0 ),
		failures: [],
		skips: [],
	};
	for ( const suite of r.testResults ) {
		for ( const t of suite.assertionResults.filter(
			( a ) => a.status === 'failed'
		) ) {
			out.failures.push(
				`${ t.fullName }\n${ t.failureMessages.join( '\n' ).slice( 0, 2000 ) }`
			);
		}
		if ( suite.status === 'failed' && ! suite.assertionResults.length ) {
			out.failures.push(
				`${ suite.name }\n${ ( suite.message || '' ).slice( 0, 2000 ) }`
			);
		}
	}
	return out;
}

export function fromPlaywright( file, project ) {
	if ( ! existsSync( file ) ) {
		return null;
	}
	const out = empty();
	const walk = ( suite, titles ) => {
		for ( const spec of suite.specs || [] ) {
			for ( const test of spec.tests.filter(
				( t ) => t.projectName === project
			) ) {
				const last = test.results[ test.results.length - 1 ] || {};
				if ( test.status === 'skipped' ) {
					out.skipped++;
					const why = ( test.annotations || [] ).find(
						( a ) => a.type === 'skip'
					)?.description;
					out.skips.push(
						`${ [ ...titles, spec.title ].join( ' › ' ) }${ why ? ` (${ why })` : '' }`
					);
				} else if (
					test.status === 'expected' ||
					test.status === 'flaky'
				) {
					out.passed++;
				} else {
					out.failed++;
					out.failures.push(
						`${ [ ...titles, spec.title ].join( ' › ' ) }\n${ ( last.error?.message || '' ).slice( 0, 2000 ) }`
					);
				}
			}
		}
		for ( const child of suite.suites || [] ) {
			walk( child, [ ...titles, child.title ] );
		}
	};
	for ( const suite of JSON.parse( readFileSync( file, 'utf8' ) ).suites ||
		[] ) {
		walk( suite, [ suite.title ] );
	}
	return out;
}

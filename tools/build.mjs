// npm run build: the admin and storefront bundles, and the run-time PHP
// packages with their namespaces prefixed (build/php-vendor/).
import {
	ensureComposer,
	ensureNodeModules,
	ensurePrefixedVendor,
} from './lib/env.mjs';
import { ROOT } from './lib/paths.mjs';
import { run } from './lib/run.mjs';

ensureNodeModules();
ensureComposer();
run( 'npx', [ 'wp-scripts', 'build' ], { cwd: ROOT } );
ensurePrefixedVendor( { force: true } );

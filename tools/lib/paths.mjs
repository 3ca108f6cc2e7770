// Where everything lives: the repo, its git-ignored results and databases, the
// sites, and the machine cache that survives `--reset` and fresh clones.
import { createHash } from 'node:crypto';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(
	dirname( fileURLToPath( import.meta.url ) ),
	'..',
	'..'
);
export const SITES = join( ROOT, '.wp' );
export const CACHE =
	process.env.STOREDESK_CACHE || join( homedir(), '.cache', 'storedesk' );

const inside = ( dir, parent ) => {
	const rel = relative( parent, dir );
	return rel === '' || ( ! rel.startsWith( '..' ) && ! isAbsolute( rel ) );
};

// WordPress sites live outside the repo. The repo is the Storedesk plugin
// (symlinked into each site), and WordPress maps every file under a symlinked
// plugin's real directory back into that plugin: a site inside the repo would
// serve a copied WooCommerce from /plugins/storedesk/.wp/…. One folder per
// clone, so worktrees and clean clones never share a site. `.wp/<name>` links
// to each site for whoever looks for it.
const key = `${ basename( ROOT ) }-${ createHash( 'sha1' ).update( ROOT ).digest( 'hex' ).slice( 0, 8 ) }`;
const siteBase = inside( CACHE, ROOT ) ? tmpdir() : CACHE;
export const SITE_HOME = join( siteBase, 'sites', key );
export const siteDir = ( name ) => join( SITE_HOME, name );
export const siteLink = ( name ) => join( SITES, name );

// Where everything lives: the repo, its git-ignored sites, and the machine cache
// that survives `--reset` and fresh clones.
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join( dirname( fileURLToPath( import.meta.url ) ), '..', '..' );
export const SITES = join( ROOT, '.wp' );
export const CACHE = process.env.STOREDESK_CACHE || join( homedir(), '.cache', 'storedesk' );
export const siteDir = ( name ) => join( SITES, name );

/**
 * A performance mark the first time a screen shows real data, so
 * `npm run bench` can time "first inbox render" in a real browser without
 * guessing at markup.
 */
const marked = new Set< string >();

export function markFirstPaint( name: string ): void {
	if ( marked.has( name ) || typeof performance?.mark !== 'function' ) {
		return;
	}
	marked.add( name );
	// After the browser has painted the frame React just committed.
	requestAnimationFrame( () => performance.mark( name ) );
}

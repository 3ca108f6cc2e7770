/**
 * A magic link's token leaves the address bar as soon as it is read: a URL
 * holding it ends up in history, bookmarks, screenshots and shared tabs.
 * It stays in this tab's sessionStorage, under its ticket, so a reload
 * still opens the request, and it goes when the tab closes.
 */
const PARAM = 'storedesk_token';
const KEY = 'storedesk_token_';

/**
 * The token for a ticket: from the URL (then removed from it), else from
 * this tab's earlier visit, else ''.
 *
 * @param ticket Ticket the portal shows.
 * @param win    Window, for tests.
 */
export function takeToken( ticket: number, win: Window = window ): string {
	const url = new URL( win.location.href );
	const fromUrl = url.searchParams.get( PARAM ) || '';
	let stored = '';
	try {
		if ( fromUrl ) {
			win.sessionStorage.setItem( KEY + ticket, fromUrl );
		}
		stored = win.sessionStorage.getItem( KEY + ticket ) || '';
	} catch {
		// Storage switched off: the token lives in this page only, and a reload asks for a new link.
	}
	if ( fromUrl ) {
		url.searchParams.delete( PARAM );
		win.history.replaceState(
			win.history.state,
			'',
			url.pathname + url.search + url.hash
		);
	}
	return fromUrl || stored;
}

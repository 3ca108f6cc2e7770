import { dispatch } from '@wordpress/data';

import { CHANNELS } from './fixtures';

/**
 * The admin page preloads GET /channels (php/Admin/Assets.php); every test
 * starts where the app does, with the channels known. The store is required
 * here, not imported above, so it is the one the test loaded, with the
 * test's mocks (jest.mock applies to modules loaded after the test file).
 */
beforeEach( () => {
	const { store } =
		require( '../store/directory' ) as typeof import( '../store/directory' );
	dispatch( store ).receive( 'channels', CHANNELS );
} );

/**
 * jsdom lacks ResizeObserver, which some @wordpress/components controls use
 * to measure themselves; nothing in our tests depends on the measurements.
 */
class ResizeObserverStub {
	observe() {}
	unobserve() {}
	disconnect() {}
}
(
	globalThis as unknown as { ResizeObserver: typeof ResizeObserverStub }
 ).ResizeObserver ??= ResizeObserverStub;

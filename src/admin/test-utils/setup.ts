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

/**
 * Storefront loader. The widget (ticket form, conversations, later the
 * knowledge base and chat) is built on this in a later issue; until then the
 * loader does nothing and PHP does not enqueue it.
 */
export {};

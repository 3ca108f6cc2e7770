/**
 * Keyboard shortcuts: one list that the "?" help shows, and a hook that
 * screens use to bind the keys that mean something there. Keys typed into a
 * field, or pressed with Ctrl, Alt or Meta, are never taken.
 */
import { useEffect, useRef } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

export type ShortcutKey =
	'j' | 'k' | 'Enter' | 'r' | 'n' | 'e' | 'a' | '/' | '?';

export const SHORTCUTS: Array< {
	key: ShortcutKey;
	label: string;
	description: string;
} > = [
	{
		key: 'j',
		label: 'j',
		description: __( 'Next conversation', 'storedesk' ),
	},
	{
		key: 'k',
		label: 'k',
		description: __( 'Previous conversation', 'storedesk' ),
	},
	{
		key: 'Enter',
		label: 'Enter',
		description: __( 'Open the conversation', 'storedesk' ),
	},
	{ key: 'r', label: 'r', description: __( 'Reply', 'storedesk' ) },
	{ key: 'n', label: 'n', description: __( 'Internal note', 'storedesk' ) },
	{ key: 'e', label: 'e', description: __( 'Resolve', 'storedesk' ) },
	{ key: 'a', label: 'a', description: __( 'Assign', 'storedesk' ) },
	{ key: '/', label: '/', description: __( 'Search', 'storedesk' ) },
	{
		key: '?',
		label: '?',
		description: __( 'Show these shortcuts', 'storedesk' ),
	},
];

export type ShortcutHandlers = Partial<
	Record< ShortcutKey, ( event: KeyboardEvent ) => void >
>;

/**
 * Whether a key press belongs to a field, a menu or a dialog rather than to
 * the screen: typing "e" in the composer must never resolve the ticket. A
 * ticked row checkbox is not typing: "e" then resolves the selection.
 *
 * @param event Key event.
 */
export function isTyping( event: KeyboardEvent ): boolean {
	const target = event.target as HTMLElement | null;
	if ( ! target || ! target.closest ) {
		return false;
	}
	return Boolean(
		target.closest(
			'input:not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]), textarea, select, [contenteditable=""], [contenteditable="true"], [role="dialog"], [role="listbox"], [role="menu"]'
		)
	);
}

/**
 * Binds shortcut keys while the calling component is mounted. Handlers may
 * change on every render; the listener is attached once.
 *
 * @param handlers What each key does here.
 * @param enabled  False to pause (a modal is open, say).
 */
export function useShortcuts(
	handlers: ShortcutHandlers,
	enabled = true
): void {
	const current = useRef( handlers );
	current.current = handlers;
	useEffect( () => {
		if ( ! enabled ) {
			return undefined;
		}
		const onKeyDown = ( event: KeyboardEvent ) => {
			if (
				event.defaultPrevented ||
				event.ctrlKey ||
				event.altKey ||
				event.metaKey ||
				isTyping( event )
			) {
				return;
			}
			const handler = current.current[ event.key as ShortcutKey ];
			if ( handler ) {
				event.preventDefault();
				handler( event );
			}
		};
		document.addEventListener( 'keydown', onKeyDown );
		return () => document.removeEventListener( 'keydown', onKeyDown );
	}, [ enabled ] );
}

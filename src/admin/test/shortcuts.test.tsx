/**
 * Shortcut keys act on the screen, never on what an agent types.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ShortcutsHelp } from '../components/ShortcutsHelp';
import { useShortcuts, type ShortcutHandlers } from '../shortcuts';

function Harness( {
	handlers,
	enabled = true,
}: {
	handlers: ShortcutHandlers;
	enabled?: boolean;
} ) {
	useShortcuts( handlers, enabled );
	return (
		<>
			<textarea aria-label="Reply" />
			<button>Elsewhere</button>
			<input type="checkbox" aria-label="Select row" />
		</>
	);
}

describe( 'useShortcuts', () => {
	it( 'runs the handler of a key pressed outside a field', async () => {
		const resolve = jest.fn();
		render( <Harness handlers={ { e: resolve } } /> );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Elsewhere' } )
		);
		await userEvent.keyboard( 'e' );
		expect( resolve ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'acts while a row checkbox has focus', async () => {
		const resolve = jest.fn();
		render( <Harness handlers={ { e: resolve } } /> );
		await userEvent.click(
			screen.getByRole( 'checkbox', { name: 'Select row' } )
		);
		await userEvent.keyboard( 'e' );
		expect( resolve ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'leaves keys typed into a field alone', async () => {
		const resolve = jest.fn();
		render( <Harness handlers={ { e: resolve } } /> );
		await userEvent.type(
			screen.getByRole( 'textbox', { name: 'Reply' } ),
			'see you'
		);
		expect( resolve ).not.toHaveBeenCalled();
		expect( screen.getByRole( 'textbox', { name: 'Reply' } ) ).toHaveValue(
			'see you'
		);
	} );

	it( 'ignores keys with Ctrl or Meta, and all keys while paused', async () => {
		const next = jest.fn();
		const { rerender } = render( <Harness handlers={ { j: next } } /> );
		await userEvent.keyboard( '{Control>}j{/Control}{Meta>}j{/Meta}' );
		expect( next ).not.toHaveBeenCalled();
		rerender( <Harness handlers={ { j: next } } enabled={ false } /> );
		await userEvent.keyboard( 'j' );
		expect( next ).not.toHaveBeenCalled();
		rerender( <Harness handlers={ { j: next } } /> );
		await userEvent.keyboard( 'j' );
		expect( next ).toHaveBeenCalledTimes( 1 );
	} );
} );

describe( 'ShortcutsHelp', () => {
	it( 'opens on "?" and lists the shortcuts', async () => {
		render( <ShortcutsHelp /> );
		expect( screen.queryByRole( 'dialog' ) ).not.toBeInTheDocument();
		await userEvent.keyboard( '?' );
		const dialog = screen.getByRole( 'dialog', {
			name: 'Keyboard shortcuts',
		} );
		expect( dialog ).toHaveTextContent( 'Next conversation' );
		expect( dialog ).toHaveTextContent( 'Resolve' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Close' } )
		);
		// The modal closes after its exit animation.
		await waitFor( () =>
			expect( screen.queryByRole( 'dialog' ) ).not.toBeInTheDocument()
		);
	} );
} );

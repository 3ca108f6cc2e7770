/**
 * The composer's formatting buttons. They never take focus from the text
 * on mouse down, so the selection they act on stays where it was.
 */
import { Button } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import {
	formatBold,
	formatItalic,
	formatListBullets,
	formatListNumbered,
	link,
} from '@wordpress/icons';
import { ariaKeyShortcut, displayShortcut } from '@wordpress/keycodes';

export type Command = 'strong' | 'em' | 'link' | 'ul' | 'ol';

const BUTTONS: Array< {
	command: Command;
	label: string;
	icon: JSX.Element;
	key?: string;
} > = [
	{
		command: 'strong',
		label: __( 'Bold', 'storedesk' ),
		icon: formatBold,
		key: 'b',
	},
	{
		command: 'em',
		label: __( 'Italic', 'storedesk' ),
		icon: formatItalic,
		key: 'i',
	},
	{ command: 'link', label: __( 'Link', 'storedesk' ), icon: link, key: 'k' },
	{
		command: 'ul',
		label: __( 'Bulleted list', 'storedesk' ),
		icon: formatListBullets,
	},
	{
		command: 'ol',
		label: __( 'Numbered list', 'storedesk' ),
		icon: formatListNumbered,
	},
];

type Props = {
	controls: string;
	active: Set< string >;
	onCommand: ( command: Command ) => void;
};

export function Toolbar( { controls, active, onCommand }: Props ) {
	return (
		<div
			className="storedesk-format-toolbar"
			role="toolbar"
			aria-label={ __( 'Formatting', 'storedesk' ) }
			aria-controls={ controls }
		>
			{ BUTTONS.map( ( b ) => (
				<Button
					key={ b.command }
					size="compact"
					icon={ b.icon }
					label={ b.label }
					shortcut={
						b.key ? displayShortcut.primary( b.key ) : undefined
					}
					aria-keyshortcuts={
						b.key ? ariaKeyShortcut.primary( b.key ) : undefined
					}
					isPressed={ active.has( b.command ) }
					onMouseDown={ ( e: { preventDefault: () => void } ) =>
						e.preventDefault()
					}
					onClick={ () => onCommand( b.command ) }
				/>
			) ) }
		</div>
	);
}

/**
 * Asks for a link's address in place (no browser prompt), then gives the
 * selection back to the text.
 */
import { Button, TextControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

type Props = {
	initial: string;
	onApply: ( href: string ) => void;
	onCancel: () => void;
};

export function LinkForm( { initial, onApply, onCancel }: Props ) {
	const [ href, setHref ] = useState( initial );
	return (
		<div
			className="storedesk-link-form"
			role="group"
			aria-label={ __( 'Link', 'storedesk' ) }
		>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				type="url"
				label={ __( 'Link address', 'storedesk' ) }
				help={
					initial
						? __( 'Empty it to remove the link.', 'storedesk' )
						: undefined
				}
				value={ href }
				onKeyDown={ ( e: React.KeyboardEvent< HTMLInputElement > ) => {
					if ( e.key === 'Escape' ) {
						e.preventDefault();
						e.stopPropagation();
						onCancel();
					} else if ( e.key === 'Enter' ) {
						e.preventDefault();
						onApply( href );
					}
				} }
				autoFocus // eslint-disable-line jsx-a11y/no-autofocus -- opened on purpose by the Link button or Ctrl+K.
				onChange={ setHref }
			/>
			<Button
				variant="secondary"
				size="compact"
				onClick={ () => onApply( href ) }
			>
				{ __( 'Apply link', 'storedesk' ) }
			</Button>
			<Button variant="tertiary" size="compact" onClick={ onCancel }>
				{ __( 'Cancel', 'storedesk' ) }
			</Button>
		</div>
	);
}

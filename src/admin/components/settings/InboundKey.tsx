/**
 * The inbound key of the "Other ways email comes in" panel, and the
 * addresses that carry it. The key is made in the browser and sent once;
 * it is never read back, so it is shown only until the page is left.
 * Turning it off, or replacing a key that is set, asks first, in place.
 */
import { Button, Notice } from '@wordpress/components';
import { useEffect, useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { CopyAddress, InboundAddresses } from './InboundAddresses';
import { messageOf } from './mailbox-types';

/** A new inbound key: 24 random bytes as base64url, 32 characters. */
export function newKey(): string {
	const bytes = window.crypto.getRandomValues( new Uint8Array( 24 ) );
	return window
		.btoa( String.fromCharCode( ...bytes ) )
		.replace( /\+/g, '-' )
		.replace( /\//g, '_' );
}

export function InboundKey( {
	set,
	onChange,
}: {
	/** Whether a key is saved. */
	set: boolean;
	/** Saves a new key, or turns the key off (null). */
	onChange: ( key: string | null ) => Promise< unknown >;
} ) {
	// The key made here, while the page stays open.
	const [ key, setKey ] = useState< string >();
	const [ asking, setAsking ] = useState< 'off' | 'replace' >();
	const [ busy, setBusy ] = useState( false );
	const [ refusal, setRefusal ] = useState< string >();
	const generateButton = useRef< HTMLButtonElement >( null );
	const cancelButton = useRef< HTMLButtonElement >( null );
	const asked = useRef( false );
	// The focus follows the question: onto Cancel, and back after.
	useEffect( () => {
		if ( asking ) {
			asked.current = true;
			cancelButton.current?.focus();
		} else if ( asked.current ) {
			generateButton.current?.focus();
		}
	}, [ asking ] );

	const change = async ( next: string | null ) => {
		setBusy( true );
		setRefusal( undefined );
		try {
			await onChange( next );
			setKey( next ?? undefined );
		} catch ( e ) {
			setRefusal(
				messageOf( e, __( 'The key could not be saved.', 'storedesk' ) )
			);
		}
		setBusy( false );
		setAsking( undefined );
	};

	return (
		<>
			<h4>{ __( 'Inbound key', 'storedesk' ) }</h4>
			<p>
				{ __(
					'The pipe, Postmark and SendGrid addresses carry this key; mail posted without it is refused.',
					'storedesk'
				) }
			</p>
			<p>
				<strong>
					{ set
						? __( 'Set', 'storedesk' )
						: __(
								'Not set: these addresses take no mail',
								'storedesk'
							) }
				</strong>
			</p>
			{ key && (
				<>
					<Notice status="warning" isDismissible={ false }>
						{ __(
							'The new key is saved. It is shown only now: copy the addresses below before you leave this page.',
							'storedesk'
						) }
					</Notice>
					<CopyAddress
						label={ __( 'New inbound key', 'storedesk' ) }
						value={ key }
						help={ __(
							'Sent as ?key= in an address, or in an X-Storedesk-Key header.',
							'storedesk'
						) }
					/>
				</>
			) }
			{ refusal && (
				<Notice status="error" isDismissible={ false }>
					{ refusal }
				</Notice>
			) }
			{ asking ? (
				<div className="storedesk-settings__actions">
					<p>
						{ asking === 'off'
							? __(
									'Turn off? Pipes and providers using the key stop delivering.',
									'storedesk'
								)
							: __(
									'Replace the key? Pipes and providers using the current key stop delivering until they are given the new addresses.',
									'storedesk'
								) }
					</p>
					<Button
						variant="primary"
						isDestructive
						isBusy={ busy }
						disabled={ busy }
						accessibleWhenDisabled
						onClick={ () =>
							change( asking === 'off' ? null : newKey() )
						}
						__next40pxDefaultSize
					>
						{ asking === 'off'
							? __( 'Turn off', 'storedesk' )
							: __( 'Replace the key', 'storedesk' ) }
					</Button>
					<Button
						ref={ cancelButton }
						variant="tertiary"
						disabled={ busy }
						onClick={ () => setAsking( undefined ) }
						__next40pxDefaultSize
					>
						{ __( 'Cancel', 'storedesk' ) }
					</Button>
				</div>
			) : (
				<div className="storedesk-settings__actions">
					<Button
						ref={ generateButton }
						variant="secondary"
						isBusy={ busy }
						disabled={ busy }
						accessibleWhenDisabled
						onClick={ () =>
							set ? setAsking( 'replace' ) : change( newKey() )
						}
						__next40pxDefaultSize
					>
						{ __( 'Generate a new key', 'storedesk' ) }
					</Button>
					{ set && (
						<Button
							variant="tertiary"
							isDestructive
							onClick={ () => setAsking( 'off' ) }
							__next40pxDefaultSize
						>
							{ __( 'Turn off', 'storedesk' ) }
						</Button>
					) }
				</div>
			) }
			<h4>
				{ __(
					'Addresses to give your mail server or provider',
					'storedesk'
				) }
			</h4>
			<InboundAddresses inboundKey={ key } />
		</>
	);
}

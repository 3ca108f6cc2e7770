/**
 * Pieces every order action's form uses: the confirm dialog, the refusal
 * said beside the form, and the emails an action will send.
 */
import { Button, Modal } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';
import type { ReactNode } from 'react';

import type { OrderEmail } from './types';
import type { Refusal } from './use-order-action';

/**
 * A dialog saying what is about to happen, with Cancel and the button that
 * does it. Focus moves into it when it opens and back to what opened it
 * when it closes (Modal's own focus handling); Escape cancels unless the
 * action is under way.
 *
 * @param props
 * @param props.title        The question, which names the dialog.
 * @param props.confirmLabel The button that does it.
 * @param props.busy         The action is under way.
 * @param props.onConfirm    Does it.
 * @param props.onCancel     Closes without doing it.
 * @param props.children     What will happen.
 */
export function ConfirmAction( {
	title,
	confirmLabel,
	busy,
	onConfirm,
	onCancel,
	children,
}: {
	title: string;
	confirmLabel: string;
	busy: boolean;
	onConfirm: () => void;
	onCancel: () => void;
	children: ReactNode;
} ) {
	return (
		<Modal
			title={ title }
			onRequestClose={ () => ! busy && onCancel() }
			className="storedesk-store-confirm"
			size="medium"
		>
			{ children }
			<div className="storedesk-store-confirm__buttons">
				<Button
					__next40pxDefaultSize
					variant="tertiary"
					onClick={ onCancel }
					disabled={ busy }
					accessibleWhenDisabled
				>
					{ __( 'Cancel', 'storedesk' ) }
				</Button>
				<Button
					__next40pxDefaultSize
					variant="primary"
					onClick={ onConfirm }
					isBusy={ busy }
					disabled={ busy }
					accessibleWhenDisabled
				>
					{ confirmLabel }
				</Button>
			</div>
		</Modal>
	);
}

/**
 * The button that asks the server what an action would do. Busy while the
 * preview is on its way, not while its dialog is open.
 *
 * @param props           Props.
 * @param props.busy      A request is on its way.
 * @param props.previewed The preview has come back (its dialog is open).
 * @param props.children  The button's words.
 */
export function PreviewButton( {
	busy,
	previewed,
	children,
}: {
	busy: boolean;
	previewed: boolean;
	children: ReactNode;
} ) {
	return (
		<Button
			__next40pxDefaultSize
			type="submit"
			variant="secondary"
			isBusy={ busy && ! previewed }
			disabled={ busy }
			accessibleWhenDisabled
		>
			{ children }
		</Button>
	);
}

/**
 * Why the server refused, in its words, announced as it appears.
 *
 * @param props
 * @param props.error The refusal, if any.
 */
export function ActionError( { error }: { error?: Refusal } ) {
	return error ? (
		<p className="storedesk-field-error" role="alert">
			{ error.message }
		</p>
	) : null;
}

/**
 * "Completed order — to the customer, fiona@example.test".
 *
 * @param email The email.
 */
export const emailText = ( email: OrderEmail ) =>
	email.to === 'customer'
		? sprintf(
				/* translators: 1: email title, 2: email address */
				__( '%1$s — to the customer, %2$s', 'storedesk' ),
				email.title,
				email.recipient
			)
		: sprintf(
				/* translators: 1: email title, 2: email address(es) */
				__( '%1$s — to the store, %2$s', 'storedesk' ),
				email.title,
				email.recipient
			);

/**
 * The emails an action will send, or that none will.
 *
 * @param props
 * @param props.emails The emails.
 */
export function EmailList( { emails }: { emails: OrderEmail[] } ) {
	if ( ! emails.length ) {
		return <p>{ __( 'No email is sent.', 'storedesk' ) }</p>;
	}
	return (
		<>
			<p>{ __( 'Emails that will be sent:', 'storedesk' ) }</p>
			<ul className="storedesk-store-confirm__list">
				{ emails.map( ( email ) => (
					<li key={ email.id }>{ emailText( email ) }</li>
				) ) }
			</ul>
		</>
	);
}

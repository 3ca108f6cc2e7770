/**
 * "Log a call": an agent writes down a call as it ends. The number finds
 * the customer (or makes a new contact), the call opens a conversation or
 * continues the one it was logged from, and the agent lands on it. What
 * the server refuses is said beside its field; nothing typed is lost.
 */
import {
	Button,
	Modal,
	Notice,
	RadioControl,
	SelectControl,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { CallDetails, CallInput, LoggedCall } from '../../api/types';
import { store as ticketsStore } from '../../store/tickets';

type Props = {
	/** The conversation the call continues; a new one when absent. */
	ticketId?: number;
	/** The customer, when the dialog opens from them. */
	contact?: { id: number; name: string; phone: string | null };
	onClose: () => void;
	onLogged: ( logged: LoggedCall ) => void;
};

type Field = 'number' | 'direction' | 'duration' | 'outcome' | 'notes';
type ApiError = {
	code?: string;
	message?: string;
	data?: {
		fields?: Record< string, string >;
		params?: Record< string, string >;
	};
};

/**
 * Seconds from the minutes and seconds typed; empty fields count as 0.
 *
 * @param minutes Minutes typed.
 * @param seconds Seconds typed.
 */
export function toSeconds( minutes: string, seconds: string ): number {
	const n = ( v: string ) => Math.max( 0, Math.floor( Number( v ) || 0 ) );
	return n( minutes ) * 60 + n( seconds );
}

export function LogCallDialog( {
	ticketId,
	contact,
	onClose,
	onLogged,
}: Props ) {
	const { logCall } = useDispatch( ticketsStore );
	const [ number, setNumber ] = useState( contact?.phone ?? '' );
	const [ name, setName ] = useState( '' );
	const [ direction, setDirection ] =
		useState< CallDetails[ 'direction' ] >( 'inbound' );
	const [ minutes, setMinutes ] = useState( '' );
	const [ seconds, setSeconds ] = useState( '' );
	const [ outcome, setOutcome ] =
		useState< CallDetails[ 'outcome' ] >( 'answered' );
	const [ notes, setNotes ] = useState( '' );
	const [ errors, setErrors ] = useState<
		Partial< Record< Field, string > >
	>( {} );
	const [ failure, setFailure ] = useState( '' );
	const [ busy, setBusy ] = useState( false );

	const submit = async ( event: { preventDefault: () => void } ) => {
		event.preventDefault();
		// The server's first checks, made here so the agent hears at once.
		const digits = number.replace( /\D+/g, '' ).length;
		if ( ! number.trim() || digits < 7 || digits > 17 ) {
			setErrors( {
				number: number.trim()
					? __(
							'That phone number does not look right. Write it with its country code, such as +44 7700 900123.',
							'storedesk'
						)
					: __( 'Enter the phone number of the call.', 'storedesk' ),
			} );
			return;
		}
		const call: CallInput = {
			number: number.trim(),
			direction,
			duration: toSeconds( minutes, seconds ),
			outcome,
			notes,
		};
		if ( name.trim() && ! contact ) {
			call.name = name.trim();
		}
		if ( ticketId ) {
			call.ticket_id = ticketId;
		} else if ( contact ) {
			call.contact_id = contact.id;
		}
		setBusy( true );
		setErrors( {} );
		setFailure( '' );
		try {
			onLogged( ( await logCall( call ) ) as LoggedCall );
		} catch ( e ) {
			const error = e as ApiError;
			const fields = error.data?.fields ?? error.data?.params ?? {};
			setErrors( fields as Partial< Record< Field, string > > );
			setFailure(
				Object.keys( fields ).length
					? ''
					: ( error.message ??
							__( 'The call could not be logged.', 'storedesk' ) )
			);
			setBusy( false );
		}
	};

	const help = ( field: Field ) => errors[ field ];
	return (
		<Modal
			title={
				ticketId
					? __( 'Log a call on this conversation', 'storedesk' )
					: __( 'Log a call', 'storedesk' )
			}
			onRequestClose={ onClose }
			className="storedesk-log-call"
		>
			<form onSubmit={ submit } noValidate>
				{ failure && (
					<Notice status="error" isDismissible={ false }>
						{ failure }
					</Notice>
				) }
				<RadioControl
					label={ __( 'Who called', 'storedesk' ) }
					selected={ direction }
					onChange={ ( v ) =>
						setDirection( v as CallDetails[ 'direction' ] )
					}
					options={ [
						{
							value: 'inbound',
							label: __( 'The customer called', 'storedesk' ),
						},
						{
							value: 'outbound',
							label: __( 'I called them', 'storedesk' ),
						},
					] }
				/>
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Phone number', 'storedesk' ) }
					type="tel"
					autoComplete="off"
					value={ number }
					onChange={ setNumber }
					help={
						help( 'number' ) ??
						__(
							'With the country code, such as +44 7700 900123.',
							'storedesk'
						)
					}
					aria-invalid={ !! help( 'number' ) }
					className={ help( 'number' ) ? 'has-error' : undefined }
					required
				/>
				{ ! contact && (
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Caller’s name (optional)', 'storedesk' ) }
						value={ name }
						onChange={ setName }
						help={ __(
							'Used for a new contact; a known number keeps its contact’s name.',
							'storedesk'
						) }
					/>
				) }
				<fieldset className="storedesk-log-call__duration">
					<legend>{ __( 'Duration', 'storedesk' ) }</legend>
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						type="number"
						min={ 0 }
						label={ __( 'Minutes', 'storedesk' ) }
						value={ minutes }
						onChange={ setMinutes }
					/>
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						type="number"
						min={ 0 }
						max={ 59 }
						label={ __( 'Seconds', 'storedesk' ) }
						value={ seconds }
						onChange={ setSeconds }
					/>
					{ help( 'duration' ) && (
						<p className="storedesk-field-error">
							{ help( 'duration' ) }
						</p>
					) }
				</fieldset>
				<SelectControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Outcome', 'storedesk' ) }
					value={ outcome }
					onChange={ ( v ) =>
						setOutcome( v as CallDetails[ 'outcome' ] )
					}
					options={ [
						{
							value: 'answered',
							label: __( 'Answered', 'storedesk' ),
						},
						{
							value: 'voicemail',
							label: __( 'Voicemail', 'storedesk' ),
						},
						{
							value: 'no-answer',
							label: __( 'No answer', 'storedesk' ),
						},
						{ value: 'busy', label: __( 'Busy', 'storedesk' ) },
					] }
					help={ help( 'outcome' ) }
				/>
				<TextareaControl
					__nextHasNoMarginBottom
					label={ __( 'Notes', 'storedesk' ) }
					value={ notes }
					onChange={ setNotes }
					rows={ 5 }
					help={
						help( 'notes' ) ??
						__( 'What was said and what was agreed.', 'storedesk' )
					}
				/>
				<div className="storedesk-log-call__actions">
					<Button variant="tertiary" onClick={ onClose }>
						{ __( 'Cancel', 'storedesk' ) }
					</Button>
					<Button
						variant="primary"
						type="submit"
						isBusy={ busy }
						disabled={ busy }
						accessibleWhenDisabled
					>
						{ __( 'Log call', 'storedesk' ) }
					</Button>
				</div>
			</form>
		</Modal>
	);
}

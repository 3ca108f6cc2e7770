/**
 * The owner's own contact-form fields: label, kind, required, and the
 * options of a list. A saved field keeps its key, so answers already stored
 * on tickets stay attached to it when the label changes.
 */
import {
	Button,
	CheckboxControl,
	SelectControl,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

import { newUid, type FieldDraft, type Problems } from '../storefront-draft';

type Props = {
	fields: FieldDraft[];
	problems: Problems;
	onChange: ( fields: FieldDraft[] ) => void;
};

const TYPES = [
	{ value: 'text', label: __( 'Text', 'storedesk' ) },
	{ value: 'select', label: __( 'List of options', 'storedesk' ) },
	{ value: 'checkbox', label: __( 'Checkbox', 'storedesk' ) },
];

export function FormFieldsEditor( { fields, problems, onChange }: Props ) {
	const edit = ( i: number, changes: Partial< FieldDraft > ) =>
		onChange(
			fields.map( ( f, j ) => ( j === i ? { ...f, ...changes } : f ) )
		);
	const problem = ( i: number, part: string ) =>
		problems[ `form_fields.${ i }.${ part }` ];

	return (
		<fieldset>
			<legend>{ __( 'Extra fields', 'storedesk' ) }</legend>
			{ ! fields.length && (
				<p>
					{ __(
						'The form asks for name, email, subject, topic and message. Add fields for anything else, such as an order number.',
						'storedesk'
					) }
				</p>
			) }
			{ fields.map( ( f, i ) => (
				<div
					key={ f.uid }
					className="storedesk-settings__row"
					role="group"
					aria-label={ sprintf(
						/* translators: %d: position of the field in the form */
						__( 'Extra field %d', 'storedesk' ),
						i + 1
					) }
				>
					<TextControl
						__nextHasNoMarginBottom
						label={ __( 'Label', 'storedesk' ) }
						value={ f.label }
						maxLength={ 100 }
						aria-invalid={ Boolean( problem( i, 'label' ) ) }
						help={ problem( i, 'label' ) }
						className={
							problem( i, 'label' ) ? 'is-invalid' : undefined
						}
						onChange={ ( label ) => edit( i, { label } ) }
					/>
					<SelectControl
						__nextHasNoMarginBottom
						label={ __( 'Kind', 'storedesk' ) }
						value={ f.type }
						options={ TYPES }
						onChange={ ( type ) =>
							edit( i, { type: type as FieldDraft[ 'type' ] } )
						}
					/>
					{ f.type === 'select' && (
						<TextareaControl
							__nextHasNoMarginBottom
							label={ __( 'Options, one per line', 'storedesk' ) }
							value={ f.options }
							rows={ 3 }
							aria-invalid={ Boolean( problem( i, 'options' ) ) }
							help={ problem( i, 'options' ) }
							className={
								problem( i, 'options' )
									? 'is-invalid'
									: undefined
							}
							onChange={ ( options ) => edit( i, { options } ) }
						/>
					) }
					<CheckboxControl
						__nextHasNoMarginBottom
						label={ __( 'Required', 'storedesk' ) }
						checked={ f.required }
						onChange={ ( required ) => edit( i, { required } ) }
					/>
					<Button
						variant="tertiary"
						isDestructive
						onClick={ () =>
							onChange( fields.filter( ( _, j ) => j !== i ) )
						}
					>
						{ sprintf(
							/* translators: %s: field label */
							__( 'Remove “%s”', 'storedesk' ),
							f.label || __( 'new field', 'storedesk' )
						) }
					</Button>
				</div>
			) ) }
			<Button
				variant="secondary"
				disabled={ fields.length >= 20 }
				onClick={ () =>
					onChange( [
						...fields,
						{
							uid: newUid(),
							key: '',
							label: '',
							type: 'text',
							required: false,
							options: '',
						},
					] )
				}
			>
				{ __( 'Add a field', 'storedesk' ) }
			</Button>
		</fieldset>
	);
}

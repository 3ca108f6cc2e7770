/**
 * Files on the shopper side: the file input of the form and of replies
 * (a native input, so keyboards and screen readers know it), the checks
 * the browser can make before sending (the server checks again), the
 * multipart body, and the list of a message's files with their links.
 */
import { __, _n, sprintf } from '@wordpress/i18n';

import type { StoreAttachment, UploadLimits } from '../types';
import { h } from './dom';

/** The multipart field the server reads (ShopperUploads::FIELD). */
const FIELD = 'attachments';

export function formatSize( bytes: number ): string {
	if ( bytes < 1024 ) {
		/* translators: %d: bytes */
		return sprintf( __( '%d B', 'storedesk' ), bytes );
	}
	if ( bytes < 1024 * 1024 ) {
		return sprintf(
			/* translators: %d: kilobytes */
			__( '%d KB', 'storedesk' ),
			Math.round( bytes / 1024 )
		);
	}
	const mb = bytes / 1048576;
	return sprintf(
		/* translators: %s: megabytes */
		__( '%s MB', 'storedesk' ),
		Number.isInteger( mb ) ? String( mb ) : mb.toFixed( 1 )
	);
}

/**
 * A file input like the one FormRenderer prints: label, input described by
 * the limits and by its error slot; the limits ride on data-* attributes.
 *
 * @param id     Input id.
 * @param label  Visible label.
 * @param limits What may be attached.
 */
export function fileField(
	id: string,
	label: string,
	limits: UploadLimits
): HTMLElement {
	const input = h( 'input', {
		type: 'file',
		multiple: true,
		id,
		name: FIELD,
		accept: limits.accept,
		'data-extensions': limits.extensions.join( ',' ),
		'data-max-files': limits.max_files,
		'data-max-bytes': limits.max_bytes,
		'data-max-total-bytes': limits.max_total_bytes,
		'aria-describedby': `${ id }-help ${ id }-error`,
	} );
	return h(
		'div',
		{ class: 'storedesk-field storedesk-field--file' },
		h( 'label', { for: id }, label ),
		input,
		h(
			'span',
			{ class: 'storedesk-field__help', id: `${ id }-help` },
			limits.help
		),
		h( 'span', { class: 'storedesk-field__error', id: `${ id }-error` } )
	);
}

export function fileInputs( form: HTMLFormElement ): HTMLInputElement[] {
	return Array.from(
		form.querySelectorAll< HTMLInputElement >( 'input[type=file]' )
	);
}

/**
 * What is wrong with the chosen files, in the server's words, or ''.
 *
 * @param input A file input with data-* limits.
 */
export function fileProblem( input: HTMLInputElement ): string {
	const files = Array.from( input.files || [] );
	const max = Number( input.dataset.maxFiles || 0 );
	if ( max && files.length > max ) {
		return sprintf(
			/* translators: %s: number of files */
			_n(
				'Attach at most %s file.',
				'Attach at most %s files.',
				max,
				'storedesk'
			),
			max.toLocaleString()
		);
	}
	const maxBytes = Number( input.dataset.maxBytes || 0 );
	const allowed = ( input.dataset.extensions || '' ).split( ',' );
	const problems: string[] = [];
	for ( const file of files ) {
		const ext = (
			/\.([^.]+)$/.exec( file.name )?.[ 1 ] || ''
		).toLowerCase();
		let problem = '';
		if ( ! allowed.includes( ext ) ) {
			problem = sprintf(
				/* translators: %s: list of file extensions */
				__(
					'This type of file cannot be attached. Allowed: %s.',
					'storedesk'
				),
				allowed.join( ', ' )
			);
		} else if ( file.size === 0 ) {
			problem = __( 'The file is empty.', 'storedesk' );
		} else if ( maxBytes && file.size > maxBytes ) {
			problem = sprintf(
				/* translators: %s: size limit such as "10 MB" */
				__( 'The file is larger than %s.', 'storedesk' ),
				formatSize( maxBytes )
			);
		}
		if ( problem ) {
			problems.push(
				sprintf(
					/* translators: 1: file name, 2: what is wrong */
					__( '%1$s: %2$s', 'storedesk' ),
					file.name,
					problem
				)
			);
		}
	}
	const total = Number( input.dataset.maxTotalBytes || 0 );
	if ( ! problems.length && total ) {
		const sum = files.reduce( ( n, f ) => n + f.size, 0 );
		if ( sum > total ) {
			problems.push(
				sprintf(
					/* translators: %s: size such as "8 MB" */
					__(
						'Your files are too large together. Send at most %s in all, or fewer files.',
						'storedesk'
					),
					formatSize( total )
				)
			);
		}
	}
	return problems.join( ' ' );
}

/**
 * Shows a file input's problem as soon as files are chosen, so the shopper
 * can choose again before writing on.
 *
 * @param input File input.
 */
export function watchFiles( input: HTMLInputElement ): void {
	input.addEventListener( 'change', () => {
		const message = fileProblem( input );
		const slot = document.getElementById( `${ input.id }-error` );
		if ( slot ) {
			slot.textContent = message;
		}
		if ( message ) {
			input.setAttribute( 'aria-invalid', 'true' );
		} else {
			input.removeAttribute( 'aria-invalid' );
		}
	} );
}

/**
 * The body as multipart with the chosen files, or null when none are
 * chosen (then it goes as JSON, as before).
 *
 * @param values Field values; "fields" holds the owner's own fields.
 * @param form   The form with the file inputs.
 */
export function multipart(
	values: Record< string, unknown >,
	form: HTMLFormElement
): FormData | null {
	const files = fileInputs( form ).flatMap( ( i ) =>
		Array.from( i.files || [] )
	);
	if ( ! files.length ) {
		return null;
	}
	const data = new FormData();
	const text = ( v: unknown ) => {
		if ( v === true ) {
			return '1';
		}
		return v === false || v === undefined || v === null ? '' : String( v );
	};
	for ( const [ key, value ] of Object.entries( values ) ) {
		if ( key === 'fields' && value && typeof value === 'object' ) {
			for ( const [ k, v ] of Object.entries( value ) ) {
				data.append( `fields[${ k }]`, text( v ) );
			}
			continue;
		}
		data.append( key, text( value ) );
	}
	for ( const file of files ) {
		data.append( `${ FIELD }[]`, file, file.name );
	}
	return data;
}

/**
 * A message's files: a download link each (with a thumbnail for images).
 *
 * @param files Files with signed URLs.
 */
export function attachmentList( files: StoreAttachment[] ): HTMLElement | null {
	if ( ! files.length ) {
		return null;
	}
	return h(
		'ul',
		{
			class: 'storedesk-files',
			'aria-label': __( 'Attachments', 'storedesk' ),
		},
		...files.map( ( f ) =>
			h(
				'li',
				{ class: 'storedesk-files__item' },
				h(
					'a',
					{
						class: 'storedesk-files__link',
						href: f.url,
						download: f.name,
						'aria-label': sprintf(
							/* translators: 1: file name, 2: size */
							__( 'Download %1$s (%2$s)', 'storedesk' ),
							f.name,
							formatSize( f.size )
						),
					},
					f.mime.startsWith( 'image/' )
						? h( 'img', {
								class: 'storedesk-files__thumb',
								src: f.url,
								alt: '',
								loading: 'lazy',
								width: 48,
								height: 48,
							} )
						: null,
					h( 'span', { class: 'storedesk-files__name' }, f.name )
				),
				' ',
				h(
					'span',
					{ class: 'storedesk-files__size' },
					formatSize( f.size )
				)
			)
		)
	);
}

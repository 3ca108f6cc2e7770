/**
 * The shopper's file input: the browser's checks speak the server's words,
 * the multipart body carries text and files, and a message's files are a
 * labelled list of download links.
 */
import { getByRole, getByLabelText } from '@testing-library/react';

import type { UploadLimits } from '../../types';
import {
	attachmentList,
	fileField,
	fileProblem,
	formatSize,
	multipart,
} from '../files';

const LIMITS: UploadLimits = {
	max_files: 2,
	max_bytes: 1024 * 1024,
	max_total_bytes: 1536 * 1024,
	extensions: [ 'png', 'pdf' ],
	accept: '.png,.pdf',
	help: 'Up to 2 files of at most 1 MB each: png, pdf.',
};

function file( name: string, size: number ): File {
	return new File( [ new Uint8Array( size ) ], name );
}

function choose( input: HTMLInputElement, files: File[] ): void {
	Object.defineProperty( input, 'files', {
		value: files,
		configurable: true,
	} );
}

function setUp(): { form: HTMLFormElement; input: HTMLInputElement } {
	const form = document.createElement( 'form' );
	form.append( fileField( 'f-files', 'Attachments', LIMITS ) );
	document.body.replaceChildren( form );
	return {
		form,
		input: getByLabelText( form, 'Attachments' ) as HTMLInputElement,
	};
}

describe( 'file input', () => {
	it( 'is labelled and described by its limits', () => {
		const { input } = setUp();
		expect( input.type ).toBe( 'file' );
		expect( input.multiple ).toBe( true );
		expect( input.accept ).toBe( '.png,.pdf' );
		expect( input.getAttribute( 'aria-describedby' ) ).toBe(
			'f-files-help f-files-error'
		);
		expect( document.getElementById( 'f-files-help' )?.textContent ).toBe(
			LIMITS.help
		);
	} );

	it( 'refuses what the server would, naming each file', () => {
		const { input } = setUp();
		choose( input, [ file( 'a.png', 10 ) ] );
		expect( fileProblem( input ) ).toBe( '' );
		choose( input, [ file( 'a.png', 10 ), file( 'b.exe', 10 ) ] );
		expect( fileProblem( input ) ).toBe(
			'b.exe: This type of file cannot be attached. Allowed: png, pdf.'
		);
		choose( input, [ file( 'big.PDF', 1024 * 1024 + 1 ) ] );
		expect( fileProblem( input ) ).toBe(
			'big.PDF: The file is larger than 1 MB.'
		);
		choose( input, [ file( 'empty.png', 0 ) ] );
		expect( fileProblem( input ) ).toBe( 'empty.png: The file is empty.' );
		choose(
			input,
			[ 1, 2, 3 ].map( ( i ) => file( `${ i }.png`, 1 ) )
		);
		expect( fileProblem( input ) ).toBe( 'Attach at most 2 files.' );
		choose( input, [
			file( 'a.png', 1024 * 1024 ),
			file( 'b.png', 1024 * 1024 ),
		] );
		expect( fileProblem( input ) ).toBe(
			'Your files are too large together. Send at most 1.5 MB in all, or fewer files.'
		);
	} );

	it( 'sends text and files as multipart only when files are chosen', () => {
		const { form, input } = setUp();
		const values = {
			subject: 'Hi',
			fields: { order_no: 'A1', gift: true, wrap: false },
		};
		expect( multipart( values, form ) ).toBeNull();
		const photo = file( 'a.png', 3 );
		choose( input, [ photo ] );
		const data = multipart( values, form )!;
		expect( data.get( 'subject' ) ).toBe( 'Hi' );
		expect( data.get( 'fields[order_no]' ) ).toBe( 'A1' );
		expect( data.get( 'fields[gift]' ) ).toBe( '1' );
		expect( data.get( 'fields[wrap]' ) ).toBe( '' );
		const sent = data.getAll( 'attachments[]' ) as File[];
		expect( sent.map( ( f ) => [ f.name, f.size ] ) ).toEqual( [
			[ 'a.png', 3 ],
		] );
	} );
} );

describe( 'attachment list', () => {
	it( 'lists download links with size, thumbnails for images', () => {
		const list = attachmentList( [
			{
				id: 1,
				name: 'a.png',
				mime: 'image/png',
				size: 2048,
				url: 'https://shop.test/a?signature=x',
			},
			{
				id: 2,
				name: 'b.pdf',
				mime: 'application/pdf',
				size: 10,
				url: 'https://shop.test/b?signature=y',
			},
		] )!;
		document.body.replaceChildren( list );
		const ul = getByRole( document.body, 'list', { name: 'Attachments' } );
		const png = getByRole( ul, 'link', { name: 'Download a.png (2 KB)' } );
		expect( png.getAttribute( 'href' ) ).toBe(
			'https://shop.test/a?signature=x'
		);
		expect( png.querySelector( 'img' )?.getAttribute( 'alt' ) ).toBe( '' );
		const pdf = getByRole( ul, 'link', { name: 'Download b.pdf (10 B)' } );
		expect( pdf.querySelector( 'img' ) ).toBeNull();
		expect( attachmentList( [] ) ).toBeNull();
		expect( formatSize( 10 * 1048576 ) ).toBe( '10 MB' );
	} );
} );

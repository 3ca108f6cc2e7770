/**
 * Editor side of the storefront blocks: both render on the server, so the
 * editor shows what the block is and where its settings live.
 */
import { registerBlockType, type BlockConfiguration } from '@wordpress/blocks';
import { useBlockProps } from '@wordpress/block-editor';
import { __ } from '@wordpress/i18n';

import contactForm from './contact-form/block.json';
import portal from './portal/block.json';
// The help centre's blocks share this editor script.
import '../../help/blocks/editor';

function preview( title: string, text: string ) {
	return function Edit() {
		return (
			<div
				{ ...useBlockProps( { className: 'storedesk-block-preview' } ) }
			>
				<p>
					<strong>{ title }</strong>
				</p>
				<p>{ text }</p>
			</div>
		);
	};
}

registerBlockType( contactForm as BlockConfiguration, {
	edit: preview(
		__( 'Support contact form', 'storedesk' ),
		__(
			'Shoppers see the contact form here: name, email, subject, topic, message and your own fields from Support → Settings. Each submission becomes a ticket.',
			'storedesk'
		)
	),
	save: () => null,
} );

registerBlockType( portal as BlockConfiguration, {
	edit: preview(
		__( 'Support portal', 'storedesk' ),
		__(
			'Logged-in customers see their support requests here; guests who open a link from their email see that conversation.',
			'storedesk'
		)
	),
	save: () => null,
} );

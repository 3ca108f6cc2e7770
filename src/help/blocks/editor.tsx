/**
 * Editor side of the help centre's blocks, loaded by the storefront blocks'
 * editor script. Both render on the server: the search box shows as it will
 * look, with its placeholder set in the sidebar; the help centre block,
 * which only the help centre's template holds, says what it shows.
 */
import { registerBlockType, type BlockConfiguration } from '@wordpress/blocks';
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { PanelBody, TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import helpSearch from './help-search/block.json';
import helpCentre from './help-centre/block.json';

type SearchAttributes = { placeholder: string };

registerBlockType< SearchAttributes >(
	helpSearch as BlockConfiguration< SearchAttributes >,
	{
		edit: function Edit( { attributes, setAttributes } ) {
			return (
				<div
					{ ...useBlockProps( {
						className: 'storedesk-help-search',
					} ) }
				>
					<InspectorControls>
						<PanelBody title={ __( 'Search box', 'storedesk' ) }>
							<TextControl
								label={ __( 'Placeholder', 'storedesk' ) }
								help={ __(
									'The hint inside the field. Leave empty for "Search for answers…".',
									'storedesk'
								) }
								value={ attributes.placeholder }
								onChange={ ( placeholder ) =>
									setAttributes( { placeholder } )
								}
								__next40pxDefaultSize
								__nextHasNoMarginBottom
							/>
						</PanelBody>
					</InspectorControls>
					<div className="storedesk-help-search__form">
						<input
							type="search"
							disabled
							aria-label={ __(
								'Search the help centre',
								'storedesk'
							) }
							placeholder={
								attributes.placeholder ||
								__( 'Search for answers…', 'storedesk' )
							}
						/>
						<button
							type="button"
							className="wp-element-button"
							disabled
						>
							{ __( 'Search', 'storedesk' ) }
						</button>
					</div>
				</div>
			);
		},
		save: () => null,
	}
);

registerBlockType( helpCentre as BlockConfiguration, {
	edit: function Edit() {
		return (
			<div
				{ ...useBlockProps( { className: 'storedesk-block-preview' } ) }
			>
				<p>
					<strong>{ __( 'Help centre', 'storedesk' ) }</strong>
				</p>
				<p>
					{ __(
						"Shows the help centre's home, search results or a category, depending on the address: categories, popular articles and the search box.",
						'storedesk'
					) }
				</p>
			</div>
		);
	},
	save: () => null,
} );

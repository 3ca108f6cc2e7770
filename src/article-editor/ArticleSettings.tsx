/**
 * "Help article" panel: visibility, featured and, with WooCommerce, the
 * products and categories. Saved with the post as its meta.
 */
import { RadioControl, ToggleControl } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import {
	PluginDocumentSettingPanel,
	store as editorStore,
} from '@wordpress/editor';
import { __ } from '@wordpress/i18n';

import { ProductPicker } from './ProductPicker';

type Meta = {
	storedesk_visibility?: string;
	storedesk_featured?: boolean;
	storedesk_products?: number[];
	storedesk_product_cats?: number[];
};

declare global {
	interface Window {
		storedeskArticleEditor?: { woocommerce: boolean };
	}
}

export function ArticleSettings() {
	const meta = useSelect(
		( select ) =>
			( (
				select( editorStore ) as {
					getEditedPostAttribute: ( key: string ) => unknown;
				}
			 ).getEditedPostAttribute( 'meta' ) ?? {} ) as Meta,
		[]
	);
	const { editPost } = useDispatch( editorStore ) as {
		editPost: ( edits: { meta: Meta } ) => void;
	};
	const set = ( change: Meta ) => editPost( { meta: change } );

	return (
		<PluginDocumentSettingPanel
			name="storedesk-article-settings"
			title={ __( 'Help article', 'storedesk' ) }
		>
			<RadioControl
				label={ __( 'Who can read it', 'storedesk' ) }
				selected={ meta.storedesk_visibility ?? 'public' }
				options={ [
					{ label: __( 'Everyone', 'storedesk' ), value: 'public' },
					{
						label: __( 'Logged-in customers', 'storedesk' ),
						value: 'customers',
					},
					{
						label: __( 'Agents only (internal)', 'storedesk' ),
						value: 'internal',
					},
				] }
				onChange={ ( value ) =>
					set( { storedesk_visibility: String( value ) } )
				}
			/>
			<ToggleControl
				__nextHasNoMarginBottom
				label={ __( 'Featured on the help centre', 'storedesk' ) }
				checked={ Boolean( meta.storedesk_featured ) }
				onChange={ ( value ) => set( { storedesk_featured: value } ) }
			/>
			{ window.storedeskArticleEditor?.woocommerce && (
				<>
					<ProductPicker
						kind="products"
						label={ __( 'Products it is about', 'storedesk' ) }
						value={ meta.storedesk_products ?? [] }
						onChange={ ( ids ) =>
							set( { storedesk_products: ids } )
						}
					/>
					<ProductPicker
						kind="categories"
						label={ __(
							'Product categories it is about',
							'storedesk'
						) }
						value={ meta.storedesk_product_cats ?? [] }
						onChange={ ( ids ) =>
							set( { storedesk_product_cats: ids } )
						}
					/>
				</>
			) }
		</PluginDocumentSettingPanel>
	);
}

/**
 * The part of @wordpress/block-editor the help blocks use beyond the
 * storefront blocks' (src/storefront/blocks/block-editor.d.ts); the package
 * ships no type declarations.
 * @param props
 * @param props.children
 */
declare module '@wordpress/block-editor' {
	export function InspectorControls( props: {
		children?: import( 'react' ).ReactNode;
	} ): JSX.Element;
}

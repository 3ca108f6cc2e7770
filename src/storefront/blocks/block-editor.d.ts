/**
 * The part of @wordpress/block-editor the storefront blocks use; the
 * package ships no type declarations.
 * @param props
 */
declare module '@wordpress/block-editor' {
	export function useBlockProps(
		props?: Record< string, unknown >
	): Record< string, unknown >;
}

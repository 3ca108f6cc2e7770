/**
 * Babel plugin: gives a text domain to the i18n calls of the packages we
 * bundle. @wordpress/dataviews and the packages it pulls in are not scripts
 * WordPress ships, so they are compiled into our admin app, where their
 * `__( 'Filter' )` would look in the "default" domain, which core loads
 * only for its own screens. With the domain set they are our strings: they
 * go into storedesk's translations and are loaded with the app's.
 */

// Arguments of each function before the domain.
const ARITY = { __: 1, _x: 2, _n: 3, _nx: 4 };

/**
 * The i18n function a call goes to, or null: `__()` imported from
 * @wordpress/i18n (ES modules), or `(0, _i18n.__)()` / `_i18n.__()` on
 * `require( '@wordpress/i18n' )` (CommonJS builds).
 *
 * @param {Object} callee Babel path of the callee.
 * @return {string|null} Function name.
 */
function i18nFunction( callee ) {
	if ( callee.isIdentifier() ) {
		const binding = callee.scope.getBinding( callee.node.name );
		const specifier = binding?.path;
		if (
			binding?.kind === 'module' &&
			specifier.isImportSpecifier() &&
			specifier.parent.source.value === '@wordpress/i18n'
		) {
			const name = specifier.node.imported.name;
			return ARITY[ name ] ? name : null;
		}
		return null;
	}
	const target = callee.isSequenceExpression()
		? callee.get( 'expressions' ).at( -1 )
		: callee;
	if (
		! target.isMemberExpression() ||
		target.node.computed ||
		! ARITY[ target.node.property.name ] ||
		! target.get( 'object' ).isIdentifier()
	) {
		return null;
	}
	const binding = target.scope.getBinding( target.node.object.name );
	const init = binding?.path.isVariableDeclarator()
		? binding.path.node.init
		: null;
	// Also through an interop helper: _interopRequireWildcard( require( … ) ).
	return isRequireOfI18n( init ) || isRequireOfI18n( init?.arguments?.[ 0 ] )
		? target.node.property.name
		: null;
}

/**
 * Whether a node is `require( '@wordpress/i18n' )`.
 *
 * @param {Object|null|undefined} node AST node.
 */
function isRequireOfI18n( node ) {
	return (
		node?.type === 'CallExpression' &&
		node.callee.type === 'Identifier' &&
		node.callee.name === 'require' &&
		node.arguments[ 0 ]?.value === '@wordpress/i18n'
	);
}

module.exports = function textDomain( { types: t }, { domain } ) {
	if ( ! domain ) {
		throw new Error( 'text-domain: the "domain" option is required.' );
	}
	return {
		name: 'storedesk-text-domain',
		visitor: {
			CallExpression( path ) {
				const name = i18nFunction( path.get( 'callee' ) );
				if ( ! name ) {
					return;
				}
				const args = path.node.arguments;
				const at = ARITY[ name ];
				if ( args.length === at ) {
					args.push( t.stringLiteral( domain ) );
				} else if (
					args.length === at + 1 &&
					t.isStringLiteral( args[ at ], { value: 'default' } )
				) {
					args[ at ] = t.stringLiteral( domain );
				}
			},
		},
	};
};

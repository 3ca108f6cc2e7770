/**
 * Extends @wordpress/scripts: WordPress packages stay externals (recorded in
 * the *.asset.php files PHP reads), styles get an RTL twin, and the packages
 * we bundle get our text domain (tools/babel/text-domain.cjs).
 */
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );
const path = require( 'path' );

module.exports = {
	...defaultConfig,
	entry: {
		admin: path.resolve( __dirname, 'src/admin/index.tsx' ),
		storefront: path.resolve( __dirname, 'src/storefront/index.ts' ),
		// The storefront stylesheet (style-storefront-ui.css + -rtl) and the blocks' editor script.
		'storefront-ui': path.resolve(
			__dirname,
			'src/storefront/style-entry.ts'
		),
		'blocks-editor': path.resolve(
			__dirname,
			'src/storefront/blocks/editor.tsx'
		),
	},
	output: {
		...defaultConfig.output,
		path: path.resolve( __dirname, 'build' ),
		// build/php-vendor/ holds the prefixed Composer packages (tools/php/prefix-vendor.php).
		clean: { keep: /^(fonts|images|php-vendor)\// },
	},
	module: {
		...defaultConfig.module,
		rules: [
			{
				// Packages compiled into our bundles (WordPress's own are externals and
				// never get here): their strings become storedesk's.
				test: /\.m?js$/,
				include: /[\\/]node_modules[\\/]@wordpress[\\/]/,
				use: {
					loader: require.resolve( 'babel-loader' ),
					options: {
						babelrc: false,
						configFile: false,
						cacheDirectory: true,
						sourceType: 'unambiguous',
						plugins: [
							[
								require.resolve( './tools/babel/text-domain.cjs' ),
								{ domain: 'storedesk' },
							],
						],
					},
				},
			},
			...defaultConfig.module.rules,
		],
	},
};

/**
 * Extends @wordpress/scripts: WordPress packages stay externals (recorded in
 * the *.asset.php files PHP reads), styles get an RTL twin, and the packages
 * we bundle get our text domain (tools/babel/text-domain.cjs). WooCommerce's
 * packages are externals too, as @woocommerce/dependency-extraction-webpack-plugin
 * maps them: only the woocommerce entry imports them, and PHP loads it only
 * when WooCommerce is active.
 */
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );
const path = require( 'path' );

// The plugin @wordpress/scripts set up, rebuilt below with our mapping added.
const extraction = defaultConfig.plugins.find(
	( plugin ) =>
		plugin.constructor.name === 'DependencyExtractionWebpackPlugin'
);

/**
 * The packages WooCommerce registers as scripts on every admin page
 * (src/Internal/Admin/WCAdminAssets.php; wc-settings from the blocks'
 * AssetDataRegistry), by package name: [ global under `wc`, script handle ].
 */
const WOOCOMMERCE_PACKAGES = {
	components: [ 'components', 'wc-components' ],
	'csv-export': [ 'csvExport', 'wc-csv' ],
	currency: [ 'currency', 'wc-currency' ],
	data: [ 'data', 'wc-store-data' ],
	date: [ 'date', 'wc-date' ],
	navigation: [ 'navigation', 'wc-navigation' ],
	number: [ 'number', 'wc-number' ],
	sanitize: [ 'sanitize', 'wc-sanitize' ],
	settings: [ 'wcSettings', 'wc-settings' ],
	tracks: [ 'tracks', 'wc-tracks' ],
};
const woocommercePackage = ( request ) =>
	request.startsWith( '@woocommerce/' )
		? WOOCOMMERCE_PACKAGES[ request.slice( '@woocommerce/'.length ) ]
		: undefined;

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
		// The help centre: "Was this helpful?" and the help pages' stylesheet (style-help.css).
		help: path.resolve( __dirname, 'src/help/index.ts' ),
		// The ticket sidebar's store panel (php/Admin/Assets.php loads it after the inbox paints).
		woocommerce: path.resolve( __dirname, 'src/woocommerce/index.tsx' ),
		// The help article's sidebar panel in the block editor (php/KnowledgeBase/ArticleEditor.php).
		'article-editor': path.resolve(
			__dirname,
			'src/article-editor/index.tsx'
		),
	},
	plugins: [
		...defaultConfig.plugins.filter( ( plugin ) => plugin !== extraction ),
		new extraction.constructor( {
			...extraction.options,
			requestToExternal: ( request ) => {
				const known = woocommercePackage( request );
				return known ? [ 'wc', known[ 0 ] ] : undefined;
			},
			requestToHandle: ( request ) =>
				woocommercePackage( request )?.[ 1 ],
		} ),
	],
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

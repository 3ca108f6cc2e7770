/**
 * Jest through @wordpress/scripts, limited to src/ and tools/ so it never crawls .wp/
 * (WordPress sites that link back into this repository).
 */
const defaultConfig = require( '@wordpress/scripts/config/jest-unit.config' );

const babel = Object.values( defaultConfig.transform )[ 0 ];

module.exports = {
	...defaultConfig,
	roots: [ '<rootDir>/src', '<rootDir>/tools' ],
	testMatch: [ '**/test/*.test.[jt]s?(x)' ],
	// Some dependencies (uuid, @wordpress/theme) ship only ES modules, some as
	// .mjs; Jest runs CommonJS, so Babel compiles those too.
	transform: { '\\.m?[jt]sx?$': babel },
	transformIgnorePatterns: [
		'/node_modules/(?!(uuid|@wordpress/theme|@wordpress/ui)/)',
	],
	setupFilesAfterEnv: [
		...( defaultConfig.setupFilesAfterEnv || [] ),
		'@testing-library/jest-dom',
		'<rootDir>/src/admin/test-utils/setup.ts',
	],
};

/**
 * Playwright: REST integration (`rest`, no browser) and end-to-end specs
 * (`e2e`, Debian's Chromium; no browser is ever downloaded).
 *
 * `npm test` installs a fresh site and sets:
 * - STOREDESK_E2E_URL: the site, e.g. http://127.0.0.1:8890
 * - STOREDESK_E2E_SITE: its directory (for PHP helpers)
 * - STOREDESK_E2E_USER / STOREDESK_E2E_PASSWORD: the administrator's login
 * - PLAYWRIGHT_JSON_OUTPUT_NAME: where the JSON report goes
 * - STOREDESK_E2E_ORDER_STORAGE: WooCommerce's order storage on the site,
 *   `hpos` or `posts` (legacy), sync off; '' without WooCommerce
 *
 * Both projects run on HPOS. Specs with `@woocommerce` in their title run a
 * second time, on a site of their own on posts storage ("End-to-end,
 * WooCommerce on legacy order storage"; tools/test.mjs).
 */
import { defineConfig } from '@playwright/test';

export default defineConfig( {
	testDir: 'tests',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	// Generous: two cores may be shared with other runs; no assertion depends on it.
	timeout: 120_000,
	reporter: [ [ 'list' ], [ 'json' ] ],
	outputDir: '.wp/results/playwright-artifacts',
	use: {
		baseURL: process.env.STOREDESK_E2E_URL || 'http://127.0.0.1:8890',
	},
	projects: [
		{
			name: 'rest',
			testMatch: 'rest/**/*.spec.ts',
		},
		{
			name: 'e2e',
			testMatch: 'e2e/specs/**/*.spec.ts',
			use: {
				browserName: 'chromium',
				launchOptions: {
					executablePath: '/usr/bin/chromium',
					args: [
						'--headless',
						'--no-sandbox',
						'--disable-gpu',
						'--disable-quic',
						'--no-first-run',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
					],
				},
				trace: 'retain-on-failure',
				screenshot: 'only-on-failure',
			},
		},
	],
} );

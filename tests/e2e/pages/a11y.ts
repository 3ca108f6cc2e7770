/**
 * Accessibility check of our app's part of the page with axe-core: serious
 * and critical violations fail the spec, with what and where in the message.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectAccessible(
	page: Page,
	label: string
): Promise< void > {
	const results = await new AxeBuilder( { page } )
		.include( '#storedesk-admin-root' )
		.analyze();
	const serious = results.violations.filter(
		( v ) => v.impact === 'serious' || v.impact === 'critical'
	);
	const report = serious.map(
		( v ) =>
			`${ v.id } (${ v.impact }): ${ v.help } at ${ v.nodes.map( ( n ) => n.target.join( ' ' ) ).join( ', ' ) }`
	);
	expect(
		report,
		`${ label }: serious or critical accessibility violations`
	).toEqual( [] );
}

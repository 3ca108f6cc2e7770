/**
 * Internal and customers-only help articles never reach a visitor over
 * HTTP, by any way in: wp/v2 (list, item, search), our help search and
 * article route, the article's own page, WordPress's search page, feeds,
 * embeds and the help centre's search. A logged-in customer reads the
 * customers-only article and still not the internal one; an agent reads
 * both, so each check is about who asks, not about a missing article.
 */
import type { APIRequestContext } from '@playwright/test';

import { expect, test, uniq } from './helpers';

type Article = { id: number; link: string; word: string; title: string };

const STORE = '/wp-json/storedesk/store/v1';

async function ids(
	ctx: APIRequestContext,
	path: string,
	nonce = ''
): Promise< number[] > {
	const res = await ctx.get( path, {
		headers: nonce ? { 'X-WP-Nonce': nonce } : {},
	} );
	expect( res.status(), path ).toBe( 200 );
	const body = await res.json();
	const list = Array.isArray( body ) ? body : body.results;
	return list.map( ( a: { id: number } ) => a.id );
}

test( 'hidden help articles never reach a visitor, by any way in', async ( {
	as,
	request,
} ) => {
	const manager = await as( 'e2e_manager' );
	const write = { 'X-WP-Nonce': manager.nonce };
	// The seeded internal article, and a customers-only one made for this run.
	const [ seeded ] = await (
		await manager.ctx.get(
			'/wp-json/wp/v2/storedesk-articles?slug=e2e-quokka-lantern-supplier&context=edit',
			{ headers: write }
		)
	).json();
	const word = uniq( 'zqmember' );
	const members = await (
		await manager.ctx.post( '/wp-json/wp/v2/storedesk-articles', {
			headers: write,
			data: {
				title: `Members ${ word } guide`,
				content: `<p>The ${ word } discount is for members.</p>`,
				status: 'publish',
				meta: { storedesk_visibility: 'customers' },
			},
		} )
	).json();
	const internal: Article = {
		id: seeded.id,
		link: seeded.link,
		word: 'quokka supplier',
		title: 'Quokka lantern supplier codes',
	};
	const customers: Article = {
		id: members.id,
		link: members.link,
		word,
		title: `Members ${ word } guide`,
	};
	expect( internal.id ).toBeGreaterThan( 0 );
	expect( customers.id ).toBeGreaterThan( 0 );

	// An agent finds both.
	const agent = await as( 'e2e_agent' );
	for ( const a of [ internal, customers ] ) {
		expect(
			await ids(
				agent.ctx,
				`${ STORE }/help/search?q=${ encodeURIComponent( a.word ) }`,
				agent.nonce
			)
		).toContain( a.id );
	}

	for ( const a of [ internal, customers ] ) {
		const q = encodeURIComponent( a.word );
		expect(
			await ids(
				request,
				`/wp-json/wp/v2/storedesk-articles?search=${ q }`
			)
		).not.toContain( a.id );
		expect(
			await ids( request, `/wp-json/wp/v2/search?search=${ q }` )
		).not.toContain( a.id );
		expect(
			await ids( request, `${ STORE }/help/search?q=${ q }` )
		).not.toContain( a.id );
		for ( const path of [
			`/wp-json/wp/v2/storedesk-articles/${ a.id }`,
			`${ STORE }/help/articles/${ a.id }`,
			`/wp-json/oembed/1.0/embed?url=${ encodeURIComponent( a.link ) }`,
		] ) {
			expect( ( await request.get( path ) ).status(), path ).toBe( 404 );
		}
		const page = await request.get( a.link );
		expect( page.status(), a.link ).toBe( 404 );
		expect( await page.text() ).not.toContain( a.title );
		for ( const path of [
			`/?s=${ q }`,
			`/?post_type=storedesk_article&feed=rss2`,
			`/help/?q=${ q }`,
		] ) {
			const res = await request.get( path );
			expect( res.status(), path ).toBeLessThan( 400 );
			expect( await res.text(), path ).not.toContain( a.title );
		}
	}

	// A logged-in customer reads the customers-only article, never the internal one.
	const customer = await as( 'e2e_customer' );
	expect(
		await ids(
			customer.ctx,
			`${ STORE }/help/search?q=${ encodeURIComponent( customers.word ) }`,
			customer.nonce
		)
	).toContain( customers.id );
	expect(
		await ids(
			customer.ctx,
			`${ STORE }/help/search?q=${ encodeURIComponent( internal.word ) }`,
			customer.nonce
		)
	).not.toContain( internal.id );
	expect(
		( await customer.ctx.get( internal.link ) ).status(),
		'an internal article for a customer'
	).toBe( 404 );
} );

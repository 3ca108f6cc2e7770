/**
 * Routes survive a reload: every screen has a URL and back.
 */
import { href, parseRoute } from '../router';

describe( 'router', () => {
	it.each( [
		[ '', { name: 'inbox', view: 'mine' } ],
		[ '#/inbox/unassigned', { name: 'inbox', view: 'unassigned' } ],
		[
			'#/inbox/channel/whatsapp',
			{ name: 'inbox', view: 'channel/whatsapp' },
		],
		[ '#/tickets/42', { name: 'ticket', id: 42 } ],
		[ '#/tickets/abc', { name: 'inbox', view: 'mine' } ],
		[ '#/contacts', { name: 'contacts' } ],
		[ '#/reports', { name: 'reports' } ],
	] )( 'reads %s', ( hash, route ) => {
		expect( parseRoute( hash ) ).toEqual( route );
	} );

	it( 'writes what it reads', () => {
		for ( const hash of [
			'#/tickets/7',
			'#/inbox/channel/sms',
			'#/settings',
		] ) {
			expect( href( parseRoute( hash ) ) ).toBe( hash );
		}
	} );
} );

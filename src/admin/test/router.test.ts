/**
 * Routes survive a reload: every screen has a URL and back.
 */
import { href, LANDING, parseRoute } from '../router';

describe( 'router', () => {
	it.each( [
		[ '', { name: 'inbox', view: '' } ],
		[ '#/inbox', { name: 'inbox', view: '' } ],
		[ '#/inbox/mine', { name: 'inbox', view: 'mine' } ],
		[ '#/inbox/unassigned', { name: 'inbox', view: 'unassigned' } ],
		[
			'#/inbox/channel/whatsapp',
			{ name: 'inbox', view: 'channel/whatsapp' },
		],
		[ '#/tickets/42', { name: 'ticket', id: 42 } ],
		[ '#/tickets/42/reply', { name: 'ticket', id: 42, mode: 'reply' } ],
		[ '#/tickets/42/note', { name: 'ticket', id: 42, mode: 'note' } ],
		[ '#/tickets/42/bogus', { name: 'ticket', id: 42 } ],
		[ '#/inbox/saved/0b1c', { name: 'inbox', view: 'saved/0b1c' } ],
		[ '#/tickets/abc', { name: 'inbox', view: '' } ],
		[ '#/contacts', { name: 'contacts' } ],
		[ '#/contacts/7', { name: 'contact', id: 7 } ],
		[ '#/contacts/x', { name: 'contacts' } ],
		[ '#/reports', { name: 'reports' } ],
	] )( 'reads %s', ( hash, route ) => {
		expect( parseRoute( hash ) ).toEqual( route );
	} );

	it( 'writes the landing view as #/inbox, and a named view in full', () => {
		expect( href( { name: 'inbox', view: LANDING } ) ).toBe( '#/inbox' );
		expect( href( { name: 'inbox', view: 'mine' } ) ).toBe(
			'#/inbox/mine'
		);
		expect(
			parseRoute( href( { name: 'inbox', view: LANDING } ) )
		).toEqual( {
			name: 'inbox',
			view: LANDING,
		} );
	} );

	it( 'opens a ticket with the composer in a mode', () => {
		expect( parseRoute( '#/tickets/42/note' ) ).toEqual( {
			name: 'ticket',
			id: 42,
			mode: 'note',
		} );
		expect( parseRoute( '#/tickets/42/other' ) ).toEqual( {
			name: 'ticket',
			id: 42,
		} );
		expect( href( parseRoute( '#/tickets/42/reply' ) ) ).toBe(
			'#/tickets/42/reply'
		);
	} );

	it( 'writes what it reads', () => {
		for ( const hash of [
			'#/tickets/7',
			'#/tickets/7/reply',
			'#/tickets/7/note',
			'#/inbox/channel/sms',
			'#/inbox/team/3',
			'#/settings',
			'#/contacts/12',
		] ) {
			expect( href( parseRoute( hash ) ) ).toBe( hash );
		}
	} );
} );

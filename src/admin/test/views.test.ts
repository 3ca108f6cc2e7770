/**
 * Views by route: built-in, per channel, per team, saved; unknown ones
 * fall back to Mine, saved ones wait for the agent's list.
 */
import { allViews, viewById } from '../views';

const teams = [ { id: 3, name: 'Returns', description: '', members: [] } ];
const channels = [
	{ slug: 'email', label: 'Email' },
	{ slug: 'form', label: 'Contact form' },
	{ slug: 'sms', label: 'SMS' },
	{ slug: 'wechat', label: 'WeChat' },
];
const saved = [
	{
		id: 'abc',
		name: 'VIP',
		query: { tag: [ 'vip' ] },
		columns: [ 'customer' ],
	},
];

describe( 'viewById', () => {
	it( 'finds every kind of view', () => {
		expect(
			viewById( 'channel/sms', teams, saved, channels )
		).toMatchObject( {
			label: 'SMS',
			query: { channel: [ 'sms' ] },
		} );
		expect( viewById( 'team/3', teams, saved ) ).toMatchObject( {
			label: 'Returns',
			query: { team: 3 },
		} );
		expect( viewById( 'saved/abc', teams, saved ) ).toMatchObject( {
			label: 'VIP',
			query: { tag: [ 'vip' ] },
			columns: [ 'customer' ],
		} );
	} );

	it( 'waits for lists that have not arrived, and falls back to Mine', () => {
		expect( viewById( 'saved/abc', teams, undefined ) ).toBeUndefined();
		expect( viewById( 'team/3', undefined, saved ) ).toMatchObject( {
			id: 'team/3',
			query: { team: 3 },
		} );
		expect( viewById( 'saved/gone', teams, saved )?.id ).toBe( 'mine' );
		expect( viewById( 'nonsense', teams, saved )?.id ).toBe( 'mine' );
	} );
} );

describe( 'allViews', () => {
	const channelsOf = ( views: ReturnType< typeof allViews > ) =>
		views.filter( ( v ) => v.group === 'channel' ).map( ( v ) => v.id );

	it( 'offers a view only for the channels it is given', () => {
		const views = allViews( teams, saved, [
			channels[ 0 ],
			channels[ 1 ],
			channels[ 3 ],
		] );
		expect( channelsOf( views ) ).toEqual( [
			'channel/email',
			'channel/form',
			'channel/wechat',
		] );
		expect( views.map( ( v ) => v.id ) ).toEqual(
			expect.arrayContaining( [ 'mine', 'open', 'team/3', 'saved/abc' ] )
		);
		expect( channelsOf( allViews( teams, saved, [] ) ) ).toEqual( [] );
	} );

	it( 'still opens a channel view it does not list, by its link', () => {
		expect( viewById( 'channel/line', teams, saved ) ).toMatchObject( {
			label: 'line',
			query: { channel: [ 'line' ] },
		} );
		expect( viewById( 'channel/../x', teams, saved )?.id ).toBe( 'mine' );
	} );
} );

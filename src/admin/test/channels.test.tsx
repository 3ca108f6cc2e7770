/**
 * Channels come from the server: a channel a plugin registers shows with
 * its own name and icon; one the server does not list shows by its slug.
 */
import { dispatch } from '@wordpress/data';
import { render, screen } from '@testing-library/react';

import { ChannelLabel, lookOf } from '../channels';
import { store } from '../store/directory';
import { CHANNELS } from '../test-utils/fixtures';

describe( 'channels', () => {
	it( 'are named and drawn as GET /channels says', () => {
		dispatch( store ).receive( 'channels', [
			...CHANNELS,
			{ ...CHANNELS[ 0 ], slug: 'echo', label: 'Echo', icon: 'comment' },
		] );
		render( <ChannelLabel channel="echo" /> );
		expect( screen.getByText( 'Echo' ) ).toBeVisible();
		expect( lookOf( CHANNELS, 'whatsapp' ).label ).toBe( 'WhatsApp' );
	} );

	it( 'fall back to the slug for one the server does not list', () => {
		const look = lookOf( CHANNELS, 'pigeon' );
		expect( look.label ).toBe( 'pigeon' );
		expect( look.icon ).toBe( lookOf( CHANNELS, 'whatsapp' ).icon );
		expect( lookOf( CHANNELS, 'email' ).icon ).not.toBe( look.icon );
	} );
} );

/**
 * A logged call reads as one line: direction, number, length, outcome.
 */
import { render, screen } from '@testing-library/react';

import { Thread } from '../../Thread';
import { callLength, callText } from '../CallSummary';
import { message } from '../../../test-utils/fixtures';

describe( 'calls in the thread', () => {
	it( 'say who called, how long and how it ended', () => {
		expect(
			callText( {
				direction: 'inbound',
				number: '+447700900123',
				duration: 252,
				outcome: 'answered',
			} )
		).toBe( 'Incoming call · +447700900123 · 4 min 12 s · answered' );
		expect(
			callText( {
				direction: 'outbound',
				number: '+14155550199',
				duration: 0,
				outcome: 'no-answer',
			} )
		).toBe( 'Outgoing call · +14155550199 · no answer' );
		expect( callLength( 45 ) ).toBe( '45 s' );
		expect( callLength( 120 ) ).toBe( '2 min' );
	} );

	it( 'show in the thread in place of the channel, the notes as the body', () => {
		render(
			<Thread
				messages={ [
					message( 3, {
						kind: 'customer',
						channel: 'phone',
						format: 'text',
						body: 'Wants the parcel held at the depot.',
						author: {
							type: 'contact',
							id: 9,
							name: 'Ola Berg',
							avatar: null,
						},
						meta: {
							call: {
								direction: 'inbound',
								number: '+447700900123',
								duration: 75,
								outcome: 'answered',
							},
							logged_by: 1,
						},
					} ),
				] }
				hasOlder={ false }
			/>
		);
		const entry = screen.getByRole( 'article', {
			name: 'Customer from Ola Berg',
		} );
		expect( entry ).toHaveTextContent(
			'Incoming call · +447700900123 · 1 min 15 s · answered'
		);
		expect( entry ).toHaveTextContent(
			'Wants the parcel held at the depot.'
		);
	} );
} );

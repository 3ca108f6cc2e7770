/**
 * The line a logged call shows in its header: who called whom, how long,
 * and how it ended, beside the phone channel's icon.
 */
import { Icon } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

import type { CallDetails } from '../../api/types';
import type { ChannelLook } from '../../channels';

const OUTCOMES: Record< CallDetails[ 'outcome' ], string > = {
	answered: __( 'answered', 'storedesk' ),
	voicemail: __( 'voicemail', 'storedesk' ),
	'no-answer': __( 'no answer', 'storedesk' ),
	busy: __( 'busy', 'storedesk' ),
};

/**
 * A duration as "4 min 12 s", or "" for an unknown one (0).
 *
 * @param seconds Seconds.
 */
export function callLength( seconds: number ): string {
	if ( seconds <= 0 ) {
		return '';
	}
	const min = Math.floor( seconds / 60 );
	const sec = seconds % 60;
	if ( ! min ) {
		/* translators: %d: seconds */
		return sprintf( __( '%d s', 'storedesk' ), sec );
	}
	return sec
		? /* translators: 1: minutes, 2: seconds */
			sprintf( __( '%1$d min %2$d s', 'storedesk' ), min, sec )
		: /* translators: %d: minutes */
			sprintf( __( '%d min', 'storedesk' ), min );
}

/**
 * The call in words: "Incoming call · 4 min 12 s · answered".
 *
 * @param call The call.
 */
export function callText( call: CallDetails ): string {
	return [
		call.direction === 'inbound'
			? __( 'Incoming call', 'storedesk' )
			: __( 'Outgoing call', 'storedesk' ),
		call.number,
		callLength( call.duration ),
		OUTCOMES[ call.outcome ] ?? call.outcome,
	]
		.filter( Boolean )
		.join( ' · ' );
}

export function CallSummary( {
	call,
	channel,
}: {
	call: CallDetails;
	channel: ChannelLook;
} ) {
	return (
		<span className="storedesk-channel storedesk-call">
			<Icon icon={ channel.icon } size={ 16 } />
			{ callText( call ) }
		</span>
	);
}

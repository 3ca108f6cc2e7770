/**
 * A time shown relative ("5 minutes ago"), the exact one on hover and for
 * assistive technology.
 */
import { dateI18n, getSettings, humanTimeDiff } from '@wordpress/date';

export function Time( { value }: { value: string } ) {
	const exact = dateI18n( getSettings().formats.datetime, value, undefined );
	return (
		<time dateTime={ value } title={ exact }>
			{ humanTimeDiff( value ) }
		</time>
	);
}

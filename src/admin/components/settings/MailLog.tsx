/**
 * Managers: the latest emails the mail server did not accept, and why.
 */
import { Spinner } from '@wordpress/components';
import { dateI18n, getSettings } from '@wordpress/date';
import { __ } from '@wordpress/i18n';

import { useMailLog } from '../../store/notifications';

export function MailLog() {
	const log = useMailLog();
	const format = getSettings().formats.datetime;
	return (
		<section
			className="storedesk-settings__panel"
			aria-labelledby="storedesk-mail-log"
		>
			<h3 id="storedesk-mail-log">
				{ __( 'Emails that could not be sent', 'storedesk' ) }
			</h3>
			{ ! log && <Spinner /> }
			{ log && ! log.length && (
				<p>{ __( 'No email has failed recently.', 'storedesk' ) }</p>
			) }
			{ log && log.length > 0 && (
				<table className="widefat striped">
					<thead>
						<tr>
							<th scope="col">{ __( 'When', 'storedesk' ) }</th>
							<th scope="col">{ __( 'To', 'storedesk' ) }</th>
							<th scope="col">
								{ __( 'Subject', 'storedesk' ) }
							</th>
							<th scope="col">{ __( 'Why', 'storedesk' ) }</th>
						</tr>
					</thead>
					<tbody>
						{ log.slice( 0, 20 ).map( ( entry, i ) => (
							<tr key={ `${ entry.time }-${ i }` }>
								<td>
									{ dateI18n(
										format,
										entry.time,
										undefined
									) }
								</td>
								<td>{ entry.to }</td>
								<td>{ entry.subject }</td>
								<td>{ entry.error }</td>
							</tr>
						) ) }
					</tbody>
				</table>
			) }
		</section>
	);
}

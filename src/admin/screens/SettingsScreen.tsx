/**
 * Settings: every agent's own notification switches; for managers also the
 * email texts, the emails that could not be sent and the storefront.
 */
import { useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

import { EmailTemplates } from '../components/settings/EmailTemplates';
import { FailedDeliveries } from '../components/settings/FailedDeliveries';
import { MailLog } from '../components/settings/MailLog';
import { NotificationPreferences } from '../components/settings/NotificationPreferences';
import { StorefrontSettings } from '../components/settings/StorefrontSettings';
import { store as directoryStore } from '../store/directory';

export function SettingsScreen() {
	const me = useSelect( ( select ) => select( directoryStore ).getMe(), [] );
	const manager = Boolean( me?.capabilities?.storedesk_manage_settings );
	return (
		<section className="storedesk-settings">
			<h2>{ __( 'Settings', 'storedesk' ) }</h2>
			<NotificationPreferences />
			{ manager && <EmailTemplates /> }
			{ manager && <FailedDeliveries /> }
			{ manager && <MailLog /> }
			{ manager && <StorefrontSettings /> }
		</section>
	);
}

/**
 * Settings: every agent's own notification switches; for managers also the
 * support mailboxes (addresses and how their mail is fetched), the other
 * ways email comes in (the inbound key, the pipe and providers' addresses,
 * the never-spam list), the email texts, the messages not delivered, the
 * background jobs that failed and the storefront.
 */
import { useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

import { EmailTemplates } from '../components/settings/EmailTemplates';
import { FailedDeliveries } from '../components/settings/FailedDeliveries';
import { FailedJobs } from '../components/settings/FailedJobs';
import { InboundEmail } from '../components/settings/InboundEmail';
import { Mailboxes } from '../components/settings/Mailboxes';
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
			{ manager && <Mailboxes /> }
			{ manager && <InboundEmail /> }
			{ manager && <EmailTemplates /> }
			{ manager && <FailedDeliveries /> }
			{ manager && <FailedJobs /> }
			{ manager && <StorefrontSettings /> }
		</section>
	);
}

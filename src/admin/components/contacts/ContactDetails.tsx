/**
 * Who the person is: addresses, channel identities, the WordPress account
 * and WooCommerce orders behind them, and what agents noted.
 */
import { __, sprintf } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

import type { Contact } from '../../api/types';
import { emailsOf, IdentityList, phonesOf } from './labels';

// wp-admin URLs relative to the Support page, which lives in wp-admin.
const userUrl = ( id: number ) =>
	addQueryArgs( 'user-edit.php', { user_id: id } );
// WooCommerce sends this legacy list on to its own orders page when HPOS is on.
const ordersUrl = ( id: number ) =>
	addQueryArgs( 'edit.php', { post_type: 'shop_order', _customer_user: id } );

export function ContactDetails( {
	contact,
	woocommerce,
}: {
	contact: Contact;
	woocommerce: boolean;
} ) {
	const emails = emailsOf( contact );
	const phones = phonesOf( contact );
	return (
		<dl className="storedesk-contact-details">
			<div>
				<dt>{ __( 'Email', 'storedesk' ) }</dt>
				<dd>
					{ emails.length
						? emails.map( ( e ) => (
								<a key={ e } href={ `mailto:${ e }` }>
									{ e }
								</a>
							) )
						: __( 'None', 'storedesk' ) }
				</dd>
			</div>
			<div>
				<dt>{ __( 'Phone', 'storedesk' ) }</dt>
				<dd>
					{ phones.length
						? phones.map( ( p ) => (
								<a key={ p } href={ `tel:${ p }` }>
									{ p }
								</a>
							) )
						: __( 'None', 'storedesk' ) }
				</dd>
			</div>
			<div>
				<dt>{ __( 'Channels', 'storedesk' ) }</dt>
				<dd>
					{ contact.identities.length ? (
						<IdentityList
							identities={ contact.identities }
							label={ __( 'Channels', 'storedesk' ) }
						/>
					) : (
						__( 'None', 'storedesk' )
					) }
				</dd>
			</div>
			<div>
				<dt>{ __( 'Account', 'storedesk' ) }</dt>
				<dd>
					{ contact.user_id ? (
						<>
							<a href={ userUrl( contact.user_id ) }>
								{ sprintf(
									/* translators: %d: WordPress user id */
									__( 'WordPress user #%d', 'storedesk' ),
									contact.user_id
								) }
							</a>
							{ ! contact.user_verified && (
								<span className="storedesk-unverified-badge">
									{ __(
										'Not verified: linked by email only, so the account does not see these conversations',
										'storedesk'
									) }
								</span>
							) }
							{ woocommerce && (
								<a href={ ordersUrl( contact.user_id ) }>
									{ __( 'WooCommerce orders', 'storedesk' ) }
								</a>
							) }
						</>
					) : (
						__( 'Guest (no account)', 'storedesk' )
					) }
				</dd>
			</div>
			<div>
				<dt>{ __( 'Notes', 'storedesk' ) }</dt>
				<dd className="storedesk-notes">
					{ contact.notes || __( 'None', 'storedesk' ) }
				</dd>
			</div>
		</dl>
	);
}

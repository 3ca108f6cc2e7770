/**
 * What a customer does, arranged on the PHP side: there is no agent route
 * for writing as the customer, so a message arrives the way an inbound
 * channel would store it, through Storedesk's repository.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const LOAD_WP = join(
	__dirname,
	'..',
	'..',
	'..',
	'tools',
	'php',
	'load-wp.php'
);

/**
 * Stores a customer message on a ticket and returns its id.
 *
 * @param ticketId  Ticket.
 * @param contactId The ticket's customer.
 * @param body      Plain text.
 */
export function customerWrites(
	ticketId: number,
	contactId: number,
	body: string
): number {
	const code = `require getenv( 'SD_LOAD_WP' );
$m = \\Storedesk\\Plugin::container()->get( \\Storedesk\\Messages\\MessageRepository::class )->add( (int) getenv( 'SD_TICKET' ), array( 'kind' => 'customer', 'body' => getenv( 'SD_BODY' ), 'format' => 'text', 'channel' => 'email', 'contact_id' => (int) getenv( 'SD_CONTACT' ) ) );
if ( is_wp_error( $m ) ) { fwrite( STDERR, $m->get_error_message() ); exit( 1 ); }
echo $m->id;`;
	const out = execFileSync( 'php', [ '-r', code ], {
		env: {
			...process.env,
			STOREDESK_SITE: process.env.STOREDESK_E2E_SITE ?? '',
			STOREDESK_URL: process.env.STOREDESK_E2E_URL ?? '',
			SD_LOAD_WP: LOAD_WP,
			SD_TICKET: String( ticketId ),
			SD_CONTACT: String( contactId ),
			SD_BODY: body,
		},
	} );
	return Number( String( out ).trim() );
}

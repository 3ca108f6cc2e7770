<?php
/**
 * Uninstall keeps data unless the owner asked otherwise.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Install;

use Storedesk\Install\Roles;
use Storedesk\Install\Uninstaller;
use Storedesk\Tests\TestCase;

/**
 * Deleting the plugin removes its roles, and tickets only on request.
 * The delete-data path drops tables, which commits implicitly in MySQL, so
 * it cannot run inside a rolled-back test.
 */
class UninstallerTest extends TestCase {

	/** With the default setting, tickets and tables survive; roles go. */
	public function test_default_uninstall_keeps_tickets(): void {
		$ticket = $this->ticket();
		Uninstaller::uninstall();
		$this->assertNull( get_role( 'storedesk_agent' ) );
		$this->assertFalse( get_role( 'administrator' )->has_cap( Roles::ACCESS ) );
		$this->assertGreaterThanOrEqual( 1, $this->rows( 'ticket_index' ) );
		$this->assertSame( 'sd-open', get_post_status( $ticket->id() ) );
		Roles::install();
		$this->assertNotNull( get_role( 'storedesk_agent' ) );
	}
}

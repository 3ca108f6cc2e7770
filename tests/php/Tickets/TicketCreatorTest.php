<?php
/**
 * What opening a ticket costs.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Tickets;

use Storedesk\Tests\TestCase;

/**
 * Issue 11: the storefront bench ran 55 more queries per ticket on each run,
 * one per earlier ticket with the same subject, because WordPress made the
 * title's slug unique by trying "-2", "-3", … in turn. A ticket costs the
 * same number of queries however many share its subject.
 */
class TicketCreatorTest extends TestCase {

	/** The sixth "Where is my order?" costs what the first did; slugs stay unique. */
	public function test_cost_does_not_grow_with_same_subject_tickets(): void {
		global $wpdb;
		$subject = 'Where is my order ' . wp_rand();
		$costs   = array();
		$tickets = array();
		for ( $i = 0; $i < 6; $i++ ) {
			$before    = $wpdb->num_queries;
			$tickets[] = $this->ticket( array( 'subject' => $subject, 'contact' => array( 'email' => 'same' . $i . wp_rand() . '@example.test' ) ) );
			$costs[]   = $wpdb->num_queries - $before;
		}
		$this->assertSame( $costs[1], $costs[5], 'queries for the 2nd and the 6th ticket: ' . implode( ', ', $costs ) );
		$slugs = array_map( static fn( $t ) => get_post( $t->id() )->post_name, $tickets );
		$this->assertCount( 6, array_unique( $slugs ) );
		foreach ( $slugs as $slug ) {
			$this->assertMatchesRegularExpression( '/^ticket-[a-z0-9]{16}$/', $slug );
		}
	}
}

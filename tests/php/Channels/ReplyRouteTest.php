<?php
/**
 * How a reply reaches the customer.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels;

use Storedesk\Rest\TicketSchema;
use Storedesk\Tests\TestCase;
use Storedesk\Tickets\TicketRepository;

/**
 * The ticket the inbox reads says where a reply goes: by email to the
 * customer's address whatever the channel, or nowhere, and why.
 */
class ReplyRouteTest extends TestCase {

	/** Every channel replies by email while no messaging channel sends. */
	public function test_reply_leaves_by_email_whatever_the_channel(): void {
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$ticket = $this->ticket(
			array(
				'channel' => 'whatsapp',
				'contact' => array(
					'name'  => 'Priya Sharma',
					'email' => 'priya.sharma@example.in',
					'phone' => '+91 98765 43210',
				),
			)
		);
		$data   = $this->rest( 'GET', '/storedesk/v1/tickets/' . $ticket->id() )->get_data();
		$this->assertSame(
			array(
				'via'    => 'email',
				'to'     => 'priya.sharma@example.in',
				'reason' => null,
			),
			$data['reply_via']
		);
		$this->assertMatchesSchema( TicketSchema::get( $this->service( \Storedesk\Channels\ChannelRegistry::class )->slugs() ), $data );
		$list = $this->rest( 'GET', '/storedesk/v1/tickets', array( 'channel' => array( 'whatsapp' ) ) )->get_data();
		$this->assertSame( 'priya.sharma@example.in', $list[0]['reply_via']['to'] );
	}

	/** A customer known only by phone cannot be reached; spam is never answered. */
	public function test_reply_that_reaches_nobody_says_why(): void {
		wp_set_current_user( $this->user( 'storedesk_manager' ) );
		$phone_only = $this->ticket(
			array(
				'channel' => 'phone',
				'contact' => array(
					'name'  => 'Olivia Brown',
					'phone' => '+44 7700 900123',
				),
			)
		);
		$this->assertSame(
			array(
				'via'    => null,
				'to'     => null,
				'reason' => 'no_address',
			),
			$this->rest( 'GET', '/storedesk/v1/tickets/' . $phone_only->id() )->get_data()['reply_via']
		);
		$spam = $this->ticket();
		$this->service( TicketRepository::class )->update( $spam->id(), array( 'status' => 'spam' ), get_current_user_id() );
		$this->assertSame( 'not_sent', $this->rest( 'GET', '/storedesk/v1/tickets/' . $spam->id() )->get_data()['reply_via']['reason'] );
	}
}

<?php
/**
 * Placeholders in an agent's reply, without WooCommerce's.
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Messages;

use Storedesk\Messages\ReplyPlaceholders;
use Storedesk\Tests\TestCase;

/**
 * The built-in placeholders are filled in, in text and HTML, and escaped;
 * what is not a placeholder is left as typed.
 */
class ReplyPlaceholdersTest extends TestCase {

	/** Customer, ticket and agent values; HTML escaped; text kept plain. */
	public function test_built_in_placeholders(): void {
		$agent  = $this->user( 'storedesk_agent' );
		$ticket = $this->ticket(
			array(
				'subject' => 'Lid & "spout"',
				'contact' => array(
					'name'  => 'Émile Zola',
					'email' => 'emile' . wp_rand() . '@example.test',
				),
			)
		);
		$fill   = $this->service( ReplyPlaceholders::class );

		$html = $fill->fill( $ticket, '<p>Dear {customer_first_name} ({customer_name}), about "{ticket_subject}" (#{ticket_number}). {agent_name} {nope}</p>', 'html', $agent );
		$text = $fill->fill( $ticket, 'About {ticket_subject}', 'text', $agent );

		$this->assertSame( '<p>Dear Émile (Émile Zola), about "Lid &amp; &quot;spout&quot;" (#' . $ticket->id() . '). ' . get_userdata( $agent )->display_name . ' {nope}</p>', $html );
		$this->assertSame( 'About Lid & "spout"', $text );
		$this->assertSame( 'No braces here', $fill->fill( $ticket, 'No braces here', 'text', $agent ) );
	}

	/** A placeholder with no value here stops the reply with its name. */
	public function test_a_placeholder_without_value_is_an_error(): void {
		$ticket = $this->ticket();
		$error  = $this->service( ReplyPlaceholders::class )->fill( $ticket, 'See {ticket_link}', 'text', $this->user( 'storedesk_agent' ) );
		$this->assertWPErrorCode( 'storedesk_placeholder_empty', $error );
		$this->assertSame( array( 'ticket_link' ), $error->get_error_data()['placeholders'] );
	}

	/**
	 * Asserts a WP_Error with a code.
	 *
	 * @param string $code  Expected code.
	 * @param mixed  $value Value.
	 */
	private function assertWPErrorCode( string $code, $value ): void {
		$this->assertInstanceOf( \WP_Error::class, $value );
		$this->assertSame( $code, $value->get_error_code() );
	}
}

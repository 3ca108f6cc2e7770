<?php
/**
 * What every channel is.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels;

use Storedesk\Contacts\Contact;
use Storedesk\Conversations\InboundMessage;
use Storedesk\Conversations\OutboundMessage;
use Storedesk\Conversations\SendResult;
use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * A way customers write and are answered. A channel only knows its own
 * rules and its own wire format: what reaches the desk becomes an
 * InboundMessage for Conversations\Intake, and everything after that
 * (contacts, threading, tickets, notifications) is the same for all.
 * Adding a channel is a folder with one class and a line in ChannelRegistry.
 */
interface Channel {

	/** Address types a contact identity can have besides a provider's own user ids. */
	public const EMAIL = 'email';
	public const PHONE = 'phone';

	/** Stable slug stored on tickets and messages: email, form, whatsapp… */
	public function slug(): string;

	/** Translated name. */
	public function label(): string;

	/** Name of the @wordpress/icons icon the inbox draws for it. */
	public function icon(): string;

	/**
	 * What identifies a customer on it: 'email', 'phone' (E.164), or the
	 * channel's own slug for a provider user id (a LINE user, a Messenger PSID).
	 * Two channels with the same type share identities, so one WhatsApp
	 * number and the same phone typed into the form are one contact.
	 */
	public function address_type(): string;

	/**
	 * What it can carry.
	 *
	 * @return array{attachments: bool, formatting: bool, typing: bool, read_receipts: bool, templates: bool}
	 */
	public function supports(): array;

	/**
	 * Seconds after the customer's last message during which a free-form
	 * reply may be sent (24 h on WhatsApp, 48 h on WeChat), or null for none.
	 */
	public function reply_window(): ?int;

	/** Whether it can take conversations on this site now (connected, configured). */
	public function is_set_up(): bool;

	/**
	 * Its section of the settings (stored under channel_{slug}): JSON
	 * schema by field, each with a default; empty for none.
	 *
	 * @return array<string, array>
	 */
	public function settings(): array;

	/**
	 * The secrets it keeps (tokens, passwords), stored encrypted and
	 * write-only: name => label.
	 *
	 * @return array<string, string>
	 */
	public function secrets(): array;

	/**
	 * The ticket an inbound message continues, when the channel can tell
	 * (a reply address, a chat session), or null for a new conversation.
	 * Called only when the message did not name its ticket.
	 *
	 * @param InboundMessage $message The message.
	 * @param Contact        $contact Its sender.
	 */
	public function thread( InboundMessage $message, Contact $contact ): ?int;

	/**
	 * What the channel adds to a conversation the message opens: a status
	 * (spam) and a ticket it answers but its sender does not take part in
	 * (related). Called only when the message opens one, so replies never
	 * pay for these checks.
	 *
	 * @param InboundMessage $message The message.
	 * @param Contact        $contact Its sender.
	 * @return array{status?: string, related?: int}
	 */
	public function opening( InboundMessage $message, Contact $contact ): array;

	/**
	 * Whether a webhook call really comes from the provider (signature,
	 * shared secret). Channels without webhooks refuse every call.
	 *
	 * @param WP_REST_Request $request The call.
	 * @return true|WP_Error
	 */
	public function verify( WP_REST_Request $request );

	/**
	 * The messages a verified webhook call carries.
	 *
	 * @param WP_REST_Request $request The call.
	 * @return InboundMessage[]|WP_Error
	 */
	public function receive( WP_REST_Request $request );

	/**
	 * Whether it can carry replies itself; a conversation on a channel that
	 * cannot (the form, a logged call) is answered by email.
	 */
	public function can_send(): bool;

	/**
	 * Sends one message (Conversations\Outbound calls this from a background
	 * job, never in a person's request).
	 *
	 * @param OutboundMessage $message The message.
	 */
	public function send( OutboundMessage $message ): SendResult;
}

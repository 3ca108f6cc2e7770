<?php
/**
 * An IMAP failure.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Imap;

defined( 'ABSPATH' ) || exit;

/**
 * What went wrong talking to a mail server, in words a store owner can act
 * on ("Login refused by the server: …", "No answer within 30 seconds"),
 * shown on the mailbox's settings and in Site Health.
 */
class ImapError extends \RuntimeException {}

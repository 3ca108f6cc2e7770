<?php
/**
 * The process behind CutProxy: `php cut-proxy.php HOST PORT` forwards every
 * connection to 127.0.0.1:<port it prints> on to HOST:PORT until it is
 * killed, or until whoever started it goes (its stdin closes).
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Channels\Email\Imap;

require __DIR__ . '/CutProxy.php';

CutProxy::serve( (string) ( $argv[1] ?? '' ), (int) ( $argv[2] ?? 0 ) );

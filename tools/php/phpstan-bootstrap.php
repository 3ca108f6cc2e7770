<?php
/**
 * Constants WordPress and the plugin define at run time, for PHPStan.
 *
 * @package Storedesk
 */

define( 'ABSPATH', ( getenv( 'HOME' ) ?: '/root' ) . '/.cache/storedesk/wordpress/' );
define( 'STOREDESK_DIR', dirname( __DIR__, 2 ) );
define( 'STOREDESK_FILE', STOREDESK_DIR . '/plugin.php' );
define( 'STOREDESK_VERSION', '0.1.0' );
define( 'OBJECT_K', 'OBJECT_K' );
define( 'ARRAY_A', 'ARRAY_A' );
define( 'DAY_IN_SECONDS', 86400 );
define( 'HOUR_IN_SECONDS', 3600 );
define( 'MINUTE_IN_SECONDS', 60 );

<?php
/**
 * WooCommerce's custom order tables on the SQLite integration.
 *
 * @package Storedesk
 */

namespace Storedesk\Integrations\WooCommerce;

use Storedesk\Install\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * For "no limit", WooCommerce's order table queries say LIMIT 0,
 * 18446744073709551615 (MySQL's documented idiom). SQLite's integers stop
 * at 2^63 − 1, so the SQLite integration fails the query ("datatype
 * mismatch") and rolls back whatever transaction was open: on such a site
 * every $order->get_refunds() failed, and with it the refund, the note or
 * the ticket being written around it. The same "no limit" in SQLite's range
 * keeps the query's meaning.
 */
class SqliteLimits {

	private const MYSQL_MAX  = '18446744073709551615';
	private const SQLITE_MAX = '9223372036854775807';

	/** Hooks only where both are in use. */
	public function register(): void {
		if ( Schema::is_sqlite() && Store::active() ) {
			add_filter( 'query', array( $this, 'fit' ) );
		}
	}

	/**
	 * The query, with MySQL's largest limit made SQLite's.
	 *
	 * @param mixed $query SQL.
	 * @return mixed
	 */
	public function fit( $query ) {
		return is_string( $query ) && str_contains( $query, self::MYSQL_MAX ) ? str_replace( ', ' . self::MYSQL_MAX, ', ' . self::SQLITE_MAX, $query ) : $query;
	}
}

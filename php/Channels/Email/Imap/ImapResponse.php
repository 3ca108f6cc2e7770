<?php
/**
 * One IMAP response.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Imap;

defined( 'ABSPATH' ) || exit;

/**
 * A tagged or untagged response, or a continuation request ("+").
 */
final class ImapResponse {

	/**
	 * Builds a response.
	 *
	 * @param string                        $tag    "*", "+" or the command's tag.
	 * @param string                        $name   OK, NO, BAD, BYE, PREAUTH, CAPABILITY, SEARCH, FETCH, EXISTS and so on.
	 * @param string                        $code   A status response's code, such as "UIDVALIDITY 3857529045".
	 * @param string                        $text   A status response's free text.
	 * @param array<int, string|array|null> $data   A data response's tokens.
	 * @param int                           $number The message number of "* 3 FETCH", "* 12 EXISTS".
	 */
	public function __construct(
		public readonly string $tag,
		public readonly string $name,
		public readonly string $code = '',
		public readonly string $text = '',
		public readonly array $data = array(),
		public readonly int $number = 0,
	) {}

	/** A status response's code word (UIDVALIDITY, TRYCREATE…), upper case. */
	public function code_name(): string {
		return strtoupper( (string) strtok( $this->code, ' ' ) );
	}

	/** A status response's code argument ("3857529045" of "UIDVALIDITY 3857529045"). */
	public function code_value(): string {
		$space = strpos( $this->code, ' ' );
		return false === $space ? '' : trim( substr( $this->code, $space + 1 ) );
	}

	/**
	 * A FETCH response's items by name, upper case: UID => "12", BODY[] => raw bytes.
	 *
	 * @return array<string, string|array|null>
	 */
	public function fetched(): array {
		$list  = is_array( $this->data[0] ?? null ) ? $this->data[0] : array();
		$items = array();
		$count = count( $list );
		for ( $i = 0; $i + 1 < $count; $i += 2 ) {
			$items[ strtoupper( (string) $list[ $i ] ) ] = $list[ $i + 1 ];
		}
		return $items;
	}
}

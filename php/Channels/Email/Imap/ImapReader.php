<?php
/**
 * Reading IMAP responses.
 *
 * @package Storedesk
 */

namespace Storedesk\Channels\Email\Imap;

defined( 'ABSPATH' ) || exit;

/**
 * Turns what the server sends into ImapResponse objects (RFC 9051 §4,
 * §7): status lines keep their free text as sent (it may hold quotes or
 * brackets of any kind); data lines are read into tokens, with quoted
 * strings and their escapes, literals of any size (which may carry the
 * rest of a response onto the next line), parenthesised lists, NIL, and
 * atoms with a section in brackets such as BODY[HEADER.FIELDS (FROM)].
 */
class ImapReader {

	/**
	 * The line being read.
	 *
	 * @var string
	 */
	private string $line = '';

	/**
	 * Where in it.
	 *
	 * @var int
	 */
	private int $at = 0;

	/**
	 * Builds the reader.
	 *
	 * @param ImapStream $stream The connection.
	 */
	public function __construct( private ImapStream $stream ) {}

	/**
	 * The next whole response.
	 *
	 * @throws ImapError When the server sends something that is not IMAP.
	 */
	public function next(): ImapResponse {
		$this->line = $this->stream->line();
		$this->at   = 0;
		if ( str_starts_with( $this->line, '+' ) ) {
			return new ImapResponse( '+', 'CONTINUE', '', ltrim( substr( $this->line, 1 ) ) );
		}
		$tag = $this->atom();
		$this->space();
		if ( '' === $tag || ( '*' !== $tag && ! preg_match( '/^[A-Za-z0-9]+$/', $tag ) ) ) {
			/* translators: %s: what the server sent */
			throw new ImapError( sprintf( __( 'The mail server sent something that is not IMAP: %s', 'storedesk' ), substr( $this->line, 0, 120 ) ) );
		}
		$word = $this->atom();
		if ( ctype_digit( $word ) ) {
			// "* 12 EXISTS", "* 3 FETCH (…)": a number, then what it counts.
			$this->space();
			$name = strtoupper( $this->atom() );
			return new ImapResponse( $tag, $name, '', '', $this->data(), (int) $word );
		}
		$name = strtoupper( $word );
		if ( in_array( $name, array( 'OK', 'NO', 'BAD', 'BYE', 'PREAUTH' ), true ) ) {
			$rest = ltrim( substr( $this->line, $this->at ) );
			$code = '';
			if ( str_starts_with( $rest, '[' ) && false !== strpos( $rest, ']' ) ) {
				$code = substr( $rest, 1, strpos( $rest, ']' ) - 1 );
				$rest = ltrim( substr( $rest, strpos( $rest, ']' ) + 1 ) );
			}
			return new ImapResponse( $tag, $name, $code, $rest );
		}
		return new ImapResponse( $tag, $name, '', '', $this->data() );
	}

	/**
	 * The tokens up to the end of the response.
	 *
	 * @return array<int, string|array|null>
	 */
	private function data(): array {
		return $this->items( false );
	}

	/**
	 * Tokens up to the closing parenthesis of a list, or the end of the response.
	 *
	 * @param bool $in_list Inside parentheses.
	 * @return array<int, string|array|null>
	 * @throws ImapError On a list that never closes.
	 */
	private function items( bool $in_list ): array {
		$items = array();
		while ( true ) {
			$this->space();
			if ( $this->at >= strlen( $this->line ) ) {
				if ( $in_list ) {
					throw new ImapError( __( 'The mail server sent a list that never closes.', 'storedesk' ) );
				}
				return $items;
			}
			$char = $this->line[ $this->at ];
			if ( ')' === $char ) {
				++$this->at;
				if ( $in_list ) {
					return $items;
				}
				continue;
			}
			if ( '(' === $char ) {
				++$this->at;
				$items[] = $this->items( true );
			} elseif ( '"' === $char ) {
				$items[] = $this->quoted();
			} elseif ( '{' === $char && preg_match( '/\G\{(\d+)\+?\}$/', $this->line, $m, 0, $this->at ) ) {
				$items[] = $this->stream->bytes( (int) $m[1] );
				// The response goes on, on the line after the literal.
				$this->line = $this->stream->line();
				$this->at   = 0;
			} else {
				$atom    = $this->atom();
				$items[] = 'NIL' === strtoupper( $atom ) ? null : $atom;
			}
		}
	}

	/** A quoted string, unescaped. */
	private function quoted(): string {
		$out = '';
		$len = strlen( $this->line );
		for ( ++$this->at; $this->at < $len; ++$this->at ) {
			$char = $this->line[ $this->at ];
			if ( '\\' === $char && $this->at + 1 < $len ) {
				$out .= $this->line[ ++$this->at ];
			} elseif ( '"' === $char ) {
				++$this->at;
				return $out;
			} else {
				$out .= $char;
			}
		}
		// An unterminated string ends with the line, as lenient servers' clients read it.
		return $out;
	}

	/** An atom, with a bracketed section read whole (spaces and parentheses included). */
	private function atom(): string {
		$start = $this->at;
		$len   = strlen( $this->line );
		$depth = 0;
		while ( $this->at < $len ) {
			$char = $this->line[ $this->at ];
			if ( '[' === $char ) {
				++$depth;
			} elseif ( ']' === $char && $depth ) {
				--$depth;
			} elseif ( ! $depth && ( ' ' === $char || '(' === $char || ')' === $char ) ) {
				break;
			}
			++$this->at;
		}
		return substr( $this->line, $start, $this->at - $start );
	}

	/** Skips spaces. */
	private function space(): void {
		$len = strlen( $this->line );
		while ( $this->at < $len && ' ' === $this->line[ $this->at ] ) {
			++$this->at;
		}
	}
}

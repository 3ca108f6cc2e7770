<?php
/**
 * The one definition of Storedesk's tables.
 *
 * @package Storedesk
 */

namespace Storedesk\Install;

defined( 'ABSPATH' ) || exit;

/**
 * Table definitions that feed dbDelta, the uninstaller and the test harness.
 *
 * Index shapes follow the inbox queries (see docs/ARCHITECTURE.md): every list
 * filters by equality on a leading column and sorts on last activity, so the
 * database reads 25 index entries instead of sorting the table.
 */
final class Schema {

	/** Bump when a definition below changes; Installer reruns dbDelta. */
	public const VERSION = '15';

	/**
	 * Full table name for a short name such as 'messages'.
	 *
	 * @param string $name Short name.
	 */
	public static function table( string $name ): string {
		global $wpdb;
		return $wpdb->prefix . 'storedesk_' . $name;
	}

	/** Short table names, in creation order. */
	public static function names(): array {
		return array_keys( self::definitions() );
	}

	/** Whether the database is the SQLite integration, which has no FULLTEXT. */
	public static function is_sqlite(): bool {
		return defined( 'DB_ENGINE' ) && 'sqlite' === DB_ENGINE || defined( 'SQLITE_DB_DROPIN_VERSION' );
	}

	/** CREATE TABLE statements in dbDelta's format. */
	public static function statements(): array {
		global $wpdb;
		$charset = $wpdb->get_charset_collate();
		$out     = array();
		foreach ( self::definitions() as $name => $body ) {
			$out[] = 'CREATE TABLE ' . self::table( $name ) . " (\n" . $body . "\n) " . $charset . ';';
		}
		return $out;
	}

	/**
	 * Column and key definitions by short table name.
	 *
	 * Unassigned, no team, no contact and no order are stored as 0, not NULL,
	 * so "unassigned" is an indexed equality like any other assignee.
	 */
	private static function definitions(): array {
		return array(
			'ticket_index'       => "  ticket_id bigint(20) unsigned NOT NULL,
  status varchar(20) NOT NULL DEFAULT 'open',
  priority tinyint(3) unsigned NOT NULL DEFAULT 1,
  channel varchar(32) NOT NULL DEFAULT 'email',
  assignee_id bigint(20) unsigned NOT NULL DEFAULT 0,
  team_id bigint(20) unsigned NOT NULL DEFAULT 0,
  contact_id bigint(20) unsigned NOT NULL DEFAULT 0,
  order_id bigint(20) unsigned NOT NULL DEFAULT 0,
  order_status varchar(20) NOT NULL DEFAULT '',
  customer_user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  sender_verified tinyint(1) unsigned NOT NULL DEFAULT 1,
  subject varchar(255) NOT NULL DEFAULT '',
  excerpt varchar(255) NOT NULL DEFAULT '',
  message_count int(10) unsigned NOT NULL DEFAULT 0,
  unread tinyint(1) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  last_activity_at datetime NOT NULL,
  waiting_since datetime DEFAULT NULL,
  first_response_at datetime DEFAULT NULL,
  resolved_at datetime DEFAULT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (ticket_id),
  KEY status_activity (status,last_activity_at),
  KEY assignee_status_activity (assignee_id,status,last_activity_at),
  KEY team_status_activity (team_id,status,last_activity_at),
  KEY channel_status_activity (channel,status,last_activity_at),
  KEY status_priority (status,priority,last_activity_at),
  KEY contact_activity (contact_id,last_activity_at),
  KEY order_id (order_id),
  KEY order_status_activity (order_status,last_activity_at),
  KEY customer_user_activity (customer_user_id,last_activity_at),
  KEY last_activity (last_activity_at),
  KEY created (created_at),
  KEY updated (updated_at)",
			'messages'           => "  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  ticket_id bigint(20) unsigned NOT NULL,
  kind varchar(16) NOT NULL,
  author_id bigint(20) unsigned NOT NULL DEFAULT 0,
  contact_id bigint(20) unsigned NOT NULL DEFAULT 0,
  channel varchar(32) NOT NULL,
  body longtext NOT NULL,
  format varchar(16) NOT NULL DEFAULT 'html',
  external_id varchar(191) DEFAULT NULL,
  meta text DEFAULT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY channel_external (channel,external_id),
  KEY ticket_created (ticket_id,created_at),
  KEY contact_id (contact_id)",
			'search'             => '  ticket_id bigint(20) unsigned NOT NULL,
  content longtext NOT NULL,
  PRIMARY KEY  (ticket_id)',
			// One row per word of a ticket (see Search\Tokenizer): (term, ticket) finds the
			// tickets of a word, (ticket, term) checks one ticket. Binary, because terms
			// are already folded and a Thai tone mark must not compare equal to nothing.
			'terms'              => '  term varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  ticket_id bigint(20) unsigned NOT NULL,
  PRIMARY KEY  (term,ticket_id),
  KEY ticket_term (ticket_id,term)',
			// Knowledge base: one row per term of a published article (see
			// KnowledgeBase\Search\ArticleIndex) with who may read it, so a search
			// reads only the postings of its terms that the reader may see.
			'kb_terms'           => '  term varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  visibility tinyint(3) unsigned NOT NULL DEFAULT 0,
  article_id bigint(20) unsigned NOT NULL,
  weight smallint(5) unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY  (term,visibility,article_id),
  KEY article_id (article_id)',
			// Every term indexed, with how many articles of each visibility have it:
			// a query's word forms and typos are matched against a few hundred words
			// here, and their rarity read with them, instead of counting postings.
			'kb_vocab'           => '  term varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  visibility tinyint(3) unsigned NOT NULL DEFAULT 0,
  df int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (term,visibility)',
			// "Was this helpful?" answers, with an optional comment.
			'kb_feedback'        => "  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  article_id bigint(20) unsigned NOT NULL,
  helpful tinyint(1) unsigned NOT NULL DEFAULT 0,
  comment text NOT NULL,
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  visitor char(32) NOT NULL DEFAULT '',
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY article_created (article_id,created_at),
  KEY created_at (created_at)",
			// What shoppers searched and did after (search, click, deflected, submitted),
			// from the widget, the contact form or the help centre, for the reports.
			'kb_events'          => "  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  kind varchar(20) NOT NULL DEFAULT 'search',
  source varchar(20) NOT NULL DEFAULT '',
  query varchar(191) NOT NULL DEFAULT '',
  results smallint(5) unsigned NOT NULL DEFAULT 0,
  article_id bigint(20) unsigned NOT NULL DEFAULT 0,
  session char(32) NOT NULL DEFAULT '',
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY kind_created (kind,created_at),
  KEY session (session)",
			// One row per tag of a ticket with the ticket's status and channel (see
			// Tickets\TagIndex), so that "open email tickets tagged refund" is one range.
			'ticket_tags'        => "  term_taxonomy_id bigint(20) unsigned NOT NULL,
  status varchar(20) NOT NULL DEFAULT 'open',
  channel varchar(32) NOT NULL DEFAULT 'email',
  ticket_id bigint(20) unsigned NOT NULL,
  PRIMARY KEY  (term_taxonomy_id,status,channel,ticket_id),
  KEY ticket_id (ticket_id)",
			'contacts'           => "  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  name varchar(191) NOT NULL DEFAULT '',
  email varchar(191) DEFAULT NULL,
  phone varchar(64) DEFAULT NULL,
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  user_proof varchar(20) NOT NULL DEFAULT '',
  link_generation int(10) unsigned NOT NULL DEFAULT 0,
  notes text DEFAULT NULL,
  merged_into bigint(20) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY email (email),
  KEY phone (phone),
  KEY name (name),
  KEY user_id (user_id)",
			'contact_identities' => '  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  contact_id bigint(20) unsigned NOT NULL,
  channel varchar(32) NOT NULL,
  external_id varchar(191) NOT NULL,
  created_at datetime NOT NULL,
  bounced_at datetime DEFAULT NULL,
  bounce text DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY channel_external (channel,external_id),
  KEY contact_id (contact_id)',
			'participants'       => "  ticket_id bigint(20) unsigned NOT NULL,
  contact_id bigint(20) unsigned NOT NULL,
  role varchar(16) NOT NULL DEFAULT 'cc',
  created_at datetime NOT NULL,
  PRIMARY KEY  (ticket_id,contact_id),
  KEY contact_id (contact_id)",
			'teams'              => '  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  name varchar(191) NOT NULL,
  description text DEFAULT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY name (name)',
			'team_members'       => '  team_id bigint(20) unsigned NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  PRIMARY KEY  (team_id,user_id),
  KEY user_id (user_id)',
			// Uploads: message_id stays NULL until the message that carries them is sent;
			// (message_id, created_at) serves both a thread's files and the orphan clean-up.
			'attachments'        => "  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  ticket_id bigint(20) unsigned NOT NULL,
  message_id bigint(20) unsigned DEFAULT NULL,
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  contact_id bigint(20) unsigned NOT NULL DEFAULT 0,
  name varchar(255) NOT NULL DEFAULT '',
  mime varchar(100) NOT NULL DEFAULT '',
  size bigint(20) unsigned NOT NULL DEFAULT 0,
  path varchar(255) NOT NULL DEFAULT '',
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY ticket_id (ticket_id),
  KEY message_created (message_id,created_at)",
			// One row per message sent to a customer (see Conversations\Deliveries): unique per
			// message and type, so a job run twice records one delivery; (status, next_attempt_at)
			// finds what is due or stalled.
			'deliveries'         => "  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  message_id bigint(20) unsigned NOT NULL,
  ticket_id bigint(20) unsigned NOT NULL,
  type varchar(40) NOT NULL,
  channel varchar(32) NOT NULL,
  recipient varchar(191) NOT NULL DEFAULT '',
  status varchar(16) NOT NULL DEFAULT 'queued',
  provider_id varchar(191) DEFAULT NULL,
  attempts smallint(5) unsigned NOT NULL DEFAULT 0,
  last_error text DEFAULT NULL,
  claimed_until datetime DEFAULT NULL,
  next_attempt_at datetime DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  sent_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY message_type (message_id,type),
  KEY ticket_id (ticket_id),
  KEY status_next (status,next_attempt_at)",
			// Background jobs that threw (see Jobs\Failures): one row per job (hook and
			// arguments), kept while it is retried and after it is given up, gone once it runs.
			'job_failures'       => "  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  hook varchar(191) NOT NULL,
  args_hash char(32) NOT NULL,
  args longtext NOT NULL,
  status varchar(16) NOT NULL DEFAULT 'retrying',
  attempts smallint(5) unsigned NOT NULL DEFAULT 0,
  last_error text DEFAULT NULL,
  next_attempt_at datetime DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY job (hook,args_hash),
  KEY updated_at (updated_at)",
			// Rate-limit counters: one row per key and window, raised in place (hits = hits + 1)
			// so parallel requests never read the same count; expired rows go in a daily job.
			'counters'           => '  name char(32) NOT NULL,
  hits int(10) unsigned NOT NULL DEFAULT 0,
  expires_at datetime NOT NULL,
  PRIMARY KEY  (name),
  KEY expires_at (expires_at)',
		);
	}
}

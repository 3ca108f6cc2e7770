<?php
/**
 * Bulk seeder for benchmarks: tickets, threads, contacts, agents, teams and
 * tags written with multi-row INSERTs in batched transactions, exactly as the
 * plugin stores them (posts + meta + terms + index row + messages + search
 * document). Appends to what is there.
 *
 * Usage: STOREDESK_SITE=DIR php tools/php/seed-bulk.php --tickets=N [--messages=M] [--contacts=C] [--agents=A] [--workers=W]
 *
 * @package Storedesk
 */

require __DIR__ . '/load-wp.php';
require_once __DIR__ . '/bench-lib.php';

use Storedesk\Install\Schema;
use Storedesk\Tickets\TicketMeta;

$sd_opt      = getopt( '', array( 'tickets:', 'messages::', 'contacts::', 'agents::', 'workers::' ) );
$sd_tickets  = max( 1, (int) ( $sd_opt['tickets'] ?? 1000 ) );
$sd_messages = (int) ( $sd_opt['messages'] ?? $sd_tickets * 10 );
$sd_contacts = max( 1, (int) ( $sd_opt['contacts'] ?? intdiv( $sd_tickets, 5 ) ) );
$sd_agents_n = max( 1, (int) ( $sd_opt['agents'] ?? 20 ) );
$sd_started  = microtime( true );
mt_srand( crc32( (string) $sd_tickets ) + (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->posts}" ) );
$wpdb->suppress_errors( false );
$wpdb->show_errors( false );

// Real tickets are each about one thing: a topic's words appear in its own
// tickets only, over filler every conversation shares. A word then matches a
// realistic share of tickets, not all of them.
$sd_filler = explode( ' ', 'hello hi thanks thank you please could would can order week today tomorrow yesterday still waiting help need want know let me update quick question again already just time days email number account details shop store item items website team reply soon best regards kind great sorry issue problem check look' );
$sd_topics = array(
	'refund'       => 'refund refunded money back charged twice credit card payment reversed bank statement',
	'late'         => 'delivery late tracking courier parcel stuck depot delayed shipment arrive arrived dispatch',
	'damaged'      => 'damaged broken cracked smashed packaging photos box dented shattered ruined',
	'exchange'     => 'exchange size smaller larger fit swap return label prepaid boots jacket',
	'wrong'        => 'wrong colour colour different mixup received instead grey green model variant',
	'discount'     => 'discount code coupon voucher invalid expired checkout promotion percent sale',
	'invoice'      => 'invoice receipt vat company billing address pdf accounting tax number',
	'wholesale'    => 'wholesale bulk pricing stockist retailer cafe catalogue minimum quantities trade',
	'account'      => 'account password login reset locked verification newsletter unsubscribe profile',
	'subscription' => 'subscription renewal skip pause cancel monthly plan coffee beans box',
	'product'      => 'waterproof material cotton wool leather dimensions care instructions washing warranty',
	'gift'         => 'gift wrapping message card birthday surprise present ribbon note',
);
$sd_topic_tags = array( 'refund' => 'refund', 'late' => 'late-delivery', 'damaged' => 'damaged', 'exchange' => 'exchange', 'wrong' => 'wrong-item', 'discount' => 'discount', 'invoice' => 'invoice', 'wholesale' => 'wholesale', 'account' => 'account', 'subscription' => 'subscription', 'product' => 'warranty', 'gift' => 'gift' );
$sd_topic_words = array_map( static fn( $w ) => explode( ' ', $w ), $sd_topics );
$sd_fn          = count( $sd_filler ) - 1;
$sd_text        = static function ( string $topic, int $min, int $max ) use ( $sd_filler, $sd_fn, $sd_topic_words ): string {
	$n     = mt_rand( $min, $max );
	$own   = $sd_topic_words[ $topic ];
	$on    = count( $own ) - 1;
	$out   = array();
	for ( $i = 0; $i < $n; $i++ ) {
		$out[] = mt_rand( 0, 9 ) < 3 ? $own[ mt_rand( 0, $on ) ] : $sd_filler[ mt_rand( 0, $sd_fn ) ];
	}
	return ucfirst( implode( ' ', $out ) ) . '.';
};

// Agents, manager, teams and tags: few rows, through the WordPress APIs.
$sd_agent_ids = array();
for ( $i = 1; $i <= $sd_agents_n; $i++ ) {
	$sd_login = 'bench_agent_' . $i;
	$sd_id    = username_exists( $sd_login );
	$sd_id    = $sd_id ? $sd_id : wp_insert_user( array( 'user_login' => $sd_login, 'user_pass' => 'password', 'user_email' => $sd_login . '@bench.test', 'display_name' => 'Agent ' . $i, 'role' => 'storedesk_agent' ) );
	$sd_agent_ids[] = (int) $sd_id;
}
if ( ! username_exists( 'bench_manager' ) ) {
	wp_insert_user( array( 'user_login' => 'bench_manager', 'user_pass' => 'password', 'user_email' => 'bench_manager@bench.test', 'display_name' => 'Bench Manager', 'role' => 'storedesk_manager' ) );
}
$sd_team_ids = array_map( 'intval', $wpdb->get_col( 'SELECT id FROM ' . Schema::table( 'teams' ) ) );
for ( $i = count( $sd_team_ids ); $i < 5; $i++ ) {
	$sd_team_ids[] = \Storedesk\Plugin::container()->get( \Storedesk\Teams\TeamRepository::class )->save( array( 'name' => 'Team ' . ( $i + 1 ), 'members' => array_slice( $sd_agent_ids, $i * 4, 4 ) ) )['id'];
}
$sd_tag_tt      = array();
$sd_tag_by_slug = array();
foreach ( array( 'refund', 'exchange', 'late-delivery', 'damaged', 'wrong-item', 'sizing', 'discount', 'invoice', 'wholesale', 'vip', 'feedback', 'bug', 'gift', 'subscription', 'address', 'warranty', 'repair', 'preorder', 'customs', 'payment', 'account', 'newsletter', 'stock', 'courier', 'returns-label', 'voucher', 'complaint', 'praise', 'b2b', 'urgent-review' ) as $sd_slug ) {
	$sd_term = term_exists( $sd_slug, 'storedesk_tag' );
	$sd_term = $sd_term ? $sd_term : wp_insert_term( ucwords( str_replace( '-', ' ', $sd_slug ) ), 'storedesk_tag', array( 'slug' => $sd_slug ) );
	$sd_tag_tt[]                = (int) $sd_term['term_taxonomy_id'];
	$sd_tag_by_slug[ $sd_slug ] = (int) $sd_term['term_taxonomy_id'];
}

// Contacts and their identities.
$sd_contacts_t = Schema::table( 'contacts' );
$sd_first_c    = (int) $wpdb->get_var( "SELECT COALESCE(MAX(id),0) FROM {$sd_contacts_t}" ) + 1;
$sd_now        = gmdate( 'Y-m-d H:i:s' );
$sd_names      = explode( ' ', 'Emma Liam Sofia Noah Yuki Olivia Mateo Chloe Lucas Amara Jonas Zoe Wei Aisha Ethan Isabella Mohammed Hannah Priya Oscar Lea Daniel Mia Tomas Grace Ahmet Nora Samuel Ana Jack' );
$sd_surnames   = explode( ' ', 'Schulz Walsh Garcia Dubois Tanaka Brown Rossi Martin Silva Nwosu Berg Kowalski Zhang Khan Miller Costa Farsi Fischer Sharma Nilsen Bernard Cohen Jensen Novak Lee Yilmaz Virtanen Adeyemi Petrovic Thompson' );
wp_defer_term_counting( true );
$sd_customer_terms = array();
for ( $sd_done = 0; $sd_done < $sd_contacts; $sd_done += 1000 ) {
	$sd_rows = array();
	$sd_ids  = array();
	for ( $i = $sd_done; $i < min( $sd_contacts, $sd_done + 1000 ); $i++ ) {
		$sd_cid   = $sd_first_c + $i;
		$sd_name  = $sd_names[ mt_rand( 0, 29 ) ] . ' ' . $sd_surnames[ mt_rand( 0, 29 ) ];
		$sd_email = 'customer' . $sd_cid . '@example.test';
		$sd_phone = 0 === $i % 3 ? '+4477' . str_pad( (string) $sd_cid, 8, '0', STR_PAD_LEFT ) : null;
		$sd_rows[] = '(' . $sd_cid . ',' . storedesk_bench_q( $sd_name ) . ',' . storedesk_bench_q( $sd_email ) . ',' . storedesk_bench_q( $sd_phone ) . ",0,0,'{$sd_now}','{$sd_now}')";
		$sd_ids[]  = "({$sd_cid},'email'," . storedesk_bench_q( $sd_email ) . ",'{$sd_now}')";
		// A ticket's search terms hold its customer's words (see SearchIndex::customers()).
		$sd_customer_terms[ $sd_cid ] = \Storedesk\Search\Tokenizer::terms( \Storedesk\Search\SearchIndex::customer_text( (object) array( 'name' => $sd_name, 'email' => $sd_email, 'phone' => $sd_phone ) ) );
		if ( $sd_phone ) {
			$sd_ids[] = "({$sd_cid},'phone'," . storedesk_bench_q( $sd_phone ) . ",'{$sd_now}')";
		}
	}
	storedesk_bench_exec( 'START TRANSACTION' );
	storedesk_bench_insert( $sd_contacts_t, 'id,name,email,phone,user_id,merged_into,created_at,updated_at', $sd_rows );
	storedesk_bench_insert( Schema::table( 'contact_identities' ), 'contact_id,channel,external_id,created_at', $sd_ids );
	storedesk_bench_exec( 'COMMIT' );
	storedesk_bench_progress( 'contacts', min( $sd_contacts, $sd_done + 1000 ), $sd_contacts );
}
$sd_last_c = $sd_first_c + $sd_contacts - 1;

// Tickets with their threads, 500 per transaction.
$sd_channels   = array( 'email', 'email', 'email', 'email', 'form', 'form', 'chat', 'chat', 'phone', 'messenger', 'whatsapp', 'sms', 'line', 'wechat' );
$sd_statuses   = array( 'open', 'open', 'open', 'pending', 'on-hold', 'resolved', 'resolved', 'resolved', 'resolved', 'closed', 'closed', 'open', 'resolved', 'resolved', 'closed', 'open', 'pending', 'resolved', 'closed', 'spam' );
$sd_priorities = array( 'low', 'normal', 'normal', 'normal', 'normal', 'high', 'high', 'urgent' );
$sd_meta_keys  = TicketMeta::KEYS;
$sd_msg_left   = $sd_messages;
$sd_span       = 2 * YEAR_IN_SECONDS;
// Every date is in the past, as in a real store: a ticket dated in the
// future would look changed to every inbox poll.
$sd_t0         = time() - $sd_span - 2 * HOUR_IN_SECONDS;
$sd_long_left  = 5; // A few long threads for the "ticket view" benchmark.
// Tickets get their post ids here, so that workers can write side by side.
$sd_base_id = (int) $wpdb->get_var( "SELECT COALESCE(MAX(ID), 0) FROM {$wpdb->posts}" ) + 1;
$sd_first_m = (int) $wpdb->get_var( 'SELECT COALESCE(MAX(id), 0) FROM ' . Schema::table( 'messages' ) );
// Generating the rows and storing them take about as long each, so on a
// machine with several cores one worker per core writes its share of the
// tickets while the others generate theirs (MariaDB only: SQLite has one writer).
$sd_workers = function_exists( 'pcntl_fork' ) && ! Schema::is_sqlite() && $sd_tickets >= 10000 ? max( 1, min( 4, (int) ( $sd_opt['workers'] ?? 2 ) ) ) : 1;
$sd_worker  = 0;
$sd_pids    = array();
if ( $sd_workers > 1 ) {
	$wpdb->close();
	for ( $w = 0; $w < $sd_workers; $w++ ) {
		$sd_pid = pcntl_fork();
		if ( 0 === $sd_pid ) {
			$sd_worker = $w;
			$sd_pids   = array();
			break;
		}
		$sd_pids[] = $sd_pid;
	}
	$wpdb->db_connect();
}
$sd_from      = intdiv( $sd_tickets * $sd_worker, $sd_workers );
$sd_to        = $sd_pids ? $sd_from : intdiv( $sd_tickets * ( $sd_worker + 1 ), $sd_workers );
$sd_msg_left  = intdiv( $sd_messages * ( $sd_to - $sd_from ), $sd_tickets );
$sd_long_left = 0 === $sd_worker ? $sd_long_left : 0;
mt_srand( crc32( (string) $sd_tickets ) + $sd_base_id + $sd_worker );
for ( $sd_done = $sd_from; $sd_done < $sd_to; $sd_done += 500 ) {
	$sd_batch = min( 500, $sd_to - $sd_done );
	$sd_plan  = array();
	$sd_posts = array();
	for ( $i = 0; $i < $sd_batch; $i++ ) {
		$sd_left_t = $sd_to - $sd_done - $i;
		$sd_count  = $sd_long_left > 0 && 0 === $i ? 60 : max( 1, min( 40, (int) round( ( $sd_msg_left / $sd_left_t ) * ( 0.4 + mt_rand( 0, 120 ) / 100 ) ) ) );
		$sd_long_left -= 60 === $sd_count ? 1 : 0;
		$sd_msg_left  -= $sd_count;
		$sd_created    = $sd_t0 + (int) ( $sd_span * ( $sd_done + $i ) / $sd_tickets ) + mt_rand( 0, 3600 );
		$sd_status     = $sd_statuses[ mt_rand( 0, 19 ) ];
		$sd_topic      = array_keys( $sd_topics )[ mt_rand( 0, count( $sd_topics ) - 1 ) ];
		$sd_subject    = ucfirst( $sd_topic_words[ $sd_topic ][ mt_rand( 0, 3 ) ] ) . ' ' . $sd_topic_words[ $sd_topic ][ mt_rand( 4, count( $sd_topic_words[ $sd_topic ] ) - 1 ) ] . ' #' . ( 10000 + $sd_done + $i );
		$sd_plan[]     = array(
			'channel'  => $sd_channels[ mt_rand( 0, 13 ) ],
			'status'   => $sd_status,
			'priority' => $sd_priorities[ mt_rand( 0, 7 ) ],
			'assignee' => mt_rand( 0, 9 ) < 3 && in_array( $sd_status, array( 'open', 'pending' ), true ) ? 0 : $sd_agent_ids[ min( $sd_agents_n - 1, (int) floor( ( mt_rand( 0, 1000 ) / 1000 ) ** 1.5 * $sd_agents_n ) ) ],
			'team'     => mt_rand( 0, 3 ) ? $sd_team_ids[ mt_rand( 0, 4 ) ] : 0,
			'contact'  => mt_rand( $sd_first_c, $sd_last_c ),
			'subject'  => $sd_subject,
			'created'  => $sd_created,
			'count'    => $sd_count,
			'topic'    => $sd_topic,
			// Mostly the topic's own tag, sometimes another, sometimes none.
			'tags'     => array_slice( array_unique( array( $sd_tag_by_slug[ $sd_topic_tags[ $sd_topic ] ], $sd_tag_tt[ mt_rand( 0, 29 ) ] ) ), 0, mt_rand( 0, 9 ) < 2 ? 0 : mt_rand( 1, 2 ) ),
		);
		if ( 60 === $sd_count ) {
			// The long threads the "ticket view" scenario opens look alike at every size, so
			// that its query count compares the data size, not one ticket's tags or team.
			$sd_plan[ $i ] = array_merge( $sd_plan[ $i ], array( 'status' => 'open', 'assignee' => $sd_agent_ids[0], 'team' => $sd_team_ids[0], 'tags' => array( $sd_tag_by_slug['refund'] ), 'channel' => 'email' ) );
		}
		$sd_date    = gmdate( 'Y-m-d H:i:s', $sd_created );
		$sd_posts[] = '(' . ( $sd_base_id + $sd_done + $i ) . ',0,' . storedesk_bench_q( $sd_date ) . ',' . storedesk_bench_q( $sd_date ) . ",''," . storedesk_bench_q( $sd_subject ) . ",'','sd-{$sd_plan[ $i ]['status']}','closed','closed','',''," . storedesk_bench_q( $sd_date ) . ',' . storedesk_bench_q( $sd_date ) . ",'','storedesk_ticket','',0,'','')";
	}
	storedesk_bench_exec( 'START TRANSACTION' );
	storedesk_bench_insert( $wpdb->posts, 'ID,post_author,post_date,post_date_gmt,post_content,post_title,post_excerpt,post_status,comment_status,ping_status,post_name,to_ping,post_modified,post_modified_gmt,pinged,post_type,post_mime_type,comment_count,post_content_filtered,guid', $sd_posts );
	$sd_first_id = $sd_base_id + $sd_done;
	$sd_meta     = array();
	$sd_terms    = array();
	$sd_tagged   = array();
	$sd_index    = array();
	$sd_msgs     = array();
	$sd_search   = array();
	$sd_words    = array();
	foreach ( $sd_plan as $i => $p ) {
		$id   = $sd_first_id + $i;
		$vals = array( 'priority' => $p['priority'], 'channel' => $p['channel'], 'assignee_id' => $p['assignee'], 'team_id' => $p['team'], 'contact_id' => $p['contact'], 'order_id' => 0, 'order_status' => '', 'customer_user_id' => 0, 'sender_verified' => 1 );
		foreach ( $sd_meta_keys as $col => $key ) {
			$sd_meta[] = "({$id},'{$key}'," . storedesk_bench_q( (string) $vals[ $col ] ) . ')';
		}
		foreach ( $p['tags'] as $tt ) {
			$sd_terms[]  = "({$id},{$tt},0)";
			$sd_tagged[] = "({$tt},'{$p['status']}','{$p['channel']}',{$id})";
		}
		$t           = $p['created'];
		$texts       = array( $p['subject'] );
		$first_reply = null;
		$waiting     = null;
		$last        = '';
		$last_at     = $t;
		$gap         = max( 1, min( 2 * DAY_IN_SECONDS, intdiv( time() - HOUR_IN_SECONDS - $t, $p['count'] ) ) );
		for ( $m = 0; $m < $p['count']; $m++ ) {
			$kind  = 0 === $m ? 'customer' : ( 0 === $m % 7 ? 'note' : ( 1 === $m % 2 ? 'reply' : 'customer' ) );
			$body  = '<p>' . $sd_text( $p['topic'], 12, 60 ) . '</p>' . ( mt_rand( 0, 2 ) ? '<p>' . $sd_text( $p['topic'], 10, 50 ) . '</p>' : '' );
			$at    = gmdate( 'Y-m-d H:i:s', $t );
			$ext   = 'email' === $p['channel'] && 'customer' === $kind ? storedesk_bench_q( '<' . $id . '.' . $m . '@mail.bench.test>' ) : 'NULL';
			$sd_msgs[] = "({$id},'{$kind}'," . ( 'customer' === $kind ? 0 : $p['assignee'] ) . ',' . ( 'customer' === $kind ? $p['contact'] : 0 ) . ",'{$p['channel']}'," . storedesk_bench_q( $body ) . ",'html',{$ext},NULL,'{$at}')";
			$plain   = wp_strip_all_tags( str_replace( '</p><p>', ' ', $body ) );
			$texts[] = $plain;
			if ( 'reply' === $kind ) {
				$first_reply = $first_reply ?? $at;
				$waiting     = null;
			} elseif ( 'customer' === $kind ) {
				$waiting = $waiting ?? $at;
			}
			if ( 'note' !== $kind ) {
				$last = $plain;
			}
			$last_at = $t;
			$t      += mt_rand( min( 300, $gap ), $gap );
		}
		$closed      = in_array( $p['status'], array( 'resolved', 'closed' ), true );
		$sd_index[]  = "({$id},'{$p['status']}'," . array_search( $p['priority'], array( 'low', 'normal', 'high', 'urgent' ), true ) . ",'{$p['channel']}',{$p['assignee']},{$p['team']},{$p['contact']},0," . storedesk_bench_q( $p['subject'] ) . ',' . storedesk_bench_q( \Storedesk\Support\Text::excerpt( $last, 'text' ) ) . ",{$p['count']}," . ( $waiting && ! $closed ? 1 : 0 ) . ',' . storedesk_bench_q( gmdate( 'Y-m-d H:i:s', $p['created'] ) ) . ',' . storedesk_bench_q( gmdate( 'Y-m-d H:i:s', $last_at ) ) . ',' . storedesk_bench_q( $closed ? null : $waiting ) . ',' . storedesk_bench_q( $first_reply ) . ',' . storedesk_bench_q( $closed ? gmdate( 'Y-m-d H:i:s', $last_at ) : null ) . ',' . storedesk_bench_q( gmdate( 'Y-m-d H:i:s', $last_at ) ) . ')';
		$sd_search[] = "({$id}," . storedesk_bench_q( implode( "\n", $texts ) ) . ')';
		foreach ( array_unique( array_merge( \Storedesk\Search\Tokenizer::terms( implode( "\n", $texts ) ), $sd_customer_terms[ $p['contact'] ] ) ) as $sd_word ) {
			$sd_words[] = "('{$sd_word}',{$id})";
		}
	}
	storedesk_bench_insert( $wpdb->postmeta, 'post_id,meta_key,meta_value', $sd_meta );
	if ( $sd_terms ) {
		storedesk_bench_insert( $wpdb->term_relationships, 'object_id,term_taxonomy_id,term_order', $sd_terms );
		storedesk_bench_insert( Schema::table( 'ticket_tags' ), 'term_taxonomy_id,status,channel,ticket_id', $sd_tagged );
	}
	storedesk_bench_insert( Schema::table( 'ticket_index' ), 'ticket_id,status,priority,channel,assignee_id,team_id,contact_id,order_id,subject,excerpt,message_count,unread,created_at,last_activity_at,waiting_since,first_response_at,resolved_at,updated_at', $sd_index );
	foreach ( array_chunk( $sd_msgs, 500 ) as $sd_chunk ) {
		storedesk_bench_insert( Schema::table( 'messages' ), 'ticket_id,kind,author_id,contact_id,channel,body,format,external_id,meta,created_at', $sd_chunk );
	}
	foreach ( array_chunk( $sd_search, 100 ) as $sd_chunk ) {
		storedesk_bench_insert( Schema::table( 'search' ), 'ticket_id,content', $sd_chunk );
	}
	storedesk_bench_insert( Schema::table( 'terms' ), 'term,ticket_id', $sd_words );
	storedesk_bench_exec( 'COMMIT' );
	if ( 0 === $sd_worker ) {
		// The first worker's share stands for everyone's progress.
		storedesk_bench_progress( 'tickets', (int) round( ( $sd_done + $sd_batch - $sd_from ) * $sd_tickets / ( $sd_to - $sd_from ) ), $sd_tickets );
	}
}
if ( $sd_workers > 1 && ! $sd_pids ) {
	exit( 0 );
}
foreach ( $sd_pids as $sd_pid ) {
	pcntl_waitpid( $sd_pid, $sd_status );
	if ( ! pcntl_wifexited( $sd_status ) || 0 !== pcntl_wexitstatus( $sd_status ) ) {
		fwrite( STDERR, "\nA seeding worker failed.\n" );
		exit( 1 );
	}
}
wp_defer_term_counting( false );
storedesk_bench_exec( "UPDATE {$wpdb->term_taxonomy} tt SET count = (SELECT COUNT(*) FROM {$wpdb->term_relationships} tr WHERE tr.term_taxonomy_id = tt.term_taxonomy_id) WHERE taxonomy = 'storedesk_tag'" );
if ( ! Schema::is_sqlite() ) {
	// Every table written, WordPress's own too: plans chosen from the statistics
	// of a nearly empty table read whole indexes.
	foreach ( array( 'ticket_index', 'messages', 'search', 'terms', 'ticket_tags', 'contacts', 'contact_identities' ) as $sd_t ) {
		$wpdb->query( 'ANALYZE TABLE ' . Schema::table( $sd_t ) ); // phpcs:ignore WordPress.DB.PreparedSQL
	}
	foreach ( array( $wpdb->posts, $wpdb->postmeta, $wpdb->term_relationships, $wpdb->term_taxonomy ) as $sd_t ) {
		$wpdb->query( "ANALYZE TABLE {$sd_t}" ); // phpcs:ignore WordPress.DB.PreparedSQL
	}
	storedesk_bench_settle();
}
wp_cache_flush();
$sd_seeded = (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . Schema::table( 'messages' ) . ' WHERE id > ' . $sd_first_m ); // phpcs:ignore WordPress.DB.PreparedSQL
printf( "Seeded %s tickets, %s messages, %s contacts in %.1f s (%d workers).\n", number_format( $sd_tickets ), number_format( $sd_seeded ), number_format( $sd_contacts ), microtime( true ) - $sd_started, $sd_workers );

<?php
/**
 * What the contact form asks.
 *
 * @package Storedesk
 */

namespace Storedesk\Storefront;

use Storedesk\Integrations\WooCommerce\Storefront\OrderField;
use Storedesk\Settings\Settings;
use Storedesk\Teams\TeamRepository;

defined( 'ABSPATH' ) || exit;

/**
 * The form's fields in one description that the server-rendered block, the
 * widget (through GET /form) and the validation all read, so they cannot
 * disagree: name, email, the order (on WooCommerce stores), subject, topic,
 * message and the owner's own fields.
 */
class FormConfig {

	public const HONEYPOT = 'website';

	/** Longest message accepted from the form, in characters. */
	public const MAX_MESSAGE = 10000;

	/**
	 * Builds the description.
	 *
	 * @param TeamRepository $teams   Teams, offered when no topics are set.
	 * @param FormStamp      $stamp   Signed render time.
	 * @param ShopperUploads $uploads What shoppers may attach.
	 * @param OrderField     $order   The order a request is about (WooCommerce).
	 */
	public function __construct( private TeamRepository $teams, private FormStamp $stamp, private ShopperUploads $uploads, private OrderField $order ) {}

	/**
	 * Topics to choose from: the configured ones, else the teams.
	 *
	 * @return array<int, array{value: string, label: string, team: int}>
	 */
	public function topics(): array {
		$topics = array();
		foreach ( (array) Settings::get( 'form_topics' ) as $i => $topic ) {
			$topics[] = array(
				'value' => 'topic-' . $i,
				'label' => (string) $topic['label'],
				'team'  => (int) ( $topic['team'] ?? 0 ),
			);
		}
		if ( ! $topics ) {
			foreach ( $this->teams->all() as $team ) {
				$topics[] = array(
					'value' => 'team-' . $team['id'],
					'label' => $team['name'],
					'team'  => $team['id'],
				);
			}
		}
		/**
		 * Filters the topics (team or category) the contact form offers.
		 *
		 * @since 0.2.0
		 * @param array $topics Each value (submitted), label and team (id, 0 for none).
		 */
		return (array) apply_filters( 'storedesk_form_topics', $topics );
	}

	/**
	 * Every field, in order, for a user (0 for a guest): name and email are
	 * filled in and hidden for customers who are logged in. A field marked
	 * private lists options that belong to the visitor (their orders): they
	 * come only with GET /form, asked as that visitor, never in a page.
	 *
	 * @param int  $user_id Current user.
	 * @param int  $order   Order to choose in the order field, when it is the customer's; 0 for none.
	 * @param bool $in_page For a page's HTML, which may be cached: private options are left out.
	 * @return array[] Each name, label, type, required, and options, max_length, autocomplete, value, hidden,
	 *                 help, private, upload (limits of the file input, last, when shoppers may attach files).
	 */
	public function fields( int $user_id, int $order = 0, bool $in_page = false ): array {
		$user   = $user_id ? get_userdata( $user_id ) : false;
		$fields = array(
			array( 'name' => 'name', 'label' => __( 'Your name', 'storedesk' ), 'type' => 'text', 'required' => true, 'max_length' => 191, 'autocomplete' => 'name', 'value' => $user ? $user->display_name : '', 'hidden' => (bool) $user ),
			array( 'name' => 'email', 'label' => __( 'Email address', 'storedesk' ), 'type' => 'email', 'required' => true, 'max_length' => 191, 'autocomplete' => 'email', 'value' => $user ? $user->user_email : '', 'hidden' => (bool) $user ),
		);
		$about  = $this->order->describe( $user ? $user_id : 0, $order, ! $in_page );
		if ( $about ) {
			$fields[] = $about;
		}
		$fields[] = array( 'name' => 'subject', 'label' => __( 'Subject', 'storedesk' ), 'type' => 'text', 'required' => true, 'max_length' => 255 );
		$topics   = $this->topics();
		if ( $topics ) {
			$fields[] = array(
				'name'     => 'topic',
				'label'    => __( 'Topic', 'storedesk' ),
				'type'     => 'select',
				'required' => true,
				'options'  => array_map( static fn( $t ) => array( 'value' => $t['value'], 'label' => $t['label'] ), $topics ),
			);
		}
		$fields[] = array( 'name' => 'message', 'label' => __( 'How can we help?', 'storedesk' ), 'type' => 'textarea', 'required' => true, 'max_length' => self::MAX_MESSAGE );
		foreach ( (array) Settings::get( 'form_fields' ) as $custom ) {
			$field = array(
				'name'     => self::custom_name( (string) $custom['key'] ),
				'label'    => (string) $custom['label'],
				'type'     => (string) $custom['type'],
				'required' => ! empty( $custom['required'] ),
			);
			if ( 'select' === $custom['type'] ) {
				$field['options'] = array_map( static fn( $o ) => array( 'value' => (string) $o, 'label' => (string) $o ), (array) ( $custom['options'] ?? array() ) );
			}
			if ( 'text' === $custom['type'] ) {
				$field['max_length'] = 500;
			}
			$fields[] = $field;
		}
		$upload = $this->uploads->limits();
		if ( null !== $upload ) {
			$fields[] = array( 'name' => ShopperUploads::FIELD, 'label' => __( 'Attachments', 'storedesk' ), 'type' => 'file', 'required' => false, 'upload' => $upload );
		}
		return array_map( static fn( $f ) => $f + array( 'value' => '', 'hidden' => false, 'private' => false ), $fields );
	}

	/**
	 * Everything a client needs to show the form.
	 *
	 * @param int $user_id Current user.
	 * @param int $order   Order to choose, when it is the customer's; 0 for none.
	 */
	public function describe( int $user_id, int $order = 0 ): array {
		return array(
			'fields'    => $this->fields( $user_id, $order ),
			'stamp'     => $this->stamp->issue(),
			'honeypot'  => self::HONEYPOT,
			'logged_in' => $user_id > 0,
		);
	}

	/**
	 * The input name of an owner-defined field: its values post as fields[key].
	 *
	 * @param string $key Field key from the form_fields setting.
	 */
	public static function custom_name( string $key ): string {
		return 'fields[' . $key . ']';
	}

	/**
	 * The owner's key behind an input name, or null for a built-in field.
	 *
	 * @param string $name Input name.
	 */
	public static function custom_key( string $name ): ?string {
		return preg_match( '/^fields\[(.+)\]$/', $name, $m ) ? $m[1] : null;
	}
}

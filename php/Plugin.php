<?php
/**
 * Plugin bootstrap.
 *
 * @package Storedesk
 */

namespace Storedesk;

defined( 'ABSPATH' ) || exit;

/**
 * Builds the services and lets each attach its hooks.
 */
final class Plugin {

	/**
	 * Services that hook into WordPress, each through register().
	 *
	 * @var class-string[]
	 */
	private const SERVICES = array(
		Tickets\TicketPostType::class,
		Tickets\TicketAccess::class,
		Tickets\TicketIndexRebuilder::class,
		Search\TermBackfill::class,
		Search\CustomerTerms::class,
		Tickets\TagIndex::class,
		KnowledgeBase\ArticlePostType::class,
		KnowledgeBase\ArticleAccess::class,
		KnowledgeBase\ArticleFromReply::class,
		KnowledgeBase\ArticleEditor::class,
		KnowledgeBase\Search\ArticleIndex::class,
		KnowledgeBase\Search\ArticleQuery::class,
		KnowledgeBase\HelpCentre\HelpCentre::class,
		KnowledgeBase\Deflection\Deflection::class,
		KnowledgeBase\Products\ProductLinks::class,
		Jobs\Runner::class,
		Rest\Routes::class,
		Admin\Menu::class,
		Integrations\WooCommerce\AdminAccess::class,
		Integrations\WooCommerce\OrderPhones::class,
		Integrations\WooCommerce\SqliteLimits::class,
		Integrations\WooCommerce\OrderPlaceholders::class,
		Integrations\WooCommerce\Admin\OrderBox::class,
		Integrations\WooCommerce\Admin\OrdersColumn::class,
		Integrations\WooCommerce\OrderStatusSync::class,
		Integrations\WooCommerce\OrderAttributes::class,
		Storefront\Rest\StoreRoutes::class,
		Storefront\Blocks::class,
		Storefront\NoScriptForm::class,
		Storefront\Portal::class,
		Storefront\Widget::class,
		Integrations\WooCommerce\Storefront\OrderHelp::class,
		Storefront\ChunkTranslations::class,
		Attachments\AttachmentCleaner::class,
		Storefront\RateLimiter::class,
		Contacts\AccountProof::class,
		Jobs\Worker::class,
		Channels\Email\Mailboxes\MailboxHealth::class,
	);

	/**
	 * The container, for code that needs a service (tests, CLI scripts).
	 *
	 * @var Container|null
	 */
	private static ?Container $container = null;

	/** Runs on plugins_loaded. */
	public static function boot(): void {
		Install\Installer::maybe_upgrade();
		foreach ( self::SERVICES as $service ) {
			self::container()->get( $service )->register();
		}
		add_action( 'init', array( self::class, 'flush_rewrite_once' ), 99 );
		// Shop managers exist only once WooCommerce is installed, which may come after us.
		add_action( 'woocommerce_installed', array( Install\Roles::class, 'install' ) );
		/**
		 * Fires once Storedesk's services are registered.
		 *
		 * @since 0.1.0
		 * @param Container $container The service container.
		 */
		do_action( 'storedesk_loaded', self::container() );
	}

	/** The shared container. */
	public static function container(): Container {
		self::$container ??= new Container();
		return self::$container;
	}

	/** Activation cannot flush rewrites before our types exist; the first init after it does. */
	public static function flush_rewrite_once(): void {
		if ( get_option( 'storedesk_flush_rewrite' ) ) {
			delete_option( 'storedesk_flush_rewrite' );
			flush_rewrite_rules( false );
		}
	}
}

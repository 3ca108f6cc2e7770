<?php
/**
 * Tests for tools/php/prefixer (the build step that prefixes run-time packages).
 *
 * @package Storedesk\Tests
 */

namespace Storedesk\Tests\Tools;

use PhpParser\ParserFactory;
use Storedesk\Tests\TestCase;
use Storedesk\Tools\Prefixer;

require_once dirname( __DIR__, 3 ) . '/tools/php/prefixer/Prefixer.php';

/**
 * Every name of a prefixed package moves under Storedesk\Vendor\ (declared,
 * used, written as a string); PHP's own names and global helpers stay; the
 * built copy is what the plugin loads, and it parses mail.
 */
class PrefixerTest extends TestCase {

	/** Namespaces, uses, fully qualified names, ::class and class-name strings move; globals stay. */
	public function test_names_of_the_packages_move_and_globals_stay(): void {
		$code = <<<'PHP'
<?php
namespace ZBateson\MailMimeParser;

use GuzzleHttp\Psr7\Utils;
use Psr\Http\Message\StreamInterface as Stream;

class Reader extends \Pimple\Container implements Stream, \Countable {
	/**
	 * @return ZBateson\MailMimeParser\Part[]|\GuzzleHttp\Psr7\Utils|null ZBateson's own words stay.
	 */
	public function read(): array {
		$stream = Utils::streamFor( 'x' );
		return array( Part::class, \DateTime::class, 'ZBateson\\MailMimeParser\\Message', 'GuzzleHttp is a library', \strlen( 'a' ), trigger_deprecation( 'a', '1', 'b' ), new \ArrayObject() );
	}
}
PHP;
		$out  = ( new Prefixer( 'Storedesk\\Vendor' ) )->prefix_code( $code, array( 'ZBateson', 'GuzzleHttp', 'Psr', 'Pimple' ) );
		$this->assertStringContainsString( 'namespace Storedesk\\Vendor\\ZBateson\\MailMimeParser;', $out );
		$this->assertStringContainsString( 'use Storedesk\\Vendor\\GuzzleHttp\\Psr7\\Utils;', $out );
		$this->assertStringContainsString( 'use Storedesk\\Vendor\\Psr\\Http\\Message\\StreamInterface as Stream;', $out );
		$this->assertStringContainsString( 'extends \\Storedesk\\Vendor\\Pimple\\Container implements \\Storedesk\\Vendor\\Psr\\Http\\Message\\StreamInterface, \\Countable', $out );
		$this->assertStringContainsString( '\\Storedesk\\Vendor\\GuzzleHttp\\Psr7\\Utils::streamFor(', $out );
		$this->assertStringContainsString( '\\Storedesk\\Vendor\\ZBateson\\MailMimeParser\\Part::class', $out );
		$this->assertStringContainsString( "'Storedesk\\Vendor\\ZBateson\\MailMimeParser\\Message'", $out );
		$this->assertStringContainsString( "'GuzzleHttp is a library'", $out, 'a sentence is not a class name' );
		$this->assertStringContainsString( '@return \\Storedesk\\Vendor\\ZBateson\\MailMimeParser\\Part[]|\\Storedesk\\Vendor\\GuzzleHttp\\Psr7\\Utils|null ZBateson\'s own words stay.', $out, 'docblock types, for static analysis' );
		foreach ( array( '\\DateTime::class', '\\strlen(', 'trigger_deprecation(', 'new \\ArrayObject()' ) as $global ) {
			$this->assertStringContainsString( $global, $out );
		}
		$this->assertDoesNotMatchRegularExpression( '/(?<!Vendor\\\\)\\b(ZBateson|GuzzleHttp|Pimple)\\\\/', $out );
		$this->assertNotEmpty( ( new ParserFactory() )->createForHostVersion()->parse( $out ), 'still PHP' );
	}

	/** The built copy declares only prefixed namespaces, and the plugin's autoloader loads it from build/php-vendor/. */
	public function test_the_built_copy_is_prefixed_and_loaded(): void {
		$dir = realpath( dirname( __DIR__, 3 ) . '/build/php-vendor' );
		$this->assertNotFalse( $dir, 'npm run build (or npm test) writes build/php-vendor/' );
		$this->assertContains( 'zbateson/mail-mime-parser', json_decode( (string) file_get_contents( $dir . '/packages.json' ), true ) );
		$files = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( $dir . '/ZBateson', \FilesystemIterator::SKIP_DOTS ) );
		$count = 0;
		foreach ( $files as $file ) {
			if ( preg_match( '/^namespace\s+([^;\s]+)/m', (string) file_get_contents( $file->getPathname() ), $m ) ) {
				$this->assertStringStartsWith( 'Storedesk\\Vendor\\', $m[1], $file->getPathname() );
				++$count;
			}
		}
		$this->assertGreaterThan( 50, $count );
		$class = 'Storedesk\\Vendor\\ZBateson\\MailMimeParser\\MailMimeParser';
		$this->assertTrue( class_exists( $class ) );
		$this->assertStringStartsWith( $dir . '/', ( new \ReflectionClass( $class ) )->getFileName() );
		$this->assertStringStartsWith( $dir . '/', ( new \ReflectionClass( 'Storedesk\\Vendor\\Pimple\\Container' ) )->getFileName() );
	}

	/** The prefixed parser reads a message: encoded subject, sender, text and a named attachment. */
	public function test_the_prefixed_parser_reads_mail(): void {
		$raw     = "From: =?UTF-8?B?xZ5pcmluIFnEsWxtYXo=?= <sirin@example.test>\r\nTo: support@shop.test\r\nSubject: =?ISO-8859-9?Q?Sipari=FE_nerede=3F?=\r\nMessage-ID: <a1@example.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=ISO-8859-9\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nSipari=FEim gelmedi.\r\n--b1\r\nContent-Type: application/pdf; name=\"fatura.pdf\"\r\nContent-Disposition: attachment; filename=\"fatura.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b1--\r\n";
		$message = ( new \Storedesk\Vendor\ZBateson\MailMimeParser\MailMimeParser() )->parse( $raw, false );
		$this->assertSame( 'Sipariş nerede?', $message->getHeaderValue( 'Subject' ) );
		$this->assertSame( 'sirin@example.test', $message->getHeaderValue( 'From' ) );
		$this->assertSame( 'Şirin Yılmaz', $message->getHeader( 'From' )->getPersonName() );
		$this->assertSame( 'Siparişim gelmedi.', trim( (string) $message->getTextContent() ) );
		$this->assertSame( 1, $message->getAttachmentCount() );
		$this->assertSame( 'fatura.pdf', $message->getAttachmentPart( 0 )->getFilename() );
		$this->assertSame( "%PDF-1.4\n", $message->getAttachmentPart( 0 )->getContent() );
	}
}

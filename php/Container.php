<?php
/**
 * Service container.
 *
 * @package Storedesk
 */

namespace Storedesk;

defined( 'ABSPATH' ) || exit;

/**
 * Builds each service once, wiring constructor dependencies by type, the way
 * WooCommerce's container does, without a configuration file to keep in step.
 */
final class Container {

	/**
	 * Built services by class name.
	 *
	 * @var array<class-string, object>
	 */
	private array $services = array();

	/** Services that need the container itself (route registrars) get this one. */
	public function __construct() {
		$this->services[ self::class ] = $this;
	}

	/**
	 * The shared instance of a class, built on first use.
	 *
	 * @template T of object
	 * @phpstan-param class-string<T> $class_name
	 * @param string $class_name Class to get.
	 * @return T
	 * @throws \LogicException When a constructor parameter has no class type.
	 */
	public function get( string $class_name ): object {
		if ( ! isset( $this->services[ $class_name ] ) ) {
			$constructor = ( new \ReflectionClass( $class_name ) )->getConstructor();
			$args        = array();
			foreach ( $constructor ? $constructor->getParameters() : array() as $param ) {
				$type = $param->getType();
				if ( ! $type instanceof \ReflectionNamedType || $type->isBuiltin() ) {
					throw new \LogicException( esc_html( "Cannot build {$class_name}: \${$param->getName()} has no class type." ) );
				}
				$args[] = $this->get( $type->getName() );
			}
			$this->services[ $class_name ] = new $class_name( ...$args );
		}
		return $this->services[ $class_name ];
	}
}

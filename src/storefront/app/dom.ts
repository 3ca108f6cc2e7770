/**
 * A tiny element builder: text always goes in as text, never as HTML, so
 * anything a shopper or agent typed stays inert.
 */
type Attrs = Record< string, string | boolean | number | undefined >;
type Child = Node | string | null | undefined | false;

export function h< K extends keyof HTMLElementTagNameMap >(
	tag: K,
	attrs: Attrs = {},
	...children: Child[]
): HTMLElementTagNameMap[ K ] {
	const el = document.createElement( tag );
	for ( const [ name, value ] of Object.entries( attrs ) ) {
		if ( value === false || value === undefined ) {
			continue;
		}
		el.setAttribute( name, value === true ? '' : String( value ) );
	}
	for ( const child of children ) {
		if ( child || child === '' ) {
			el.append( child );
		}
	}
	return el;
}

let counter = 0;

/**
 * A unique id for labels and descriptions.
 *
 * @param prefix Start of the id.
 */
export function uid( prefix: string ): string {
	counter += 1;
	return `${ prefix }-${ counter }`;
}

/**
 * Local date and time of an API timestamp.
 *
 * @param iso RFC 3339 time.
 */
export function when( iso: string ): string {
	const date = new Date( iso );
	return isNaN( date.getTime() )
		? ''
		: date.toLocaleString( document.documentElement.lang || undefined, {
				dateStyle: 'medium',
				timeStyle: 'short',
			} );
}

/**
 * Scripts the page holds back until the ticket sidebar needs them.
 *
 * The WooCommerce store panel runs on @woocommerce/components, whose script
 * brings about 1 MB (gzip) of dependencies, the block editor among them,
 * that the inbox itself never uses. php/Admin/Assets.php prints those
 * scripts and styles, as WordPress would have printed them (translations and
 * inline data included), inside a <template class="storedesk-deferred-scripts">,
 * where they stay inert; the sidebar asks for them when it first shows, and
 * the panels they add appear when they are ready.
 */

const SELECTOR = 'template.storedesk-deferred-scripts';

let loading: Promise< void > | undefined;
let loaded = false;

/** Whether the page holds scripts back that have not run yet. */
export function hasDeferredScripts(): boolean {
	return ! loaded && document.querySelector( SELECTOR ) !== null;
}

/**
 * A live copy of a parsed element: a script or stylesheet cloned out of a
 * template would not run or apply.
 *
 * @param node Inert element.
 */
function live< T extends HTMLElement >( node: T ): T {
	const copy = document.createElement( node.tagName ) as T;
	for ( const { name, value } of Array.from( node.attributes ) ) {
		copy.setAttribute( name, value );
	}
	copy.textContent = node.textContent;
	return copy;
}

/**
 * Runs one script: a script with a source once it has loaded (or failed,
 * which leaves the rest to fail or cope as they would on a page), an
 * inline one at once.
 *
 * @param node Inert script.
 */
function run( node: HTMLScriptElement ): Promise< void > {
	const script = live( node );
	script.async = false;
	const done = node.hasAttribute( 'src' )
		? new Promise< void >( ( resolve ) => {
				script.addEventListener( 'load', () => resolve() );
				script.addEventListener( 'error', () => resolve() );
			} )
		: Promise.resolve();
	document.body.appendChild( script );
	return done;
}

/**
 * Loads what the page held back, once: stylesheets at once, every script
 * fetched in parallel (preloaded), then run in the page's order, each inline
 * script after the file before it. Resolves when the last has run, at once
 * when the page held nothing back.
 */
export function loadDeferredScripts(): Promise< void > {
	loading ??= ( async () => {
		const nodes = Array.from(
			document.querySelectorAll( SELECTOR )
		).flatMap( ( t ) =>
			Array.from(
				(
					t as HTMLTemplateElement
				 ).content.querySelectorAll< HTMLElement >(
					'script, link[rel="stylesheet"], style'
				)
			)
		);
		const scripts: HTMLScriptElement[] = [];
		for ( const node of nodes ) {
			if ( node instanceof HTMLScriptElement ) {
				scripts.push( node );
				const src = node.getAttribute( 'src' );
				if ( src ) {
					const preload = document.createElement( 'link' );
					preload.rel = 'preload';
					preload.as = 'script';
					preload.href = src;
					document.head.appendChild( preload );
				}
			} else {
				document.head.appendChild( live( node ) );
			}
		}
		for ( const script of scripts ) {
			await run( script );
		}
		loaded = true;
	} )();
	return loading;
}

/** Forgets what was loaded (tests only). */
export function resetDeferredScripts(): void {
	loading = undefined;
	loaded = false;
}

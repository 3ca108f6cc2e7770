/**
 * After the server refuses a form, the first field it marked invalid takes
 * the focus, so a keyboard or screen-reader user lands on what to fix.
 */
import { useCallback, useEffect, useRef, useState } from '@wordpress/element';

export function useFocusRefused() {
	const form = useRef< HTMLFormElement >( null );
	const [ refused, setRefused ] = useState( 0 );
	useEffect( () => {
		if ( refused ) {
			form.current
				?.querySelector< HTMLElement >( '[aria-invalid="true"]' )
				?.focus();
		}
	}, [ refused ] );
	// Called once the fields are marked; each refusal moves the focus again.
	const refuse = useCallback( () => setRefused( ( n ) => n + 1 ), [] );
	return { form, refuse };
}

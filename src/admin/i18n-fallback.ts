/**
 * The packages we bundle (DataViews and what it pulls in) carry our text
 * domain (tools/babel/text-domain.cjs), so their strings are ours to
 * translate. Where our translation lacks one that WordPress has already
 * translated for its own components ("Cancel", "Search", "Reset"…), the
 * agent sees WordPress's rather than English.
 */
/* eslint-disable @wordpress/i18n-no-variables, @wordpress/i18n-text-domain -- this file looks up other strings in core's domain on purpose. */
import { addFilter } from '@wordpress/hooks';
import { __, _n, _nx, _x, hasTranslation } from '@wordpress/i18n';

const DOMAIN = 'storedesk';
const CORE = 'default';
const NAMESPACE = 'storedesk/core-fallback';

/** Hooks the fallback in once, before the app renders. */
export function fallBackToCoreTranslations(): void {
	addFilter(
		`i18n.gettext_${ DOMAIN }`,
		NAMESPACE,
		( translation: string, text: string ) =>
			hasTranslation( text, undefined, DOMAIN )
				? translation
				: __( text, CORE )
	);
	addFilter(
		`i18n.gettext_with_context_${ DOMAIN }`,
		NAMESPACE,
		( translation: string, text: string, context: string ) =>
			hasTranslation( text, context, DOMAIN )
				? translation
				: _x( text, context, CORE )
	);
	addFilter(
		`i18n.ngettext_${ DOMAIN }`,
		NAMESPACE,
		(
			translation: string,
			single: string,
			plural: string,
			number: number
		) =>
			hasTranslation( single, undefined, DOMAIN )
				? translation
				: _n( single, plural, number, CORE )
	);
	addFilter(
		`i18n.ngettext_with_context_${ DOMAIN }`,
		NAMESPACE,
		(
			translation: string,
			single: string,
			plural: string,
			number: number,
			context: string
		) =>
			hasTranslation( single, context, DOMAIN )
				? translation
				: _nx( single, plural, number, context, CORE )
	);
}

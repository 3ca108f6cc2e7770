/**
 * The parts of @wordpress/plugins and @wordpress/editor the article panel
 * uses. Both are WordPress's own scripts in the editor (wp.plugins,
 * wp.editor, externals in the build), not packages installed here.
 *
 * @param name            Plugin name.
 * @param settings        Its settings.
 * @param settings.render What it renders.
 * @param settings.icon   Its icon.
 */
declare module '@wordpress/plugins' {
	export function registerPlugin(
		name: string,
		settings: { render: () => JSX.Element | null; icon?: unknown }
	): unknown;
}

declare module '@wordpress/editor' {
	import type { ComponentType, ReactNode } from 'react';

	export const PluginDocumentSettingPanel: ComponentType< {
		name: string;
		title: string;
		children?: ReactNode;
	} >;
	export const store: string;
}

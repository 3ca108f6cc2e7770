/**
 * The help article's own settings in the block editor's sidebar: who may
 * read it, whether it is featured on the help centre's home and, on a
 * WooCommerce store, the products and product categories it is about.
 * Loaded only in the editor of a help article (php/KnowledgeBase/ArticleEditor.php).
 */
import { registerPlugin } from '@wordpress/plugins';

import { ArticleSettings } from './ArticleSettings';

registerPlugin( 'storedesk-article-settings', { render: ArticleSettings } );

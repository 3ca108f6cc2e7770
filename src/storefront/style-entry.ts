/**
 * Entry of the storefront stylesheet (build/style-storefront-ui.css and its
 * RTL twin): blocks enqueue it, the panel loads it when it opens.
 */
import './style.scss';

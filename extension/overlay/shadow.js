// The shadow host: one element attached to <html> (not <body>, where it
// would become the page's `body > :last-child`), styled inline so page
// rules cannot size or hide it, holding labels, the card and the panel in
// a shadow root. Sizes inside are in px: rem follows the page's root font.
//
// The shadow root is open so that assistive tools and tests can read it;
// everything in it is built from text nodes (dom.js).

import { STYLES } from './styles.js';

const HOST_STYLE = [
  'all: initial !important',
  'position: absolute !important',
  'top: 0 !important',
  'left: 0 !important',
  'width: 0 !important',
  'height: 0 !important',
  'overflow: visible !important',
  'z-index: 2147483647 !important',
  'display: block !important',
].join('; ');

/** Creates the (detached) host; `attach`/`detach` put it on the page and take it off. */
export function createShadow(doc) {
  const host = doc.createElement('lede-overlay');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLES;
  const frame = doc.createElement('div');
  frame.className = 'frame';
  root.append(style, frame);
  return {
    host,
    root,
    frame,
    attach() {
      if (!host.isConnected) doc.documentElement.append(host);
    },
    detach() {
      host.remove();
    },
  };
}

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

/** The host's tag name, when the page has not taken it. */
const HOST_TAG = 'lede-overlay';

/**
 * A host element with our shadow root. The page shares the document's
 * custom element registry: a page that defines `lede-overlay` itself has its
 * constructor run on the element we create (Chromium), where it could take
 * the shadow root first or watch our attributes. Then the host takes a name
 * no page can have defined before it existed.
 */
function makeHost(doc) {
  const attempt = (name) => {
    const host = doc.createElement(name);
    // A page's definition of the name made `host` one of its custom elements.
    if (host.matches(':defined')) return null;
    try {
      return { host, root: host.attachShadow({ mode: 'open' }) };
    } catch {
      return null;
    }
  };
  return attempt(HOST_TAG) || attempt(`${HOST_TAG}-${Math.random().toString(36).slice(2)}`);
}

/** Creates the (detached) host; `attach`/`detach` put it on the page and take it off. */
export function createShadow(doc) {
  const { host, root } = makeHost(doc);
  host.setAttribute('style', HOST_STYLE);
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

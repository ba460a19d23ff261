// The content script: runs the shared overlay on the page, with the core
// behind a message to the background (the only place the WebAssembly can
// run whatever the page's Content-Security-Policy). Injected on a click,
// shortcut or context-menu item (activeTab), or on every page of a site
// the reader chose to annotate automatically. Loaded twice, it just runs
// again.

import { createOverlay } from '../overlay/overlay.js';
import { MSG } from '../protocol.js';

const api = globalThis.browser ?? globalThis.chrome;

function start() {
  const overlay = createOverlay({
    document,
    // The reply carries this tab's layer switches too, so they are in
    // force before anything is drawn.
    annotate: async (page) => {
      const reply = await api.runtime.sendMessage({ kind: MSG.ANNOTATE, page });
      if (!reply || reply.error) throw new Error(reply?.error || 'no answer from the extension');
      if (reply.layers) overlay.setLayers(reply.layers);
      return reply.answer;
    },
    onStatus: (status) => {
      api.runtime.sendMessage({ kind: MSG.STATUS, warnings: status.warnings }).catch(() => {});
    },
  });

  api.runtime.onMessage.addListener((msg, sender) => {
    if (sender.id !== api.runtime.id || !msg || typeof msg.kind !== 'string') return;
    if (msg.kind === MSG.RUN) overlay.run();
    else if (msg.kind === MSG.LAYERS && msg.layers) overlay.setLayers(msg.layers);
  });

  return { run: timed(() => overlay.run()) };
}

/**
 * Wraps a run so that the page's performance timeline records how long it
 * took from the request to the overlay being drawn ("lede:drawn") and to the
 * next frame being painted ("lede:painted"). The browser benchmark
 * (bench/browser/run.mjs) reads these entries; they hold durations only, no
 * page data, and tell the page nothing the overlay's host element does not.
 */
function timed(run) {
  return async () => {
    const start = performance.now();
    const view = await run();
    performance.measure('lede:drawn', { start });
    // A task queued from a frame callback runs once that frame is painted.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    performance.measure('lede:painted', { start });
    return view;
  };
}

if (globalThis.__lede) globalThis.__lede.run();
else {
  globalThis.__lede = start();
  globalThis.__lede.run();
}

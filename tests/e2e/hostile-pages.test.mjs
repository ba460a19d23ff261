// Hostile pages, in headless Chromium and Firefox.
//
// - hostile-builtins.html is the sample article on a page whose script
//   breaks the built-ins a content script might use (Array, Object, JSON,
//   String, Map, MutationObserver, Node, Element, Document, Range,
//   EventTarget, CSS.highlights), defines custom elements under the
//   extension's tag names, and posts messages pretending to be the
//   extension. The overlay must be exactly the one on the plain page, the
//   forged messages must change nothing, and nothing of the extension's may
//   reach the page's code.
// - A core that fails (a stand-in for a panicking WebAssembly module:
//   `annotatePage` throws the RuntimeError a Rust panic becomes) must leave
//   the page as it was, with the failure said in the panel.

import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import harness from './lib/harness.js';
import drivers from './lib/drivers.js';

const { serveFixtures, until, readOverlay } = harness;
const { launchChromium, launchFirefox, setAllLayers } = drivers;

/**
 * The panel's status line, read with nothing the hostile page replaces. The
 * host is <lede-overlay>, or <lede-overlay-…> where the page took that name.
 */
const statusLine = () => {
  let host = null;
  for (const el of document.documentElement.children) if (el.localName.indexOf('lede-overlay') === 0) host = el;
  const status = host && host.shadowRoot && host.shadowRoot.querySelector('.panel .status');
  return status ? status.textContent : '';
};

/** The frame's classes (which layers are hidden), read the same way. */
const frameClasses = () => {
  let host = null;
  for (const el of document.documentElement.children) if (el.localName.indexOf('lede-overlay') === 0) host = el;
  const frame = host && host.shadowRoot && host.shadowRoot.querySelector('.frame');
  return frame ? `frame:${frame.className}` : 'none';
};

/** What the reader sees, minus layout: comparable across two pages. */
const shown = (overlay) => ({
  labels: overlay.labels.map((l) => l.text),
  aria: overlay.labels.map((l) => l.aria),
  panel: overlay.panelText,
  warnings: overlay.warningItems,
  highlights: overlay.highlights,
});

/** A core that fails the way a Rust panic does under panic="abort". */
const PANICKING_CORE = `// Test stand-in for the WebAssembly core: every call traps, as a panic does.
export default async function init() {}
export function annotatePage() {
  throw new WebAssembly.RuntimeError('unreachable');
}
export function annotateText() {
  throw new WebAssembly.RuntimeError('unreachable');
}
`;

for (const [name, launch] of [
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
]) {
  test(`${name}: hostile pages`, async (t) => {
    const server = await serveFixtures();
    const browser = await launch();
    const url = (fixture, n = 0) => `${server.base}/${fixture}?run=${n}`;

    /** Annotates the page at `u` and waits for the panel's status line. */
    const annotate = async (u) => {
      const reply = await browser.send(u, { kind: 'lede/run' });
      assert.ok(reply && !reply.error, `run: ${reply && reply.error}`);
      return until(() => browser.evaluate(u, statusLine), `the overlay on ${u}`);
    };

    try {
      const plainUrl = url('syria-talks.html');
      await browser.open(plainUrl);
      await annotate(plainUrl);
      const plain = shown(await browser.evaluate(plainUrl, readOverlay));
      const plainFound = await browser.send(plainUrl, { kind: 'lede/state' });
      assert.ok(plain.labels.length > 0 && plain.warnings > 0, 'the plain page has labels and warnings to compare');

      await t.test('built-ins, custom elements and forged messages change nothing the overlay shows', async () => {
        const u = url('hostile-builtins.html');
        await browser.open(u);
        assert.equal(await browser.evaluate(u, () => typeof window.__hostile), 'object', 'the hostile script ran');
        const before = await browser.evaluate(u, () => document.documentElement.outerHTML);
        const status = await annotate(u);
        assert.doesNotMatch(status, /could not read/);

        // Every forged message, then a real switch: the real one arrives, the forged ones do nothing.
        await browser.evaluate(u, (id) => window.__hostile.forge(id), browser.extensionId);
        await browser.send(u, { kind: 'lede/set-layer', layer: 'speakers', on: false, scope: 'tab' });
        await until(async () => /hide-speakers/.test(await browser.evaluate(u, frameClasses)), 'labels hidden by the real switch');
        await browser.send(u, { kind: 'lede/set-layer', layer: 'speakers', on: true, scope: 'tab' });
        await until(async () => !/hide-speakers/.test(await browser.evaluate(u, frameClasses)), 'labels shown again');
        assert.match(await browser.evaluate(u, frameClasses), /^frame:frame/, 'the panel is still there');

        assert.ok((await browser.evaluate(u, () => window.__hostile.disarm())) > 20, 'the built-ins were replaced');
        const hostile = shown(await browser.evaluate(u, readOverlay));
        assert.deepEqual(hostile, plain, 'the overlay is the one on the plain page');
        const found = await browser.send(u, { kind: 'lede/state' });
        assert.deepEqual(found.found, plainFound.found, 'the background found the same');

        assert.deepEqual(await browser.evaluate(u, () => window.__hostile.seen.slice()), [], 'nothing of the extension reached the page');
        assert.equal(await browser.evaluate(u, () => window.__hostile.claimedInUse()), 0, 'no element of the page\'s definitions holds the overlay');
        assert.deepEqual(await browser.evaluate(u, () => window.__hostile.received.slice()), [], 'the extension posted nothing to the page');
        assert.deepEqual(browser.errors(u), []);

        await setAllLayers(browser, u, false);
        await until(async () => (await browser.evaluate(u, () => document.documentElement.outerHTML)) === before, 'the page as it was');
        await browser.close(u);
      });

      await t.test('a hostile page cannot reach the background', async () => {
        const u = url('hostile-builtins.html', 1);
        await browser.open(u);
        const open = await browser.evaluate(u, (id) => window.__hostile.forge(id), browser.extensionId);
        assert.equal(open, 0, 'no extension messaging API is open to the page');
        const state = await browser.send(u, { kind: 'lede/state' });
        assert.equal(state.found, null, 'the forged annotate request was not run');
        await browser.close(u);
      });

      await browser.close(plainUrl);
    } finally {
      await browser.quit();
      await server.close();
    }
  });

  test(`${name}: a failing core leaves the page as it was and says so in the panel`, async () => {
    const server = await serveFixtures();
    const browser = await launch({ patch: (dir) => fs.writeFileSync(path.join(dir, 'lede.js'), PANICKING_CORE) });
    try {
      const u = `${server.base}/syria-talks.html?failing-core`;
      await browser.open(u);
      const before = await browser.evaluate(u, () => document.documentElement.outerHTML);
      const reply = await browser.send(u, { kind: 'lede/run' });
      assert.ok(reply && !reply.error, 'the content script was injected');
      const status = await until(() => browser.evaluate(u, statusLine), 'the failure in the panel');
      assert.match(status, /Lede could not read this page: lede: unreachable/);
      const overlay = await browser.evaluate(u, readOverlay);
      assert.ok(overlay.panelShown, 'the panel is shown');
      assert.deepEqual(overlay.labels, [], 'no labels');
      assert.ok(Object.values(overlay.highlights).every((n) => n === 0), 'no marks');
      assert.deepEqual(browser.errors(u), [], 'no error on the page');
      // The page's own text is untouched while the panel shows, and the DOM is exact once Lede is off.
      const text = await browser.evaluate(u, () => document.body.innerText);
      assert.match(text, /Secretary of State Rex Tillerson/);
      await setAllLayers(browser, u, false);
      await until(async () => (await browser.evaluate(u, () => document.documentElement.outerHTML)) === before, 'the page as it was');
      await browser.close(u);
    } finally {
      await browser.quit();
      await server.close();
    }
  });
}

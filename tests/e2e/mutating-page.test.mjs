// A page that never stops changing, in headless Chromium and Firefox.
//
// fixtures/mutating.html is the sample article on a live page: every 20 ms
// its own script rewrites or appends a text node in a paragraph of the
// article and rewrites a clock in the site header, outside the article,
// forever. The overlay watches the article with a MutationObserver and
// annotates again once the article has been quiet for a while (a debounce);
// this test checks what that must guarantee on such a page:
//
// 1. the overlay is drawn despite the churn: labels, marks and the panel's
//    summary;
// 2. annotation runs are bounded: over a window of RUN_WINDOW changes of the
//    article (about 3 s), at most MAX_RUNS runs (see below);
// 3. the page stays usable: its script keeps running and a click at its
//    button's place reaches the button's handler;
// 4. once the article is quiet it is annotated again (the watching is live,
//    so the bound above is not met by watching nothing), and the clock
//    outside the article alone causes no run;
// 5. switching Lede off (every layer, as the other tests do) leaves no
//    overlay and stops re-annotation, through churn and through quiet;
//    switched on again, the overlay is drawn again.
//
// No timing is asserted. Windows are counted in the page's own changes, and
// a run is counted as an insertion of the overlay's host: every run removes
// the host it drew before and attaches a new one (overlay.js: clearDrawing,
// then draw), and a page-world MutationObserver on <html> sees that in
// either browser without anything added to the extension.

import test from 'node:test';
import assert from 'node:assert/strict';
import harness from './lib/harness.js';
import drivers from './lib/drivers.js';

const { serveFixtures, until, readOverlay } = harness;
const { launchChromium, launchFirefox, setAllLayers } = drivers;

/** Changes of the article (one per 20 ms, so about 3 s) in the churn windows. */
const RUN_WINDOW = 150;
/**
 * The bound: at most this many annotation runs during RUN_WINDOW changes of
 * the article — one per 30 changes, about one per 600 ms. The overlay waits
 * for 400 ms without a change, and at most 3 s while changes keep coming, so
 * a page changing every 20 ms gets one run in the window (what both browsers
 * show). A run per change (or per few) would be 50 and more.
 */
const MAX_RUNS = 5;
/** Clock ticks (at least 20 ms each, so at least 2 s) in the quiet windows: well past the 400 ms debounce. */
const QUIET_WINDOW = 100;

/**
 * Runs in the page: starts counting insertions of the overlay's host
 * (<lede-overlay>, or <lede-overlay-…> where the page took that name) into
 * <html>, in `window.__hosts.inserted`.
 */
const countHosts = () => {
  if (window.__hosts) return;
  const hosts = { inserted: 0 };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.localName && node.localName.indexOf('lede-overlay') === 0) hosts.inserted += 1;
    }
  }).observe(document.documentElement, { childList: true });
  window.__hosts = hosts;
};

/** Runs in the page: the counters of the page's script and of host insertions. */
const counters = () => ({
  ticks: window.__page.ticks,
  articleChanges: window.__page.articleChanges,
  clicks: window.__page.clicks,
  runs: window.__hosts.inserted,
  hostsNow: [...document.documentElement.children].filter((el) => el.localName.indexOf('lede-overlay') === 0).length,
});

/**
 * Runs in the page: clicks whatever is at the centre of the page's
 * Subscribe button, as a pointer would, and says what was there.
 */
const clickSubscribe = () => {
  const button = document.getElementById('subscribe');
  const rect = button.getBoundingClientRect();
  const there = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  if (there) there.click();
  return { hitButton: there === button, label: document.getElementById('clicked').textContent };
};

/** True when the overlay shows labels, marks and a filled summary. */
const drawnFully = (overlay) =>
  overlay.host && overlay.labels.length > 0 && Object.values(overlay.highlights).some((n) => n > 0) && /^Lede found [1-9]/.test(overlay.status);

for (const [name, launch] of [
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
]) {
  test(`${name}: a page that mutates its article forever`, async (t) => {
    const server = await serveFixtures();
    const browser = await launch();
    const u = `${server.base}/mutating.html`;
    const read = () => browser.evaluate(u, counters);
    /** Waits (untimed) until the page's counter `key` reaches `target`. */
    const waitFor = (key, target, what) => until(async () => (await read())[key] >= target, what);

    try {
      await browser.open(u);
      await browser.evaluate(u, countHosts);
      const loaded = await read();
      await waitFor('articleChanges', loaded.articleChanges + 10, 'the page\'s script changing the article');

      await t.test('the overlay is drawn despite the churn', async () => {
        const reply = await browser.send(u, { kind: 'lede/run' });
        assert.ok(reply && !reply.error, `run: ${reply && reply.error}`);
        const overlay = await until(async () => {
          const o = await browser.evaluate(u, readOverlay);
          return drawnFully(o) && o;
        }, 'labels, marks and the summary');
        assert.match(overlay.status, /^Lede found [1-9]\d* quotations? from [1-9]\d* speakers?, [1-9]\d* named entit/);
        assert.ok(overlay.panelShown, 'the panel is shown');
        assert.ok(overlay.labels.some((l) => l.shown), 'a label is shown');
        const now = await read();
        assert.ok(now.runs >= 1, 'the host counter saw the run');
        assert.equal(now.hostsNow, 1, 'one overlay host');
      });

      await t.test(`at most ${MAX_RUNS} runs in ${RUN_WINDOW} changes of the article`, async () => {
        const start = await read();
        await waitFor('articleChanges', start.articleChanges + RUN_WINDOW, `${RUN_WINDOW} changes of the article`);
        const end = await read();
        const runs = end.runs - start.runs;
        t.diagnostic(`${runs} runs in ${end.articleChanges - start.articleChanges} changes of the article (${end.ticks - start.ticks} ticks)`);
        assert.ok(runs <= MAX_RUNS, `${runs} runs, more than ${MAX_RUNS}`);
        assert.equal(end.hostsNow, 1, 'one overlay host');
        assert.ok(drawnFully(await browser.evaluate(u, readOverlay)), 'the overlay is still drawn');
      });

      await t.test('the page stays usable', async () => {
        const before = await read();
        const click = await browser.evaluate(u, clickSubscribe);
        assert.ok(click.hitButton, 'nothing of Lede\'s covers the page\'s button');
        assert.equal(click.label, 'Subscribed (1)', 'the page\'s click handler ran');
        // The page's script keeps running: its counters go on advancing.
        await waitFor('ticks', before.ticks + 10, 'the page\'s clock');
        await waitFor('articleChanges', before.articleChanges + 10, 'the page\'s article changes');
        assert.equal((await read()).clicks, 1);
        assert.deepEqual(browser.errors(u), [], 'no error on the page');
      });

      await t.test('a quiet article is annotated again; the clock alone changes nothing', async () => {
        const before = await read();
        await browser.evaluate(u, () => window.__page.pauseArticle());
        await until(async () => (await read()).runs > before.runs, 'a run once the article is quiet');
        await until(async () => drawnFully(await browser.evaluate(u, readOverlay)), 'the overlay drawn again');
        const quiet = await read();
        await waitFor('ticks', quiet.ticks + QUIET_WINDOW, `${QUIET_WINDOW} ticks of the clock`);
        const after = await read();
        assert.equal(after.runs, quiet.runs, 'no run for changes outside the article');
        assert.equal(after.hostsNow, 1, 'one overlay host');
        await browser.evaluate(u, () => window.__page.resumeArticle());
      });

      await t.test('switched off: no overlay, and no run while the article changes', async () => {
        await setAllLayers(browser, u, false);
        await until(async () => {
          const o = await browser.evaluate(u, readOverlay);
          return !o.host && Object.values(o.highlights).every((n) => n === 0);
        }, 'the overlay gone');
        const off = await read();
        await waitFor('articleChanges', off.articleChanges + RUN_WINDOW, `${RUN_WINDOW} changes of the article`);
        const churned = await read();
        assert.equal(churned.runs, off.runs, 'no run while the article changes');
        assert.equal(churned.hostsNow, 0, 'no overlay host');
      });

      // Switched off, a change is remembered, not annotated: nothing is read
      // or sent until a layer comes back (overlay.js, the watcher's timer).
      await t.test('switched off: no run once the article is quiet', async () => {
        const before = await read();
        await browser.evaluate(u, () => window.__page.pauseArticle());
        await waitFor('ticks', before.ticks + QUIET_WINDOW, `${QUIET_WINDOW} ticks of the clock`);
        const quiet = await read();
        await browser.evaluate(u, () => window.__page.resumeArticle());
        assert.equal(quiet.runs, before.runs, 'no run once the article is quiet');
        assert.equal(quiet.hostsNow, 0, 'no overlay host');
        const overlay = await browser.evaluate(u, readOverlay);
        assert.ok(Object.values(overlay.highlights).every((n) => n === 0), 'no marks');
      });

      await t.test('switched on again: drawn again, despite the churn', async () => {
        await setAllLayers(browser, u, true);
        await until(async () => drawnFully(await browser.evaluate(u, readOverlay)), 'labels, marks and the summary');
        assert.equal((await read()).hostsNow, 1, 'one overlay host');
        assert.deepEqual(browser.errors(u), [], 'no error on the page');
      });

      await browser.close(u);
    } finally {
      await browser.quit();
      await server.close();
    }
  });
}

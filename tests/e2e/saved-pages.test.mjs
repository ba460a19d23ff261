// Real saved news pages (the extraction development set, 42 pages, when
// present: LEDE_DATA or ../shared/data, extraction/html/*.html.gz), in
// headless Chromium and Firefox: each is annotated without an error, and
// switching every layer off gives back the page's DOM exactly (outerHTML).
//
// The pages are read from where they are and served from 127.0.0.1 with
// their own scripts off and nothing loaded from elsewhere (a CSP header), as
// the benchmarks run them; they are never copied into the repository.

import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import harness from './lib/harness.js';
import drivers from './lib/drivers.js';

const { ROOT, until } = harness;
const { launchChromium, launchFirefox, setAllLayers } = drivers;

const DATA = path.resolve(ROOT, process.env.LEDE_DATA || '../shared/data', 'extraction', 'html');
const PAGES = fs.existsSync(DATA) ? fs.readdirSync(DATA).filter((f) => f.endsWith('.html.gz')).sort() : [];
const CSP = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

/** Serves /saved/NAME.html, gunzipped from DATA, on 127.0.0.1. */
async function servePages() {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(req.url.split('?')[0]).replace(/^\/saved\//, '');
    const file = `${name}.gz`;
    if (!PAGES.includes(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
    res.end(zlib.gunzipSync(fs.readFileSync(path.join(DATA, file))));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { base, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** The panel's status line once the overlay has drawn, else ''. */
const statusLine = () => {
  const host = [...document.documentElement.children].find((el) => /^lede-overlay(-|$)/.test(el.localName));
  const status = host && host.shadowRoot && host.shadowRoot.querySelector('.panel .status');
  return status ? status.textContent : '';
};

const outerHTML = () => document.documentElement.outerHTML;

/** Waits for the page's DOM to be `before` again; fails showing where it still differs. */
async function restored(browser, url, before) {
  let now = '';
  try {
    await until(async () => (now = await browser.evaluate(url, outerHTML)) === before, 'the page as it was', 20000);
  } catch {
    let i = 0;
    while (i < before.length && before[i] === now[i]) i++;
    assert.fail(`the DOM differs from character ${i}: was ${JSON.stringify(before.slice(i, i + 120))}, is ${JSON.stringify(now.slice(i, i + 120))}`);
  }
}

for (const [name, launch] of [
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
]) {
  test(`${name}: every saved page is annotated without an error and restored exactly`, { skip: PAGES.length ? false : `no saved pages in ${DATA}` }, async (t) => {
    const server = await servePages();
    const browser = await launch();
    try {
      for (const file of PAGES) {
        await t.test(file.slice(0, 12), async () => {
          const url = `${server.base}/saved/${file.replace(/\.gz$/, '')}`;
          await browser.open(url);
          const before = await browser.evaluate(url, outerHTML);
          const reply = await browser.send(url, { kind: 'lede/run' });
          assert.ok(reply && !reply.error, `run: ${reply && reply.error}`);
          const status = await until(() => browser.evaluate(url, statusLine), 'the overlay');
          assert.doesNotMatch(status, /could not read/, status);
          assert.deepEqual(browser.errors(url), []);
          await setAllLayers(browser, url, false);
          await restored(browser, url, before);
          await browser.close(url);
        });
      }
    } finally {
      await browser.quit();
      await server.close();
    }
  });
}

// The extension in headless Chromium (playwright-core, /usr/bin/chromium):
// overlays on fixture news pages, toggles, a strict-CSP page, markup-like
// page text, and no network requests.
//
// Set-up stands in for the reader's one click of consent: the test copy
// of the extension is given host access to 127.0.0.1 only (what "annotate
// pages on this site automatically" asks for), because headless Chromium
// can neither show the permission prompt nor take the toolbar click that
// grants activeTab. Annotation is then started from the popup's button.

'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { chromium } = require('playwright-core');
const { serveFixtures, screenshotPath, until, readOverlay, testCopy, launchChromiumWith } = require('./lib/harness.js');

let server;
let context;
let extensionId;
const requests = [];

test.before(async () => {
  server = await serveFixtures();
  context = await launchChromiumWith(chromium, testCopy('chrome'));
  context.on('request', (r) => requests.push(r.url()));
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 120000 });
  extensionId = new URL(worker.url()).host;
});

test.after(async () => {
  await context?.close();
  await server?.close();
});

/** Opens a fixture, then the popup (as a tab), presses "Annotate this page"; returns both pages. */
async function annotated(fixture) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  await page.goto(`${server.base}/${fixture}`);
  await page.bringToFront();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.click('#run');
  await until(() => page.evaluate(readOverlay).then((o) => o.host && o.status), `the overlay on ${fixture}`);
  return { page, popup, errors };
}

/** The background's own record of what it answered for the page's tab. */
async function found(popup) {
  await popup.reload();
  await until(() => popup.$eval('#found', (el) => el.dataset.quotes !== ''), 'the popup state');
  return popup.$eval('#found', (el) => ({ quotes: Number(el.dataset.quotes), entities: Number(el.dataset.entities), warnings: Number(el.dataset.warnings), text: el.textContent }));
}

test('the sample article shows speaker labels, entity marks and warnings that match the answer', async () => {
  const { page, popup, errors } = await annotated('syria-talks.html');
  const overlay = await page.evaluate(readOverlay);
  const answer = await found(popup);
  assert.equal(overlay.labels.length, answer.quotes, 'one label per quotation');
  assert.ok(overlay.labels.every((l) => l.text.length > 0 && l.shown));
  assert.equal(overlay.warningItems, answer.warnings, 'the panel lists every warning');
  const marks = Object.entries(overlay.highlights).filter(([n]) => n !== 'lede-warning').reduce((s, [, n]) => s + n, 0);
  assert.ok(marks >= answer.entities, 'at least one mark per entity');
  assert.ok(overlay.panelShown);
  assert.match(overlay.status, /Lede found|article|Lede reads/);
  if (answer.quotes > 0) assert.ok(overlay.labels.some((l) => /Tillerson/.test(l.text)), 'a label names Tillerson');
  assert.deepEqual(errors, []);
  await page.screenshot({ path: screenshotPath('chromium-sample.png') });
  await popup.screenshot({ path: screenshotPath('chromium-popup.png') });
  // A hover card over the first entity mark, when there is one.
  const point = await page.evaluate(() => {
    for (const name of ['lede-person', 'lede-place', 'lede-organization', 'lede-other']) {
      const h = CSS.highlights.get(name);
      if (h && h.size) {
        const r = [...h][0].getClientRects()[0];
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  });
  if (point) {
    await page.mouse.move(point.x, point.y);
    await until(() => page.evaluate(() => !document.querySelector('html > lede-overlay').shadowRoot.querySelector('.card').hidden), 'the hover card');
    const card = await page.evaluate(() => document.querySelector('html > lede-overlay').shadowRoot.querySelector('.card').textContent);
    assert.ok(card.length > 0);
    await page.screenshot({ path: screenshotPath('chromium-card.png') });
  }
  await page.close();
  await popup.close();
});

test('each toggle hides and shows its overlay; all off leaves the DOM as it was', async () => {
  const page = await context.newPage();
  await page.goto(`${server.base}/syria-talks.html`);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await page.bringToFront();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.click('#run');
  await until(() => page.evaluate(readOverlay).then((o) => o.host && o.status), 'the overlay');
  const set = async (layer, on) => {
    const box = `#layer-${layer}`;
    if ((await popup.isChecked(box)) !== on) await popup.click(box);
  };
  await set('speakers', false);
  await until(() => page.evaluate(readOverlay).then((o) => o.hideSpeakers), 'labels hidden');
  await set('speakers', true);
  await until(() => page.evaluate(readOverlay).then((o) => !o.hideSpeakers), 'labels shown');
  await set('panel', false);
  await until(() => page.evaluate(readOverlay).then((o) => !o.panelShown), 'panel hidden');
  await page.screenshot({ path: screenshotPath('chromium-no-panel.png') });
  await set('panel', true);
  await until(() => page.evaluate(readOverlay).then((o) => o.panelShown), 'panel shown');
  for (const layer of ['speakers', 'entities', 'warnings', 'panel']) await set(layer, false);
  await until(() => page.evaluate(readOverlay).then((o) => !o.host), 'the shadow host removed');
  const off = await page.evaluate(readOverlay);
  assert.ok(Object.values(off.highlights).every((n) => n === 0), 'no highlights registered');
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
  for (const layer of ['speakers', 'entities', 'warnings', 'panel']) await set(layer, true);
  await until(() => page.evaluate(readOverlay).then((o) => o.host && o.panelShown), 'everything back');
  await page.close();
  await popup.close();
});

test('a page with a strict Content-Security-Policy is annotated', async () => {
  const { page, popup, errors } = await annotated('strict-csp.html');
  const overlay = await page.evaluate(readOverlay);
  assert.ok(overlay.host && overlay.status.length > 0);
  assert.doesNotMatch(overlay.status, /could not read/);
  assert.deepEqual(errors, []);
  await page.close();
  await popup.close();
});

test('markup-like page text stays text and nothing runs', async () => {
  const { page, popup, errors } = await annotated('markup-text.html');
  const overlay = await page.evaluate(readOverlay);
  const injected = await page.evaluate(() => {
    const root = document.querySelector('html > lede-overlay').shadowRoot;
    return root.querySelectorAll('img, script, [onerror]').length + document.querySelectorAll('img, script').length;
  });
  assert.equal(injected, 0, 'no element made from page text');
  assert.deepEqual(errors, [], 'no alert, no page error');
  assert.ok(overlay.host);
  await page.close();
  await popup.close();
});

test('no network request beyond the fixture pages themselves', async () => {
  const web = requests.filter((u) => /^(https?|wss?):/.test(u));
  for (const url of web) assert.ok(url.startsWith(server.base), `unexpected request ${url}`);
  for (const p of server.requests) assert.match(p, /^\/[\w-]+\.html$/, `the server was asked for ${p}`);
});

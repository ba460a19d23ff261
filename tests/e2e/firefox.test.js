// The extension in headless Firefox ESR (selenium-webdriver + geckodriver,
// the .xpi installed as a temporary add-on): overlays on fixture news
// pages, toggles, a strict-CSP page, markup-like page text, no requests
// beyond the fixtures, and `web-ext lint` with no errors.
//
// As in the Chromium test, the test copy of the add-on holds host access
// to 127.0.0.1 only, standing in for the reader's consent; annotation is
// started from the popup, opened as a tab from the chrome context
// (WebDriver cannot navigate to moz-extension:// itself).

'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { By } = require('selenium-webdriver');
const {
  ROOT, serveFixtures, builtExtension, screenshotPath, until, readOverlay, testXpi, launchFirefoxDriver, FIREFOX_UUID,
} = require('./lib/harness.js');

const POPUP = `moz-extension://${FIREFOX_UUID}/popup.html`;

let server;
let driver;

test.before(async () => {
  server = await serveFixtures();
  driver = await launchFirefoxDriver('lede-geckodriver.log');
  await driver.installAddon(testXpi(), true);
});

test.after(async () => {
  await driver?.quit();
  await server?.close();
});

const overlayNow = () => driver.executeScript(`return (${readOverlay.toString()})()`);

/** Opens `url` in a new tab from the chrome context and switches to it. */
async function openTab(url) {
  const before = await driver.getAllWindowHandles();
  await driver.setContext('chrome');
  await driver.executeScript(
    'gBrowser.selectedTab = gBrowser.addTab(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });',
    url,
  );
  await driver.setContext('content');
  const handle = await until(async () => (await driver.getAllWindowHandles()).find((h) => !before.includes(h)), 'the new tab');
  await driver.switchTo().window(handle);
  return handle;
}

/** Loads a fixture, presses the popup's "Annotate this page"; returns the two window handles. */
async function annotated(fixture) {
  await driver.switchTo().newWindow('tab');
  const page = await driver.getWindowHandle();
  await driver.get(`${server.base}/${fixture}`);
  const popup = await openTab(POPUP);
  await until(() => driver.executeScript('return document.getElementById("layers").children.length > 0'), 'the popup');
  await driver.findElement(By.id('run')).click();
  await driver.switchTo().window(page);
  await until(() => overlayNow().then((o) => o.host && o.status), `the overlay on ${fixture}`);
  return { page, popup };
}

async function found(popup) {
  await driver.switchTo().window(popup);
  await driver.navigate().refresh();
  await until(() => driver.executeScript('return document.getElementById("found").dataset.quotes !== undefined && document.getElementById("found").dataset.quotes !== ""'), 'the popup state');
  return driver.executeScript('const d = document.getElementById("found").dataset; return { quotes: +d.quotes, entities: +d.entities, warnings: +d.warnings };');
}

async function saveScreenshot(name) {
  fs.writeFileSync(screenshotPath(name), Buffer.from(await driver.takeScreenshot(), 'base64'));
}

async function closeTabs(...handles) {
  for (const h of handles) {
    await driver.switchTo().window(h);
    await driver.close();
  }
  await driver.switchTo().window((await driver.getAllWindowHandles())[0]);
}

test('the sample article shows speaker labels, entity marks and warnings that match the answer', async () => {
  const { page, popup } = await annotated('syria-talks.html');
  const overlay = await overlayNow();
  await saveScreenshot('firefox-sample.png');
  const answer = await found(popup);
  await saveScreenshot('firefox-popup.png');
  assert.equal(overlay.labels.length, answer.quotes, 'one label per quotation');
  assert.equal(overlay.warningItems, answer.warnings, 'the panel lists every warning');
  const marks = Object.entries(overlay.highlights).filter(([n]) => n !== 'lede-warning').reduce((s, [, n]) => s + n, 0);
  assert.ok(marks >= answer.entities, 'at least one mark per entity');
  assert.ok(overlay.panelShown);
  if (answer.quotes > 0) assert.ok(overlay.labels.some((l) => /Tillerson/.test(l.text)), 'a label names Tillerson');
  await closeTabs(page, popup);
});

test('each toggle hides and shows its overlay; all off leaves the DOM as it was', async () => {
  await driver.switchTo().newWindow('tab');
  const page = await driver.getWindowHandle();
  await driver.get(`${server.base}/syria-talks.html`);
  const before = await driver.executeScript('return document.documentElement.outerHTML');
  const popup = await openTab(POPUP);
  await until(() => driver.executeScript('return document.getElementById("layers").children.length > 0'), 'the popup');
  await driver.findElement(By.id('run')).click();
  const onPage = async (probe, what) => {
    await driver.switchTo().window(page);
    await until(() => overlayNow().then(probe), what);
    await driver.switchTo().window(popup);
  };
  await onPage((o) => o.host && o.status, 'the overlay');
  const set = async (layer, on) => {
    const box = await driver.findElement(By.id(`layer-${layer}`));
    if ((await box.isSelected()) !== on) await box.click();
  };
  await set('speakers', false);
  await onPage((o) => o.hideSpeakers, 'labels hidden');
  await set('speakers', true);
  await onPage((o) => !o.hideSpeakers, 'labels shown');
  await set('panel', false);
  await onPage((o) => !o.panelShown, 'panel hidden');
  await set('panel', true);
  await onPage((o) => o.panelShown, 'panel shown');
  for (const layer of ['speakers', 'entities', 'warnings', 'panel']) await set(layer, false);
  await onPage((o) => !o.host && Object.values(o.highlights).every((n) => n === 0), 'everything off');
  await driver.switchTo().window(page);
  assert.equal(await driver.executeScript('return document.documentElement.outerHTML'), before);
  await driver.switchTo().window(popup);
  for (const layer of ['speakers', 'entities', 'warnings', 'panel']) await set(layer, true);
  await onPage((o) => o.host && o.panelShown, 'everything back');
  await closeTabs(page, popup);
});

test('a page with a strict Content-Security-Policy is annotated', async () => {
  const { page, popup } = await annotated('strict-csp.html');
  const overlay = await overlayNow();
  assert.ok(overlay.host && overlay.status.length > 0);
  assert.doesNotMatch(overlay.status, /could not read/);
  await closeTabs(page, popup);
});

test('markup-like page text stays text and nothing runs', async () => {
  const { page, popup } = await annotated('markup-text.html');
  const injected = await driver.executeScript(
    'const root = document.querySelector("html > lede-overlay").shadowRoot; return root.querySelectorAll("img, script, [onerror]").length + document.querySelectorAll("img, script").length;',
  );
  assert.equal(injected, 0);
  // An alert would leave a user prompt open and fail this call.
  assert.equal(await driver.executeScript('return 1'), 1);
  await closeTabs(page, popup);
});

test('no request reached the server beyond the fixture pages', () => {
  for (const p of server.requests) assert.match(p, /^\/[\w-]+\.html$/, `the server was asked for ${p}`);
});

test('web-ext lint reports no errors', () => {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'web-ext');
  let out;
  try {
    out = execFileSync(bin, ['lint', '--source-dir', builtExtension('firefox'), '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
  } catch (e) {
    out = e.stdout;
  }
  const report = JSON.parse(out.slice(out.indexOf('{')));
  assert.deepEqual(report.errors.map((e) => `${e.code}: ${e.message}`), []);
});

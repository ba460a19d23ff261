// One way to drive the extension in either browser, for tests that run the
// same steps in Chromium and Firefox: open pages, annotate them, switch
// layers and read the background's record — all through the extension's own
// messages, sent from one of its pages (the popup, opened as a tab), which
// is what the popup's buttons send. Page functions run in the page's main
// world.
//
// As in chromium.test.js and firefox.test.js, the test copy of the extension
// holds host access to 127.0.0.1 only, standing in for the reader's consent.

'use strict';

const {
  until, testCopy, testXpi, launchChromiumWith, launchFirefoxDriver, FIREFOX_UUID, FIREFOX_ADDON_ID,
} = require('./harness.js');

const LAYERS = ['speakers', 'entities', 'warnings', 'panel'];

/**
 * Runs in the control page (an extension page): sends `message` to the
 * background for the tab showing `url` (as `tabId`) and answers the reply.
 */
const CONTROL = `async (url, message) => {
  const api = globalThis.browser ?? globalThis.chrome;
  const tabs = await api.tabs.query({});
  const tab = tabs.find((t) => t.url === url);
  if (!tab) return { error: 'no tab shows ' + url };
  return api.runtime.sendMessage({ ...message, tabId: tab.id });
}`;

/**
 * Starts headless Chromium with the extension. `patch(dir)` may alter the
 * test copy before it loads. Returns the common driver.
 */
async function launchChromium({ patch } = {}) {
  const { chromium } = require('playwright-core');
  const context = await launchChromiumWith(chromium, testCopy('chrome', patch));
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 120000 });
  const extensionId = new URL(worker.url()).host;
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/popup.html`);
  const pages = new Map(); // url → {page, errors}

  return {
    name: 'chromium',
    extensionId,
    /** Opens `url` in a new tab; page errors and dialogs are recorded. */
    async open(url) {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => {
        errors.push(`dialog: ${d.message()}`);
        d.dismiss();
      });
      await page.goto(url);
      pages.set(url, { page, errors });
    },
    /**
     * Runs `fn` (a function or its source) in the page at `url`, with `args`
     * (JSON values). Sent as one expression: Playwright's own passing of
     * arguments leans on page built-ins a hostile page replaces.
     */
    evaluate(url, fn, ...args) {
      const source = typeof fn === 'function' ? fn.toString() : fn;
      return pages.get(url).page.evaluate(`(${source})(...${JSON.stringify(args)})`);
    },
    errors: (url) => pages.get(url).errors,
    send: (url, message) => control.evaluate(([src, u, m]) => (0, eval)(`(${src})`)(u, m), [CONTROL, url, message]),
    async close(url) {
      await pages.get(url).page.close();
      pages.delete(url);
    },
    quit: () => context.close(),
  };
}

/** Starts headless Firefox ESR with the extension (see firefox.test.js). Returns the common driver. */
async function launchFirefox({ patch } = {}) {
  const driver = await launchFirefoxDriver('lede-geckodriver-drivers.log');
  await driver.installAddon(testXpi(patch), true);

  const handles = new Map(); // url → window handle
  let current = null;
  const switchTo = async (handle) => {
    if (current !== handle) await driver.switchTo().window(handle);
    current = handle;
  };
  // WebDriver cannot navigate to moz-extension://: the control tab is opened from the chrome context.
  const before = await driver.getAllWindowHandles();
  await driver.setContext('chrome');
  await driver.executeScript(
    'gBrowser.selectedTab = gBrowser.addTab(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });',
    `moz-extension://${FIREFOX_UUID}/popup.html`,
  );
  await driver.setContext('content');
  const control = await until(async () => (await driver.getAllWindowHandles()).find((h) => !before.includes(h)), 'the control tab');
  await switchTo(control);
  await until(() => driver.executeScript('return !!(globalThis.browser && browser.runtime && browser.runtime.id)'), 'the control page');

  const callAsync = (source, args) =>
    driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => (${source})(...arguments[0])).then(done, (e) => done({ thrown: String(e && e.message || e) }));`,
      args,
    );

  return {
    name: 'firefox',
    extensionId: FIREFOX_ADDON_ID,
    async open(url) {
      await switchTo(control);
      await driver.switchTo().newWindow('tab');
      current = await driver.getWindowHandle();
      await driver.get(url);
      handles.set(url, current);
    },
    async evaluate(url, fn, ...args) {
      await switchTo(handles.get(url));
      const source = typeof fn === 'function' ? fn.toString() : fn;
      const result = await callAsync(source, args);
      if (result && typeof result === 'object' && 'thrown' in result && Object.keys(result).length === 1) throw new Error(result.thrown);
      return result;
    },
    // WebDriver does not report page errors; the panel's status line still says when the extension failed.
    errors: () => [],
    async send(url, message) {
      await switchTo(control);
      return callAsync(CONTROL, [url, message]);
    },
    async close(url) {
      await switchTo(handles.get(url));
      await driver.close();
      handles.delete(url);
      current = null;
      await switchTo(control);
    },
    quit: () => driver.quit(),
  };
}

/** Switches every layer on or off for the tab showing `url`, tab scope. */
async function setAllLayers(browser, url, on) {
  for (const layer of LAYERS) {
    const reply = await browser.send(url, { kind: 'lede/set-layer', layer, on, scope: 'tab' });
    if (!reply || reply.error) throw new Error(`set-layer ${layer}: ${reply && reply.error}`);
  }
}

module.exports = { LAYERS, launchChromium, launchFirefox, setAllLayers };

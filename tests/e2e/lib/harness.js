// What the real-browser tests share: the fixture server (127.0.0.1 only,
// with a log of every request it answers), the built extension (dist/, or
// built here with the same commands build.sh runs), and the paths of the
// browsers and drivers.

'use strict';

const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.join(__dirname, '..', 'fixtures');
const SCREENSHOTS = path.join(ROOT, 'dist', 'screenshots');

/** Headers per fixture: the strict page forbids every script but its own (and so WebAssembly). */
const HEADERS = {
  'strict-csp.html': { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" },
};

/** Serves tests/e2e/fixtures on 127.0.0.1; `requests` lists every path asked for. */
async function serveFixtures() {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    const name = path.basename(decodeURIComponent(req.url.split('?')[0]));
    const file = path.join(FIXTURES, name);
    if (!name || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(HEADERS[name] || {}) });
    res.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { base, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** dist/chrome or dist/firefox, built by `./build.sh package` when missing. */
function builtExtension(browser) {
  const dir = path.join(ROOT, 'dist', browser);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    execFileSync(path.join(ROOT, 'build.sh'), ['package'], { cwd: ROOT, stdio: 'inherit' });
  }
  return dir;
}

/** The Firefox package, dist/lede-firefox.xpi, built like the folders when missing. */
function builtXpi() {
  builtExtension('firefox');
  return path.join(ROOT, 'dist', 'lede-firefox.xpi');
}

function screenshotPath(name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}

/** Polls `probe` until it returns a truthy value (test set-up only, never timed). */
async function until(probe, what, timeoutMs = 60000) {
  const end = Date.now() + timeoutMs;
  let last;
  while (Date.now() < end) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what} (last: ${last})`);
}

/**
 * Reads the overlay from the page: runs in the page, returns labels,
 * panel items and which highlights are registered. Passed to the browser
 * as a function source.
 */
function readOverlay() {
  // The host is <lede-overlay>, or <lede-overlay-…> where the page took that name.
  const host = [...document.documentElement.children].find((el) => /^lede-overlay(-|$)/.test(el.localName));
  const root = host && host.shadowRoot;
  const names = ['lede-person', 'lede-organization', 'lede-place', 'lede-other', 'lede-warning'];
  const highlights = {};
  for (const n of names) {
    const h = CSS.highlights.get(n);
    highlights[n] = h ? h.size : 0;
  }
  if (!root) return { host: false, highlights };
  const frame = root.querySelector('.frame');
  const visible = (el) => !!el && el.getClientRects().length > 0;
  return {
    host: true,
    highlights,
    labels: [...root.querySelectorAll('.label')].map((l) => ({ text: l.textContent, shown: visible(l), aria: l.getAttribute('aria-label') })),
    panelShown: visible(root.querySelector('.panel')),
    panelText: root.querySelector('.panel') ? root.querySelector('.panel').textContent : '',
    status: root.querySelector('.panel .status') ? root.querySelector('.panel .status').textContent : '',
    warningItems: root.querySelectorAll('.panel .severity').length,
    hideSpeakers: frame.classList.contains('hide-speakers'),
  };
}

/**
 * A copy of dist/<browser> with host access to 127.0.0.1 only, standing in
 * for the reader's consent; `patch(dir)` may alter it. Returns its folder.
 */
function testCopy(browser, patch) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `lede-${browser}-`));
  fs.cpSync(builtExtension(browser), dir, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  if (patch) patch(dir);
  return dir;
}

/** The Firefox test copy packed as an .xpi (see testCopy). */
function testXpi(patch) {
  const dir = testCopy('firefox', patch);
  const xpi = `${dir}.xpi`;
  execFileSync('zip', ['-qr', xpi, '.'], { cwd: dir });
  return xpi;
}

/** Headless Chromium (TOOLCHAIN.md's flags) with the unpacked extension at `ext` loaded. */
function launchChromiumWith(chromium, ext) {
  return chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'lede-profile-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`,
    ],
  });
}

/** The add-on's id and the fixed UUID its moz-extension:// pages live under. */
const FIREFOX_ADDON_ID = 'lede@lede.invalid';
const FIREFOX_UUID = '6b3f7a52-1c0e-4d59-9a57-3c1f2e8d4a10';

/**
 * Headless Firefox ESR through geckodriver (TOOLCHAIN.md: content scripts
 * need origin controls granted, system access to open extension pages),
 * driver output in `logName` under the temp folder. Returns the driver.
 */
async function launchFirefoxDriver(logName) {
  process.env.SE_OFFLINE = 'true';
  const { Builder } = require('selenium-webdriver');
  const firefox = require('selenium-webdriver/firefox');
  const geckodriver = [path.join(os.homedir(), '.cargo', 'bin', 'geckodriver'), '/usr/local/bin/geckodriver', '/usr/bin/geckodriver']
    .find((p) => fs.existsSync(p));
  const options = new firefox.Options()
    .setBinary('/usr/bin/firefox-esr')
    .addArguments('-headless')
    .windowSize({ width: 1280, height: 900 })
    .setPreference('extensions.originControls.grantByDefault', true)
    .setPreference('extensions.webextensions.uuids', JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }))
    .setPreference('xpinstall.signatures.required', false);
  const log = fs.openSync(path.join(os.tmpdir(), logName), 'w');
  const service = new firefox.ServiceBuilder(geckodriver).addArguments('--allow-system-access').setStdio(['ignore', log, log]);
  return new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build();
}

module.exports = {
  ROOT, serveFixtures, builtExtension, builtXpi, screenshotPath, until, readOverlay,
  testCopy, testXpi, launchChromiumWith, launchFirefoxDriver, FIREFOX_UUID, FIREFOX_ADDON_ID,
};

// The built extensions (dist/chrome, dist/firefox) ask for the least they
// need and can run no code but their own: the permissions are the four the
// background uses, host access is optional and asked per site, nothing is
// exposed to web pages or other extensions, the CSP allows only the
// package's own scripts (and WebAssembly), and no script in the package
// loads or evaluates code from anywhere else — or builds HTML from strings.

import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import harness from './lib/harness.js';

const { builtExtension } = harness;

/** Each permission, and the API of it the background must use (null: used through a user gesture). */
const NEEDED = {
  activeTab: null, // scripting on the tab the reader clicked, shortcut or context menu
  storage: 'api.storage',
  scripting: 'api.scripting',
  contextMenus: 'api.contextMenus',
};

/** The directives of a CSP string, as name → sources. */
function directives(csp) {
  return Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** Every file under `dir`, relative. */
function files(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full, base) : [path.relative(base, full)];
  });
}

for (const browser of ['chrome', 'firefox']) {
  const dir = builtExtension(browser);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const background = fs.readFileSync(path.join(dir, 'background.js'), 'utf8');

  test(`${browser}: permissions are the least the extension needs`, () => {
    assert.equal(manifest.manifest_version, 3);
    assert.deepEqual([...manifest.permissions].sort(), Object.keys(NEEDED).sort());
    for (const [permission, api] of Object.entries(NEEDED)) {
      if (api) assert.ok(background.includes(`${api}.`), `${permission} is used (${api})`);
    }
    assert.equal(manifest.host_permissions, undefined, 'no host access up front');
    assert.deepEqual(manifest.optional_host_permissions, ['http://*/*', 'https://*/*'], 'sites are asked for one at a time');
    for (const key of ['content_scripts', 'web_accessible_resources', 'externally_connectable', 'sandbox', 'declarative_net_request', 'update_url']) {
      assert.equal(manifest[key], undefined, `no ${key}`);
    }
  });

  test(`${browser}: the CSP allows no code but the package's own`, () => {
    const csp = manifest.content_security_policy;
    assert.deepEqual(Object.keys(csp), ['extension_pages'], 'no sandbox policy');
    const d = directives(csp.extension_pages);
    assert.deepEqual(d['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
    assert.ok(['self', 'none'].some((s) => d['object-src']?.join(' ') === `'${s}'`), 'object-src is self or none');
    for (const [name, sources] of Object.entries(d)) {
      for (const source of sources) {
        assert.ok(["'self'", "'none'", "'wasm-unsafe-eval'"].includes(source), `${name} allows ${source}`);
      }
    }
  });

  test(`${browser}: every script is in the package and none loads or evaluates code from elsewhere`, () => {
    const all = files(dir);
    const scripts = all.filter((f) => f.endsWith('.js'));
    const backgroundFiles = [manifest.background.service_worker, ...(manifest.background.scripts || [])].filter(Boolean);
    for (const f of backgroundFiles) assert.ok(all.includes(f), `${f} is in the package`);
    for (const page of all.filter((f) => f.endsWith('.html'))) {
      const html = fs.readFileSync(path.join(dir, page), 'utf8');
      const tags = html.match(/<script\b[^>]*>/g) || [];
      for (const tag of tags) {
        const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
        assert.ok(src && all.includes(path.join(path.dirname(page), src)), `${page}: ${tag} loads a file of the package`);
      }
      assert.doesNotMatch(html, /<script\b[^>]*>\s*[^<\s]/, `${page}: no inline script`);
    }
    for (const f of scripts) {
      const source = fs.readFileSync(path.join(dir, f), 'utf8');
      for (const [, spec] of source.matchAll(/^\s*import\b[^'"]*['"]([^'"]+)['"]/gm)) {
        assert.match(spec, /^\.\.?\//, `${f}: imports ${spec}, not a file of the package`);
      }
      assert.doesNotMatch(source, /\beval\s*\(|\bnew\s+Function\s*\(|\bimportScripts\s*\(|\bimport\s*\(/, `${f}: evaluates code`);
      assert.doesNotMatch(source, /\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|document\.write/, `${f}: builds HTML from strings`);
    }
  });
}

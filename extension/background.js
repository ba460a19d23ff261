// The background: owns the core (WebAssembly, started lazily on the first
// page to annotate, under the extension's own CSP), the reader's settings,
// the context-menu item, the keyboard shortcut and the toolbar badge.
//
// Settings: storage.local keeps per-site layer switches and which sites
// are annotated automatically; per-tab switches live in storage.session,
// so they survive the service worker sleeping but not the browser closing.
// Effective layers = defaults ← site ← tab.

import init, { annotatePage } from './lede.js';
import { DEFAULT_LAYERS, LAYERS, MSG, invalidMessage, isOwnSender } from './protocol.js';

const api = globalThis.browser ?? globalThis.chrome;
const ORIGIN = api.runtime.getURL('');
const AUTO_SCRIPT_ID = 'lede-auto';
const MENU_ID = 'lede-annotate';

let core = null;
/** Starts the core once, on first use (service workers allow no top-level await). */
function loadCore() {
  core ??= init({ module_or_path: api.runtime.getURL('lede_bg.wasm') });
  return core;
}

/** What each tab's page was found to hold, for the popup (memory only). */
const found = new Map();
/**
 * Tabs whose page already has highlights.css. Inserting it again adds a
 * second copy, and any new sheet makes the browser restyle and repaint the
 * whole page: on a news page that cost more than drawing the overlay.
 * Forgotten when the tab loads a new page (or the worker sleeps: then the
 * sheet goes in once more, harmlessly).
 */
const styled = new Set();

const siteOf = (url) => {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
};

async function settings() {
  const { sites = {}, auto = [] } = await api.storage.local.get(['sites', 'auto']);
  return { sites, auto };
}

async function tabLayers(tabId) {
  const key = `tab:${tabId}`;
  const stored = await api.storage.session.get(key);
  return stored[key] || {};
}

async function layersFor(tab) {
  const { sites } = await settings();
  const site = siteOf(tab.url || '');
  return { ...DEFAULT_LAYERS, ...(site ? sites[site] : {}), ...(await tabLayers(tab.id)) };
}

/** Puts the overlay in a tab (the reader asked, so activeTab allows it). */
async function annotateTab(tabId) {
  if (!styled.has(tabId)) {
    await api.scripting.insertCSS({ target: { tabId }, files: ['highlights.css'], origin: 'AUTHOR' });
    styled.add(tabId);
  }
  await api.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
}

async function pushLayers(tab) {
  const layers = await layersFor(tab);
  await api.tabs.sendMessage(tab.id, { kind: MSG.LAYERS, layers }).catch(() => {});
  return layers;
}

/** Keeps the registered content script in step with the sites annotated automatically. */
async function syncAutoScript() {
  const { auto } = await settings();
  const granted = (await api.permissions.getAll()).origins || [];
  const matches = auto.flatMap((site) => [`http://${site}/*`, `https://${site}/*`]).filter((m) => granted.some((g) => g === '<all_urls>' || g === m || g === `${m.split('://')[0]}://*/*`));
  await api.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] }).catch(() => {});
  if (matches.length) {
    await api.scripting.registerContentScripts([{ id: AUTO_SCRIPT_ID, matches, js: ['content.js'], css: ['highlights.css'], runAt: 'document_idle', persistAcrossSessions: true }]);
  }
}

/**
 * The core's answer for a tab's page, as the content script draws it:
 * `{annotations}` or `{notice}`. The article the core also answers with is
 * left out: the overlay reads none of it, and every byte is copied twice
 * more on the way back.
 */
async function annotate(page, tabId) {
  await loadCore();
  const answer = annotatePage(page);
  const a = answer.annotations;
  found.set(tabId, {
    notice: answer.notice || a?.notice || null,
    speakers: (a?.quotes || []).map((q) => q.speaker_name || '?'),
    entities: (a?.entities || []).map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.length })),
    warnings: (a?.warnings || []).map((w) => w.message),
  });
  return a ? { annotations: a } : { notice: answer.notice };
}

async function state(tabId) {
  const tab = await api.tabs.get(tabId);
  const site = siteOf(tab.url || '');
  const { sites, auto } = await settings();
  return {
    site,
    layers: await layersFor(tab),
    siteLayers: site ? sites[site] || {} : {},
    tabLayers: await tabLayers(tabId),
    auto: !!site && auto.includes(site),
    found: found.get(tabId) || null,
  };
}

async function setLayer({ tabId, layer, on, scope }) {
  const tab = await api.tabs.get(tabId);
  if (scope === 'site') {
    const site = siteOf(tab.url || '');
    if (!site) throw new Error('this page is not on a web site');
    const { sites } = await settings();
    sites[site] = { ...sites[site], [layer]: on };
    await api.storage.local.set({ sites });
    // The site's switch decides again for this tab.
    const key = `tab:${tabId}`;
    const tabSet = await tabLayers(tabId);
    delete tabSet[layer];
    await api.storage.session.set({ [key]: tabSet });
  } else {
    const key = `tab:${tabId}`;
    await api.storage.session.set({ [key]: { ...(await tabLayers(tabId)), [layer]: on } });
  }
  return pushLayers(tab);
}

async function setAuto({ tabId, on }) {
  const tab = await api.tabs.get(tabId);
  const site = siteOf(tab.url || '');
  if (!site) throw new Error('this page is not on a web site');
  const { auto } = await settings();
  const next = on ? [...new Set([...auto, site])] : auto.filter((s) => s !== site);
  await api.storage.local.set({ auto: next });
  await syncAutoScript();
  return { auto: next.includes(site) };
}

async function handle(msg, sender) {
  const tabId = sender.tab?.id;
  switch (msg.kind) {
    case MSG.ANNOTATE: {
      // The settings are read while the core works: the storage reads
      // finish during it instead of costing a round trip of their own.
      const layers = sender.tab ? layersFor(sender.tab) : DEFAULT_LAYERS;
      const answer = await annotate(msg.page, tabId);
      return { answer, layers: await layers };
    }
    case MSG.STATUS:
      if (tabId !== undefined) {
        await api.action.setBadgeText({ tabId, text: msg.warnings ? String(msg.warnings) : '' });
        await api.action.setBadgeBackgroundColor({ tabId, color: '#d55e00' });
      }
      return {};
    case MSG.STATE:
      return state(msg.tabId);
    case MSG.SET_LAYER:
      return { layers: await setLayer(msg) };
    case MSG.SET_AUTO:
      return setAuto(msg);
    case MSG.RUN:
      await annotateTab(msg.tabId);
      return {};
    default:
      return { error: 'unknown message' };
  }
}

api.runtime.onMessage.addListener((msg, sender, reply) => {
  if (!isOwnSender(sender, api.runtime.id, ORIGIN)) {
    // Another extension or a page: no answer at all, only a note for the developer.
    console.warn('lede: ignored a message from', sender?.id || 'no extension', sender?.url || sender?.origin || '');
    return false;
  }
  const invalid = invalidMessage(msg);
  if (invalid) {
    console.warn(`lede: rejected a message: ${invalid}`);
    reply({ error: `lede: ${invalid}` });
    return false;
  }
  handle(msg, sender).then(reply, (error) => reply({ error: `lede: ${error?.message || error}` }));
  return true;
});

/** The shortcut: annotate if nothing shows yet, else switch every layer off or on for this tab. */
async function toggleAll(tab) {
  const layers = await layersFor(tab);
  const anyOn = LAYERS.some((l) => layers[l]);
  const alreadyHere = found.has(tab.id);
  if (!alreadyHere) {
    await annotateTab(tab.id);
    return;
  }
  const next = Object.fromEntries(LAYERS.map((l) => [l, !anyOn]));
  await api.storage.session.set({ [`tab:${tab.id}`]: next });
  await pushLayers(tab);
}

api.commands.onCommand.addListener((command, tab) => {
  if (command === 'toggle-all' && tab?.id !== undefined) toggleAll(tab).catch(() => {});
});

api.runtime.onInstalled.addListener(() => {
  api.contextMenus.create({ id: MENU_ID, title: 'Annotate this page', contexts: ['page', 'selection'] }, () => void api.runtime.lastError);
  syncAutoScript().catch(() => {});
});

api.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID && tab?.id !== undefined) annotateTab(tab.id).catch(() => {});
});

api.permissions.onRemoved?.addListener(() => syncAutoScript().catch(() => {}));

api.tabs.onRemoved.addListener((tabId) => {
  found.delete(tabId);
  styled.delete(tabId);
  api.storage.session.remove(`tab:${tabId}`).catch(() => {});
});

api.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') {
    found.delete(tabId);
    styled.delete(tabId);
  }
});

// Every message the extension's parts send each other, in one place.
//
// Content script → background: ANNOTATE (a page block list; the reply is
// `{answer, layers}`: the core's `{annotations}` or `{notice}`, and which
// layers to show on this tab — one round trip, not two), STATUS (how many
// warnings the page shows, for the toolbar badge).
// Popup → background: STATE, SET_LAYER, SET_AUTO, RUN.
// Background → content script: RUN (annotate now), LAYERS (show/hide).
//
// The background trusts nothing: `isOwnSender` rejects other extensions and
// web pages, and each `valid*` function checks a message's shape before use.

/** The overlay layers a reader can switch, in the order the popup lists them. */
export const LAYERS = ['speakers', 'entities', 'warnings', 'panel'];

/**
 * Each layer's name in the popup and the playground, with the colour and
 * line its swatch shares with the marks on the page (highlights.css).
 */
export const LAYER_LOOKS = Object.freeze({
  speakers: ['Speaker labels', '#0072b2', 'solid'],
  entities: ['People, organisations, places', '#007a5a', 'dotted'],
  warnings: ['Warnings', '#d55e00', 'wavy'],
  panel: ['Side panel', '#555555', 'solid'],
});

/** What a new site shows until the reader says otherwise. */
export const DEFAULT_LAYERS = Object.freeze({
  speakers: true,
  entities: true,
  warnings: true,
  panel: true,
});

/** Message kinds. */
export const MSG = Object.freeze({
  ANNOTATE: 'lede/annotate',
  STATUS: 'lede/status',
  STATE: 'lede/state',
  SET_LAYER: 'lede/set-layer',
  SET_AUTO: 'lede/set-auto',
  RUN: 'lede/run',
  LAYERS: 'lede/layers',
});

/** Scopes a layer switch can apply to. */
export const SCOPES = ['tab', 'site'];

/** True when `sender` is this extension itself (its content scripts or pages). */
export function isOwnSender(sender, runtimeId, extensionOrigin) {
  if (!sender || sender.id !== runtimeId) return false;
  // Content scripts report the page's URL; extension pages report our origin.
  if (sender.tab) return true;
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v) => Number.isInteger(v) && v >= 0;
/** A count the core reads as a Rust `u32`: anything larger it would reject. */
const isU32 = (v) => isInt(v) && v <= 0xffffffff;
const isStr = (v) => typeof v === 'string';

/** True when `layers` maps some known layer names to booleans, and nothing else. */
export function validLayers(layers) {
  return (
    isObject(layers) &&
    Object.entries(layers).every(([k, v]) => LAYERS.includes(k) && typeof v === 'boolean')
  );
}

/** True when `page` has the block-list shape the core reads (extract::Page). */
export function validPage(page) {
  if (!isObject(page) || !Array.isArray(page.nodes) || !Array.isArray(page.blocks)) return false;
  for (const key of ['url', 'title', 'lang']) if (page[key] !== undefined && !isStr(page[key])) return false;
  if (page.meta !== undefined && !(Array.isArray(page.meta) && page.meta.every((m) => Array.isArray(m) && m.length === 2 && m.every(isStr)))) return false;
  for (const key of ['json_ld', 'times']) if (page[key] !== undefined && !(Array.isArray(page[key]) && page[key].every(isStr))) return false;
  const n = page.nodes.length;
  const nodesOk = page.nodes.every(
    (node, i) =>
      isObject(node) && isStr(node.tag) && (node.attrs === undefined || isStr(node.attrs)) &&
      (node.role === undefined || isStr(node.role)) &&
      (node.parent === undefined || node.parent === null || (isInt(node.parent) && node.parent < i)),
  );
  return nodesOk && page.blocks.every((b) => isObject(b) && isInt(b.node) && b.node < n && isStr(b.text) && (b.link_chars === undefined || isU32(b.link_chars)));
}

/** Checks a message from the content script or popup; returns an error text or null. */
export function invalidMessage(msg) {
  if (!isObject(msg) || !isStr(msg.kind)) return 'not a Lede message';
  switch (msg.kind) {
    case MSG.ANNOTATE:
      return validPage(msg.page) ? null : 'the page block list has the wrong shape';
    case MSG.STATUS:
      return isInt(msg.warnings) ? null : 'warnings must be a count';
    case MSG.STATE:
    case MSG.RUN:
      return isInt(msg.tabId) ? null : 'tabId must be a tab id';
    case MSG.SET_LAYER:
      return isInt(msg.tabId) && LAYERS.includes(msg.layer) && typeof msg.on === 'boolean' && SCOPES.includes(msg.scope)
        ? null
        : 'set-layer needs tabId, layer, on and scope';
    case MSG.SET_AUTO:
      return isInt(msg.tabId) && typeof msg.on === 'boolean' ? null : 'set-auto needs tabId and on';
    default:
      return `unknown message kind ${msg.kind}`;
  }
}

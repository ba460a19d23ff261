// The background's gatekeeping, without a browser: `isOwnSender` answers
// only this extension's own scripts, and `invalidMessage` turns away every
// message whose shape is not one the extension's parts send — with a reason
// the background logs. Hostile shapes come from what a compromised or
// confused sender could post: wrong types, prototype keys, out-of-range
// indices, missing fields.

import test from 'node:test';
import assert from 'node:assert/strict';
import { MSG, invalidMessage, isOwnSender, validPage } from '../../extension/protocol.js';

const ID = 'lede-test-id';
const ORIGIN = 'chrome-extension://lede-test-id/';

const page = () => ({
  url: 'http://127.0.0.1/a.html',
  title: 'A',
  lang: 'en',
  meta: [['og:type', 'article']],
  json_ld: [],
  times: [],
  nodes: [{ tag: 'body', attrs: '', parent: null, role: '' }, { tag: 'p', attrs: '', parent: 0, role: '' }],
  blocks: [{ node: 1, text: 'Hello.', link_chars: 0 }],
});

test('only this extension\'s content scripts and pages are answered', () => {
  assert.ok(isOwnSender({ id: ID, tab: { id: 3 }, url: 'https://news.example/' }, ID, ORIGIN), 'our content script');
  assert.ok(isOwnSender({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN), 'our popup');
  for (const sender of [
    undefined,
    null,
    {},
    { id: 'another-extension', tab: { id: 3 } },
    { id: 'another-extension', url: `${ORIGIN}popup.html` },
    { id: ID, url: 'https://evil.example/' }, // no tab and not our origin
    { id: ID, url: 'chrome-extension://lede-test-id.evil.example/' },
    { id: ID },
    { url: `${ORIGIN}popup.html` },
  ]) {
    assert.equal(isOwnSender(sender, ID, ORIGIN), false, JSON.stringify(sender));
  }
});

test('every message the extension sends itself is accepted', () => {
  for (const msg of [
    { kind: MSG.ANNOTATE, page: page() },
    { kind: MSG.STATUS, warnings: 2 },
    { kind: MSG.STATE, tabId: 7 },
    { kind: MSG.RUN, tabId: 7 },
    { kind: MSG.SET_LAYER, tabId: 7, layer: 'speakers', on: false, scope: 'site' },
    { kind: MSG.SET_AUTO, tabId: 7, on: true },
  ]) {
    assert.equal(invalidMessage(msg), null, JSON.stringify(msg));
  }
});

test('messages of the wrong shape are turned away with a reason', () => {
  const bad = [
    null,
    'lede/annotate',
    [],
    { kind: 42 },
    { kind: 'lede/unknown' },
    { kind: '__proto__' },
    { kind: 'constructor' },
    { kind: MSG.ANNOTATE },
    { kind: MSG.ANNOTATE, page: 'html' },
    { kind: MSG.STATUS, warnings: -1 },
    { kind: MSG.STATUS, warnings: '3' },
    { kind: MSG.STATE, tabId: 1.5 },
    { kind: MSG.RUN, tabId: '7' },
    { kind: MSG.SET_LAYER, tabId: 7, layer: '__proto__', on: true, scope: 'tab' },
    { kind: MSG.SET_LAYER, tabId: 7, layer: 'speakers', on: 'yes', scope: 'tab' },
    { kind: MSG.SET_LAYER, tabId: 7, layer: 'speakers', on: true, scope: 'everywhere' },
    { kind: MSG.SET_AUTO, tabId: 7 },
  ];
  for (const msg of bad) {
    const reason = invalidMessage(msg);
    assert.equal(typeof reason, 'string', JSON.stringify(msg));
    assert.ok(reason.length > 5, 'a reason a developer can read');
  }
});

test('hostile block lists are rejected before they reach the core', () => {
  const broken = [
    (p) => (p.nodes = {}),
    (p) => (p.blocks = null),
    (p) => (p.nodes[1].parent = 1), // itself
    (p) => (p.nodes[1].parent = 5), // forward
    (p) => (p.nodes[1].parent = -1),
    (p) => (p.nodes[1].tag = { toString: () => 'p' }),
    (p) => (p.blocks[0].node = 2), // past the end
    (p) => (p.blocks[0].node = 0.5),
    (p) => (p.blocks[0].text = ['Hello.']),
    (p) => (p.blocks[0].link_chars = -3),
    (p) => (p.blocks[0].link_chars = 2 ** 32), // more than the core's u32 holds
    (p) => (p.meta = [['only-one']]),
    (p) => (p.meta = [[1, 2]]),
    (p) => (p.json_ld = [{}]),
    (p) => (p.url = 7),
    (p) => p.nodes.push(null),
    (p) => p.blocks.push([1, 'x', 0]),
  ];
  for (const breakIt of broken) {
    const p = page();
    breakIt(p);
    assert.equal(validPage(p), false, breakIt.toString());
    assert.match(invalidMessage({ kind: MSG.ANNOTATE, page: p }), /wrong shape/);
  }
  assert.equal(validPage(page()), true);
});

// A pasted page made safe to read: the HTML is parsed by DOMParser into a
// detached document (no scripts run, nothing loads), then copied element by
// element into an empty, invisible, same-origin frame — tags and a few
// attributes only, never markup — so that the extension's own block
// collector (overlay/collect.js), which needs layout to tell what a reader
// sees, can read it as it reads a live page.

import { collectPage } from './overlay/collect.js';

/** Elements that could run, load or embed something; dropped with their contents. */
const DROP = new Set([
  'script', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'link', 'base',
  'img', 'picture', 'source', 'track', 'video', 'audio', 'canvas', 'svg', 'math', 'template',
  'input', 'button', 'select', 'textarea', 'form', 'portal',
]);

/** The attributes the collector and the core read; no URLs, no handlers. */
const KEEP = new Set([
  'class', 'id', 'role', 'itemprop', 'lang', 'hidden', 'aria-hidden', 'datetime', 'name', 'property', 'content', 'style',
]);

/** Copies `from`'s children into `to` (an element of `doc`): elements, attributes from KEEP, text. */
function copyChildren(doc, from, to) {
  for (let node = from.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(doc.createTextNode(node.data));
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const tag = node.localName;
    if (tag === 'script' && (node.getAttribute('type') || '').trim().toLowerCase() === 'application/ld+json') {
      const data = doc.createElement('script');
      data.type = 'application/ld+json'; // a data block: never run
      data.textContent = node.textContent;
      to.append(data);
      continue;
    }
    if (DROP.has(tag) || (tag === 'meta' && node.hasAttribute('http-equiv'))) continue;
    let copy;
    try {
      copy = doc.createElement(tag);
    } catch {
      copyChildren(doc, node, to); // a name createElement refuses: keep the text
      continue;
    }
    for (const { name, value } of node.attributes) if (KEEP.has(name)) copy.setAttribute(name, value);
    if (tag === 'style') copy.textContent = node.textContent;
    else copyChildren(doc, node, copy);
    to.append(copy);
  }
}

/**
 * The page block list (`extract::Page`) of an HTML string, read by the
 * extension's collector from an inert copy. Returns `{page, title}`.
 */
export function pageFromHtml(html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Laid out (the collector asks what is visible) but off screen.
  Object.assign(frame.style, { position: 'absolute', left: '-20000px', top: '0', width: '1200px', height: '900px', border: '0' });
  document.body.append(frame);
  try {
    const doc = frame.contentDocument;
    const lang = parsed.documentElement.getAttribute('lang');
    if (lang) doc.documentElement.setAttribute('lang', lang);
    doc.head.replaceChildren();
    doc.body.replaceChildren();
    copyChildren(doc, parsed.head, doc.head);
    copyChildren(doc, parsed.body, doc.body);
    const { page } = collectPage(doc, doc.body);
    return { page, title: parsed.title };
  } finally {
    frame.remove();
  }
}

/** True when the input looks like a page's HTML rather than plain text. */
export function looksLikeHtml(input) {
  const head = input.trimStart().slice(0, 512).toLowerCase();
  return /^<(!doctype html|html|head|body|article|main|div|p|section|h[1-6])[\s>]/.test(head);
}

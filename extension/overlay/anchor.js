// Anchor: turn a span of the article text (UTF-16 offsets, as the core
// hands them to JavaScript) into DOM Ranges over the page's own text nodes.
//
// First by offsets: paragraph → page block → the text node and offset each
// unit of the block came from (kept by collect.js). The range is checked
// against the span's text; when the page has changed since it was
// collected, fall back to searching the span's text in the live page
// (Hypothesis-style), nearest the expected place. A miss gives no range —
// never an exception — and the mark is simply skipped.

import { collectPage, sourceOf } from './collect.js';

const fold = (s) => s.replace(/\s+/g, ' ').trim();

/** The last paragraph index whose start is at or before `offset`. */
function paragraphAt(paragraphs, offset) {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** A Range over units [from, to) of a collected block, or null. */
function blockRange(doc, block, from, to) {
  let s = from;
  while (s < to && !sourceOf(block, s)) s++;
  let e = to - 1;
  while (e >= s && !sourceOf(block, e)) e--;
  if (s > e) return null;
  const start = sourceOf(block, s);
  const end = sourceOf(block, e);
  if (!start.node.isConnected || !end.node.isConnected) return null;
  if (start.offset >= start.node.length || end.offset >= end.node.length) return null;
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset + 1);
  return range;
}

/** Every occurrence of `needle` in `hay`. */
function occurrences(hay, needle) {
  const found = [];
  if (!needle) return found;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Prepares anchoring for one answer. `blocks` are the collected blocks the
 * page JSON was built from; `annotations` the core's answer for it.
 * Returns `anchor(span) → Range[]` (one range per paragraph the span
 * crosses; empty when the text cannot be found).
 */
export function createAnchorer(doc, blocks, annotations) {
  const text = annotations.text || '';
  const paragraphs = (annotations.paragraphs || []).map((p) => {
    const block = Number.isInteger(p.block) ? blocks[p.block] : undefined;
    const ptext = text.slice(p.start, p.end);
    const shift = block ? (block.text === ptext ? 0 : block.text.indexOf(ptext)) : -1;
    return { start: p.start, end: p.end, block, shift };
  });
  let fresh = null; // the live page, collected again only when needed

  const byOffsets = (start, end) => {
    const ranges = [];
    for (let i = Math.max(0, paragraphAt(paragraphs, start)); i < paragraphs.length; i++) {
      const p = paragraphs[i];
      if (p.start >= end) break;
      const s = Math.max(start, p.start);
      const e = Math.min(end, p.end);
      if (s >= e) continue;
      if (!p.block || p.shift < 0) return null;
      const range = blockRange(doc, p.block, s - p.start + p.shift, e - p.start + p.shift);
      if (!range) return null;
      ranges.push(range);
    }
    const want = fold(text.slice(start, end));
    const got = fold(ranges.map((r) => r.toString()).join(' '));
    return ranges.length && got === want ? ranges : null;
  };

  const bySearch = (start, end) => {
    const want = fold(text.slice(start, end));
    if (!want) return [];
    if (!fresh) fresh = collectPage(doc).blocks;
    // Nearest occurrence to where the span's paragraph said it would be.
    const expectedBlock = paragraphs[paragraphAt(paragraphs, start)]?.block;
    let best = null;
    fresh.forEach((block, index) => {
      for (const at of occurrences(block.text, want)) {
        const score = (block.element === expectedBlock?.element ? 0 : 1e6) + index;
        if (!best || score < best.score) best = { block, at, score };
      }
    });
    if (!best) return [];
    const range = blockRange(doc, best.block, best.at, best.at + want.length);
    return range ? [range] : [];
  };

  return (span) => {
    if (!span || !(span.end > span.start)) return [];
    try {
      return byOffsets(span.start, span.end) || bySearch(span.start, span.end);
    } catch {
      return [];
    }
  };
}

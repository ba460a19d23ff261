// The article as the playground shows it: built from the core's answer
// (its text and paragraphs) with text nodes only, then handed to the
// extension's overlay, which collects it back as blocks. `pointAt` ties
// each paragraph of the answer to the block the overlay collected for it,
// so the overlay anchors by offsets, as it does on a live page.

import { h } from './overlay/dom.js';

const fold = (s) => s.replace(/\s+/g, ' ').trim();

/** A paragraph's text as nodes: line breaks inside it become <br>. */
function lines(doc, text) {
  return text.split('\n').flatMap((line, i) => (i ? [h(doc, 'br'), line] : [line]));
}

/**
 * Fills `head` (title, byline, date) and `body` (one element per
 * paragraph: h3 for headings, blockquote, p) from `annotations`.
 */
export function renderArticle(doc, head, body, annotations) {
  const text = annotations.text || '';
  const paragraphs = annotations.paragraphs || [];
  const titleInText = paragraphs.some((p) => p.heading && fold(text.slice(p.start, p.end)) === fold(annotations.title || ''));
  const meta = [annotations.byline, annotations.published].filter(Boolean).join(' · ');
  head.replaceChildren(
    ...(annotations.title && !titleInText ? [h(doc, 'h2', {}, [annotations.title])] : []),
    ...(meta ? [h(doc, 'p', {}, [meta])] : []),
  );
  body.replaceChildren(
    ...paragraphs.map((p) => {
      const tag = p.heading ? 'h3' : p.blockquote ? 'blockquote' : 'p';
      return h(doc, tag, {}, lines(doc, text.slice(p.start, p.end)));
    }),
  );
}

/**
 * `annotations` with each paragraph pointed at its block in `page` (the
 * block list the overlay collected from the rendered article): blocks and
 * paragraphs come in the same order, so one forward walk pairs them. A
 * paragraph with no block is left without one; the overlay then finds its
 * spans by searching the text.
 */
export function pointAt(annotations, page) {
  const text = annotations.text || '';
  const blocks = page.blocks || [];
  let next = 0;
  const paragraphs = (annotations.paragraphs || []).map((p) => {
    const want = fold(text.slice(p.start, p.end));
    for (let b = next; b < blocks.length; b++) {
      if (fold(blocks[b].text) === want) {
        next = b + 1;
        return { ...p, block: b };
      }
    }
    return { ...p, block: undefined };
  });
  return { ...annotations, paragraphs };
}

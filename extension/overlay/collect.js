// Collect: reduce a live document to the block list the core reads
// (`extract::Page`), and remember which text nodes each block's text came
// from, so that offsets in the answer can be turned back into DOM ranges.
//
// A block is the visible text of one block-level element that is not inside
// a nested block-level element: a paragraph, heading, list item, caption or
// a div's direct text. White space is folded to single spaces, `<br>` gives
// "\n", and for every UTF-16 unit of a block's text we keep the text node
// and offset it came from (`sourceOf`).

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object',
  'embed', 'video', 'audio', 'img', 'picture', 'input', 'select', 'textarea', 'button', 'head',
]);

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'caption', 'legend',
]);

/** True when `el` (an Element) takes no part in what the reader sees. */
function hidden(el) {
  if (el.hidden || el.getAttribute('aria-hidden') === 'true') return true;
  if (typeof el.checkVisibility === 'function') return !el.checkVisibility();
  const style = el.ownerDocument.defaultView.getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** Space, tab, newline, carriage return and form feed: they fold together. */
const FOLDED_SPACE = /[ \t\n\r\f]+/g;

/**
 * A block being built: its folded text and where each UTF-16 unit of it
 * came from, kept as segments — stretches of units taken from one text
 * node at consecutive offsets (`node` null for a synthetic "\n"). Most text
 * nodes give a single segment, so this costs per node, not per unit.
 */
class Run {
  constructor(nodeIndex) {
    this.node = nodeIndex;
    this.text = '';
    this.segments = []; // {at: first unit in `text`, node, offset: that unit's offset in `node`}
    this.linkChars = 0;
    this.pendingSpace = null; // [textNode, offset] of a white-space run not yet written
  }

  addText(textNode, inLink) {
    const data = textNode.data;
    let from = 0;
    FOLDED_SPACE.lastIndex = 0;
    for (let m = FOLDED_SPACE.exec(data); m; m = FOLDED_SPACE.exec(data)) {
      if (m.index > from) this.addWord(textNode, from, m.index, inLink);
      if (this.text.length > 0 && this.pendingSpace === null) this.pendingSpace = [textNode, m.index];
      from = m.index + m[0].length;
    }
    if (from < data.length) this.addWord(textNode, from, data.length, inLink);
  }

  /** Units [from, to) of `textNode`, none of them white space, after any pending space. */
  addWord(textNode, from, to, inLink) {
    if (this.pendingSpace) this.push(' ', this.pendingSpace[0], this.pendingSpace[1], inLink);
    this.pendingSpace = null;
    this.push(textNode.data.slice(from, to), textNode, from, inLink);
  }

  addBreak() {
    this.pendingSpace = null;
    if (this.text.length > 0 && !this.text.endsWith('\n')) this.push('\n', null, 0, false);
  }

  push(units, node, offset, inLink) {
    const last = this.segments[this.segments.length - 1];
    const continues = node !== null && last?.node === node && last.offset + (this.text.length - last.at) === offset;
    if (!continues) this.segments.push({ at: this.text.length, node, offset });
    this.text += units;
    if (inLink) this.linkChars += units.length;
  }

  /** The block's text with no trailing break. */
  finish() {
    while (this.text.endsWith('\n')) {
      this.text = this.text.slice(0, -1);
      // A synthetic "\n" is a segment of its own.
      this.segments.pop();
    }
    return this;
  }
}

/**
 * Where unit `unit` of a collected block's text came from: `{node, offset}`
 * in the page, or null for a synthetic "\n" (or a unit out of range).
 */
export function sourceOf(block, unit) {
  const { segments } = block;
  if (!(unit >= 0 && unit < block.text.length)) return null;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].at <= unit) lo = mid;
    else hi = mid - 1;
  }
  const segment = segments[lo];
  return segment.node ? { node: segment.node, offset: segment.offset + (unit - segment.at) } : null;
}

function attrsOf(el) {
  const parts = [];
  if (typeof el.className === 'string' && el.className) parts.push(el.className);
  if (el.id) parts.push(el.id);
  return parts.join(' ').toLowerCase().replace(/\s+/g, ' ').trim();
}

function roleOf(el) {
  return (el.getAttribute('role') || el.getAttribute('itemprop') || '').toLowerCase();
}

/**
 * Builds the page block list from `root` (the document's body by default).
 *
 * Returns `{page, blocks}`: `page` is the JSON the core reads; `blocks[i]`
 * holds block i's `element`, `text` and the `segments` `sourceOf` reads.
 */
export function collectPage(doc, root = doc.body) {
  const nodes = [];
  const blocks = [];
  const elements = [];

  const addNode = (el, parent) => {
    nodes.push({ tag: el.localName, attrs: attrsOf(el), parent, role: roleOf(el) });
    elements.push(el);
    return nodes.length - 1;
  };
  const flush = (run) => {
    run.finish();
    if (run.text.trim().length > 0) {
      blocks.push({ element: elements[run.node], node: run.node, text: run.text, segments: run.segments, linkChars: run.linkChars });
    }
  };

  // Walks the children of a block element; inline children join the
  // current run, block children start their own.
  const walkBlock = (el, parent) => {
    const index = addNode(el, parent);
    let run = new Run(index);
    const walkChildren = (node, inLink) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) {
          run.addText(child, inLink);
        } else if (child.nodeType === 1) {
          const tag = child.localName;
          if (SKIP.has(tag) || hidden(child)) continue;
          if (tag === 'br') {
            run.addBreak();
          } else if (BLOCK.has(tag)) {
            flush(run);
            walkBlock(child, index);
            run = new Run(index);
          } else {
            walkChildren(child, inLink || tag === 'a');
          }
        }
      }
    };
    walkChildren(el, false);
    flush(run);
  };
  if (root) walkBlock(root, null);

  const page = {
    url: doc.location ? String(doc.location.href) : '',
    title: doc.title || '',
    lang: (doc.documentElement.getAttribute('lang') || '').toLowerCase(),
    meta: [],
    json_ld: [],
    times: [],
    nodes,
    blocks: blocks.map((b) => ({ node: b.node, text: b.text, link_chars: b.linkChars })),
  };
  for (const m of doc.querySelectorAll('meta[content]')) {
    const key = (m.getAttribute('name') || m.getAttribute('property') || m.getAttribute('itemprop') || '').toLowerCase();
    if (key) page.meta.push([key, m.getAttribute('content')]);
  }
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) page.json_ld.push(s.textContent || '');
  for (const t of doc.querySelectorAll('time[datetime]')) page.times.push(t.getAttribute('datetime'));
  return { page, blocks };
}

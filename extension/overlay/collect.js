// Collect: reduce a live document to the block list the core reads
// (`extract::Page`), and remember which text nodes each block's text came
// from, so that offsets in the answer can be turned back into DOM ranges.
//
// A block is the visible text of one block-level element that is not inside
// a nested block-level element: a paragraph, heading, list item, caption or
// a div's direct text. White space is folded to single spaces, `<br>` gives
// "\n", and for every UTF-16 unit of a block's text we keep the text node
// and offset it came from.

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

/**
 * A block being built: its folded text and, per UTF-16 unit, where it came
 * from (`nodes[i]` and `offsets[i]`; `null` for a synthetic "\n" or space).
 */
class Run {
  constructor(nodeIndex) {
    this.node = nodeIndex;
    this.text = '';
    this.nodes = [];
    this.offsets = [];
    this.linkChars = 0;
    this.pendingSpace = null;
  }

  addText(textNode, inLink) {
    const data = textNode.data;
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      // Space, tab, newline, carriage return, form feed fold together.
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
        if (this.text.length > 0 && this.pendingSpace === null) this.pendingSpace = [textNode, i];
        continue;
      }
      if (this.pendingSpace) this.push(' ', this.pendingSpace[0], this.pendingSpace[1], inLink);
      this.pendingSpace = null;
      this.push(data[i], textNode, i, inLink);
    }
  }

  addBreak() {
    this.pendingSpace = null;
    if (this.text.length > 0 && !this.text.endsWith('\n')) this.push('\n', null, 0, false);
  }

  push(ch, node, offset, inLink) {
    this.text += ch;
    this.nodes.push(node);
    this.offsets.push(offset);
    if (inLink) this.linkChars += 1;
  }

  /** The block's text with no trailing break. */
  finish() {
    while (this.text.endsWith('\n')) {
      this.text = this.text.slice(0, -1);
      this.nodes.pop();
      this.offsets.pop();
    }
    return this;
  }
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
 * holds block i's `element`, `text` and per-unit `nodes`/`offsets`.
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
      blocks.push({ element: elements[run.node], node: run.node, text: run.text, nodes: run.nodes, offsets: run.offsets, linkChars: run.linkChars });
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

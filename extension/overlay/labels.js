// Speaker labels: a small tag after each quotation naming who said it ("?"
// when nobody is named), one colour per speaker. Placed from the quote's
// client rects (the last one, for a quote that wraps) and placed again on
// scroll, resize and page changes.
//
// Placing reads every quote's rects first and only then moves labels:
// interleaving the two would make each read wait for a fresh layout of the
// whole page, which on a long article costs seconds.

import { h } from './dom.js';

/**
 * An empty set of labels in `layer`. `add(quotes)` makes the labels of
 * more quotations (unplaced: hidden until the next `place()`), `place()`
 * positions all of them, `count` says how many there are.
 */
export function createLabels(doc, layer) {
  const win = doc.defaultView;
  const labels = []; // {el, range, left, top}

  const add = (quotes) => {
    for (const q of quotes) {
      if (!q.ranges.length) continue;
      const [bg, fg] = q.speaker.colour;
      const said = q.speaker.known ? `Quotation by ${q.speaker.name}${q.speaker.role ? `, ${q.speaker.role}` : ''}` : 'Quotation with no named speaker';
      const el = h(doc, 'span', { class: 'label', role: 'note', 'aria-label': said, title: said, hidden: true, style: { background: bg, color: fg }, 'data-quote': String(q.index) }, [q.speaker.known ? q.speaker.name : '?']);
      layer.append(el);
      labels.push({ el, range: q.ranges[q.ranges.length - 1], left: null, top: null });
    }
  };

  const place = () => {
    const sx = win.scrollX;
    const sy = win.scrollY;
    // Read: one layout serves every rect.
    const spots = labels.map(({ range }) => {
      if (!range.startContainer.isConnected) return null;
      const rects = range.getClientRects();
      const last = rects[rects.length - 1];
      return last && (last.width || last.height) ? { left: Math.round(last.right + sx + 3), top: Math.round(last.top + sy) } : null;
    });
    // Write: only what moved, so a scroll that moves nothing costs no layout.
    labels.forEach((label, i) => {
      const spot = spots[i];
      if (label.el.hidden !== !spot) label.el.hidden = !spot;
      if (!spot || (spot.left === label.left && spot.top === label.top)) return;
      label.el.style.left = `${spot.left}px`;
      label.el.style.top = `${spot.top}px`;
      label.left = spot.left;
      label.top = spot.top;
    });
  };

  return {
    add,
    place,
    get count() {
      return labels.length;
    },
  };
}

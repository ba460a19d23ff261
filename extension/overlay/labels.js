// Speaker labels: a small tag after each quotation naming who said it ("?"
// when nobody is named), one colour per speaker. Placed from the quote's
// client rects (the last one, for a quote that wraps) and placed again on
// scroll, resize and page changes.

import { h } from './dom.js';

/** Builds one label per quote in `layer`; returns `place()` to reposition them all. */
export function createLabels(doc, layer, quotes) {
  const win = doc.defaultView;
  const labels = quotes
    .filter((q) => q.ranges.length > 0)
    .map((q) => {
      const [bg, fg] = q.speaker.colour;
      const said = q.speaker.known ? `Quotation by ${q.speaker.name}${q.speaker.role ? `, ${q.speaker.role}` : ''}` : 'Quotation with no named speaker';
      const el = h(doc, 'span', { class: 'label', role: 'note', 'aria-label': said, title: said, style: { background: bg, color: fg }, 'data-quote': String(q.index) }, [q.speaker.known ? q.speaker.name : '?']);
      layer.append(el);
      return { el, range: q.ranges[q.ranges.length - 1] };
    });

  const place = () => {
    const sx = win.scrollX;
    const sy = win.scrollY;
    for (const { el, range } of labels) {
      const rects = range.getClientRects();
      const last = rects[rects.length - 1];
      if (!last || (last.width === 0 && last.height === 0) || !range.startContainer.isConnected) {
        el.hidden = true;
        continue;
      }
      el.hidden = false;
      el.style.left = `${Math.round(last.right + sx + 3)}px`;
      el.style.top = `${Math.round(last.top + sy)}px`;
    }
  };
  place();
  return { place, count: labels.length };
}

// Cards: what a mark means, shown on hover (or when a panel item has
// focus). For an entity: its name, type, role, description, Wikipedia link
// and its quotations in this article. For a warning: its message and the
// evidence. For a speaker: who, and the quotation in view.

import { h } from './dom.js';
import { ENTITY_STYLE } from './palette.js';

const MAX_QUOTE = 220;
const clip = (s) => (s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 1)}…` : s);

/** Only real https links to Wikipedia become anchors. */
function safeLink(link) {
  try {
    const url = new URL(link);
    return url.protocol === 'https:' && /(^|\.)wikipedia\.org$/.test(url.hostname) ? url.href : null;
  } catch {
    return null;
  }
}

/** A warning kind as words: "unattributed_quote" → "Unattributed quote". */
export function kindWords(kind) {
  const words = String(kind).replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function entityCard(doc, { entity, quotes }) {
  const style = ENTITY_STYLE[entity.type] || ENTITY_STYLE.other;
  const link = entity.link && safeLink(entity.link);
  return [
    h(doc, 'h3', {}, [entity.name]),
    h(doc, 'p', { class: 'kind' }, [
      h(doc, 'span', { class: 'swatch', 'aria-hidden': 'true', style: { borderBottomStyle: style.line, borderBottomColor: style.colour } }),
      style.label,
      entity.role ? ` · ${entity.role}` : '',
    ]),
    entity.description ? h(doc, 'p', {}, [entity.description]) : null,
    link ? h(doc, 'p', {}, [h(doc, 'a', { href: link, target: '_blank', rel: 'noopener noreferrer' }, ['Wikipedia: ', entity.name])]) : null,
    quotes.length ? h(doc, 'p', {}, [`Quoted ${quotes.length} time${quotes.length === 1 ? '' : 's'} in this article:`]) : null,
    ...quotes.slice(0, 3).map((q) => h(doc, 'blockquote', {}, [clip(q.text)])),
  ];
}

function warningCard(doc, { warning, evidence }) {
  return [
    h(doc, 'h3', {}, [kindWords(warning.kind)]),
    h(doc, 'p', { class: 'kind' }, [`Severity: ${warning.severity}`]),
    h(doc, 'p', {}, [warning.message]),
    evidence.length ? h(doc, 'p', {}, ['Evidence:']) : null,
    ...evidence.slice(0, 4).map((e) => h(doc, 'blockquote', {}, [clip(e)])),
  ];
}

function speakerCard(doc, { speaker, quote }) {
  return [
    h(doc, 'h3', {}, [speaker.known ? speaker.name : 'Unnamed speaker']),
    h(doc, 'p', { class: 'kind' }, [speaker.role || speaker.kind, ` · ${speaker.quotes.length} quotation${speaker.quotes.length === 1 ? '' : 's'}`]),
    quote ? h(doc, 'blockquote', {}, [clip(quote.text)]) : null,
  ];
}

/** The one card of an overlay: `show(item, rect)` and `hide()`. */
export function createCard(doc, layer) {
  const win = doc.defaultView;
  const el = h(doc, 'div', { class: 'card', role: 'dialog', 'aria-live': 'polite', hidden: true });
  layer.append(el);
  let current = null;
  return {
    el,
    get current() {
      return current;
    },
    show(item, rect) {
      const content = item.entity ? entityCard(doc, item) : item.warning ? warningCard(doc, item) : speakerCard(doc, item);
      el.replaceChildren(...content.filter(Boolean));
      el.setAttribute('aria-label', item.entity ? item.entity.name : item.warning ? kindWords(item.warning.kind) : item.speaker.name);
      el.hidden = false;
      const width = Math.min(320, win.innerWidth - 16);
      const left = Math.max(8, Math.min(rect.left, win.innerWidth - width - 8));
      el.style.left = `${Math.round(left + win.scrollX)}px`;
      el.style.top = `${Math.round(rect.bottom + win.scrollY + 6)}px`;
      current = item;
    },
    hide() {
      el.hidden = true;
      current = null;
    },
  };
}

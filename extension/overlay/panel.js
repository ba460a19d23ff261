// The side panel: every finding as a list of buttons — speakers with their
// quotation counts, entities by type, warnings — each taking the reader to
// its place in the article. Keyboard: Tab or the arrow keys move between
// items, Enter/Space go to the place, Escape closes the panel. A polite
// live region says what was found.

import { h } from './dom.js';
import { ENTITY_STYLE } from './palette.js';
import { kindWords } from './card.js';

const TYPE_HEADINGS = [
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['place', 'Places'],
  ['other', 'Other names'],
];

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** A one-sentence summary of what the overlay shows, for the live region. */
export function summary(view) {
  if (view.notice) return view.notice;
  return `Lede found ${plural(view.quotes.length, 'quotation', 'quotations')} from ${plural(view.speakers.length, 'speaker', 'speakers')}, ${plural(view.entities.length, 'named entity', 'named entities')} and ${plural(view.warnings.length, 'warning', 'warnings')}.`;
}

/**
 * Builds the panel in `layer` for `view`. `go(item)` is called when the
 * reader activates an item; `focus(item)` when one gains focus.
 */
export function createPanel(doc, layer, view, { go, focus }) {
  const status = h(doc, 'p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const items = [];
  const button = (item, label, children) => {
    const b = h(doc, 'button', { type: 'button', 'aria-label': label, onclick: () => go(item), onfocus: () => focus(item) }, children);
    items.push(b);
    return h(doc, 'li', {}, [b]);
  };
  const section = (title, entries, empty) => [
    h(doc, 'h3', {}, [title]),
    entries.length ? h(doc, 'ul', {}, entries) : h(doc, 'p', { class: 'empty' }, [empty]),
  ];

  const speakers = view.speakers.map((s) =>
    button(s, `${s.known ? s.name : 'Unnamed speaker'}${s.role ? `, ${s.role}` : ''}: ${plural(s.quotes.length, 'quotation', 'quotations')}`, [
      h(doc, 'span', { class: 'dot', 'aria-hidden': 'true', style: { background: s.colour[0] } }),
      h(doc, 'span', {}, [s.known ? s.name : '? (no named speaker)']),
      h(doc, 'span', { class: 'count', 'aria-hidden': 'true' }, [String(s.quotes.length)]),
    ]),
  );
  const entitySections = TYPE_HEADINGS.flatMap(([type, heading]) => {
    const ofType = view.entities.filter((e) => (ENTITY_STYLE[e.entity.type] ? e.entity.type : 'other') === type);
    if (!ofType.length) return [];
    const style = ENTITY_STYLE[type];
    return section(
      heading,
      ofType.map((e) =>
        button(e, `${e.entity.name}, ${style.label}${e.entity.role ? `, ${e.entity.role}` : ''}: ${plural(e.entity.mentions.length, 'mention', 'mentions')}`, [
          h(doc, 'span', { class: 'line', 'aria-hidden': 'true', style: { borderBottomStyle: style.line, borderBottomColor: style.colour } }),
          h(doc, 'span', {}, [e.entity.name]),
          h(doc, 'span', { class: 'count', 'aria-hidden': 'true' }, [String(e.entity.mentions.length)]),
        ]),
      ),
      '',
    );
  });
  const warnings = view.warnings.map((w) =>
    button(w, `${w.warning.severity}: ${w.warning.message}`, [
      h(doc, 'span', { class: 'severity' }, [w.warning.severity]),
      h(doc, 'span', {}, [w.warning.message]),
    ]),
  );

  const close = h(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close the Lede panel' }, ['×']);
  const panel = h(doc, 'aside', { class: 'panel', role: 'complementary', 'aria-label': 'Lede: speakers, names and warnings in this article' }, [
    h(doc, 'header', {}, [h(doc, 'h2', {}, ['Lede']), close]),
    status,
    ...(view.notice ? [] : [
      ...section('Speakers', speakers, 'No quotations found.'),
      ...(entitySections.length ? entitySections : section('Names', [], 'No people, organisations or places found.')),
      ...section('Warnings', warnings, 'Nothing to flag.'),
    ]),
  ]);
  const launcher = h(doc, 'button', { type: 'button', class: 'launcher', hidden: true, 'aria-label': `Open the Lede panel: ${summary(view)}` }, [
    `Lede · ${plural(view.warnings.length, 'warning', 'warnings')}`,
  ]);

  const setOpen = (open) => {
    panel.hidden = !open;
    launcher.hidden = open;
    (open ? close : launcher).focus({ preventScroll: true });
  };
  close.addEventListener('click', () => setOpen(false));
  launcher.addEventListener('click', () => setOpen(true));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const at = items.indexOf(event.target);
      if (at < 0 && items.length === 0) return;
      event.preventDefault();
      const next = at < 0 ? 0 : (at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items[next].focus();
    }
  });
  layer.append(panel, launcher);
  return {
    panel,
    launcher,
    status,
    /** Says what was found; called once the panel is on the page and drawing is done, so screen readers announce it. */
    announce() {
      status.textContent = summary(view);
    },
  };
}

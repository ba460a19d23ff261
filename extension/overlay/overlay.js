// The overlay: given a document and an `annotate` provider (page block list
// → the core's `{article, annotations}` or `{notice}`), collect the page,
// ask, anchor the answer to the page's text and draw it — marks, speaker
// labels, cards and the side panel — with each layer switchable without
// asking again. No extension APIs here: the extension's content script
// and the playground page (www/) both use this module unchanged, each with
// its own provider.
//
// Never breaks the page: marks are painted (CSS highlights), everything
// else lives in one shadow host on <html> that is removed when every layer
// is off, so the page DOM is then exactly as found.

import { collectPage } from './collect.js';
import { createAnchorer } from './anchor.js';
import { createHighlights } from './highlights.js';
import { createShadow } from './shadow.js';
import { createLabels } from './labels.js';
import { createCard } from './card.js';
import { createPanel, summary } from './panel.js';
import { h } from './dom.js';
import { SPEAKER_COLOURS, UNKNOWN_SPEAKER } from './palette.js';

/** Every layer, shown. */
export const ALL_LAYERS = Object.freeze({ speakers: true, entities: true, warnings: true, panel: true });

const ENTITY_KINDS = ['person', 'organization', 'place', 'other'];
/** A changed article is annotated again once it has been still this long… */
const REANNOTATE_AFTER_MS = 400;
/** …but a page that never stops changing (a live blog, a ticking clock
 * inside the article) is re-annotated at least this often. */
const REANNOTATE_AT_MOST_MS = 3000;
/**
 * Speaker labels made per slice of drawing. Labels are the one part of the
 * drawing whose cost (elements, style, layout, rect reads) grows with the
 * article; a slice this size keeps each task short on a 50,000-word paste.
 */
const LABELS_PER_SLICE = 100;
/**
 * How long one task of the overlay may run before the page gets a turn.
 * A short article is anchored and drawn in one task, so its first frame
 * shows everything; a long one is cut into tasks no longer than this.
 */
const TASK_BUDGET_MS = 8;

const flat = (lists) => lists.flat();

/** The answer, anchored: what every part of the overlay draws from. */
export function buildView(answer, anchor) {
  const empty = { entities: [], quotes: [], warnings: [], speakers: [] };
  if (!answer || answer.notice) return { ...empty, notice: answer?.notice || 'Lede found no article on this page.' };
  const a = answer.annotations;
  if (a.notice) return { ...empty, notice: a.notice };
  const text = a.text || '';

  const entities = (a.entities || []).map((entity) => {
    const places = entity.mentions.map(anchor).filter((r) => r.length);
    return { entity, places, ranges: flat(places), quotes: [] };
  });
  const byId = new Map(entities.map((e) => [e.entity.id, e]));

  const speakers = [];
  const speakerByKey = new Map();
  const quotes = (a.quotes || []).map((quote, index) => {
    const known = !!quote.speaker_name && quote.speaker_kind !== 'unknown';
    const key = known ? quote.speaker || `name:${quote.speaker_name}` : '?';
    let speaker = speakerByKey.get(key);
    if (!speaker) {
      const entity = quote.speaker ? byId.get(quote.speaker) : undefined;
      const colour = known ? SPEAKER_COLOURS[speakers.filter((s) => s.known).length % SPEAKER_COLOURS.length] : UNKNOWN_SPEAKER;
      speaker = { key, known, name: known ? quote.speaker_name : '?', role: quote.speaker_role || entity?.entity.role || '', kind: quote.speaker_kind, colour, quotes: [], places: [], entity };
      speakerByKey.set(key, speaker);
      speakers.push(speaker);
    }
    const ranges = anchor({ start: quote.start, end: quote.end });
    const item = { index, quote, speaker, ranges, text: quote.text };
    speaker.quotes.push(item);
    if (ranges.length) speaker.places.push(ranges);
    if (speaker.entity) speaker.entity.quotes.push(quote);
    return item;
  });

  const warnings = (a.warnings || []).map((warning) => {
    const places = warning.spans.map(anchor).filter((r) => r.length);
    const evidence = warning.spans.map((s) => text.slice(s.start, s.end));
    return { warning, places, ranges: flat(places), evidence };
  });
  return { notice: null, entities, quotes, warnings, speakers };
}

/** Where the pointer is in the page's text: a text node and offset, or null. */
function caretAt(doc, x, y) {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p && { node: p.offsetNode, offset: p.offset };
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const r = doc.caretRangeFromPoint(x, y);
    return r && { node: r.startContainer, offset: r.startOffset };
  }
  return null;
}

const inside = (rect, x, y) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/**
 * Gives the page a turn between slices of drawing: input, rendering and its
 * own tasks run before the next slice. A timer, not `scheduler.yield()`:
 * Chromium runs yield continuations ahead of input and frames, and a page
 * drawing a long article that way rendered a third as many frames.
 */
function yieldToPage(win) {
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/**
 * Yields to the page only when the task that is running began more than
 * TASK_BUDGET_MS ago (`since`, a performance.now() time); resolves to when
 * the task now running began.
 */
async function yieldIfLong(win, since) {
  if (win.performance.now() - since < TASK_BUDGET_MS) return since;
  await yieldToPage(win);
  return win.performance.now();
}

/** `quotes` with those on screen first, so a long article shows its labels where the reader is looking first. */
function onScreenFirst(win, quotes) {
  const onScreen = [];
  const later = [];
  for (const q of quotes) {
    const rect = q.ranges[0]?.getBoundingClientRect();
    (rect && rect.bottom >= 0 && rect.top <= win.innerHeight ? onScreen : later).push(q);
  }
  return onScreen.concat(later);
}

/** Text nodes a range touches. */
function textNodesOf(range) {
  const start = range.startContainer;
  if (start === range.endContainer) return start.nodeType === 3 ? [start] : [];
  const nodes = [];
  const root = range.commonAncestorContainer;
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) nodes.push(n);
  return nodes;
}

/** The smallest element holding every block the article came from. */
function containerOf(doc, answer, blocks) {
  const elements = (answer?.annotations?.paragraphs || []).map((p) => blocks[p.block]?.element).filter(Boolean);
  if (!elements.length) return doc.body;
  let common = elements[0];
  for (const el of elements) while (common && !common.contains(el)) common = common.parentElement;
  return common || doc.body;
}

/**
 * Creates an overlay on `doc`. Options: `annotate(page)` (required,
 * may return a promise), `root` (the element to collect from, the body by
 * default), `onStatus(status)` (called after each run), `watch` (follow
 * page changes and single-page navigation; true by default).
 */
export function createOverlay({ document: doc, annotate, root, onStatus = () => {}, watch = true }) {
  const win = doc.defaultView;
  let layers = { ...ALL_LAYERS };
  const highlights = createHighlights(win);
  let shadow = null;
  let drawn = null; // {view, labels, card, panel, index}
  let generation = 0;
  let observer = null;
  let timer = 0;
  let pendingSince = 0; // when the first change not yet re-annotated came
  let missed = false; // a change came while every layer was off
  let frame = 0;
  let url = String(win.location.href);
  let resizeObserver = null;

  const anyOn = () => Object.values(layers).some(Boolean);

  const place = () => {
    frame = 0;
    drawn?.labels.place();
  };
  const schedulePlace = () => {
    if (!frame && drawn) frame = win.requestAnimationFrame(place);
  };

  // Hit-testing for hover cards: caret → our ranges in that text node →
  // the point inside one of their rects.
  const hit = (x, y) => {
    const caret = caretAt(doc, x, y);
    const entries = caret && drawn?.index.get(caret.node);
    if (!entries) return null;
    for (const entry of entries) {
      if (!layers[entry.layer]) continue;
      for (const rect of entry.range.getClientRects()) if (inside(rect, x, y)) return { item: entry.item, rect };
    }
    return null;
  };
  let hideTimer = 0;
  const onPointerMove = (event) => {
    if (!drawn || event.composedPath().includes(shadow?.host)) {
      win.clearTimeout(hideTimer);
      return;
    }
    const found = hit(event.clientX, event.clientY);
    win.clearTimeout(hideTimer);
    if (found) {
      if (drawn.card.current !== found.item) drawn.card.show(found.item, found.rect);
    } else if (drawn.card.current) {
      hideTimer = win.setTimeout(() => drawn?.card.hide(), 250);
    }
  };
  const onKey = (event) => {
    if (event.key === 'Escape' && drawn?.card.current) drawn.card.hide();
  };

  const listen = (on) => {
    const method = on ? 'addEventListener' : 'removeEventListener';
    win[method]('scroll', schedulePlace, { capture: true, passive: true });
    win[method]('resize', schedulePlace, { passive: true });
    doc[method]('pointermove', onPointerMove, { passive: true });
    doc[method]('keydown', onKey);
    if (on && !resizeObserver && win.ResizeObserver) {
      resizeObserver = new win.ResizeObserver(schedulePlace);
      resizeObserver.observe(doc.documentElement);
    } else if (!on && resizeObserver) {
      resizeObserver.disconnect();
      resizeObserver = null;
    }
  };

  // Speakers show the quotation in view; entities and warnings themselves.
  const cardFor = (item, cursor) =>
    item.known !== undefined ? { speaker: item, quote: item.quotes.filter((q) => q.ranges.length)[cursor || 0] } : item;

  const goTo = (item) => {
    if (!item.places.length) return;
    item.cursor = ((item.cursor ?? -1) + 1) % item.places.length;
    const range = item.places[item.cursor][0];
    const rect = range.getBoundingClientRect();
    win.scrollTo({ top: rect.top + win.scrollY - win.innerHeight / 3, behavior: 'instant' });
    drawn?.card.show(cardFor(item, item.cursor), range.getBoundingClientRect());
  };
  const focusItem = (item) => {
    const range = item.places[0]?.[0];
    if (range) drawn?.card.show(cardFor(item, 0), range.getBoundingClientRect());
  };

  const clearDrawing = () => {
    highlights.clear();
    shadow?.detach();
    shadow = null;
    drawn = null;
    listen(false);
  };

  // Draws `view` in slices: everything but the speaker labels at once, then
  // the labels a slice at a time, yielding to the page between slices so
  // that a long article never freezes it. Toggles work from the first
  // slice on. `taskStart`: when the task this is called in began (see
  // yieldIfLong). Resolves to false when a newer run (or `destroy`) took
  // over.
  const draw = async (view, superseded, taskStart) => {
    shadow = createShadow(doc);
    const labelLayer = h(doc, 'div', { class: 'labels' });
    const cardLayer = h(doc, 'div', {});
    shadow.frame.append(labelLayer, cardLayer);

    const index = new Map();
    const add = (range, item, layer) => {
      for (const node of textNodesOf(range)) {
        if (!index.has(node)) index.set(node, []);
        index.get(node).push({ range, item, layer });
      }
    };
    // Warnings first: a warning over a name is the more useful card.
    for (const w of view.warnings) for (const r of w.ranges) add(r, w, 'warnings');
    for (const e of view.entities) for (const r of e.ranges) add(r, e, 'entities');

    const card = createCard(doc, cardLayer);
    const panel = createPanel(doc, shadow.frame, view, {
      go: goTo,
      focus: focusItem,
    });
    // Labels need layout, so the host goes in first.
    shadow.attach();
    const labels = createLabels(doc, labelLayer);
    drawn = { view, labels, card, panel, index };
    listen(true);
    apply();

    const quotes = onScreenFirst(win, view.quotes.filter((q) => q.ranges.length));
    for (let i = 0; i < quotes.length; i += LABELS_PER_SLICE) {
      if (i > 0) {
        await yieldToPage(win);
        taskStart = win.performance.now();
      }
      if (superseded()) return false;
      labels.add(quotes.slice(i, i + LABELS_PER_SLICE));
    }

    // Marks last: Chromium re-derives every painted range after any DOM
    // change in the document, labels included, so registered marks would
    // make each slice above cost as much as all the marks. A long article
    // registers them in a task of their own.
    await yieldIfLong(win, taskStart);
    if (superseded()) return false;
    for (const kind of ENTITY_KINDS) {
      highlights.set(kind, flat(view.entities.filter((e) => (ENTITY_KINDS.includes(e.entity.type) ? e.entity.type : 'other') === kind).map((e) => e.ranges)));
    }
    highlights.set('warning', flat(view.warnings.map((w) => w.ranges)));
    highlights.show(ENTITY_KINDS, anyOn() && layers.entities);
    highlights.show(['warning'], anyOn() && layers.warnings);
    return true;
  };

  const apply = () => {
    if (!drawn) return;
    if (!anyOn()) {
      highlights.show([...ENTITY_KINDS, 'warning'], false);
      drawn.card.hide();
      shadow.detach();
      return;
    }
    shadow.attach();
    highlights.show(ENTITY_KINDS, layers.entities);
    highlights.show(['warning'], layers.warnings);
    shadow.frame.classList.toggle('hide-speakers', !layers.speakers);
    shadow.frame.classList.toggle('hide-panel', !layers.panel);
    if (drawn.card.current && !layers[drawn.card.current.warning ? 'warnings' : 'entities']) drawn.card.hide();
    schedulePlace();
  };

  const stopWatching = () => {
    observer?.disconnect();
    observer = null;
    win.clearTimeout(timer);
  };

  const startWatching = (container) => {
    if (!watch) return;
    stopWatching();
    observer = new win.MutationObserver((records) => {
      if (String(win.location.href) !== url) {
        restart();
        return;
      }
      if (records.every((r) => shadow?.host.contains(r.target))) return;
      schedulePlace();
      win.clearTimeout(timer);
      const now = win.performance.now();
      pendingSince ||= now;
      const wait = Math.min(REANNOTATE_AFTER_MS, pendingSince + REANNOTATE_AT_MOST_MS - now);
      timer = win.setTimeout(() => {
        pendingSince = 0;
        // Switched off: nothing is read or sent until a layer comes back.
        if (anyOn()) run();
        else missed = true;
      }, Math.max(0, wait));
    });
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    // A single-page site may replace the container itself.
    if (container !== doc.body && doc.body) observer.observe(doc.body, { childList: true });
  };

  async function run() {
    const gen = ++generation;
    url = String(win.location.href);
    const { page, blocks } = collectPage(doc, root || doc.body);
    // The provider is asked at once, and the page gets its turn while the
    // answer is on its way: collecting a long article takes a while (a
    // provider that answers at once still waits for that turn).
    const answered = (async () => annotate(page))().catch((error) => ({
      notice: `Lede could not read this page: ${error?.message || error}`,
    }));
    await yieldToPage(win);
    const answer = await answered;
    if (gen !== generation) return drawn?.view;
    let taskStart = win.performance.now();
    const view = buildView(answer, createAnchorer(doc, blocks, answer?.annotations || {}));
    // Anchoring a long article takes a while too: a turn for the page
    // before drawing, when it did.
    taskStart = await yieldIfLong(win, taskStart);
    const superseded = () => gen !== generation;
    if (superseded()) return drawn?.view;
    clearDrawing();
    // Watching starts before drawing: a change while the labels are still
    // being drawn runs the overlay again.
    startWatching(containerOf(doc, answer, blocks));
    if (!(await draw(view, superseded, taskStart))) return drawn?.view;
    drawn.panel.announce();
    const status = {
      notice: view.notice,
      quotes: view.quotes.length,
      labels: drawn.labels.count,
      entities: view.entities.length,
      marks: view.entities.reduce((n, e) => n + e.ranges.length, 0),
      warnings: view.warnings.length,
      summary: summary(view),
    };
    onStatus(status);
    return view;
  }

  function restart() {
    stopWatching();
    clearDrawing();
    return run();
  }

  const onNavigate = () => {
    if (String(win.location.href) !== url) win.setTimeout(restart, 0);
  };
  if (watch) {
    win.addEventListener('popstate', onNavigate);
    win.navigation?.addEventListener?.('navigatesuccess', onNavigate);
  }

  return {
    run,
    restart,
    /** Shows and hides layers (`{speakers, entities, warnings, panel}`) without re-annotating. */
    setLayers(next) {
      const wasOff = !anyOn();
      layers = { ...layers, ...next };
      apply();
      if (wasOff && anyOn() && missed) {
        missed = false;
        run();
      }
    },
    get layers() {
      return { ...layers };
    },
    /** Removes everything this overlay added and stops watching the page. */
    destroy() {
      generation++;
      stopWatching();
      clearDrawing();
      win.removeEventListener('popstate', onNavigate);
      win.navigation?.removeEventListener?.('navigatesuccess', onNavigate);
    },
  };
}

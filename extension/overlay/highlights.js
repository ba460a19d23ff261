// Highlights: paint marks on the page's own text with the CSS Custom
// Highlight API — one Highlight per kind, registered by name — and nothing
// else. The page DOM is never touched; `clear` is the exact inverse of
// `show`. The registry is shared with the page, so we keep our own map of
// name → Highlight and only ever delete what is still ours.
//
// The ::highlight(lede-…) rules live in highlights.css, which the host
// injects as an author style sheet (a rule inside a shadow root does not
// paint page text).

/** Highlight names for each entity type, and for warning evidence. */
export const HIGHLIGHT_NAMES = Object.freeze({
  person: 'lede-person',
  organization: 'lede-organization',
  place: 'lede-place',
  other: 'lede-other',
  warning: 'lede-warning',
});

/** Priorities fix the paint order: warnings over entities, in both browsers. */
const PRIORITY = { warning: 2 };

/** True when this browser can paint highlights. */
export function canHighlight(win) {
  return !!(win.CSS && win.CSS.highlights && typeof win.Highlight === 'function');
}

/** A set of highlights that can be shown and cleared per group. */
export function createHighlights(win) {
  const mine = new Map(); // name → Highlight
  const supported = canHighlight(win);

  return {
    supported,
    /** Replaces the ranges of kind `kind` (a key of HIGHLIGHT_NAMES). */
    set(kind, ranges) {
      if (!supported) return;
      const highlight = new win.Highlight(...ranges);
      highlight.priority = PRIORITY[kind] || 1;
      mine.set(HIGHLIGHT_NAMES[kind], highlight);
    },
    /** Shows or hides the given kinds, without touching their ranges. */
    show(kinds, on) {
      if (!supported) return;
      for (const kind of kinds) {
        const name = HIGHLIGHT_NAMES[kind];
        const highlight = mine.get(name);
        if (on && highlight) win.CSS.highlights.set(name, highlight);
        else if (!on && win.CSS.highlights.get(name) === highlight) win.CSS.highlights.delete(name);
      }
    },
    /** True when the page still shows our highlight of `kind`. */
    showing(kind) {
      return supported && mine.has(HIGHLIGHT_NAMES[kind]) && win.CSS.highlights.get(HIGHLIGHT_NAMES[kind]) === mine.get(HIGHLIGHT_NAMES[kind]);
    },
    /** Removes every highlight of ours from the page and forgets them. */
    clear() {
      if (!supported) return;
      for (const [name, highlight] of mine) {
        if (win.CSS.highlights.get(name) === highlight) win.CSS.highlights.delete(name);
      }
      mine.clear();
    },
  };
}

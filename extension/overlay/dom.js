// DOM building without markup: every node is made with createElement and
// every string goes in through textContent or setAttribute, so page text
// can never become HTML.

/**
 * Makes `<tag>` in `doc` with `attrs` (attributes; `class` and `aria-*`
 * included; functions under `on…` become listeners) and `children`
 * (nodes or strings, strings as text).
 */
export function h(doc, tag, attrs = {}, children = []) {
  const el = doc.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'style' && typeof value === 'object') Object.assign(el.style, value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of [].concat(children)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return el;
}

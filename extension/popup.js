// The toolbar popup: annotate this page, switch each overlay for this tab
// or this site, and choose automatic annotation for this site (which asks
// for access to that site only). Talks to the background by messages.

import { LAYERS, LAYER_LOOKS, MSG } from './protocol.js';

const api = globalThis.browser ?? globalThis.chrome;

const $ = (id) => document.getElementById(id);
const send = async (msg) => {
  const reply = await api.runtime.sendMessage(msg);
  if (reply?.error) throw new Error(reply.error);
  return reply;
};

/** The tab this popup is about: the active one, or (opened as a tab itself) the one used last before it. */
async function targetTab() {
  const own = api.runtime.getURL('');
  const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  if (active && !(active.url || '').startsWith(own)) return active;
  const tabs = (await api.tabs.query({})).filter((t) => !(t.url || '').startsWith(own));
  tabs.sort((a, b) => (b.lastAccessed || 0) - (a.lastAccessed || 0));
  return tabs[0];
}

function showFound(found) {
  const out = $('found');
  if (!found) out.textContent = 'Not annotated yet.';
  else if (found.notice) out.textContent = found.notice;
  else {
    const speakers = new Set(found.speakers).size;
    out.textContent = `${found.speakers.length} quotations from ${speakers} speakers, ${found.entities.length} names, ${found.warnings.length} warnings.`;
  }
  out.dataset.quotes = found ? String(found.speakers.length) : '';
  out.dataset.entities = found ? String(found.entities.length) : '';
  out.dataset.warnings = found ? String(found.warnings.length) : '';
}

async function main() {
  const tab = await targetTab();
  if (!tab) return;
  let state = await send({ kind: MSG.STATE, tabId: tab.id });
  $('site').textContent = state.site || 'This page is not on a web site.';
  showFound(state.found);

  const layerBox = $('layers');
  for (const layer of LAYERS) {
    const [name, colour, line] = LAYER_LOOKS[layer];
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.id = `layer-${layer}`;
    input.checked = state.layers[layer];
    input.addEventListener('change', async () => {
      const scope = document.querySelector('input[name="scope"]:checked').value;
      const reply = await send({ kind: MSG.SET_LAYER, tabId: tab.id, layer, on: input.checked, scope });
      for (const l of LAYERS) $(`layer-${l}`).checked = reply.layers[l];
    });
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.textContent = '    ';
    swatch.style.textDecorationColor = colour;
    swatch.style.textDecorationStyle = line;
    swatch.setAttribute('aria-hidden', 'true');
    const label = document.createElement('label');
    label.append(input, swatch, document.createTextNode(name));
    layerBox.append(label);
  }

  $('run').addEventListener('click', async () => {
    $('found').textContent = 'Annotating…';
    await send({ kind: MSG.RUN, tabId: tab.id }).catch((e) => {
      $('found').textContent = e.message;
    });
    // The page answers by itself; read what it found once it has.
    setTimeout(async () => showFound((await send({ kind: MSG.STATE, tabId: tab.id })).found), 300);
  });

  const auto = $('auto');
  auto.checked = state.auto;
  auto.disabled = !state.site;
  auto.addEventListener('change', async () => {
    if (auto.checked) {
      const origins = [`http://${state.site}/*`, `https://${state.site}/*`];
      // Must be asked from the click itself: only this site, only now.
      const granted = await api.permissions.request({ origins });
      if (!granted) {
        auto.checked = false;
        return;
      }
    }
    state = { ...state, ...(await send({ kind: MSG.SET_AUTO, tabId: tab.id, on: auto.checked })) };
  });
}

main().catch((e) => {
  $('found').textContent = `Lede: ${e.message}`;
});

// The playground: paste text or a page's HTML (or pick a sample), have the
// core annotate it in a Web Worker, and show the result with the
// extension's own overlay — speaker labels, marks, hover cards, the side
// panel — plus the raw JSON and how long it took. Page text only ever goes
// into the DOM as text nodes; nothing is sent anywhere.

import { createOverlay } from './overlay/overlay.js';
import { LAYERS, LAYER_LOOKS, DEFAULT_LAYERS } from './protocol.js';
import { pageFromHtml, looksLikeHtml } from './inert.js';
import { renderArticle, pointAt } from './view.js';

/** Bundled articles, fetched once at start so the page works offline after loading. */
const SAMPLES = [
  { file: 'samples/syria-talks.txt', label: 'Syria talks — plain text (the project sample)' },
  { file: 'samples/syria-talks.html', label: 'Syria talks — a saved news page (HTML)' },
  { file: 'samples/harbour-barrier.txt', label: 'Harbour flood barrier vote (invented, written for Lede)' },
  { file: 'samples/glacier-survey.txt', label: 'Alpine glacier survey (invented, written for Lede)' },
];


const $ = (id) => document.getElementById(id);
const layers = { ...DEFAULT_LAYERS };
const samples = new Map();
let overlay = null;
let lastJson = '';
let downloadUrl = '';

// --- the core, in a worker --------------------------------------------------

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const pending = new Map();
let nextId = 1;
const coreReady = new Promise((resolve, reject) => {
  worker.addEventListener('message', ({ data }) => {
    if ('ready' in data) (data.ready ? resolve() : reject(new Error(data.error)));
    const waiting = pending.get(data.id);
    if (!waiting) return;
    pending.delete(data.id);
    if (data.error) waiting.reject(new Error(data.error));
    else waiting.resolve(data);
  });
  worker.addEventListener('error', (event) => reject(new Error(event.message || 'the core could not start')));
});

/** Asks the worker; resolves to `{answer, ms, words}`. */
function ask(request) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, ...request });
  });
}

// --- showing an answer --------------------------------------------------------

function showJson(value) {
  lastJson = JSON.stringify(value, null, 2);
  $('download').disabled = !value;
  // A long article's JSON is megabytes: only lay it out when asked to.
  $('json-text').textContent = $('json').open ? lastJson : '';
}

function layerSwitches() {
  for (const layer of LAYERS) {
    const [name, colour, line] = LAYER_LOOKS[layer];
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.id = `layer-${layer}`;
    input.checked = layers[layer];
    input.addEventListener('change', () => {
      layers[layer] = input.checked;
      overlay?.setLayers({ [layer]: input.checked });
    });
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.textContent = '    ';
    Object.assign(swatch.style, { textDecorationColor: colour, textDecorationStyle: line });
    swatch.setAttribute('aria-hidden', 'true');
    const label = document.createElement('label');
    label.append(input, swatch, document.createTextNode(name));
    $('layers').append(label);
  }
}

const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

/** Resolves once the browser has rendered a frame: what is in the DOM now is then on screen. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function annotate() {
  const input = $('source').value;
  if (!input.trim()) {
    $('status').textContent = 'Paste an article first, or pick a sample.';
    return;
  }
  const html = looksLikeHtml(input);
  $('mode').textContent = html ? 'Read as a page’s HTML' : 'Read as plain text';
  $('status').textContent = 'Annotating…';
  $('annotate').disabled = true;
  // Busy until the overlay is drawn; the page stays usable meanwhile.
  $('article').setAttribute('aria-busy', 'true');
  const started = performance.now();
  try {
    const reply = await ask(html ? { page: pageFromHtml(input).page } : { text: input });
    const answered = performance.now();
    const annotations = reply.answer.annotations;
    showJson(annotations || reply.answer);
    overlay?.destroy();
    overlay = null;
    if (!annotations) {
      $('article').hidden = true;
      $('status').textContent = reply.answer.notice || 'Lede found no article here.';
      $('timing').textContent = `Read in ${fmt(reply.ms)} ms.`;
      return;
    }
    renderArticle(document, $('article-head'), $('article-body'), annotations);
    $('article').hidden = false;
    // The text first, on screen; the overlay then draws over it in slices.
    await nextFrame();
    overlay = createOverlay({
      document,
      root: $('article-body'),
      annotate: (page) => ({ annotations: pointAt(annotations, page) }),
      onStatus: (status) => {
        $('status').textContent = annotations.notice || status.summary;
      },
      watch: false,
    });
    overlay.setLayers(layers);
    await overlay.run();
    const drawn = performance.now();
    $('timing').textContent =
      `Annotated ${reply.words.toLocaleString('en')} words in ${fmt(reply.ms)} ms in the core (a Web Worker); ` +
      `${fmt(answered - started)} ms with the round trip, ${fmt(drawn - answered)} ms more to draw.`;
  } catch (error) {
    $('status').textContent = `Lede could not annotate this: ${error.message}`;
  } finally {
    $('annotate').disabled = false;
    $('article').removeAttribute('aria-busy');
  }
}

// --- wiring -------------------------------------------------------------------

async function loadSamples() {
  const select = $('sample');
  await Promise.all(
    SAMPLES.map(async ({ file, label }) => {
      const response = await fetch(file);
      if (response.ok) samples.set(file, { label, text: await response.text() });
    }),
  );
  for (const { file } of SAMPLES) {
    if (!samples.has(file)) continue;
    const option = document.createElement('option');
    option.value = file;
    option.textContent = samples.get(file).label;
    select.append(option);
  }
}

function wire() {
  layerSwitches();
  $('annotate').addEventListener('click', annotate);
  $('source').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) annotate();
  });
  $('sample').addEventListener('change', () => {
    const sample = samples.get($('sample').value);
    if (!sample) return;
    $('source').value = sample.text;
    annotate();
  });
  $('json').addEventListener('toggle', () => {
    $('json-text').textContent = $('json').open ? lastJson : '';
  });
  $('download').addEventListener('click', () => {
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    downloadUrl = URL.createObjectURL(new Blob([lastJson], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = downloadUrl;
    link.download = 'lede-annotations.json';
    link.click();
  });
}

wire();
Promise.all([coreReady, loadSamples()]).then(
  () => {
    $('annotate').disabled = false;
    $('status').textContent = 'Ready. Paste an article or pick a sample.';
    document.documentElement.dataset.ready = 'true';
  },
  (error) => {
    $('status').textContent = `The core could not start: ${error.message}`;
  },
);

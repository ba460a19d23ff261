// The core, off the main thread: a Web Worker that loads the WebAssembly
// build (pkg/, the same one the extension ships) once and answers one
// message at a time, so a long article never freezes the page.
//
// Request: `{id, text}` (plain text) or `{id, page}` (a page block list).
// Reply: `{id, answer, ms, words}` — `answer` as the extension's background
// gives it, `{annotations}` / `{article, annotations}` / `{notice}` — or
// `{id, error}`. `ms` is the time inside the core alone.

import init, { annotateText, annotatePage } from './pkg/lede.js';

const ready = init();

const countWords = (text) => (text.match(/\S+/g) || []).length;

self.onmessage = async ({ data }) => {
  const { id } = data;
  try {
    await ready;
    const started = performance.now();
    const answer = typeof data.text === 'string' ? { annotations: annotateText(data.text) } : annotatePage(data.page);
    const ms = performance.now() - started;
    self.postMessage({ id, answer, ms, words: countWords(answer.annotations?.text || '') });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message || error) });
  }
};

ready.then(
  () => self.postMessage({ ready: true }),
  (error) => self.postMessage({ ready: false, error: String(error?.message || error) }),
);

// Peer: compromise's people/organisations/places over gold documents.
// Usage: NODE_PATH=… node peer_compromise.cjs GOLD.jsonl > PRED.jsonl
//
// Spans come from compromise's per-term offsets (first term's start to the
// last term's end): a match's own offset also covers the punctuation and
// spaces after its last term ("York." for "York"), and matching a bare tag
// ("#Person") yields one term at a time rather than whole names. A
// possessive "'s" left on the last term is trimmed, as the gold data
// leaves it out. Offsets are converted from UTF-16 (JavaScript) to code
// points.
const fs = require('fs')
const nlp = require('compromise')

const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim())

/** Code point offset of each UTF-16 offset in `text` (one pass). */
function codePoints(text) {
  const map = new Uint32Array(text.length + 1)
  let cp = 0
  for (let i = 0; i < text.length; i++) {
    map[i] = cp
    const c = text.charCodeAt(i)
    if (!(c >= 0xd800 && c <= 0xdbff)) cp++
  }
  map[text.length] = cp
  return map
}

for (const line of lines) {
  const { id, text } = JSON.parse(line)
  const cp = codePoints(text)
  const doc = nlp(text)
  const entities = []
  for (const [view, label] of [
    [doc.people(), 'PER'],
    [doc.organizations(), 'ORG'],
    [doc.places(), 'LOC'],
  ]) {
    for (const m of view.json({ offset: true, terms: { offset: true } })) {
      const terms = m.terms.filter((t) => t.offset)
      if (!terms.length) continue
      const first = terms[0].offset
      const last = terms[terms.length - 1].offset
      let end = last.start + last.length
      const tail = text.slice(end - 2, end)
      if (/^['’][sS]$/.test(tail) && end - 2 > first.start) end -= 2
      entities.push({ start: cp[first.start], end: cp[end], label })
    }
  }
  process.stdout.write(JSON.stringify({ id, entities }) + '\n')
}

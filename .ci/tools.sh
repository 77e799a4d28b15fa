# Sourced by the other scripts: installs what building and testing need, only when it is missing.
# Safe to run again; each step checks first.
#   ensure_build_tools   wasm target, Trunk 0.21, wasm-bindgen-cli (Cargo.lock's version), wasm-opt 123
#   ensure_test_tools    the above, Chromium and ChromeDriver, the browser tests' npm packages

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
export PATH="$HOME/.cargo/bin:$TOOLS/binaryen/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_build_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi

  if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
    say "installing Trunk 0.21 (compiles for about 8 minutes, once)"
    cargo install trunk --version '~0.21' --locked
  fi

  local bindgen
  bindgen="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"
  if [ -z "$bindgen" ]; then
    echo "cannot find the wasm-bindgen version in Cargo.lock" >&2
    exit 1
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $bindgen\$"; then
    say "installing wasm-bindgen-cli $bindgen (matches Cargo.lock)"
    # Not --locked: one of its locked dependencies is not in the registry.
    cargo install wasm-bindgen-cli --version "$bindgen"
  fi
  if ! grep -q "wasm_bindgen = \"$bindgen\"" "$ROOT/Trunk.toml"; then
    echo "Trunk.toml's [tools] wasm_bindgen must be $bindgen, the version in Cargo.lock" >&2
    exit 1
  fi

  if ! wasm-opt --version 2>/dev/null | grep -q 'version 123'; then
    say "installing wasm-opt 123 (npm package binaryen@123.0.0) into .tools/"
    mkdir -p "$TOOLS/binaryen"
    (cd "$TOOLS/binaryen" && [ -f package.json ] || echo '{"private":true}' > package.json)
    (cd "$TOOLS/binaryen" && npm install --no-save --omit-lockfile-registry-resolved binaryen@123.0.0 >/dev/null)
  fi
}

ensure_test_tools() {
  ensure_build_tools
  if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
    say "installing Chromium and ChromeDriver (Debian packages)"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends chromium chromium-driver
  fi
  if ! [ -d "$ROOT/tests/browser/node_modules/playwright-core" ] || ! [ -d "$ROOT/tests/browser/node_modules/axe-core" ]; then
    say "installing the browser tests' npm packages"
    (cd "$ROOT/tests/browser" && npm ci)
  fi
}

# Builds the static site into dist/ (release, relative URLs).
build_dist() {
  ensure_build_tools
  say "building the explorer into dist/ (corpus: ${CORPUS_DIR:-seeds})"
  (cd "$ROOT" && trunk build --release)
}

# Sourced by the other scripts: installs what building and testing need, only when it is missing.
# Safe to run again; each step checks first.
#   ensure_build_tools   wasm target, Trunk 0.21, wasm-bindgen-cli (Cargo.lock's version), wasm-opt 123,
#                        brotli (for the precompressed copies)
#   ensure_test_tools    the above, Chromium and ChromeDriver, nginx, the browser tests' npm packages
#   build_corpus DIR OUT compiles a corpus folder with the command-line tool, with progress on the
#                        terminal (CORPUS_CONFIG, CORPUS_STRICT=1 and CORPUS_LAYOUT apply): a
#                        bundle OUT (X.bin), or a sharded site X.site/ for a large corpus
#   corpus_embed OUT     what the page embeds for OUT: the bundle, or the sharded site's core
#   corpus_chunks OUT    the sharded site's chunks/ folder for OUT (nothing for a bundle)
#   build_dist [OUT]     the static site for hosting, into OUT (default dist/)

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
export PATH="$HOME/.cargo/bin:$TOOLS/binaryen/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Debian packages, installed with sudo when not root.
apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "$@"
}

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

  if ! command -v brotli >/dev/null; then
    say "installing brotli (Debian package), for the precompressed copies in dist/"
    apt_install brotli
  fi
}

ensure_test_tools() {
  ensure_build_tools
  if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
    say "installing Chromium and ChromeDriver (Debian packages)"
    apt_install chromium chromium-driver
  fi
  if ! [ -x /usr/sbin/nginx ]; then
    say "installing nginx (Debian packages), the static server of the sharded site's browser tests"
    apt_install nginx-light libnginx-mod-http-brotli-static
  fi
  if ! [ -d "$ROOT/tests/browser/node_modules/playwright-core" ] || ! [ -d "$ROOT/tests/browser/node_modules/axe-core" ]; then
    say "installing the browser tests' npm packages"
    (cd "$ROOT/tests/browser" && npm ci)
  fi
}

# The corpus folder the build reads: $CORPUS_DIR (relative to the repository root) or seeds/.
corpus_dir() {
  local dir="${CORPUS_DIR:-seeds}"
  case "$dir" in
    /*) printf '%s\n' "$dir" ;;
    *) printf '%s\n' "$ROOT/$dir" ;;
  esac
}

# The bundle file for a corpus folder: one per folder under target/corpus/.
bundle_for() {
  local slug
  slug="$(printf '%s' "$1" | sha256sum | cut -c1-16)"
  printf '%s\n' "$ROOT/target/corpus/$slug.bin"
}

# Compiles the corpus folder $1 into the bundle $2 with the command-line tool, which shows progress
# and names every file it leaves out; fails when nothing can be built, or with CORPUS_STRICT=1 when
# any file has a problem. The tool chooses the layout (CORPUS_LAYOUT=single|sharded|auto, auto by
# default: sharded above 40 MB of text); a sharded site goes to ${2%.bin}.site/ instead, and only
# one of the two is left.
build_corpus() {
  local dir="$1" out="$2"
  local site="${2%.bin}.site" new="${2%.bin}.new"
  local args=(build "$dir" -o "$new")
  if [ -n "${CORPUS_CONFIG:-}" ]; then
    case "$CORPUS_CONFIG" in
      /*) args+=(--config "$CORPUS_CONFIG") ;;
      *) args+=(--config "$ROOT/$CORPUS_CONFIG") ;;
    esac
  fi
  [ "${CORPUS_STRICT:-}" = 1 ] && args+=(--strict)
  mkdir -p "$(dirname "$out")"
  say "compiling the corpus in $dir"
  (cd "$ROOT" && cargo build --release --locked --quiet --bin corpus)
  rm -rf "$new"
  "$ROOT/target/release/corpus" "${args[@]}"
  rm -rf "$site" "$out"
  if [ -d "$new" ]; then
    mv "$new" "$site"
  else
    mv "$new" "$out"
  fi
  # When it was compiled last, for Trunk's pre-build hook under make serve.
  touch "$out.compiled"
}

corpus_embed() {
  if [ -d "${1%.bin}.site" ]; then
    printf '%s\n' "${1%.bin}.site/corpus-core.bin"
  else
    printf '%s\n' "$1"
  fi
}

corpus_chunks() {
  if [ -d "${1%.bin}.site" ]; then
    printf '%s\n' "${1%.bin}.site/chunks"
  fi
}

# Builds the static site for hosting into $1 (default dist/): the corpus first (with progress),
# then the app around it (release, relative URLs, no live-reload script), then a .br and a .gz copy
# of every file for hosts that serve precompressed files. A sharded corpus's chunks go into
# chunks/ beside the page (the post-build hook puts them there).
build_dist() {
  local out="${1:-dist}"
  case "$out" in /*) ;; *) out="$ROOT/$out" ;; esac
  ensure_build_tools
  local dir bundle
  dir="$(corpus_dir)"
  bundle="$(bundle_for "$dir")"
  build_corpus "$dir" "$bundle"
  say "building the explorer into $out/"
  (cd "$ROOT" && CORPUS_BUNDLE="$(corpus_embed "$bundle")" CORPUS_CHUNKS="$(corpus_chunks "$bundle")" \
    trunk build --release --dist "$out")
  if grep -qs -e 'WebSocket' -e '__TRUNK' "$out"/*.html; then
    echo "$out/ carries Trunk's live-reload script: a hosted build must not (see make serve)" >&2
    exit 1
  fi
  python3 "$ROOT/.ci/compress.py" "$out"
}

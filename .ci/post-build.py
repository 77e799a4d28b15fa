#!/usr/bin/env python3
"""Trunk post-build hook: make the built page work from a web server and from disk, with no
inline script, under the Content-Security-Policy that index.html declares.

Trunk writes an inline ES-module loader, which browsers refuse to run from file:// URLs and a
strict policy refuses to run at all. This replaces it with a classic script of its own,
`loader-<hash>.js`: over http(s) it streams the .wasm file; opened from disk it loads the same bytes
from a companion script (base64), since file:// pages may not fetch. It also writes `_headers`,
the policy as HTTP headers for the hosts that read such a file (with `frame-ancestors`, which a
<meta> cannot carry).

`trunk serve` injects its live-reload script inline; the development build (and only it) gets that
script's hash added to its policy, so that reloading works under the same policy. `make dist`
checks that no hosted build carries the script.

For a sharded site (CORPUS_CHUNKS names the chunks/ folder `corpus build --layout sharded`
wrote, see .ci/tools.sh), the chunks go beside the page, hard-linked where the file system allows
(a large site's chunks are hundreds of megabytes), with their .br and .gz copies.

Reads and rewrites $TRUNK_STAGING_DIR/index.html.
"""

import base64
import hashlib
import os
import re
import shutil
import sys
from pathlib import Path

# The error box the loader shows, shared with single.py.
FAIL = (Path(__file__).parent / "fail.js").read_text(encoding="utf-8").rstrip("\n")

LOADER = """// Starts the explorer: the WebAssembly module from the server, or from {wasm}.js next to the
// page when it is opened from disk (file:// pages may not fetch).
(function () {{
  // Start downloading the module at once, while the glue script loads.
  var download = location.protocol === "file:" ? null : fetch("./{wasm}");
{fail}
  function start(source) {{
    // The glue script (after this one) defines wasm_bindgen, and the app mounts on #app: both
    // are there once the document is parsed.
    var run = function () {{ wasm_bindgen({{ module_or_path: source }}).catch(fail); }};
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
    else run();
  }}
  if (download) {{
    start(download);
  }} else {{
    var s = document.createElement("script");
    s.src = "./{wasm}.js";
    s.onload = function () {{
      var text = atob(window.explorerWasmBase64);
      var bytes = new Uint8Array(text.length);
      for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
      window.explorerWasmBase64 = null;
      start(bytes);
    }};
    s.onerror = function () {{ fail(new Error("cannot read {wasm}.js next to index.html")); }};
    document.head.appendChild(s);
  }}
}})();
"""

HEADERS = """# HTTP headers for hosts that read a _headers file (Netlify, Cloudflare Pages, and others):
# the page's Content-Security-Policy, with frame-ancestors, which a <meta> cannot set.
# For other servers see the README ("Hosting").
/*
  Content-Security-Policy: {policy}; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
"""

# A sharded site's chunks are named by their content: they never change, so caches keep them.
CHUNK_HEADERS = """/chunks/*
  Cache-Control: public, max-age=31536000, immutable
"""

META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


def short_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def script_hash(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("post-build: TRUNK_STAGING_DIR is not set (run through trunk)", file=sys.stderr)
        return 1
    staging = Path(staging)
    index = staging / "index.html"
    html = index.read_text(encoding="utf-8")

    policy = META.search(html)
    if policy is None:
        print(f"post-build: {index}: no Content-Security-Policy <meta> (index.html declares it)", file=sys.stderr)
        return 1

    module = re.search(r'<script type="module"[^>]*>.*?</script>', html, re.S)
    if module is None:
        print(f"post-build: {index}: no module loader found; Trunk's output changed", file=sys.stderr)
        return 1
    js = re.search(r"from '\./([^']+\.js)'", module.group(0))
    wasm = re.search(r"module_or_path: '\./([^']+\.wasm)'", module.group(0))
    if js is None or wasm is None:
        print(f"post-build: {index}: cannot find the script and module names", file=sys.stderr)
        return 1
    js, wasm = js.group(1), wasm.group(1)

    loader = LOADER.format(wasm=wasm, fail=FAIL).encode("utf-8")
    loader_name = f"loader-{short_hash(loader)}.js"
    (staging / loader_name).write_bytes(loader)
    html = html.replace(
        module.group(0),
        f'<script src="./{loader_name}"></script>\n<script src="./{js}"></script>',
    )
    # Preloads of an ES module and of the wasm: the loader fetches both itself.
    html = re.sub(r'<link rel="modulepreload"[^>]*>', "", html)
    html = re.sub(r'<link rel="preload"[^>]*application/wasm"[^>]*>', "", html)
    # Integrity checks need CORS, which file:// pages do not have: the browser would block the
    # stylesheet when the page is opened from disk.
    html = re.sub(r'\s+integrity="[^"]*"', "", html)

    # What stays inline: nothing in a hosted build. In a development build, Trunk's live-reload
    # script, allowed by its hash.
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S)
    live_reload = [body for body in inline if "WebSocket" in body or "__TRUNK" in body]
    if len(live_reload) != len(inline):
        print(f"post-build: {index}: an inline script other than Trunk's live reload is left", file=sys.stderr)
        return 1
    if live_reload:
        hashes = " ".join(script_hash(body) for body in live_reload)
        dev_policy = policy.group(1).replace("script-src 'self'", f"script-src 'self' {hashes}", 1)
        html = html.replace(policy.group(0), f'<meta http-equiv="Content-Security-Policy" content="{dev_policy}">')
    index.write_text(html, encoding="utf-8")

    data = (staging / wasm).read_bytes()
    encoded = base64.b64encode(data).decode("ascii")
    (staging / f"{wasm}.js").write_text(f'window.explorerWasmBase64="{encoded}";\n', encoding="ascii")
    headers = HEADERS.format(policy=policy.group(1))
    chunks = os.environ.get("CORPUS_CHUNKS")
    if chunks:
        if not copy_chunks(Path(chunks), staging / "chunks"):
            return 1
        headers += CHUNK_HEADERS
    (staging / "_headers").write_text(headers, encoding="utf-8")
    return 0


def copy_chunks(source: Path, target: Path) -> bool:
    """Puts the site's chunk files (with their compressed copies) into target/."""
    if not source.is_dir():
        print(f"post-build: {source}: no such folder (CORPUS_CHUNKS names the site's chunks/)", file=sys.stderr)
        return False
    target.mkdir(exist_ok=True)
    for f in sorted(source.iterdir()):
        to = target / f.name
        try:
            os.link(f, to)
        except OSError:
            shutil.copy2(f, to)
    return True


if __name__ == "__main__":
    sys.exit(main())

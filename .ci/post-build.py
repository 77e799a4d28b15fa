#!/usr/bin/env python3
"""Trunk post-build hook: make the built page work both from a web server and from disk.

Trunk writes an ES-module loader, which browsers refuse to run from file:// URLs. This replaces it
with a classic-script loader: over http(s) it streams the .wasm file; opened from disk it loads the
same bytes from a companion script (base64), since file:// pages may not fetch.
Reads and rewrites $TRUNK_STAGING_DIR/index.html.
"""

import base64
import os
import re
import sys
from pathlib import Path

LOADER = """<script>
  // Start downloading the module at once, in parallel with the glue script.
  window.explorerWasm = location.protocol === "file:" ? null : fetch("./{wasm}");
</script>
<script src="./{js}"></script>
<script>
(function () {{
  function fail(error) {{
    var app = document.getElementById("app");
    if (app) {{
      app.innerHTML = "";
      var box = document.createElement("div");
      box.className = "notice error";
      box.setAttribute("role", "alert");
      var h = document.createElement("h1");
      h.textContent = "The explorer could not start";
      var p = document.createElement("p");
      p.textContent = String(error && error.message ? error.message : error);
      box.appendChild(h);
      box.appendChild(p);
      app.appendChild(box);
    }}
    console.error(error);
  }}
  function start(source) {{
    // The app mounts on #app, which must have been parsed first.
    var run = function () {{ wasm_bindgen({{ module_or_path: source }}).catch(fail); }};
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
    else run();
  }}
  if (window.explorerWasm) {{
    start(window.explorerWasm);
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
</script>"""


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("post-build: TRUNK_STAGING_DIR is not set (run through trunk)", file=sys.stderr)
        return 1
    index = Path(staging) / "index.html"
    html = index.read_text(encoding="utf-8")
    module = re.search(r'<script type="module">.*?</script>', html, re.S)
    if module is None:
        print(f"post-build: {index}: no module loader found; Trunk's output changed", file=sys.stderr)
        return 1
    js = re.search(r"from '\./([^']+\.js)'", module.group(0))
    wasm = re.search(r"module_or_path: '\./([^']+\.wasm)'", module.group(0))
    if js is None or wasm is None:
        print(f"post-build: {index}: cannot find the script and module names", file=sys.stderr)
        return 1
    js, wasm = js.group(1), wasm.group(1)
    html = html.replace(module.group(0), LOADER.format(js=js, wasm=wasm))
    # Preloads of an ES module and of the wasm: the loader above fetches both itself.
    html = re.sub(r'<link rel="modulepreload"[^>]*>', "", html)
    html = re.sub(r'<link rel="preload"[^>]*application/wasm"[^>]*>', "", html)
    # Integrity checks need CORS, which file:// pages do not have: the browser would block the
    # stylesheet when the page is opened from disk.
    html = re.sub(r'\s+integrity="[^"]*"', "", html)
    index.write_text(html, encoding="utf-8")

    data = (Path(staging) / wasm).read_bytes()
    encoded = base64.b64encode(data).decode("ascii")
    (Path(staging) / f"{wasm}.js").write_text(f'window.explorerWasmBase64="{encoded}";\n', encoding="ascii")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes the built explorer (a folder `make dist` built) as one self-contained HTML file: the
stylesheet and the icon inlined, the module inlined as base64, the glue script and a loader
inlined, and the page's Content-Security-Policy kept with a hash for each inline script and style
(no 'unsafe-inline'). It opens from disk and as an email attachment, with every feature of the
hosted build; nothing is fetched.

Usage: single.py SITE OUT.html
"""

import base64
import hashlib
import re
import sys
from pathlib import Path

START = """// Starts the explorer from the module inlined above (base64).
(function () {
  var text = atob(window.explorerWasmBase64);
  window.explorerWasmBase64 = null;
  var bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
/*fail*/
  var run = function () { wasm_bindgen({ module_or_path: bytes }).catch(fail); };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
  else run();
})();
"""

# The loader's error box, as the hosted page shows it (.ci/fail.js).
START = START.replace("/*fail*/", (Path(__file__).parent / "fail.js").read_text(encoding="utf-8").rstrip("\n"))

META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


def digest(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def fail(message: str) -> int:
    print(f"single: {message}", file=sys.stderr)
    return 1


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    site, out = Path(sys.argv[1]), Path(sys.argv[2])
    html = (site / "index.html").read_text(encoding="utf-8")
    policy = META.search(html)
    if policy is None:
        return fail(f"{site}/index.html has no Content-Security-Policy <meta>")

    scripts = re.findall(r'<script src="\./([^"]+)"></script>', html)
    glue = [s for s in scripts if not s.startswith("loader-")]
    wasm = sorted(site.glob("*_bg.wasm"))
    if len(glue) != 1 or len(wasm) != 1:
        return fail(f"{site}: expected one glue script and one module, found {glue} and {wasm}")
    glue_js = (site / glue[0]).read_text(encoding="utf-8")
    module = "window.explorerWasmBase64=\"" + base64.b64encode(wasm[0].read_bytes()).decode("ascii") + "\";"
    inline_scripts = [module, glue_js, START]
    for body in inline_scripts:
        if "</script" in body.lower():
            return fail("a script holds </script>, which would end it early")

    styles = []

    def inline_style(match: re.Match) -> str:
        css = (site / match.group(1)).read_text(encoding="utf-8")
        if "</style" in css.lower():
            raise ValueError("the stylesheet holds </style>")
        styles.append(css)
        return f"<style>{css}</style>"

    def inline_icon(match: re.Match) -> str:
        data = base64.b64encode((site / match.group(1)).read_bytes()).decode("ascii")
        return f'<link rel="icon" href="data:image/svg+xml;base64,{data}">'

    html = re.sub(r'<link rel="stylesheet" href="\./([^"]+)"\s*/?>', inline_style, html)
    html = re.sub(r'<link rel="icon" href="\./([^"]+\.svg)"\s*/?>', inline_icon, html)
    # The scripts in order: the module's bytes, the glue that defines wasm_bindgen, the start.
    tags = "\n".join(f"<script>{body}</script>" for body in inline_scripts)
    html = re.sub(r'(?:<script src="\./[^"]+"></script>\s*)+', lambda _: tags + "\n", html, count=1)
    if re.search(r'(?:src|href)="\./', html):
        return fail("the page still names a file of the site (not inlined)")

    script_hashes = " ".join(digest(b) for b in inline_scripts)
    style_hashes = " ".join(digest(c) for c in styles)
    strict = policy.group(1)
    strict = strict.replace("script-src 'self'", f"script-src 'self' {script_hashes}", 1)
    strict = strict.replace("style-src 'self'", f"style-src 'self' {style_hashes}", 1)
    if script_hashes not in strict or (styles and style_hashes not in strict):
        return fail("the policy has no script-src 'self' or style-src 'self' to add hashes to")
    html = html.replace(policy.group(0), f'<meta http-equiv="Content-Security-Policy" content="{strict}">', 1)
    out.write_text(html, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

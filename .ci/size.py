#!/usr/bin/env python3
"""The size of the app without its corpus, and where it goes.

  size.py budget DIST BUNDLE [--limit KB]
      The app as a reader downloads it, without the corpus: the .wasm with the bytes of the
      embedded bundle (BUNDLE, the file build.rs embedded) cut out, the glue script, the loader and
      the stylesheet, each compressed with brotli at quality 11. The bundle is found through the
      module's data segments (wasm-opt splits them at runs of zeros, so it is not one run of bytes
      in the file): the segments are laid out in memory, the bundle found there, and the bytes of
      every segment that fall inside it removed. Prints each file and the total, and fails when the
      total is over the limit (default 250 KB, 1 KB = 1,024 bytes).

  size.py breakdown WASM [--top N]
      Code bytes by crate and the largest functions, from the module's name section (the wasm
      cargo writes, before wasm-bindgen and wasm-opt strip the names).
"""

import argparse
import gzip
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path


def leb(data: bytes, i: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        b = data[i]
        i += 1
        result |= (b & 0x7F) << shift
        if b & 0x80 == 0:
            return result, i
        shift += 7


def sections(data: bytes):
    if data[:4] != b"\0asm":
        raise ValueError("not a WebAssembly module")
    i = 8
    while i < len(data):
        sid = data[i]
        size, j = leb(data, i + 1)
        yield sid, j, j + size
        i = j + size


def data_segments(data: bytes):
    """(file range of the bytes, memory offset) of every active segment with a constant offset."""
    for sid, start, end in sections(data):
        if sid != 11:
            continue
        count, i = leb(data, start)
        for _ in range(count):
            flags, i = leb(data, i)
            if flags == 1:  # passive
                size, i = leb(data, i)
                i += size
                continue
            if flags == 2:
                _, i = leb(data, i)  # memory index
            if data[i] != 0x41:  # i32.const
                raise ValueError("a data segment whose offset is not a constant")
            offset, i = sleb(data, i + 1)
            if data[i] != 0x0B:
                raise ValueError("a data segment offset that is not one constant")
            i += 1
            size, i = leb(data, i)
            yield (i, i + size), offset
            i += size


def sleb(data: bytes, i: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        b = data[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b & 0x80 == 0:
            if b & 0x40:
                result -= 1 << shift
            return result, i


def without_bundle(wasm: bytes, bundle: bytes) -> bytes:
    segments = list(data_segments(wasm))
    top = max((off + (e - s) for (s, e), off in segments), default=0)
    memory = bytearray(top)
    for (s, e), off in segments:
        memory[off : off + (e - s)] = wasm[s:e]
    at = memory.find(bundle)
    if at < 0:
        raise ValueError("the bundle is not in the module's memory: wrong bundle file?")
    cut = (at, at + len(bundle))
    out = bytearray()
    last = 0
    for (s, e), off in sorted(segments):
        lo = max(cut[0], off) - off
        hi = min(cut[1], off + (e - s)) - off
        if lo < hi:
            out += wasm[last : s + lo]
            last = s + hi
    out += wasm[last:]
    return bytes(out)


def brotli(data: bytes) -> int:
    return len(subprocess.run(["brotli", "-q", "11", "-c"], input=data, capture_output=True, check=True).stdout)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 9, mtime=0))


def budget(args) -> int:
    dist = Path(args.dist)
    bundle = Path(args.bundle).read_bytes()
    html = (dist / "index.html").read_text(encoding="utf-8")
    names = re.findall(r'(?:src|href)="\./([^"]+)"', html)
    wasm = next(dist.glob("*_bg.wasm"))
    parts = [(f"{wasm.name} without the corpus ({len(bundle):,} bytes)", without_bundle(wasm.read_bytes(), bundle))]
    for name in names:
        if name.endswith((".js", ".css")):
            parts.append((name, (dist / name).read_bytes()))
    print(f"| file | raw | gzip -9 | brotli -q 11 |\n| --- | ---: | ---: | ---: |")
    total = [0, 0, 0]
    for name, data in parts:
        row = [len(data), gz(data), brotli(data)]
        total = [a + b for a, b in zip(total, row)]
        print(f"| `{name}` | {row[0]:,} | {row[1]:,} | {row[2]:,} |")
    print(f"| **total** | **{total[0]:,}** | **{total[1]:,}** | **{total[2]:,}** |")
    limit = int(args.limit * 1024)
    sys.stdout.flush()
    if total[2] > limit:
        print(f"size: the app without its corpus is {total[2]:,} bytes with brotli, over the budget of {args.limit:g} KB ({limit:,} bytes)", file=sys.stderr)
        return 1
    print(f"\nWithin the budget of {args.limit:g} KB ({limit:,} bytes): {limit - total[2]:,} bytes to spare.")
    if args.target is not None:
        target = int(args.target * 1024)
        if total[2] > target:
            print(f"Not yet within the target of {args.target:g} KB ({target:,} bytes): {total[2] - target:,} bytes over.")
        else:
            print(f"Within the target of {args.target:g} KB too.")
    return 0


def names(data: bytes) -> dict[int, str]:
    out = {}
    for sid, start, end in sections(data):
        if sid != 0:
            continue
        n, i = leb(data, start)
        if data[i : i + n] != b"name":
            continue
        i += n
        while i < end:
            kind = data[i]
            size, j = leb(data, i + 1)
            if kind == 1:
                count, k = leb(data, j)
                for _ in range(count):
                    idx, k = leb(data, k)
                    ln, k = leb(data, k)
                    out[idx] = data[k : k + ln].decode("utf-8", "replace")
                    k += ln
            i = j + size
    return out


def breakdown(args) -> int:
    data = Path(args.wasm).read_bytes()
    imports = 0
    bodies = []
    for sid, start, end in sections(data):
        if sid == 2:
            count, i = leb(data, start)
            for _ in range(count):
                for _ in range(2):
                    ln, i = leb(data, i)
                    i += ln
                kind = data[i]
                i += 1
                if kind == 0:
                    _, i = leb(data, i)
                    imports += 1
                elif kind == 1:
                    i += 1
                    flags, i = leb(data, i)
                    _, i = leb(data, i)
                    if flags & 1:
                        _, i = leb(data, i)
                elif kind == 2:
                    flags, i = leb(data, i)
                    _, i = leb(data, i)
                    if flags & 1:
                        _, i = leb(data, i)
                elif kind == 3:
                    i += 2
        if sid == 10:
            count, i = leb(data, start)
            for _ in range(count):
                size, j = leb(data, i)
                bodies.append(size)
                i = j + size
    fnames = names(data)
    by_crate = defaultdict(int)
    rows = []
    for k, size in enumerate(bodies):
        name = fnames.get(imports + k, f"func{imports + k}")
        if name.startswith("__wbindgen_describe"):
            continue  # read and removed by wasm-bindgen
        rows.append((size, name))
        by_crate[crate_of(name)] += size
    code = sum(size for size, _ in rows)
    data_bytes = sum(e - s for (s, e), _ in data_segments(data))
    print(f"code {code:,} bytes in {len(rows):,} functions; data {data_bytes:,} bytes\n")
    print("| crate | code bytes | share |\n| --- | ---: | ---: |")
    for crate, size in sorted(by_crate.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"| {crate} | {size:,} | {100 * size / code:.1f}% |")
    print(f"\nlargest functions:")
    for size, name in sorted(rows, reverse=True)[: args.top]:
        print(f"{size:>8,}  {name[:140]}")
    return 0


def crate_of(name: str) -> str:
    """The crate a mangled function name belongs to (for `<T as Trait>` impls, the first crate
    named in the type, else in the trait)."""
    if name.startswith("_R"):
        m = re.search(r"C[sr][0-9A-Za-z]*_(\d+)([A-Za-z_][A-Za-z0-9_]*)", name)
        if m:
            return m.group(2)[: int(m.group(1))]
    if name.startswith("_ZN"):
        m = re.match(r"_ZN(\d+)", name)
        n = int(m.group(1))
        ident = name[m.end() : m.end() + n]
        if ident.startswith("_$LT$"):
            inner = ident[5:]
            for prefix in ("$RF$", "$BP$", "mut$u20$", "dyn$u20$", "$u5b$"):
                while inner.startswith(prefix):
                    inner = inner[len(prefix) :]
            first = re.split(r"\.\.|\$", inner)[0]
            if len(first) <= 1 or first[0].isupper():
                trait = re.search(r"\$u20\$as\$u20\$([a-z_][a-z0-9_]*)\.\.", ident)
                return trait.group(1) if trait else "(generic)"
            return first
        return ident
    return "(other)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("budget")
    b.add_argument("dist")
    b.add_argument("bundle")
    b.add_argument("--limit", type=float, default=250)
    b.add_argument("--target", type=float, default=None, help="a lower size still to reach: reported, not enforced")
    d = sub.add_parser("breakdown")
    d.add_argument("wasm")
    d.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    return budget(args) if args.command == "budget" else breakdown(args)


if __name__ == "__main__":
    sys.exit(main())

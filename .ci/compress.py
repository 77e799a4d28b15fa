#!/usr/bin/env python3
"""Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside every file of a built
site, for hosts that serve precompressed files (nginx `gzip_static`/`brotli_static`, Caddy's
`precompressed`, and others). The copies are deterministic: the same file gives the same bytes
(gzip without a name or a time stamp). Files whose copies are there already, and newer, are left
as they are (a sharded site's chunks, compressed by the corpus build).

Usage: compress.py DIR
"""

import gzip
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
import sys
from pathlib import Path


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = Path(sys.argv[1])
    files = sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and p.suffix not in (".br", ".gz") and p.name != "_headers" and not packed(p)
    )
    if not files:
        print(f"compress: {root}: no files", file=sys.stderr)
        return 1
    # One file per core at a time (brotli at quality 11 takes most of the time).
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(pack, files))
    return 0


def packed(path: Path) -> bool:
    """Whether both copies are there already and not older than the file (a sharded site's
    chunks come compressed from the corpus build)."""
    copies = [path.with_name(path.name + s) for s in (".br", ".gz")]
    mtime = path.stat().st_mtime
    return all(c.is_file() and c.stat().st_mtime >= mtime for c in copies)


def pack(path: Path) -> None:
    data = path.read_bytes()
    br = subprocess.run(["brotli", "-q", "11", "-c"], input=data, capture_output=True, check=True).stdout
    gz = gzip.compress(data, 9, mtime=0)
    for suffix, packed in ((".br", br), (".gz", gz)):
        path.with_name(path.name + suffix).write_bytes(packed)


if __name__ == "__main__":
    sys.exit(main())

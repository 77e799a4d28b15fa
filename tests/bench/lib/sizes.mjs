// Byte counts of files as served: raw, gzip -9 and brotli -q 11 (the CLIs, as a host would
// precompress them).

import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

const cache = new Map();

function compressedSize(cmd, args, file) {
  return execFileSync(cmd, [...args, file], { maxBuffer: 1 << 30 }).length;
}

/** { raw, gzip, brotli } for one file; each compressed size is what that command writes. */
export function fileSizes(file) {
  const { size, mtimeMs } = statSync(file);
  const key = `${file}\0${size}\0${mtimeMs}`;
  if (!cache.has(key)) {
    cache.set(key, {
      raw: size,
      gzip: compressedSize("gzip", ["-9", "-c", "-n"], file),
      brotli: compressedSize("brotli", ["-q", "11", "-c"], file),
    });
  }
  return cache.get(key);
}

/**
 * What a host transfers for these files when it compresses each with `gzip` or `brotli` where that
 * makes it smaller, and sends it as is otherwise (Pagefind's index files are gzip already).
 */
export function transfer(files) {
  const total = { files: files.length, raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const s = fileSizes(f);
    total.raw += s.raw;
    total.gzip += Math.min(s.raw, s.gzip);
    total.brotli += Math.min(s.raw, s.brotli);
  }
  return total;
}

/** Every file under `dir` (recursively), skipping `skip(relativePath)`. */
export function listFiles(dir, skip = () => false) {
  const out = [];
  const walk = (sub) => {
    for (const e of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (skip(rel)) continue;
      if (e.isDirectory()) walk(rel);
      else out.push(path.join(dir, rel));
    }
  };
  walk("");
  return out;
}

/** Total bytes of the files under `dir`. */
export function folderBytes(dir) {
  return listFiles(dir).reduce((n, f) => n + statSync(f).size, 0);
}

// The sharded site (issue 11). Natively: build time and peak memory, files and sizes, and what the
// first meeting of each query of `queries/news.json` reads (chunks, bytes, brotli bytes), through
// the command-line tool on a fresh site per query. With --page, also in the page: the explorer
// built on the corpus in the sharded layout (`CORPUS_LAYOUT=sharded`, .ci/tools.sh build_dist),
// served by nginx under a sub-path, in headless Chromium with the network throttled through the
// DevTools protocol (50 Mbit/s, 20 ms): first result on screen and bytes transferred by then,
// each query's first meeting (chunk fetches included) and warm time, memory once loaded and
// after the queries; and beside it, Pagefind on the same documents (one page each, as run.mjs
// builds it), served and measured the same way: one row per system, count and protocol (HTTP/1.1,
// then HTTPS with HTTP/2, a certificate made for the run), with each site's build time and peak
// memory (GNU time; for Pagefind, its indexing alone).
//
//   node tests/bench/shard.mjs [--counts 10000,100000] [--page]
//
// Corpora are generated into tests/bench/work/corpora/news-<N> when missing; sites are written to
// tests/bench/work/sites/shard-<N> (and page-shard-<N>, page-pagefind-<N>). Prints Markdown
// tables for BENCHMARKS.md; progress, with the load average, goes to stderr.

import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { visit } from "./lib/browser.mjs";
import { readCorpus } from "./lib/documents.mjs";
import { buildPagefind } from "./lib/sites.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const CLI = path.join(ROOT, "target/release/corpus");
const args = process.argv.slice(2);
const countsArg = args.includes("--counts") ? args[args.indexOf("--counts") + 1] : "10000";
const counts = countsArg.split(",").map(Number);
const inPage = args.includes("--page");
// How long a visit waits for the first result (the page at 100,000 documents embeds a core of
// tens of MB).
const VISIT_TIMEOUT_MS = 600000;

function corpusDir(n) {
  const dir = path.join(HERE, "work/corpora", `news-${n / 1000}k`);
  if (!fs.existsSync(dir)) {
    console.error(`generating ${n} documents into ${path.relative(ROOT, dir)}`);
    execFileSync("node", [path.join(HERE, "generate.mjs"), "--count", String(n), "--out", dir], {
      stdio: "inherit",
    });
  }
  return dir;
}

function files(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else out.push({ p, size: fs.statSync(p).size });
  }
  return out;
}

/**
 * A brotli (quality 11) and a gzip (level 9) copy, as .ci/compress.py writes them, of the files
 * at the top of `site` and of its `pagefind/` folder that are HTML, JavaScript, CSS or JSON:
 * what Pagefind's search page fetches uncompressed. Not the documents' pages, nor Pagefind's
 * index, fragments and WebAssembly, which it writes gzip-compressed.
 */
function precompress(site) {
  for (const sub of ["", "pagefind"]) {
    for (const e of fs.readdirSync(path.join(site, sub), { withFileTypes: true })) {
      if (!e.isFile() || !/\.(html|js|css|json)$/.test(e.name)) continue;
      const p = path.join(site, sub, e.name);
      const data = fs.readFileSync(p);
      fs.writeFileSync(`${p}.br`, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
      fs.writeFileSync(`${p}.gz`, zlib.gzipSync(data, { level: 9 }));
    }
  }
}

function percentile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

if (!fs.existsSync(CLI)) {
  console.error("build the tool first: cargo build --release --bin corpus");
  process.exit(1);
}
const { queries, load } = JSON.parse(fs.readFileSync(path.join(HERE, "queries/news.json"), "utf8"));
const rows = [];
for (const n of counts) {
  const dir = corpusDir(n);
  const site = path.join(HERE, "work/sites", `shard-${n / 1000}k`);
  fs.mkdirSync(site, { recursive: true });
  // Build the site with GNU time's peak memory where there is one, else without.
  const t0 = Date.now();
  const timed = fs.existsSync("/usr/bin/time");
  const cmd = timed ? "/usr/bin/time" : CLI;
  const cmdArgs = [...(timed ? ["-v", CLI] : []), "build", dir, "-o", site, "--layout", "sharded"];
  const built = spawnSync(cmd, cmdArgs, { encoding: "utf8", maxBuffer: 1 << 28 });
  if (built.status !== 0) {
    console.error(built.stderr);
    process.exit(1);
  }
  const buildSeconds = (Date.now() - t0) / 1000;
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(built.stderr);
  const all = files(site);
  const plain = all.filter((f) => f.p.endsWith(".bin"));
  const br = all.filter((f) => f.p.endsWith(".br"));
  const coreBr = br.find((f) => f.p.endsWith("corpus-core.bin.br")).size;
  const chunkBr = br.filter((f) => !f.p.endsWith("corpus-core.bin.br")).map((f) => f.size);
  const reads = [];
  for (const { q } of queries) {
    const r = spawnSync(CLI, ["query", site, q, "--json"], { encoding: "utf8", maxBuffer: 1 << 28 });
    const m = /read (\d+) of (\d+) chunks, ([\d.]+) KB \(([\d.]+) KB as brotli\), in (\d+) runs/.exec(
      r.stderr,
    );
    if (r.status !== 0 || !m) {
      console.error(`query ${q}: ${r.stderr}`);
      process.exit(1);
    }
    reads.push({ chunks: +m[1], kb: +m[3], brKb: +m[4], runs: +m[5] });
  }
  rows.push({
    n,
    buildSeconds,
    peakMb: peak ? Number(peak[1]) / 1024 : null,
    files: all.length,
    coreMb: plain.find((f) => f.p.endsWith("corpus-core.bin")).size / 1e6,
    coreBrMb: coreBr / 1e6,
    chunks: plain.length - 1,
    largestBrKb: Math.max(...chunkBr) / 1e3,
    medianBrKb: percentile(chunkBr, 0.5) / 1e3,
    q50: percentile(reads.map((r) => r.brKb), 0.5),
    q95: percentile(reads.map((r) => r.brKb), 0.95),
    c50: percentile(reads.map((r) => r.chunks), 0.5),
    c95: percentile(reads.map((r) => r.chunks), 0.95),
    runsMax: Math.max(...reads.map((r) => r.runs)),
  });
}
console.log(
  "| documents | build s | peak MB | files | core MB (brotli) | chunks | chunk .br median / largest KB | first query reads, chunks p50 / p95 | brotli KB p50 / p95 | runs max |",
);
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(
    `| ${r.n.toLocaleString("en")} | ${r.buildSeconds.toFixed(0)} | ${r.peakMb ? r.peakMb.toFixed(0) : "–"} | ${r.files} | ${r.coreMb.toFixed(1)} (${r.coreBrMb.toFixed(1)}) | ${r.chunks} | ${r.medianBrKb.toFixed(0)} / ${r.largestBrKb.toFixed(0)} | ${r.c50} / ${r.c95} | ${r.q50.toFixed(0)} / ${r.q95.toFixed(0)} | ${r.runsMax} |`,
  );
}

if (inPage) {
  // One row per system and count; a build or a visit that fails (or times out) gives a row that
  // says so, and the others are still measured.
  const pageRows = [];
  const loadAvg = () => os.loadavg().map((x) => x.toFixed(1)).join(" ");
  // Each site is visited twice: over HTTP/1.1 (six connections to a host, so a query's chunks
  // queue behind one another) and over HTTPS and HTTP/2 (one connection, every request at once),
  // as static hosts and CDNs serve today.
  const measure = async (n, system, site, buildSeconds, buildPeakMb) => {
    await measureOver(n, system, site, buildSeconds, buildPeakMb, false);
    await measureOver(n, `${system}, HTTP/2`, site, null, null, true);
  };
  const measureOver = async (n, system, site, buildSeconds, buildPeakMb, http2) => {
    console.error(`${n} · ${system}: ${buildSeconds === null ? "" : `built in ${buildSeconds.toFixed(0)} s; `}visiting (load ${loadAvg()})`);
    let v;
    try {
      v = await visit(site, {
        loadQuery: load,
        queries,
        nginx: true,
        http2,
        throttle: { mbit: 50, latencyMs: 20 },
        timeoutMs: VISIT_TIMEOUT_MS,
      });
    } catch (e) {
      const step = /\(while ([^;)]*)/.exec(e.message)?.[1];
      const failed = `${/Timeout/i.test(e.message) ? `visit timed out (${VISIT_TIMEOUT_MS / 1000} s)` : "visit failed"}${step ? ` while ${step}` : ""}`;
      console.error(`${n} · ${system}: ${failed}: ${e.message}`);
      pageRows.push({ n, system, buildSeconds, buildPeakMb, failed });
      return;
    }
    if (v.problems.length) console.error(v.problems.join("\n"));
    const ms = (xs) => xs.map((x) => x.ms).filter((x) => x !== null);
    const mb = (m) => (m.js + m.wasm) / 1048576;
    pageRows.push({
      n,
      system,
      buildSeconds,
      buildPeakMb,
      first: v.frame,
      transferredMb: v.transferred / 1048576,
      cold50: percentile(ms(v.cold), 0.5),
      cold95: percentile(ms(v.cold), 0.95),
      warm50: percentile(ms(v.warm), 0.5),
      warm95: percentile(ms(v.warm), 0.95),
      timeouts: v.cold.filter((x) => x.ms === null).length,
      memory: mb(v.memory),
      memoryAfter: mb(v.memoryAfter),
    });
    console.error(
      `${n} · ${system}: first result at ${v.frame.toFixed(0)} ms after ${(v.transferred / 1048576).toFixed(2)} MB (the page's own ${(v.pageTransferred / 1048576).toFixed(2)}); load ${loadAvg()}`,
    );
  };
  for (const n of counts) {
    const dir = corpusDir(n);
    // The explorer: the page embeds the core, the chunks go beside it (.ci/tools.sh build_dist),
    // under GNU time for the peak memory of its largest step.
    const site = path.join(HERE, "work/sites", `page-shard-${n / 1000}k`);
    console.error(`${n} · explorer: building the page (load ${loadAvg()})`);
    const t0 = Date.now();
    const timed = fs.existsSync("/usr/bin/time");
    const script = ["bash", "-c", 'source .ci/tools.sh && build_dist "$1"', "build", site];
    const built = spawnSync(timed ? "/usr/bin/time" : script[0], timed ? ["-v", ...script] : script.slice(1), {
      cwd: ROOT,
      env: { ...process.env, CORPUS_DIR: dir, CORPUS_LAYOUT: "sharded" },
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    const buildSeconds = (Date.now() - t0) / 1000;
    const stderr = built.stderr ?? "";
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    const buildPeakMb = rss ? Number(rss[1]) / 1024 : null;
    if (built.status !== 0) {
      const tail = stderr.trim().split("\n").slice(timed ? -40 : -15).join("\n");
      console.error(`${n} · explorer: the page's build failed after ${buildSeconds.toFixed(0)} s:\n${tail}`);
      pageRows.push({ n, system: "explorer", buildSeconds, buildPeakMb, failed: `build failed (exit ${built.status ?? built.signal})` });
    } else {
      await measure(n, "explorer", site, buildSeconds, buildPeakMb);
    }
    // Pagefind on the same documents, one page each, as run.mjs builds it (lib/sites.mjs), with
    // a .gz and a .br copy of the files its search page fetches uncompressed (its index files are
    // gzip already), as the explorer's site has for all of its files.
    const pagefindSite = path.join(HERE, "work/sites", `page-pagefind-${n / 1000}k`);
    console.error(`${n} · pagefind: writing the pages and indexing them (load ${loadAvg()})`);
    try {
      const pf = buildPagefind(readCorpus(dir), pagefindSite, { peak: true });
      precompress(pagefindSite);
      await measure(n, "pagefind", pagefindSite, pf.seconds, pf.peakMb);
    } catch (e) {
      console.error(`${n} · pagefind: ${e.message}`);
      pageRows.push({ n, system: "pagefind", buildSeconds: null, buildPeakMb: null, failed: "build failed" });
    }
  }
  console.log("");
  console.log(
    "| documents | system | site build s | build peak MB | first result ms | transferred by then MB | query first meeting p50 / p95 ms | warm p50 / p95 ms | memory loaded / after the queries MB |",
  );
  console.log("|---:|---|---:|---:|---:|---:|---|---|---|");
  const num = (x, digits = 0) => (x === null || x === undefined ? "–" : x.toFixed(digits));
  for (const r of pageRows) {
    const head = `| ${r.n.toLocaleString("en")} | ${r.system} | ${num(r.buildSeconds)} | ${num(r.buildPeakMb)} |`;
    if (r.failed) {
      console.log(`${head} ${r.failed} | | | | |`);
      continue;
    }
    console.log(
      `${head} ${r.first.toFixed(0)} | ${r.transferredMb.toFixed(2)} | ${r.cold50.toFixed(1)} / ${r.cold95.toFixed(1)}${r.timeouts ? ` (${r.timeouts} timed out)` : ""} | ${r.warm50.toFixed(1)} / ${r.warm95.toFixed(1)} | ${r.memory.toFixed(0)} / ${r.memoryAfter.toFixed(0)} |`,
    );
  }
}

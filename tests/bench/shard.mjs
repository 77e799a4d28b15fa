// The sharded site (issue 11). Natively: build time and peak memory, files and sizes, and what the
// first meeting of each query of `queries/news.json` reads (chunks, bytes, brotli bytes), through
// the command-line tool on a fresh site per query. With --page, also in the page: the explorer
// built on the corpus in the sharded layout (`CORPUS_LAYOUT=sharded`, .ci/tools.sh build_dist),
// served by nginx under a sub-path, in headless Chromium with the network throttled through the
// DevTools protocol (50 Mbit/s, 20 ms): first result on screen and bytes transferred by then,
// each query's first meeting (chunk fetches included) and warm time, memory once loaded and
// after the queries.
//
//   node tests/bench/shard.mjs [--counts 10000,100000] [--page]
//
// Corpora are generated into tests/bench/work/corpora/news-<N> when missing; sites are written to
// tests/bench/work/sites/shard-<N> (and page-shard-<N>). Prints Markdown tables for BENCHMARKS.md.

import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { visit } from "./lib/browser.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const CLI = path.join(ROOT, "target/release/corpus");
const args = process.argv.slice(2);
const countsArg = args.includes("--counts") ? args[args.indexOf("--counts") + 1] : "10000";
const counts = countsArg.split(",").map(Number);
const inPage = args.includes("--page");

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
  const pageRows = [];
  for (const n of counts) {
    const dir = corpusDir(n);
    const site = path.join(HERE, "work/sites", `page-shard-${n / 1000}k`);
    const t0 = Date.now();
    const built = spawnSync("bash", ["-c", 'source .ci/tools.sh && build_dist "$1"', "build", site], {
      cwd: ROOT,
      env: { ...process.env, CORPUS_DIR: dir, CORPUS_LAYOUT: "sharded" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (built.status !== 0) process.exit(1);
    const buildSeconds = (Date.now() - t0) / 1000;
    const v = await visit(site, {
      loadQuery: load,
      queries,
      nginx: true,
      throttle: { mbit: 50, latencyMs: 20 },
      timeoutMs: 300000,
    });
    if (v.problems.length) console.error(v.problems.join("\n"));
    const ms = (xs) => xs.map((x) => x.ms).filter((x) => x !== null);
    const mb = (m) => (m.js + m.wasm) / 1048576;
    pageRows.push({
      n,
      buildSeconds,
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
  }
  console.log("");
  console.log(
    "| documents | site build s | first result ms | transferred by then MB | query first meeting p50 / p95 ms | warm p50 / p95 ms | memory loaded / after the queries MB |",
  );
  console.log("|---:|---:|---:|---:|---|---|---|");
  for (const r of pageRows) {
    console.log(
      `| ${r.n.toLocaleString("en")} | ${r.buildSeconds.toFixed(0)} | ${r.first.toFixed(0)} | ${r.transferredMb.toFixed(2)} | ${r.cold50.toFixed(1)} / ${r.cold95.toFixed(1)}${r.timeouts ? ` (${r.timeouts} timed out)` : ""} | ${r.warm50.toFixed(1)} / ${r.warm95.toFixed(1)} | ${r.memory.toFixed(0)} / ${r.memoryAfter.toFixed(0)} |`,
    );
  }
}

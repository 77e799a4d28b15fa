// The sharded site, natively (issue 11): build time and peak memory, files and sizes, and what the
// first meeting of each query of `queries/news.json` reads (chunks, bytes, brotli bytes), through
// the command-line tool on a fresh site per query. Not the page: the page does not read a sharded
// site yet.
//
//   node tests/bench/shard.mjs [--counts 10000,100000]
//
// Corpora are generated into tests/bench/work/corpora/news-<N> when missing; sites are written to
// tests/bench/work/sites/shard-<N>. Prints a Markdown table for BENCHMARKS.md.

import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const CLI = path.join(ROOT, "target/release/corpus");
const args = process.argv.slice(2);
const countsArg = args.includes("--counts") ? args[args.indexOf("--counts") + 1] : "10000";
const counts = countsArg.split(",").map(Number);

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
const queries = JSON.parse(fs.readFileSync(path.join(HERE, "queries/news.json"), "utf8")).queries;
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

// The benchmark: the explorer beside Pagefind and MiniSearch on the same corpora and queries, in
// the same headless Chromium, plus search quality on the development corpus. Writes
// BENCHMARKS.md at the repository root and the raw figures to tests/bench/results.json.
//
//   make bench                     everything (installs what is missing first; see .ci/bench)
//   node tests/bench/run.mjs [--corpora seed,news-1k,news-10k,python-docs]
//                            [--systems explorer,pagefind,minisearch] [--runs 5] [--no-quality]
//   node tests/bench/run.mjs --report-only    rewrite BENCHMARKS.md from results.json
//   node tests/bench/run.mjs --corpora news-10k --merge
//                            measure some corpora again and keep the rest of results.json
//
// Needs: trunk and the wasm tools on PATH, target/release/corpus built, Chromium, the npm
// packages of tests/browser and tests/bench, gzip, brotli, and (for the Python docs) apt-get and
// dpkg-deb. .ci/bench sees to all of that.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { visit, rankings } from "./lib/browser.mjs";
import { measureViews } from "./lib/views.mjs";
import { CORPORA, WORK } from "./lib/corpora.mjs";
import { readCorpus } from "./lib/documents.mjs";
import { score, dedupe } from "./lib/metrics.mjs";
import { writeReport } from "./lib/report.mjs";
import { fileSizes, folderBytes, listFiles, transfer } from "./lib/sizes.mjs";
import { BENCH, ROOT, buildExplorer, buildMiniSearch, buildPagefind } from "./lib/sites.mjs";

const SYSTEMS = ["explorer", "pagefind", "minisearch"];
const RESULTS = path.join(BENCH, "results.json");
// The development corpus beside the repository (`../shared/corpora/dev`).
const DEV = path.resolve(ROOT, "../shared/corpora/dev");
const CLI = path.join(ROOT, "target/release/corpus");

const { values: args } = parseArgs({
  options: {
    corpora: { type: "string", default: Object.keys(CORPORA).join(",") },
    systems: { type: "string", default: SYSTEMS.join(",") },
    runs: { type: "string", default: "5" },
    "no-quality": { type: "boolean", default: false },
    "report-only": { type: "boolean", default: false },
    merge: { type: "boolean", default: false },
    dev: { type: "string", default: DEV },
  },
});

const started = Date.now();
const log = (msg) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

function sh(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

function machine() {
  const cpu = os.cpus();
  const release = readFileSync("/etc/os-release", "utf8");
  return {
    cpu: cpu[0]?.model ?? "unknown",
    cores: cpu.length,
    ramGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    os: `${/^PRETTY_NAME="?([^"\n]*)"?$/m.exec(release)?.[1] ?? "Linux"}, kernel ${os.release()}`,
    chromium: sh(process.env.CHROMIUM ?? "/usr/bin/chromium", ["--version"]),
    node: process.version,
    rustc: sh("rustc", ["--version"]),
    trunk: sh("trunk", ["--version"]),
    wasmOpt: sh("wasm-opt", ["--version"]),
    pagefind: JSON.parse(readFileSync(path.join(BENCH, "node_modules/pagefind/package.json"), "utf8")).version,
    minisearch: JSON.parse(readFileSync(path.join(BENCH, "node_modules/minisearch/package.json"), "utf8")).version,
    load: os.loadavg().map((x) => +x.toFixed(2)),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
};

function latency(pass) {
  const done = pass.filter((r) => r.ms !== null);
  const ms = done.map((r) => r.ms);
  return {
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    max: Math.max(...ms),
    timeouts: pass.length - done.length,
    empty: pass.filter((r) => r.hits === 0).length,
    queries: pass.length,
  };
}

/** The explorer's own account of a corpus: stats, or the diagnostics when it does not compile. */
function explorerStats(dir) {
  const r = spawnSync(CLI, ["stats", dir, "--json"], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status === 0) {
    const s = JSON.parse(r.stdout);
    return {
      ok: true,
      ...Object.fromEntries(["documents", "passages", "words", "terms", "text_bytes", "bundle_bytes", "languages"].map((k) => [k, s[k]])),
      warnings: s.warnings.length,
    };
  }
  const check = spawnSync(CLI, ["check", dir], { encoding: "utf8", maxBuffer: 1 << 28 });
  const lines = `${check.stdout}\n${check.stderr}`.split("\n").filter((l) => /error/.test(l));
  return { ok: false, errors: lines.slice(0, 20), errorCount: lines.length };
}

/** The site's file for a served URL (without its query string). */
const fileOf = (site, url) => {
  const p = decodeURIComponent(new URL(url, "http://x").pathname);
  return path.join(site, p.endsWith("/") ? `${p}index.html` : p);
};

async function measureSystem(system, corpus, dir, docs, runs) {
  const site = path.join(WORK, "sites", corpus.name, system);
  log(`${corpus.name} · ${system}: building`);
  let build;
  try {
    build =
      system === "explorer" ? buildExplorer(dir, site)
      : system === "pagefind" ? buildPagefind(docs, site)
      : buildMiniSearch(docs, site);
  } catch (e) {
    log(`${corpus.name} · ${system}: build failed: ${e.message}`);
    return { system, failed: e.message };
  }
  log(`${corpus.name} · ${system}: built in ${build.seconds.toFixed(1)} s; ${runs} visits`);
  // What the search needs on the host: not the documents' own pages, nor the explorer's copy of
  // its module for pages opened from disk.
  const skip = (rel) => rel.endsWith(".wasm.js") || (system !== "explorer" && rel.startsWith("p/"));
  const siteBytes = listFiles(site, skip).reduce((n, f) => n + statSync(f).size, 0);
  const visits = [];
  for (let i = 0; i < runs; i++) {
    const last = i === runs - 1;
    const v = await visit(site, { loadQuery: corpus.queries.load, queries: last ? corpus.queries.queries : null });
    log(`${corpus.name} · ${system}: visit ${i + 1}: first result at ${v.frame.toFixed(0)} ms${last ? ", queries typed" : ""}`);
    visits.push(v);
  }
  let views = null;
  if (system === "explorer") {
    log(`${corpus.name} · explorer: the views, opened and used in the page`);
    try {
      views = await measureViews(site, { query: corpus.queries.load });
    } catch (e) {
      views = { failed: e.message };
    }
  }
  const byFrame = [...visits].sort((a, b) => a.frame - b.frame);
  const typical = byFrame[Math.floor((byFrame.length - 1) / 2)];
  const fetchedFiles = typical.fetched.filter((f) => f.status === 200).map((f) => fileOf(site, f.url));
  const last = visits.at(-1);
  return {
    system,
    build,
    site: siteBytes,
    firstResult: {
      frame: median(visits.map((v) => v.frame)),
      dom: median(visits.map((v) => v.dom)),
      min: byFrame[0].frame,
      max: byFrame.at(-1).frame,
      runs: visits.map((v) => +v.frame.toFixed(1)),
      fetchedBy: median(visits.map((v) => v.fetchedBy)),
    },
    fetched: { ...transfer(fetchedFiles), urls: typical.fetched.map((f) => f.url) },
    memory: {
      js: median(visits.map((v) => v.memory.js)),
      wasm: median(visits.map((v) => v.memory.wasm)),
      total: median(visits.map((v) => v.memory.js + v.memory.wasm)),
      workers: last.memory.workers.length,
    },
    cold: latency(last.cold),
    warm: latency(last.warm),
    engineInPage: system === "explorer" ? engineTimes(last.cold) : null,
    native: system === "explorer" ? nativeTimes(path.join(site, "..", "corpus.bin"), corpus.queries.file) : null,
    views,
    perQuery: last.cold.map((c, i) => ({ q: c.q, cold: c.ms, warm: last.warm[i].ms, hits: c.hits, status: c.status })),
    problems: [...new Set(visits.flatMap((v) => v.problems))],
  };
}

/**
 * The explorer's own timing of each search, in the page: its status line ends "· 1.2 ms" (the
 * engine's search call, measured in WebAssembly), so the rest of a query's time is rendering.
 */
function engineTimes(pass) {
  const ms = pass.map((r) => /([\d.]+) ms/.exec(r.status ?? "")?.[1]).filter(Boolean).map(Number);
  return ms.length ? { p50: percentile(ms, 50), p95: percentile(ms, 95), queries: ms.length } : null;
}

/** Decoding the bundle and running the queries natively (corpus/examples/timing.rs). */
function nativeTimes(bundle, queriesFile) {
  const r = spawnSync(path.join(ROOT, "target/release/examples/timing"), [bundle, queriesFile], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) return { failed: (r.stderr || `exit ${r.status}`).trim() };
  const out = JSON.parse(r.stdout);
  const ms = out.queries.map((q) => q.ms);
  return { decode: out.decode_ms, engine: out.engine_ms, p50: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms) };
}

/**
 * The explorer's WebAssembly and JavaScript files: raw, gzip -9, brotli -q 11; and the size of the
 * base64 companion that only pages opened from disk read.
 */
function bundleFiles(site) {
  const all = listFiles(site);
  const files = all.filter((f) => /\.(wasm|js)$/.test(f) && !f.endsWith(".wasm.js"));
  const base64 = all.find((f) => f.endsWith(".wasm.js"));
  return {
    files: files.map((f) => ({ file: path.basename(f), ...fileSizes(f) })),
    base64Bytes: base64 ? statSync(base64).size : 0,
  };
}

/** Ranking quality on the development corpus, through the same pages. */
async function quality(systems) {
  const docsDir = path.join(args.dev, "docs");
  const judgments = JSON.parse(readFileSync(path.join(args.dev, "queries.json"), "utf8"));
  const docs = readCorpus(docsDir);
  const out = { corpus: path.relative(ROOT, docsDir), queries: judgments.length, systems: {} };
  const idOfPage = (url) => {
    const m = /\/p\/(\d+)\.html$/.exec(new URL(url, "http://x").pathname);
    return m ? docs[Number(m[1])].id : null;
  };
  const idOfExplorerLink = (url) => new URL(url, "http://x").searchParams.get("doc");
  for (const system of systems) {
    const site = path.join(WORK, "sites", "dev", system);
    log(`quality · ${system}: building on ${docsDir}`);
    try {
      if (system === "explorer") buildExplorer(docsDir, site);
      else if (system === "pagefind") buildPagefind(docs, site);
      else buildMiniSearch(docs, site);
    } catch (e) {
      out.systems[system] = { failed: e.message, check: explorerStats(docsDir) };
      continue;
    }
    const via = system === "explorer" ? "dom" : "benchRank";
    const ranked = await rankings(site, judgments.map((j) => j.query), { via });
    const toId = system === "explorer" ? idOfExplorerLink : idOfPage;
    const judged = judgments.map((j, i) => ({ id: j.id, ranking: dedupe(ranked[i].map(toId).filter(Boolean)), relevant: j.relevant }));
    out.systems[system] = { ...score(judged), rankings: judged.map((j) => ({ id: j.id, ranking: j.ranking })) };
    log(`quality · ${system}: nDCG@10 ${out.systems[system].ndcg.toFixed(3)}`);
  }
  // Our engine's own evaluation (corpus eval-search), when the command exists.
  const r = spawnSync(CLI, ["eval-search", docsDir, path.join(args.dev, "queries.json"), "--json"], { encoding: "utf8" });
  out.engine = r.status === 0 ? { ok: true, output: JSON.parse(r.stdout) } : { ok: false, message: (r.stderr || r.stdout).trim().split("\n").slice(0, 3).join(" ") };
  return out;
}

async function main() {
  if (args["report-only"]) {
    writeReport(JSON.parse(readFileSync(RESULTS, "utf8")));
    return;
  }
  const systems = args.systems.split(",").filter(Boolean);
  const runs = Number(args.runs);
  const results = {
    date: new Date().toISOString(),
    commit: `${sh("git", ["-C", ROOT, "rev-parse", "--short", "HEAD"])}${sh("git", ["-C", ROOT, "status", "--porcelain", "--untracked-files=no"]) ? " (with uncommitted changes)" : ""}`,
    machine: machine(),
    command: `node tests/bench/run.mjs ${process.argv.slice(2).join(" ")}`.trim(),
    runs,
    corpora: [],
  };
  // Read before the first corpus is written over it.
  const merging = args.merge && existsSync(RESULTS);
  const earlier = merging ? JSON.parse(readFileSync(RESULTS, "utf8")) : null;
  const save = () => writeFileSync(RESULTS, JSON.stringify(merging ? { ...earlier, partial: results } : results, null, 1));
  for (const name of args.corpora.split(",").filter(Boolean)) {
    if (!CORPORA[name]) throw new Error(`unknown corpus ${name}; known: ${Object.keys(CORPORA).join(", ")}`);
    const corpus = { name, ...CORPORA[name] };
    log(`${name}: preparing the corpus`);
    const dir = corpus.prepare();
    const docs = readCorpus(dir);
    const entry = {
      name,
      title: corpus.title,
      dir: path.relative(ROOT, dir),
      documents: docs.length,
      sourceBytes: folderBytes(dir),
      formats: Object.fromEntries(["text", "markdown", "html"].map((f) => [f, docs.filter((d) => d.format === f).length])),
      loadQuery: corpus.queries.load,
      queryCount: corpus.queries.queries.length,
      explorer: explorerStats(dir),
      load: os.loadavg().map((x) => +x.toFixed(2)),
      systems: [],
    };
    for (const system of systems) entry.systems.push(await measureSystem(system, corpus, dir, docs, runs));
    if (name === "seed" && systems.includes("explorer")) entry.bundle = bundleFiles(path.join(WORK, "sites", name, "explorer"));
    results.corpora.push(entry);
    save();
  }
  if (merging) {
    // Corpora measured now replace their earlier entries, marked with when and at which commit.
    for (const c of results.corpora) c.remeasured = { date: results.date, commit: results.commit, command: results.command };
    // A corpus measured again keeps the systems it was not measured with this time.
    for (const c of results.corpora) {
      const before = earlier.corpora.find((e) => e.name === c.name);
      const again = new Set(c.systems.map((s) => s.system));
      if (before) c.systems = before.systems.map((s) => c.systems.find((n) => n.system === s.system) ?? s).concat(c.systems.filter((n) => !before.systems.some((s) => s.system === n.system)));
      c.remeasured.systems = [...again];
    }
    const fresh = new Map(results.corpora.map((c) => [c.name, c]));
    const kept = earlier.corpora.map((c) => fresh.get(c.name) ?? c);
    for (const c of results.corpora) if (!earlier.corpora.some((e) => e.name === c.name)) kept.push(c);
    Object.assign(results, { ...earlier, corpora: kept, quality: earlier.quality });
  }
  if (!args["no-quality"]) results.quality = await quality(systems);
  if (!merging) {
    results.machine.loadAfter = os.loadavg().map((x) => +x.toFixed(2));
    results.seconds = Math.round((Date.now() - started) / 1000);
  }
  writeFileSync(RESULTS, JSON.stringify(results, null, 1));
  writeReport(results);
  log(`wrote BENCHMARKS.md and ${path.relative(ROOT, RESULTS)}`);
}

await main();

// A query's time in the page, on a site already built: one visit (tests/bench/lib/browser.mjs),
// the queries typed once (first pass) and five times more (warm: each query's median), and their
// p50 / p95; beside it the engine's own share (the page's status line, "· 1.2 ms") and, with
// --profile, one more warm pass under the DevTools CPU profiler, summed by function.
//
//   node tests/bench/page.mjs SITE [--queries news.json] [--runs 1] [--profile out.cpuprofile]
//
// SITE is a built explorer, e.g. `CORPUS_DIR=tests/bench/work/corpora/news-10k
// CORPUS_LAYOUT=single bash -c 'source .ci/tools.sh && build_dist tests/bench/work/sites/page-10k'`. With --runs N,
// N visits, each with a fresh browser, and the median of their percentiles.

import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { visit } from "./lib/browser.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    queries: { type: "string", default: "news.json" },
    runs: { type: "string", default: "1" },
    profile: { type: "string" },
  },
});
if (positionals.length !== 1) {
  console.error("usage: node tests/bench/page.mjs SITE [--queries news.json] [--runs N] [--profile FILE]");
  process.exit(2);
}
const site = path.resolve(positionals[0]);
const { queries, load } = JSON.parse(fs.readFileSync(path.join(HERE, "queries", args.queries), "utf8"));

/** Nearest-rank percentile, as run.mjs. */
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
};
const median = (xs) => percentile(xs, 50);
const ms = (pass, key = "ms") => pass.map((r) => r[key]).filter((x) => x !== null && !Number.isNaN(x));

/** Self time by function, and by kind: WebAssembly, the JS glue and the browser's own work. */
function summarize(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const fns = new Map();
  const kinds = new Map();
  for (const [id, t] of self) {
    const { functionName, url } = byId.get(id).callFrame;
    const name = functionName || "(anonymous)";
    const kind = name.startsWith("(")
      ? name
      : url.startsWith("wasm://") || /\.wasm$/.test(url)
        ? "WebAssembly"
        : url
          ? "JavaScript"
          : "browser (DOM, layout, native)";
    fns.set(`${name} [${kind}]`, (fns.get(`${name} [${kind}]`) ?? 0) + t);
    kinds.set(kind, (kinds.get(kind) ?? 0) + t);
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log("\nself time of one warm pass, by kind (ms):");
  for (const [k, t] of top(kinds, 20)) console.log(`  ${t.toFixed(1).padStart(8)}  ${k}`);
  console.log("\nby function (ms):");
  for (const [f, t] of top(fns, 40)) console.log(`  ${t.toFixed(1).padStart(8)}  ${f}`);
}

const runs = [];
for (let i = 0; i < Number(args.runs); i++) {
  const v = await visit(site, { loadQuery: load, queries, profile: Boolean(args.profile) && i === 0 });
  if (v.problems.length) console.error(v.problems.join("\n"));
  const row = {
    first: v.frame,
    cold50: percentile(ms(v.cold), 50),
    cold95: percentile(ms(v.cold), 95),
    warm50: percentile(ms(v.warm), 50),
    warm95: percentile(ms(v.warm), 95),
    engine50: percentile(ms(v.warm, "engine"), 50),
    engine95: percentile(ms(v.warm, "engine"), 95),
    timeouts: v.cold.filter((x) => x.ms === null).length,
    empty: v.cold.filter((x) => x.hits === 0).length,
  };
  console.error(`visit ${i + 1}: ${JSON.stringify(row, (k, x) => (typeof x === "number" ? +x.toFixed(2) : x))}`);
  const slowest = [...v.warm].sort((a, b) => (b.ms ?? Infinity) - (a.ms ?? Infinity)).slice(0, 10);
  console.error(`  slowest warm: ${slowest.map((w) => `${w.q} ${w.ms?.toFixed(1)} (engine ${w.engine})`).join(", ")}`);
  runs.push(row);
  if (v.profile) {
    fs.writeFileSync(args.profile, JSON.stringify(v.profile));
    summarize(v.profile);
  }
}
const m = (k) => median(runs.map((r) => r[k])).toFixed(1);
console.log(`\n${queries.length} queries, ${runs.length} visit(s), median of the visits:`);
console.log("| first result ms | first pass p50 / p95 ms | warm p50 / p95 ms | engine (warm) p50 / p95 ms |");
console.log("|---:|---:|---:|---:|");
console.log(`| ${m("first")} | ${m("cold50")} / ${m("cold95")} | ${m("warm50")} / ${m("warm95")} | ${m("engine50")} / ${m("engine95")} |`);

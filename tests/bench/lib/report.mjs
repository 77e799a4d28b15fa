// Writes BENCHMARKS.md from the results of run.mjs. The findings (tests/bench/findings.md, written
// by hand after looking at a run) are appended as they are.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BENCH, ROOT } from "./sites.mjs";

const NAMES = { explorer: "explorer (ours)", pagefind: "Pagefind", minisearch: "MiniSearch" };

const int = (n) => Math.round(n).toLocaleString("en-US");
const kb = (n) => (n >= 10 * 2 ** 20 ? `${(n / 2 ** 20).toFixed(1)} MB` : `${int(n / 1024)} KB`);
const ms = (n) => (n === undefined || n === null ? "–" : n >= 100 ? int(n) : n.toFixed(1));
const s = (n) => (n >= 10 ? n.toFixed(0) : n.toFixed(1));
const plural = (n, word) => `${int(n)} ${word}${n === 1 ? "" : "s"}`;
const row = (cells) => `| ${cells.join(" | ")} |`;
const table = (head, rows, align) =>
  [row(head), row(align ?? head.map(() => "---")), ...rows.map(row)].join("\n");

function machineSection(r) {
  const m = r.machine;
  return `## Machine and run

| | |
|---|---|
| date | ${r.date.replace("T", " ").replace(/\.\d+Z$/, " UTC")} |
| commit | ${r.commit ?? "–"} |
| CPU | ${m.cpu}, ${m.cores} cores |
| RAM | ${m.ramGiB} GiB |
| OS | ${m.os} |
| browser | ${m.chromium} (headless, from \`tests/browser/support.mjs\`) |
| tools | ${m.node}; ${m.rustc}; ${m.trunk}; ${m.wasmOpt}; pagefind ${m.pagefind}; minisearch ${m.minisearch} |
| load average | ${m.load.join(" / ")} at the start, ${m.loadAfter?.join(" / ") ?? "–"} at the end (1 / 5 / 15 min; other work shares the 2 cores) |
| duration | ${r.seconds ? `${int(r.seconds / 60)} min` : "–"}, ${r.runs} visits per system and corpus |

Commands: \`make bench\` (= \`.ci/bench\`: installs what is missing, builds \`target/release/corpus\`, then
runs \`${r.command}\`). Each site is built as follows (times in the tables):

- explorer: \`CORPUS_DIR=<folder> trunk build --release --dist tests/bench/work/sites/<corpus>/explorer\`
  (the Rust dependencies already compiled; the time covers \`build.rs\` compiling the corpus, compiling
  and linking the app with the embedded bundle, wasm-bindgen and \`wasm-opt -O3\`). In brackets: the
  corpus compiler alone, \`target/release/corpus build <folder> -o corpus.bin\`.
- Pagefind: \`tests/bench/node_modules/.bin/pagefind --site <site>\` over one HTML page per document
  (written by \`tests/bench/lib/sites.mjs\`, not timed; about a second per 10,000 pages).
- MiniSearch: \`new MiniSearch(...)\`, \`addAll\` and \`JSON.stringify\` in Node (\`lib/sites.mjs\`).
`;
}

function seedSection(r) {
  const seed = r.corpora.find((c) => c.name === "seed");
  const ours = seed?.systems.find((x) => x.system === "explorer" && !x.failed);
  if (!seed || !ours) return "";
  const { files, base64Bytes } = seed.bundle;
  const sum = (k) => files.reduce((n, f) => n + f[k], 0);
  const rows = files.map((f) => [`\`${f.file}\``, int(f.raw), int(f.gzip), int(f.brotli)]);
  rows.push(["**total**", `**${int(sum("raw"))}**`, `**${int(sum("gzip"))}**`, `**${int(sum("brotli"))}**`]);
  return `## A. The explorer on the seed corpus

\`dist/\` as \`make dist\` builds it (\`seeds/\`: ${seed.documents} document, ${int(seed.sourceBytes)} bytes). Bytes of
the WebAssembly module and the JavaScript glue:

${table(["file", "raw", "gzip -9", "brotli -q 11"], rows, ["---", "---:", "---:", "---:"])}

The \`*_bg.wasm.js\` companion (the module in base64, ${int(base64Bytes)} bytes) is only read when the page is
opened from disk; over HTTP it is never fetched, so it is left out here and below.

- First result on screen after navigating to \`?q=${seed.loadQuery}\`: **${ms(ours.firstResult.frame)} ms** (median of
  ${ours.firstResult.runs.length} visits, each in a fresh browser; ${ours.firstResult.runs.join(", ")} ms).
- A query in the page: **${ms(ours.cold.p50)} ms** median (p95 ${ms(ours.cold.p95)} ms) over the ${ours.cold.queries} queries of
  \`tests/bench/queries/seed.json\`, typed one after the other.
`;
}

function systemRows(c) {
  return c.systems.map((x) => {
    if (x.failed) return [NAMES[x.system], `build failed: ${x.failed}`, "", "", "", "", "", "", ""];
    const build = x.system === "explorer" ? `${s(x.build.seconds)} (${s(x.build.compileSeconds)})` : s(x.build.seconds);
    const site = typeof x.site === "number" ? kb(x.site) : kb(x.site.raw);
    const fetched = `${kb(x.fetched.raw)} / ${kb(x.fetched.gzip)} / ${kb(x.fetched.brotli)} (${x.fetched.files} files)`;
    const first = `${ms(x.firstResult.frame)} (${ms(x.firstResult.min)}–${ms(x.firstResult.max)})`;
    const mem = `${kb(x.memory.total)} (JS ${kb(x.memory.js)}, wasm ${kb(x.memory.wasm)})`;
    const misses = x.cold.timeouts ? `, ${x.cold.timeouts} timed out` : "";
    return [
      NAMES[x.system],
      build,
      site,
      fetched,
      first,
      `${ms(x.cold.p50)} / **${ms(x.cold.p95)}**${misses}`,
      `${ms(x.warm.p50)} / ${ms(x.warm.p95)}`,
      mem,
      `${x.cold.queries - x.cold.empty} of ${x.cold.queries}`,
    ];
  });
}

function corpusSection(c) {
  const e = c.explorer;
  const formats = Object.entries(c.formats)
    .filter(([, n]) => n)
    .map(([f, n]) => `${int(n)} ${f}`)
    .join(", ");
  const indexed = e.ok
    ? `The explorer compiled ${plural(e.documents, "document")} into ${plural(e.passages, "passage")} (${int(e.text_bytes)} bytes of text, bundle ${int(e.bundle_bytes)} bytes${e.warnings ? `; ${int(e.warnings)} warnings, e.g. files it does not read` : ""}).`
    : `**The explorer cannot compile this corpus** (\`corpus check\`: ${e.errorCount} errors). First errors:\n\n\`\`\`\n${e.errors.join("\n")}\n\`\`\``;
  return `### ${c.title}

\`${c.dir}\`: ${plural(c.documents, "document")} (${formats}), ${int(c.sourceBytes)} bytes. ${indexed}
First result for \`?q=${c.loadQuery}\`; ${c.queryCount} queries. Load average when this corpus started: ${c.load?.join(" / ") ?? "–"}.${c.remeasured ? ` ${c.remeasured.systems ? c.remeasured.systems.join(", ") : "Every system"} measured again on ${c.remeasured.date.slice(0, 16).replace("T", " ")} UTC at commit ${c.remeasured.commit} (\`${c.remeasured.command}\`).` : ""}

${table(
  ["system", "build s", "site", "fetched until first result: raw / gzip / brotli", "first result ms (min–max)", "query ms p50 / p95", "warm p50 / p95", "memory once loaded", "queries with hits"],
  systemRows(c),
  ["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"],
)}
`;
}

function whereTimeGoes(r) {
  const rows = [];
  for (const c of r.corpora) {
    const x = c.systems.find((y) => y.system === "explorer" && !y.failed);
    if (!x) continue;
    const n = x.native && !x.native.failed ? x.native : null;
    const e = x.engineInPage;
    rows.push([
      c.title,
      c.explorer.ok ? kb(c.explorer.bundle_bytes) : "–",
      n ? ms(n.decode) : "–",
      n ? `${ms(n.p50)} / ${ms(n.p95)}` : "–",
      e ? `${ms(e.p50)} / ${ms(e.p95)}` : "–",
      `${ms(x.cold.p50)} / ${ms(x.cold.p95)}`,
      ms(x.firstResult.fetchedBy),
      ms(x.firstResult.frame),
    ]);
  }
  if (!rows.length) return "";
  return `### The explorer: where the time goes

Native figures from \`corpus/examples/timing.rs\` (\`target/release/examples/timing <bundle> <queries>\`: decode the
bundle once, each query 5 times, median; 20 hits as the page asks). "search in the page" is the app's own
timing of its search call, read from its status line ("· 1.2 ms"); the rest of a query is rendering.
"fetched by" is when the page's last file before the first result (the .wasm) had arrived; after it come
compiling the module, decoding the corpus, the first search and rendering.

${table(
  ["corpus", "bundle", "native decode ms", "native query p50 / p95", "search in the page p50 / p95", "whole query p50 / p95", "fetched by ms", "first result ms"],
  rows,
  ["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"],
)}
`;
}

function targetsSection(r) {
  const c = r.corpora.find((x) => x.name === "news-10k");
  if (!c) return "";
  const ours = c.systems.find((x) => x.system === "explorer");
  const mini = c.systems.find((x) => x.system === "minisearch");
  if (!ours || ours.failed) return `## Targets (10,000 documents)\n\nNot measured: the explorer did not build.\n`;
  const text = c.explorer.ok ? c.explorer.text_bytes : c.sourceBytes;
  const budget = text / 2 + 300 * 1024;
  const verdict = (ok, detail) => `${ok ? "**met**" : "**missed**"}: ${detail}`;
  const lines = [
    [
      "query p95 ≤ 5 ms in the page (with facets and snippets)",
      verdict(ours.cold.p95 <= 5, `p95 ${ms(ours.cold.p95)} ms${ours.cold.p95 > 5 ? `, ${(ours.cold.p95 / 5).toFixed(1)}× the target` : ""} (warm: ${ms(ours.warm.p95)} ms)`),
    ],
    mini && !mini.failed
      ? [
          "query p95 below MiniSearch's",
          verdict(ours.cold.p95 < mini.cold.p95, `${ms(ours.cold.p95)} ms against ${ms(mini.cold.p95)} ms (warm: ${ms(ours.warm.p95)} against ${ms(mini.warm.p95)} ms)`),
        ]
      : null,
    ...["brotli", "gzip"].map((method) => [
      `compressed bytes ≤ half the text + 300 KB (${method})`,
      verdict(
        ours.fetched[method] <= budget,
        `${kb(ours.fetched[method])} against ${kb(budget)}${ours.fetched[method] > budget ? `, ${kb(ours.fetched[method] - budget)} over` : ""} (text: ${kb(text)}${c.explorer.ok ? " as the explorer extracted it" : ""})`,
      ),
    ]),
    [
      "first result on screen ≤ 1.5 s after navigation",
      verdict(ours.firstResult.frame <= 1500, `${ms(ours.firstResult.frame)} ms median, served uncompressed over loopback`),
    ],
  ].filter(Boolean);
  return `## Targets (10,000 documents)

${table(["target", "result"], lines)}
`;
}

/** Each view's open time and interaction times, per corpus (tests/bench/lib/views.mjs). */
function viewsSection(r) {
  const measured = r.corpora
    .map((c) => ({ c, v: c.systems.find((x) => x.system === "explorer")?.views }))
    .filter(({ v }) => v && !v.failed);
  if (!measured.length) return "";
  const order = ["search", "entity", "reader", "timeline", "network", "concordance", "figures", "words", "notes"];
  const f = (x) => (x === null || x === undefined ? "–" : ms(x));
  const parts = measured.map(({ c, v }) => {
    const rows = order
      .filter((name) => v.views[name])
      .map((name) => {
        const e = v.views[name];
        const over = (s) => (s && s.p95 > 16 ? " ✗" : "");
        return [
          name,
          e.open ? `${f(e.open.p50)} / **${f(e.open.p95)}**${over(e.open)}` : "–",
          e.interaction ?? "–",
          e.interactions ? `${f(e.interactions.p50)} / **${f(e.interactions.p95)}**${over(e.interactions)} (${e.interactions.n})` : "–",
        ];
      });
    return `### ${c.title}\n\n${table(["view", "open ms p50 / p95", "interaction", "answer ms p50 / p95 (count)"], rows)}`;
  });
  return `## D. The views (issue 8)

Each view opened from the search view's navigation link (7 times) and used (up to 30 times), timed
in the page from the event to the DOM holding the answer (\`tests/bench/lib/views.mjs\`). The target
is one frame: **16 ms p95**; ✗ marks a figure over it. The views show the whole corpus (no query:
the heaviest case), the concordance the corpus's load query; the reader opens the load query's
hits and steps to the next match; the search view toggles a filter from a result card.

${parts.join("\n")}`;
}

function qualitySection(r) {
  const q = r.quality;
  if (!q) return "";
  const f = (n) => n.toFixed(2);
  const rows = [];
  const engine = q.engine;
  if (engine?.ok) {
    const o = engine.output;
    const pick = (re) => {
      const found = Object.entries(o.summary ?? o.mean ?? o).find(([k, v]) => re.test(k) && typeof v === "number");
      return found ? f(found[1]) : "?";
    };
    rows.push(["our engine (`corpus eval-search`)", pick(/ndcg/i), pick(/recall/i), pick(/mrr|reciprocal/i), ""]);
  } else {
    rows.push(["our engine (`corpus eval-search`)", "pending", "pending", "pending", `not available yet: ${engine?.message ?? ""}`]);
  }
  for (const [system, x] of Object.entries(q.systems)) {
    if (x.failed) {
      const why = x.check && !x.check.ok ? `the corpus does not compile: ${x.check.errors[0] ?? ""}` : x.failed;
      rows.push([`${NAMES[system]} in the page`, "pending", "pending", "pending", why.replace(/\|/g, "\\|")]);
    } else {
      const ref = { pagefind: "issue 4: 0.72 / 0.65", minisearch: "issue 4: 0.89 / 0.87" }[system] ?? "";
      rows.push([`${NAMES[system]} in the page`, f(x.ndcg), f(x.recall), f(x.mrr), ref]);
    }
  }
  return `## C. Search quality on the development corpus

\`${q.corpus}\` with its ${q.queries} judged queries (\`queries.json\`). Rankings are read from each page in the
same headless Chromium: Pagefind (default settings) and MiniSearch (\`prefix: true, fuzzy: 0.2\`) through
\`window.benchRank(query, 10)\`, the explorer from the order of its rendered hits (\`li.hit a.doc-title\`, first
passage of each document; a document's rank is that of its best passage).

${table(["system", "nDCG@10", "recall@10", "MRR", "note"], rows, ["---", "---:", "---:", "---:", "---"])}

nDCG@10 uses the grade as gain (2 highly, 1 partly relevant) over log2(rank + 1), divided by the ideal
ordering's; recall@10 counts documents of grade ≥ 1 in the first ten; MRR is 1 / rank of the first
relevant document (0 if none). Means over the queries.
`;
}

const METHOD = `## What each figure means

- **build s**: wall-clock seconds of the build step named above, on this machine, with nothing cached
  but compiled Rust dependencies.
- **site**: the bytes on the host that search needs (explorer: \`dist/\` without the base64 copy of
  the module; Pagefind: its \`pagefind/\` folder and the search page; MiniSearch: the page, the
  library and \`index.json\`), uncompressed.
- **fetched until first result**: the files the loopback server had finished sending when the first
  \`li.hit\` entered the DOM (the server's log against the page's clock; worker fetches included),
  counted three ways: as served (raw, which is what the browser fetched here: the test server does
  not compress), and what a host compressing each file with \`gzip -9\` or \`brotli -q 11\` would send
  (files that do not shrink, such as Pagefind's already gzipped index chunks, counted raw).
- **first result ms**: navigation start to the animation frame after the first \`li.hit\` entered the
  DOM (\`performance.now()\` in the page, from a MutationObserver installed before any page script),
  for \`?q=<load query>\`. Median of the visits, each in a freshly launched Chromium with an empty
  profile; the server sends \`cache-control: no-store\`.
- **query ms**: in the page, from setting the search box and dispatching \`input\` to the moment the
  element carrying \`data-query="<that query>"\` is in the DOM (MutationObserver), over the corpus's
  query list typed one after another after the first result (two animation frames between queries).
  The first pass (p50 / p95) meets every query for the first time, so Pagefind fetches index chunks
  and excerpts over loopback; **warm**: five more passes over the list, each query's median time
  over them, then p50 / p95 over the queries (less sensitive to other work on the machine). What a query includes:
  explorer: ranking, highlighted passages for the first 20 hits and rendering; Pagefind: \`search()\`
  (in its web worker) with filter counts (facets: format, language, folder, year), \`data()\` with the
  excerpt of the first 20 results, rendering; MiniSearch: \`search()\` and rendering the titles of the
  first 20 results; MiniSearch has no excerpts or facet counts, so it does less work per query.
- **memory once loaded**: after the first result and network idle, a garbage collection, then for
  the page and each of its workers the JS heap in use (CDP \`Runtime.getHeapUsage\` usedSize) plus the
  size of every live WebAssembly memory (\`buffer.byteLength\`, found with CDP \`Runtime.queryObjects\`).
  Median of the visits. DOM and renderer overhead are not included.
- **queries with hits**: queries (first pass) that showed at least one result.
- Pagefind and MiniSearch index records read from the same folder by \`tests/bench/lib/documents.mjs\`
  (title, date, language, paragraphs). Pagefind pages carry their language (\`<html lang>\`), so,
  as Pagefind does by default, an English search page searches the English pages only.
`;

export function writeReport(r) {
  const findings = path.join(BENCH, "findings.md");
  const parts = [
    `# Benchmarks

The explorer beside Pagefind and MiniSearch on the same documents and queries, in
the same headless Chromium over loopback (issue 2's figures and issue 4, item 7). Generated by
\`make bench\` (\`tests/bench/run.mjs\`); raw figures in \`tests/bench/results.json\`.
`,
    machineSection(r),
    seedSection(r),
    `## B. Side by side\n\nTimes in ms, sizes in KB (1,024 bytes) or MB. **Bold**: the figure a target applies to.\n`,
    ...r.corpora.map(corpusSection),
    whereTimeGoes(r),
    targetsSection(r),
    viewsSection(r),
    qualitySection(r),
    METHOD,
    existsSync(findings) ? readFileSync(findings, "utf8") : "",
  ];
  writeFileSync(path.join(ROOT, "BENCHMARKS.md"), parts.filter(Boolean).join("\n").replace(/\n{3,}/g, "\n\n"));
}

// Builds the three static sites the benchmark compares, each from a corpus folder:
//   explorer    `trunk build --release` with CORPUS_DIR pointing at the folder
//   pagefind    one HTML page per document, indexed by the Pagefind CLI, and a search page
//   minisearch  a MiniSearch index built in Node and saved as JSON, and a search page
// Each builder returns { seconds, ... } where `seconds` is the time of the step a site owner
// would run on every corpus change (see BENCHMARKS.md for what each includes).

import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import MiniSearch from "minisearch";
import { INDEX_OPTIONS } from "../pages/minisearch-options.js";

export const BENCH = path.resolve(import.meta.dirname, "..");
export const ROOT = path.resolve(BENCH, "../..");
const PAGES = path.join(BENCH, "pages");

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

/** Runs a command; on failure throws with the last lines it wrote to stderr. */
function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 1 << 28, ...options });
  if (result.status !== 0) {
    const tail = (result.stderr ?? "").trim().split("\n").slice(-12).join("\n");
    throw new Error(`${path.basename(cmd)} failed (${result.error?.message ?? `exit ${result.status}`}):\n${tail}`);
  }
  return result;
}

/** The explorer on `corpusDir`, built into `out` by Trunk (release, as `make dist` does). */
export function buildExplorer(corpusDir, out) {
  rmSync(out, { recursive: true, force: true });
  const start = process.hrtime.bigint();
  run("trunk", ["build", "--release", "--dist", out], {
    cwd: ROOT,
    env: { ...process.env, CORPUS_DIR: corpusDir },
  });
  const total = seconds(start);
  // The corpus compiler alone, natively: the part of the build that depends on the corpus size.
  const bundle = path.join(out, "..", "corpus.bin");
  const t = process.hrtime.bigint();
  execFileSync(path.join(ROOT, "target/release/corpus"), ["build", corpusDir, "-o", bundle], { stdio: "ignore" });
  return { seconds: total, compileSeconds: seconds(t) };
}

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The page Pagefind indexes for one document; facets are Pagefind filters. */
function documentPage(doc) {
  const filters = [`format:${doc.format}`, `lang:${doc.lang}`];
  if (doc.folder) filters.push(`folder:${doc.folder}`);
  const year = /^\d{4}/.exec(doc.date)?.[0];
  if (year) filters.push(`year:${year}`);
  const body = doc.blocks
    .map((b) => (b.heading !== undefined ? `<h2>${escape(b.heading)}</h2>` : `<p>${escape(b.text)}</p>`))
    .join("\n");
  return `<!DOCTYPE html>
<html lang="${escape(doc.lang)}">
<head><meta charset="utf-8"><title>${escape(doc.title)}</title>${doc.date ? `\n<meta data-pagefind-meta="date[content]" content="${escape(doc.date)}">` : ""}</head>
<body>
<main data-pagefind-body>
${filters.map((f) => `<span data-pagefind-filter="${escape(f)}"></span>`).join("")}
<h1>${escape(doc.title)}</h1>
${body}
</main>
</body>
</html>
`;
}

/** The URL of document `i` in the Pagefind and MiniSearch sites. */
const pageUrl = (i) => `/p/${String(i).padStart(5, "0")}.html`;

function copyPages(out, names) {
  for (const [from, to] of names) copyFileSync(path.join(PAGES, from), path.join(out, to));
}

/**
 * Pagefind (defaults) over one page per document. `seconds` is the Pagefind indexing time; with
 * `peak`, Pagefind runs under GNU `time -v` where there is one and `peakMb` is its peak resident
 * memory (else null).
 */
export function buildPagefind(docs, out, { peak = false } = {}) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.join(out, "p"), { recursive: true });
  docs.forEach((doc, i) => writeFileSync(path.join(out, pageUrl(i)), documentPage(doc)));
  copyPages(out, [["pagefind.html", "index.html"], ["ui.js", "ui.js"], ["page.css", "page.css"]]);
  const pagefind = path.join(BENCH, "node_modules/.bin/pagefind");
  const timed = peak && existsSync("/usr/bin/time");
  const start = process.hrtime.bigint();
  const result = timed ? run("/usr/bin/time", ["-v", pagefind, "--site", out]) : run(pagefind, ["--site", out]);
  const took = seconds(start);
  const rss = timed ? /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr) : null;
  return { seconds: took, peakMb: rss ? Number(rss[1]) / 1024 : null };
}

/** MiniSearch: the index built in Node and serialised; `seconds` is build plus serialisation. */
export function buildMiniSearch(docs, out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  copyPages(out, [
    ["minisearch.html", "index.html"],
    ["ui.js", "ui.js"],
    ["page.css", "page.css"],
    ["minisearch-options.js", "minisearch-options.js"],
  ]);
  copyFileSync(path.join(BENCH, "node_modules/minisearch/dist/es/index.js"), path.join(out, "minisearch.js"));
  const start = process.hrtime.bigint();
  const index = new MiniSearch(INDEX_OPTIONS);
  index.addAll(
    docs.map((doc, i) => ({
      id: i,
      title: doc.title,
      text: doc.blocks.map((b) => b.heading ?? b.text).join("\n"),
      date: doc.date,
      url: pageUrl(i),
    })),
  );
  writeFileSync(path.join(out, "index.json"), JSON.stringify(index));
  return { seconds: seconds(start) };
}

// The corpora of the benchmark, each made ready on demand under tests/bench/work/.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { generateCorpus, writeCorpus } from "../generate.mjs";
import { BENCH, ROOT } from "./sites.mjs";

export const WORK = path.join(BENCH, "work");
const QUERIES = path.join(BENCH, "queries");

const queries = (file) => ({ file: path.join(QUERIES, file), ...JSON.parse(readFileSync(path.join(QUERIES, file), "utf8")) });

function news(count) {
  const dir = path.join(WORK, "corpora", `news-${count / 1000}k`);
  return () => {
    writeCorpus(dir, generateCorpus({ count, seed: "news" }));
    return dir;
  };
}

/** Debian's python3.11-doc, downloaded with apt-get and unpacked with dpkg-deb when missing. */
function pythonDocs() {
  const unpacked = path.join(WORK, "python3.11-doc");
  const sources = path.join(unpacked, "usr/share/doc/python3.11/html/_sources");
  if (existsSync(sources)) return sources;
  const downloads = path.join(WORK, "downloads");
  mkdirSync(downloads, { recursive: true });
  const find = () => readdirSync(downloads).find((f) => /^python3\.11-doc_.*\.deb$/.test(f));
  if (!find()) {
    console.error("    apt-get download python3.11-doc");
    try {
      execFileSync("apt-get", ["download", "python3.11-doc"], { cwd: downloads, stdio: "inherit" });
    } catch {
      throw new Error(
        "apt-get download python3.11-doc failed: refresh the package lists (sudo apt-get update) and run again",
      );
    }
  }
  rmSync(unpacked, { recursive: true, force: true });
  execFileSync("dpkg-deb", ["-x", path.join(downloads, find()), unpacked], { stdio: "inherit" });
  return sources;
}

/** name → { title, prepare() → folder, queries } in the order of the report. */
export const CORPORA = {
  seed: { title: "seed (seeds/)", prepare: () => path.join(ROOT, "seeds"), queries: queries("seed.json") },
  "news-1k": { title: "news, 1,000 generated", prepare: news(1000), queries: queries("news.json") },
  "news-10k": { title: "news, 10,000 generated", prepare: news(10000), queries: queries("news.json") },
  "python-docs": {
    title: "Python 3.11 docs (.rst.txt)",
    prepare: pythonDocs,
    queries: queries("python-docs.json"),
  },
};

// The generator is deterministic and produces the mix of documents BENCHMARKS.md describes.
// Run: cd tests/bench && node --test generate.test.mjs   (plain `node --test` would also pick up
// files under work/)

import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { generateCorpus, generateDocument } from "./generate.mjs";

const digest = (docs) => {
  const h = createHash("sha256");
  for (const d of docs) h.update(`${d.path}\0${d.text}\0`);
  return h.digest("hex");
};

test("the same seed gives the same bytes", () => {
  assert.equal(digest(generateCorpus({ count: 200, seed: "t" })), digest(generateCorpus({ count: 200, seed: "t" })));
});

test("another seed gives other documents", () => {
  assert.notEqual(digest(generateCorpus({ count: 50, seed: "t" })), digest(generateCorpus({ count: 50, seed: "u" })));
});

test("a document does not depend on the corpus size", () => {
  const small = generateCorpus({ count: 30, seed: "t" });
  const large = new Set(generateCorpus({ count: 90, seed: "t" }).map((d) => `${d.path}\0${d.text}`));
  for (const d of small) assert.ok(large.has(`${d.path}\0${d.text}`), d.path);
});

test("paths are unique and say the format", () => {
  const docs = generateCorpus({ count: 2000, seed: "news" });
  assert.equal(new Set(docs.map((d) => d.path)).size, docs.length);
  for (const d of docs) assert.match(d.path, /^\d{4}\/\d{5}-[a-z0-9-]+\.(txt|md|html)$/);
});

test("the mix: mostly text, some Markdown and HTML, a few other languages, about 3 KB each", () => {
  const docs = Array.from({ length: 2000 }, (_, i) => generateDocument("news", i));
  const share = (pred) => docs.filter(pred).length / docs.length;
  assert.ok(Math.abs(share((d) => d.path.endsWith(".txt")) - 0.6) < 0.05);
  assert.ok(Math.abs(share((d) => d.path.endsWith(".md")) - 0.25) < 0.05);
  assert.ok(Math.abs(share((d) => d.path.endsWith(".html")) - 0.15) < 0.05);
  const foreign = share((d) => /^lang: (de|fr|es)$/m.test(d.text) || /<html lang="(de|fr|es)">/.test(d.text));
  assert.ok(foreign > 0.005 && foreign < 0.03, `foreign Markdown/HTML share ${foreign}`);
  const mean = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / docs.length;
  assert.ok(mean > 2000 && mean < 4000, `mean ${mean} bytes`);
  const md = docs.find((d) => d.path.endsWith(".md"));
  assert.match(md.text, /^---\ntitle: ".+"\ndate: \d{4}-\d{2}-\d{2}\nlang: [a-z]{2}\ntags: \[.+\]\n---\n/);
});

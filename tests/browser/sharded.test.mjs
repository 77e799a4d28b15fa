// The sharded site in the page, served by nginx under a sub-path as a host would: a query fetches
// the chunks it reads (not all of them) from the page's own origin, results, highlights, facets,
// the reader and every view work as with one bundle, a chunk that fails to load says so with a
// retry, and nginx hands out the precompressed copies and caches the content-named chunks.
// Against target/dist-multilingual, which `.ci/test` builds in the sharded layout with small
// chunks (CORPUS_LAYOUT=sharded CORPUS_CHUNK_KB=1), so that a query needs only some of them.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { DIST_MULTILINGUAL, launch, watchedPage } from "./support.mjs";
import { start, open as openIn, resultsFor, nav, heading, download, searchBox } from "./app.mjs";
import { violations } from "./axe.mjs";

let env;
const chunkFiles = readdirSync(path.join(DIST_MULTILINGUAL, "chunks")).filter((f) => f.endsWith(".bin"));

before(async () => {
  assert.ok(chunkFiles.length >= 4, `${DIST_MULTILINGUAL} is not a sharded site with several chunks`);
  env = await start(DIST_MULTILINGUAL);
});

after(async () => {
  await env?.close();
});

const open = (query) => openIn(env, query);

/** The chunk files a page asked for, by name. */
function chunksAsked(requested) {
  return [...new Set(requested.filter((u) => u.includes("/chunks/")).map((u) => u.split("/chunks/")[1]))];
}

/** Waits until the results for `query` are final: the status gives the time, not "still loading". */
async function finalResults(page, query) {
  const section = await resultsFor(page, query);
  await section.locator(".status", { hasText: / ms$/ }).waitFor();
  return section;
}

test("a query fetches only the chunks it reads, from the page's origin under its sub-path", async () => {
  // One document of the ten has the word: its text is in one of the document chunks.
  const { page, problems, requested } = await open("?q=ballots");
  const results = await finalResults(page, "ballots");
  const hit = results.locator("li.hit").filter({ hasText: "punched hole" }).first();
  await hit.waitFor();
  assert.ok((await hit.locator("mark").allInnerTexts()).some((m) => /^ballot/i.test(m)));
  const asked = chunksAsked(requested);
  assert.ok(asked.length > 0, "no chunk fetched");
  assert.ok(asked.length < chunkFiles.length, `every chunk fetched (${asked.length}) for one query`);
  for (const name of asked) assert.ok(chunkFiles.includes(name), `${name} is not a chunk of the site`);
  assert.deepEqual(
    asked.filter((f) => f.startsWith("f-") || f.startsWith("a-") || f.startsWith("n-")),
    [],
    "a search reads no figures', dates' or notes' chunk",
  );
  assert.ok(env.server.url.endsWith("/research/sco/"));
  const foreign = requested.filter((u) => !u.startsWith(env.server.url));
  assert.deepEqual(foreign, [], "requests outside the site's sub-path");
  // Facets count what was found.
  const counts = await page.locator(".facets .count").allInnerTexts();
  assert.ok(counts.length > 0 && counts.every((c) => Number(c) >= 0), `facet counts: ${counts}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a search fetches texts only once its postings are in, and only those of what it shows", async () => {
  // A name: the core knows which passages mention it before any postings arrive, so a search
  // that fetched at once would ask for texts while its postings were still on their way.
  const { page, problems } = await open("?");
  const events = [];
  page.on("request", (r) => r.url().includes("/chunks/") && events.push(["start", r.url().split("/chunks/")[1]]));
  page.on("requestfinished", (r) => r.url().includes("/chunks/") && events.push(["end", r.url().split("/chunks/")[1]]));
  await searchBox(page).fill("Putin");
  await finalResults(page, "Putin");
  const pending = new Set();
  let texts = 0;
  for (const [what, file] of events) {
    if (what === "end") pending.delete(file);
    else if (file.startsWith("t-")) pending.add(file);
    else if (file.startsWith("d-")) {
      texts++;
      assert.deepEqual([...pending], [], `${file} asked for while postings were on their way: ${JSON.stringify(events)}`);
    }
  }
  assert.ok(texts > 0, `no text fetched: ${JSON.stringify(events)}`);
  assert.ok(events.some(([w, f]) => w === "start" && f.startsWith("t-")), "no postings fetched");
  assert.deepEqual(problems, []);
  await page.close();
});

test("the reader opens a document whose text is in a chunk not yet loaded", async () => {
  const { page, problems } = await open("?q=Putin");
  const results = await finalResults(page, "Putin");
  const hit = results.locator("li.hit").filter({ hasText: "Путин" }).first();
  const title = await hit.locator("a.doc-title").innerText();
  await hit.locator("a.doc-title").click();
  await heading(page, title);
  const reader = page.locator("article.reader");
  await reader.locator("mark.match", { hasText: "Путин" }).first().waitFor();
  assert.equal(await reader.getByText("Loading the document").count(), 0);
  // The names are marked: their places in the text come with the document's text.
  const names = await reader.locator("a.entity").allInnerTexts();
  assert.ok(names.some((n) => /Путин/.test(n)), `no name marked: ${JSON.stringify(names)}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a document opened directly marks its names, dates and figures as their chunks arrive", async () => {
  // Nothing is loaded: the text, the dates' and the figures' places come in three chunks, and the
  // reader draws again as each arrives.
  const { page, problems } = await open("?doc=en-tianjin-summit.md");
  await heading(page, "SCO leaders meet in Tianjin");
  const reader = page.locator("article.reader");
  await reader.locator(".fact.date", { hasText: "31 August 2025" }).first().waitFor();
  await reader.locator(".fact.figure", { hasText: "2 billion yuan" }).first().waitFor();
  await reader.locator("a.entity", { hasText: "Vladimir Putin" }).first().waitFor();
  assert.equal(await reader.getByText("Loading the document").count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a word's trend opened directly counts it once its postings are in", async () => {
  const { page, problems } = await open("?view=words&word=summit");
  await heading(page, "Words");
  // Drawn first from nothing loaded (no occurrence), then again as the chunks arrive.
  const counted = page.locator("#trend-h", { hasText: /: [1-9]\d* occurrences? in [1-9]\d* documents?$/ });
  await counted.waitFor();
  await page.locator(".trend ol li").first().waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test("every view opens on the sharded site, narrowed by the query", async () => {
  const { page, problems } = await open("?q=Tianjin");
  await finalResults(page, "Tianjin");
  for (const view of ["Timeline", "Network", "Concordance", "Figures", "Words", "Notes"]) {
    await nav(page).getByRole("link", { name: view }).click();
    await heading(page, view);
  }
  await nav(page).getByRole("link", { name: "Concordance" }).click();
  await heading(page, "Concordance");
  // Concordance lines read the passages' text: they come from the document chunks.
  const line = page.locator("table.kwic tbody tr, .kwic-line").first();
  await line.waitFor();
  assert.match(await line.innerText(), /Tianjin|Tyanjin|Tianjin/i);
  assert.deepEqual(problems, []);
  await page.close();
});

test("an entity page quotes the sentences of its dates and figures once their text is in", async () => {
  // Opened directly: no search has loaded any document's text yet.
  const { page, problems } = await open("?entity=Tianjin");
  await page.locator(".entity-page h1").waitFor();
  const stated = page.locator("section[aria-labelledby=stated-h]");
  const quotes = stated.locator("q");
  await quotes.first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll("section[aria-labelledby=stated-h] .loading").length === 0);
  const texts = await quotes.allInnerTexts();
  assert.ok(texts.length > 0 && texts.every((t) => /\S/.test(t)), `blank sentences: ${JSON.stringify(texts)}`);
  assert.ok(texts.some((t) => /Tianjin|Tyanjin|天津/.test(t)), `no sentence names the place: ${JSON.stringify(texts)}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test("an entity page quotes each mention, whose place comes with its document's text", async () => {
  // Opened directly: the core knows where the mentions are, not where in the text.
  const { page, problems } = await open("?entity=Vladimir Putin");
  await page.locator(".entity-page h1").waitFor();
  const lines = page.locator("section[aria-labelledby=mentions-h] ol.kwic li");
  await lines.first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll("section[aria-labelledby=mentions-h] .loading").length === 0);
  const keywords = await page.locator("section[aria-labelledby=mentions-h] mark.kw").allInnerTexts();
  assert.equal(keywords.length, await lines.count());
  assert.ok(keywords.length > 1, `mentions: ${JSON.stringify(keywords)}`);
  assert.ok(keywords.every((k) => /Putin|Путин|Poutine|普京/.test(k)), `keywords: ${JSON.stringify(keywords)}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the figures view fetches the figures' chunks and then lists, sorts and downloads every figure", async () => {
  // The core carries no figures: they come in chunks of their own, all of them for this view.
  // A fresh browser, so that no chunk comes from the Cache API of an earlier test.
  const browser = await launch();
  try {
    const { page, problems } = await watchedPage(browser.context);
    const requested = [];
    page.on("request", (req) => requested.push(req.url()));
    await page.goto(env.server.url + "?view=figures");
    await heading(page, "Figures");
    const view = page.locator("section.figures-view");
    const download_ = view.getByRole("group", { name: "Download the figures" });
    // The download is offered once every figure is in, and the loading notice is gone by then.
    await download_.waitFor();
    assert.equal(await view.locator(".notice.loading").count(), 0);
    const figureChunks = chunkFiles.filter((f) => f.startsWith("f-"));
    assert.ok(figureChunks.length > 0, "the site has figures' chunks");
    const asked = chunksAsked(requested).filter((f) => f.startsWith("f-"));
    assert.deepEqual(asked.sort(), [...figureChunks].sort(), "every figures' chunk fetched");
    const scope = await view.locator("header, .view-header").first().innerText();
    const total = Number(/(\d+) figures?/.exec(scope)?.[1]);
    assert.ok(total > 0, `no figures counted: ${scope}`);
    const table = page.getByRole("table", { name: /Figures/ });
    assert.equal(await table.locator("tbody tr").count(), Math.min(total, 50));
    // Sorted by value, descending: the whole set in order, read from the loaded figures.
    const value = table.getByRole("button", { name: "Value" });
    await value.click();
    await value.click();
    assert.equal(await table.getByRole("columnheader", { name: "Value" }).getAttribute("aria-sort"), "descending");
    const numbers = (await table.locator("tbody td.num:nth-child(2)").allInnerTexts()).map((v) => Number(v.replace(/,/g, "")));
    assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a));
    const json = JSON.parse((await download(page, download_.getByRole("button", { name: "Download JSON" }))).text);
    assert.equal(json.length, total, "the download holds every figure");
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await browser.close();
  }
});

test("a chunk that fails to load shows what failed and a retry that loads it", async () => {
  // A fresh browser: nothing in its caches.
  const browser = await launch();
  try {
    const { page } = await watchedPage(browser.context);
    let failing = true;
    await page.route("**/chunks/**", (route) => (failing ? route.abort("connectionrefused") : route.continue()));
    await page.goto(env.server.url + "?q=Putin");
    const alert = page.getByRole("alert").filter({ hasText: "could not be loaded" });
    await alert.waitFor();
    assert.match(await alert.innerText(), /chunks\/[td]-[0-9a-f]{16}\.bin/);
    // The message and its button are accessible in both schemes and at phone width.
    for (const colorScheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await violations(page), [], `${colorScheme} scheme`);
    }
    await page.setViewportSize({ width: 360, height: 740 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), "wider than a phone");
    failing = false;
    await alert.getByRole("button", { name: "Retry" }).click();
    const results = await finalResults(page, "Putin");
    await results.locator("li.hit").filter({ hasText: "Путин" }).first().waitFor();
    assert.equal(await page.getByRole("alert").filter({ hasText: "could not be loaded" }).count(), 0);
    await page.close();
  } finally {
    await browser.close();
  }
});

test("nginx serves the precompressed copies, and the chunks with long-lived caching", async () => {
  const chunk = chunkFiles[0];
  const res = await fetch(`${env.server.url}chunks/${chunk}`, { headers: { "accept-encoding": env.server.brotli ? "br" : "gzip" } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-encoding"), env.server.brotli ? "br" : "gzip");
  assert.match(res.headers.get("cache-control") ?? "", /immutable/);
  const page = await fetch(env.server.url, { headers: { "accept-encoding": "gzip" } });
  assert.equal(page.status, 200);
  assert.equal(page.headers.get("content-encoding"), "gzip");
  assert.doesNotMatch(page.headers.get("cache-control") ?? "", /immutable/);
  // Outside the sub-path there is nothing.
  const outside = await fetch(new URL("/", env.server.url));
  assert.equal(outside.status, 404);
});

// The built explorer (dist/) in headless Chromium, used the way a reader uses it.
// Run through `make test`, which builds dist/ on the seed corpus first.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { pathToFileURL } from "node:url";
import path from "node:path";
import { watchedPage, DIST } from "./support.mjs";
import { start, open as openIn, searchBox, search, firstHitExpanded } from "./app.mjs";

let env;

before(async () => {
  env = await start();
});

after(async () => {
  await env?.close();
});

const open = (query) => openIn(env, query);

test("the page loads without console errors and shows the corpus overview", async () => {
  const { page, problems } = await open();
  const summary = page.locator(".overview .summary");
  await summary.waitFor();
  assert.match(await summary.innerText(), /1 document · \d+ sections · \d+ passages/);
  await page.getByRole("link", { name: "Azerbaijan and the SCO" }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test("typing Qingdao shows the trade fair passage with Qingdao highlighted", async () => {
  const { page, problems } = await open();
  await search(page, "Qingdao");
  await page.locator('section.results[data-query="Qingdao"]').waitFor();
  const first = await firstHitExpanded(page);
  assert.match(await first.locator(".passage").innerText(), /SCO International Investment and Trade Fair in Qingdao/);
  assert.deepEqual(await first.locator("mark").allInnerTexts(), ["Qingdao"]);
  assert.deepEqual(problems, []);
  await page.close();
});

test("turkiye finds the Astana summit passage", async () => {
  const { page, problems } = await open();
  await search(page, "turkiye");
  await page.locator('section.results[data-query="turkiye"]').waitFor();
  const first = await firstHitExpanded(page);
  assert.match(await first.locator(".passage").innerText(), /SCO summit in Astana/);
  assert.deepEqual(await first.locator("mark").allInnerTexts(), ["Türkiye"]);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the page requests nothing but its own files", async () => {
  const { page, requested } = await open("?q=observer+status");
  await page.locator("li.hit").first().waitFor();
  const foreign = requested.filter((u) => !u.startsWith(env.server.url));
  assert.deepEqual(foreign, []);
  assert.ok(requested.some((u) => u.endsWith(".wasm")), `requests: ${requested}`);
  await page.close();
});

test("slash focuses the search box from anywhere on the page", async () => {
  const { page } = await open();
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press("/");
  const focused = await page.evaluate(() => document.activeElement?.id);
  assert.equal(focused, "q");
  assert.equal(await searchBox(page).inputValue(), "");
  await page.close();
});

test("a query with no match says so", async () => {
  const { page, problems } = await open();
  await search(page, "zzyzx");
  await page.getByRole("heading", { name: /Nothing matches “zzyzx”/ }).waitFor();
  assert.equal(await page.locator("li.hit").count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the query is in the URL, and the URL restores it", async () => {
  const { page } = await open();
  await search(page, "Karamay");
  await page.waitForURL(/\?q=Karamay$/);
  await page.reload();
  await page.locator("li.hit", { hasText: "Karamay" }).first().waitFor();
  assert.equal(await searchBox(page).inputValue(), "Karamay");
  await page.close();
});

test("a result opens the document at its passage, and Back returns to the results", async () => {
  const { page, problems } = await open("?q=Qingdao");
  await page.locator("li.hit a.doc-title").first().click();
  const current = page.locator(".reader .passage.current");
  await current.waitFor();
  assert.match(await current.innerText(), /Qingdao/);
  await page.goBack();
  await page.locator("li.hit").first().waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test("the built page works opened from disk", async () => {
  const { page, problems } = await watchedPage(env.browser.context);
  await page.goto(pathToFileURL(path.join(DIST, "index.html")).href + "?q=Astana");
  await page.locator("li.hit", { hasText: "Astana" }).first().waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test("dark mode follows the system setting", async () => {
  const { page } = await open();
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const lightness = (rgb) => rgb.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
  assert.ok(lightness(dark) < 150, `dark background ${dark}`);
  assert.ok(lightness(light) > 600, `light background ${light}`);
  await page.close();
});

test("at phone width nothing overflows sideways", async () => {
  const { page } = await open("?q=Azerbaijan");
  await page.setViewportSize({ width: 360, height: 740 });
  await page.locator("li.hit").first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.close();
});

// Searching like an analyst: facets with live counts, suggestions from the keyboard, the query
// syntax help, syntax errors shown in place, sorting, and entry points from the overview.
// Against dist/ built on the seed corpus.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open as openIn, searchBox, search, resultsFor, firstHitExpanded, statusCount } from "./app.mjs";

let env;

before(async () => {
  env = await start();
});

after(async () => {
  await env?.close();
});

const open = (query) => openIn(env, query);

test("a facet's count is what selecting it gives, and the selection is in the URL", async () => {
  const { page, problems } = await open("?q=SCO");
  await resultsFor(page, "SCO");
  const before = await statusCount(page);
  const places = page.getByRole("region", { name: "Places" });
  const china = places.locator("label", { hasText: "China" });
  const count = Number(await china.locator(".count").innerText());
  assert.ok(count > 0 && count < before, `China ${count} of ${before}`);

  await china.getByRole("checkbox").check();
  await page.waitForURL(/place=China/);
  await page.getByRole("button", { name: "Remove filter place: China" }).waitFor();
  assert.equal(await statusCount(page), count);
  for (const hit of await page.locator("li.hit").all()) {
    const expand = hit.getByRole("button", { name: "Show the whole passage" });
    if (await expand.count()) await expand.click();
  }
  const texts = await page.locator("li.hit .passage").allInnerTexts();
  assert.ok(texts.every((t) => t.includes("China")), texts.join("\n---\n"));

  // The Places facet is counted as if its own selection were lifted: China still shows its
  // count, and other places keep theirs, so a second place widens the results (OR).
  const pakistan = places.locator("label", { hasText: "Pakistan" });
  const more = Number(await pakistan.locator(".count").innerText());
  assert.ok(more > 0);
  await pakistan.getByRole("checkbox").check();
  await page.waitForURL(/place=Pakistan/);
  assert.ok((await statusCount(page)) >= count);

  await page.getByRole("button", { name: "Clear all filters" }).click();
  await page.waitForURL((url) => !url.search.includes("place="));
  assert.equal(await statusCount(page), before);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a filter in the URL is restored with its results", async () => {
  const { page } = await open("?q=SCO&place=Qingdao");
  await resultsFor(page, "SCO");
  assert.equal(await statusCount(page), 1);
  assert.ok(await page.getByRole("region", { name: "Places" }).getByRole("checkbox", { name: /Qingdao/ }).isChecked());
  await page.close();
});

test("suggestions complete a name, chosen with the keyboard", async () => {
  const { page, problems } = await open();
  const box = searchBox(page);
  await search(page, "Aliy");
  const list = page.getByRole("listbox", { name: "Suggestions" });
  const person = list.getByRole("option", { name: /Ilham Aliyev.*person/i });
  await person.waitFor();
  assert.equal(await box.getAttribute("aria-expanded"), "true");

  // Move to the person suggestion with the arrow keys, then take it with Enter.
  const options = await list.getByRole("option").allInnerTexts();
  const index = options.findIndex((o) => /Ilham Aliyev/.test(o) && /person/i.test(o));
  assert.ok(index >= 0, `options: ${options}`);
  for (let i = 0; i <= index; i++) await box.press("ArrowDown");
  assert.equal(await box.getAttribute("aria-activedescendant"), `suggestion-${index}`);
  await box.press("Enter");
  assert.equal(await box.inputValue(), 'person:"Ilham Aliyev" ');
  await list.waitFor({ state: "hidden" });
  await resultsFor(page, 'person:"Ilham Aliyev" ');
  const first = await firstHitExpanded(page);
  assert.match(await first.locator(".passage").innerText(), /Aliyev/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("Escape closes the suggestions, then clears the box", async () => {
  const { page } = await open();
  const box = searchBox(page);
  await search(page, "Qing");
  const list = page.getByRole("listbox", { name: "Suggestions" });
  await list.getByRole("option").first().waitFor();
  await box.press("Escape");
  await list.waitFor({ state: "hidden" });
  assert.equal(await box.inputValue(), "Qing");
  await box.press("Escape");
  assert.equal(await box.inputValue(), "");
  await page.locator(".overview").waitFor();
  await page.close();
});

test("an unfinished last word finds what it begins", async () => {
  const { page } = await open();
  await search(page, "Qingd");
  await resultsFor(page, "Qingd");
  const first = await firstHitExpanded(page);
  assert.deepEqual(await first.locator("mark").allInnerTexts(), ["Qingdao"]);
  await page.close();
});

test("the query syntax help opens from its button and closes with Escape", async () => {
  const { page } = await open();
  const button = page.getByRole("button", { name: "Query syntax and keyboard help" });
  const help = page.getByRole("region", { name: "Help" });
  assert.equal(await help.isVisible(), false);
  await button.click();
  await help.waitFor();
  assert.equal(await button.getAttribute("aria-expanded"), "true");
  assert.match(await help.innerText(), /person:"Ilham Aliyev"/);
  await page.keyboard.press("Escape");
  await help.waitFor({ state: "hidden" });
  await page.close();
});

test("a syntax error is shown where it is, and the rest of the query still runs", async () => {
  const { page, problems } = await open();
  await search(page, 'energy "security');
  const notice = page.locator(".query-problems");
  await notice.waitFor();
  assert.equal(await notice.locator("mark.error").innerText(), '"security');
  assert.match(await notice.innerText(), /quote/i);
  await resultsFor(page, 'energy "security');
  assert.ok((await page.locator("li.hit").count()) > 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test("results can be read in document order", async () => {
  const { page } = await open("?q=Azerbaijan");
  await resultsFor(page, "Azerbaijan");
  await page.getByLabel("Order").selectOption("document");
  await page.waitForURL(/sort=document/);
  const hrefs = await page.locator("li.hit a.doc-title").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const passages = hrefs.map((h) => Number(new URLSearchParams(h).get("p")));
  assert.ok(passages.length > 2);
  assert.deepEqual(passages, [...passages].sort((a, b) => a - b));
  await page.close();
});

test("when no passage has every word the page says so and shows the best partial matches", async () => {
  const { page } = await open();
  await search(page, "Qingdao Astana ");
  await resultsFor(page, "Qingdao Astana ");
  await page.getByText("No passage has every word").waitFor();
  assert.ok((await page.locator("li.hit").count()) >= 2);
  await page.close();
});

test("an entry point of the overview opens a filtered search", async () => {
  const { page, problems } = await open();
  await page.getByRole("button", { name: "Filter by place Karamay" }).click();
  await page.waitForURL(/place=Karamay/);
  await resultsFor(page, "");
  assert.equal(await statusCount(page), 1);
  const first = await firstHitExpanded(page);
  assert.match(await first.locator(".passage").innerText(), /Karamay/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a name in the overview opens its page, and a theme opens a filtered search", async () => {
  const { page, problems } = await open();
  await page.getByRole("region", { name: "Places" }).getByRole("link", { name: "Karamay" }).click();
  await page.waitForURL(/\?entity=Karamay$/);
  await page.getByRole("heading", { level: 1, name: "Karamay" }).waitFor();
  await page.goBack();
  await page.locator(".overview").waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test("a passage opened whole closes again when the next search shows another one in its place", async () => {
  const { page, problems } = await open("?q=SCO");
  await resultsFor(page, "SCO");
  const first = await firstHitExpanded(page);
  await first.getByRole("button", { name: "Show less" }).waitFor();
  await search(page, "Qingdao");
  const hit = page.locator("li.hit").first();
  await hit.getByRole("button", { name: "Show the whole passage" }).waitFor();
  assert.equal(await page.getByRole("button", { name: "Show less" }).count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

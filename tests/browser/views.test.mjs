// The views beyond the result list, used as a reader would: navigation, entity pages, the
// reader's marks, timeline, network, concordance, figures, words and the exports. Against dist/
// built on the seed corpus; every element is found by its role and name.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open as openIn, search, resultsFor, nav, heading, download, parseCsv } from "./app.mjs";

let env;

before(async () => {
  env = await start();
});

after(async () => {
  await env?.close();
});

const open = (query) => openIn(env, query);
const DOC = "azerbaijan-and-the-SCO.txt";

test("the navigation names every view, keeps the query, and Back and Forward move between views", async () => {
  const { page, problems } = await open("?q=SCO");
  await resultsFor(page, "SCO");
  const links = await nav(page).getByRole("link").allInnerTexts();
  assert.deepEqual(
    links.map((l) => l.replace(/\d/g, "").trim()),
    ["Search", "Timeline", "Network", "Concordance", "Figures", "Words", "Notes"],
  );
  await nav(page).getByRole("link", { name: "Timeline" }).click();
  await page.waitForURL(/\?q=SCO&view=timeline$/);
  await heading(page, "Timeline");
  assert.match(await page.locator(".scope").innerText(), /\d+ of \d+ passages/);
  assert.equal(await nav(page).getByRole("link", { name: "Timeline" }).getAttribute("aria-current"), "page");
  await nav(page).getByRole("link", { name: "Figures" }).click();
  await page.waitForURL(/view=figures/);
  await heading(page, "Figures");
  await page.goBack();
  await heading(page, "Timeline");
  await page.goBack();
  await resultsFor(page, "SCO");
  await page.goForward();
  await heading(page, "Timeline");
  assert.equal(await page.getByRole("heading", { level: 1 }).count(), 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a result opened straight after typing, Back returns to the typed search", async () => {
  const { page, problems } = await open();
  await search(page, "Qingdao");
  // At once, before the address bar has followed the typing (Escape closes the suggestions).
  await page.keyboard.press("Escape");
  await page.locator('section.results[data-query="Qingdao"] li.hit a.doc-title').first().click();
  await page.locator(".reader .passage.current").waitFor();
  await page.goBack();
  await resultsFor(page, "Qingdao");
  assert.match(page.url(), /\?q=Qingdao$/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("an unknown view opens the search with a notice, never a blank page", async () => {
  const { page, problems } = await open("?q=SCO&view=sideways");
  const notice = page.getByRole("status").filter({ hasText: "no view “sideways”" });
  await notice.waitFor();
  await resultsFor(page, "SCO");
  await page.getByRole("button", { name: "Dismiss" }).click();
  await notice.waitFor({ state: "detached" });
  assert.deepEqual(problems, []);
  await page.close();
});

test("a name not in the corpus searches for its words, with a notice", async () => {
  const { page } = await open("?entity=Nobody+Atall");
  await page.getByText("No person, organisation or place is named “Nobody Atall”").waitFor();
  assert.equal(await page.getByRole("combobox", { name: "Search the corpus" }).inputValue(), "Nobody Atall");
  await page.close();
});

test("the entity page of Bakhtiyar Mammadov shows his role and the Karamay meeting, without a query", async () => {
  const { page, problems } = await open("?entity=Bakhtiyar+Mammadov");
  await heading(page, "Bakhtiyar Mammadov");
  const roles = page.getByRole("region", { name: "Roles" });
  assert.match(await roles.innerText(), /Ministry of Digital Development and Transport/);
  const mentions = page.getByRole("list", { name: "Mentions in context" });
  await mentions.getByRole("link").first().waitFor();
  assert.match(await page.locator(".entity-page").innerText(), /Karamay/);
  assert.match(await page.getByRole("region", { name: "How it was recognised" }).innerText(), /\d\.\d\d/);
  // A mention opens the reader at its passage.
  await mentions.getByRole("link").first().click();
  await page.waitForURL(new RegExp(`doc=${DOC.replace(/\./g, "\\.")}&p=\\d+`));
  const current = page.locator(".reader .passage.current");
  await current.waitFor();
  assert.match(await current.innerText(), /Mammadov/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the entity page of Ilham Aliyev lists the countries found with him, each a link to its page", async () => {
  const { page, problems } = await open("?entity=Ilham+Aliyev");
  await heading(page, "Ilham Aliyev");
  const found = page.getByRole("region", { name: "Found with" });
  // Türkiye is one entity with Turkey, under the name the build gives it.
  for (const name of ["China", /^(Türkiye|Turkey)$/, "Russia", "Pakistan", "Kazakhstan"]) {
    await found.getByRole("link", { name, exact: true }).waitFor();
  }
  await found.getByRole("link", { name: "Kazakhstan", exact: true }).click();
  await page.waitForURL(/entity=Kazakhstan/);
  await heading(page, "Kazakhstan");
  await page.goBack();
  await heading(page, "Ilham Aliyev");
  assert.deepEqual(problems, []);
  await page.close();
});

test("every name on a result card links to its page, and its button filters by it", async () => {
  const { page, problems } = await open("?q=Qingdao");
  await resultsFor(page, "Qingdao");
  const card = page.locator("li.hit").first();
  const chips = card.getByRole("list", { name: "Names in this passage" });
  await chips.getByRole("link", { name: "Qingdao" }).waitFor();
  await chips.getByRole("button", { name: "Filter by place Qingdao" }).click();
  await page.waitForURL(/place=Qingdao/);
  const remove = page.getByRole("list", { name: "Selected filters" }).getByRole("button", { name: "Remove filter place: Qingdao" });
  await remove.click();
  await page.waitForURL((url) => !url.search.includes("place="));
  await page.locator("li.hit").first().getByRole("list", { name: "Names in this passage" }).getByRole("link", { name: "Qingdao" }).click();
  await heading(page, "Qingdao");
  assert.deepEqual(problems, []);
  await page.close();
});

test("the reader marks the query, the names, the dates and the figures, and steps through the matches", async () => {
  const { page, problems } = await open(`?q=SCO&doc=${DOC}`);
  await heading(page, "Azerbaijan and the SCO");
  const reader = page.locator("article.reader");
  const matches = reader.locator("mark.match");
  const n = await matches.count();
  assert.ok(n > 3, `${n} matches`);
  // The acronym, and the name it stands for (the corpus defines one by the other).
  assert.deepEqual([...new Set(await matches.allInnerTexts())].sort(), ["SCO", "Shanghai Cooperation Organisation"]);
  assert.ok((await reader.locator("a.entity.person").count()) > 0);
  assert.ok((await reader.locator("a.entity.place").count()) > 0);
  assert.ok((await reader.locator(".fact.date").count()) > 0);
  assert.match((await reader.locator(".fact.figure").allInnerTexts()).join(" | "), /USD 3\.744 billion/);
  // Each step scrolls to its match, smoothly unless the reader asks for less motion: with it,
  // the buttons stand still between clicks (a click during a smooth scroll lands elsewhere).
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.getByRole("button", { name: "Next match" }).click();
  await page.getByText(`Match 1 of ${n}`).waitFor();
  await page.getByRole("button", { name: "Next match" }).click();
  await page.getByText(`Match 2 of ${n}`).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "m1");
  await page.getByRole("button", { name: "Previous match" }).click();
  await page.getByText(`Match 1 of ${n}`).waitFor();
  // A name in the text opens its page.
  await reader.getByRole("link", { name: "Bakhtiyar Mammadov" }).first().click();
  await heading(page, "Bakhtiyar Mammadov");
  assert.deepEqual(problems, []);
  await page.close();
});

test("the timeline draws 2024 as a link that opens its passages, each opening the reader", async () => {
  const { page, problems } = await open("?view=timeline");
  await heading(page, "Timeline");
  const chart = page.getByRole("group", { name: "Passages by date" });
  const bar = chart.getByRole("link", { name: /^2024: \d+ passages?/ });
  await bar.waitFor();
  await bar.click();
  await page.waitForURL(/view=timeline&bucket=2024$/);
  const list = page.getByRole("region", { name: /^2024: \d+ passages?/ });
  await list.waitFor();
  const first = list.getByRole("link").first();
  await first.click();
  await page.locator(".reader .passage.current").waitFor();
  await page.goBack();
  await list.waitFor();
  await page.goBack();
  await page.waitForURL(/view=timeline$/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the timeline is narrowed by the query", async () => {
  const { page } = await open("?view=timeline");
  const scope = page.locator(".scope");
  await scope.waitFor();
  assert.match(await scope.innerText(), /^all \d+ passages/);
  await search(page, "Karamay");
  await page.waitForFunction(() => /^\d+ of \d+ passages/.test(document.querySelector(".scope")?.textContent ?? ""));
  assert.match(await scope.innerText(), /narrowed by “Karamay”/);
  await page.close();
});

test("the network draws the entities as SVG; focusing a node shows its neighbours; a node opens its page", async () => {
  const { page, problems } = await open("?view=network");
  await heading(page, "Network");
  const svg = page.locator("svg.network");
  await svg.waitFor();
  assert.ok((await svg.locator("circle").count()) >= 10);
  assert.ok((await svg.locator(".edges line").count()) >= 10);
  const node = svg.getByRole("link", { name: /^Ilham Aliyev \(person\)/ });
  await node.focus();
  const aside = page.getByRole("region", { name: "Neighbours" });
  await aside.getByText(/Found with \d+ names?/).waitFor();
  assert.match(await aside.innerText(), /China/);
  // The same data as a table.
  const pairs = page.getByRole("region", { name: /Pairs found together/ });
  assert.ok((await pairs.getByRole("row").count()) > 5);
  await node.press("Enter");
  await heading(page, "Ilham Aliyev");
  assert.deepEqual(problems, []);
  await page.close();
});

test("at phone width the network labels fewer names, large enough to read, and a focused node's neighbours", async () => {
  const { page, problems } = await open("?view=network");
  await heading(page, "Network");
  const svg = page.locator("svg.network");
  await svg.waitFor();
  const shown = () =>
    svg.locator(".node text").evaluateAll((texts) =>
      texts.filter((t) => getComputedStyle(t).display !== "none").map((t) => t.getBoundingClientRect().height),
    );
  const wide = await shown();
  assert.ok(wide.length > 8, `${wide.length} labels at desktop width`);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.waitForFunction(() => document.querySelector("svg.network").getBoundingClientRect().width < 400);
  const narrow = await shown();
  assert.ok(narrow.length >= 1 && narrow.length <= 8, `${narrow.length} labels at phone width`);
  for (const h of narrow) assert.ok(h >= 9, `a label ${h.toFixed(1)} px high at phone width`);
  // Every label shown lies within the drawing (those on the right are drawn to the node's left).
  const outside = await svg.evaluate((s) => {
    const box = s.getBoundingClientRect();
    return [...s.querySelectorAll(".node text")]
      .filter((t) => getComputedStyle(t).display !== "none")
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left < box.left - 1 || r.right > box.right + 1;
      })
      .map((t) => t.textContent);
  });
  assert.deepEqual(outside, []);
  // Focusing a node labels its neighbours again, whatever their rank.
  const node = svg.getByRole("link", { name: /^Ilham Aliyev \(person\)/ });
  await node.focus();
  await page.getByRole("region", { name: "Neighbours" }).getByText(/Found with \d+ names?/).waitFor();
  const lit = await svg
    .locator(".node.focused text, .node.near text")
    .evaluateAll((texts) => texts.map((t) => getComputedStyle(t).display !== "none"));
  assert.ok(lit.length >= 2, `${lit.length} labels on the focused node and its neighbours`);
  assert.ok(lit.every(Boolean), "a neighbour's label is hidden");
  assert.deepEqual(problems, []);
  await page.close();
});

test("the entities download as CSV and JSON", async () => {
  const { page } = await open("?view=network&q=Karamay");
  await heading(page, "Network");
  const group = page.getByRole("group", { name: "Download the entities" });
  const csv = await download(page, group.getByRole("button", { name: "Download CSV" }));
  assert.match(csv.name, /entities\.csv$/);
  const rows = parseCsv(csv.text);
  assert.ok(rows.length > 1);
  const names = rows.slice(1).map((r) => r[0]);
  assert.ok(names.includes("Karamay"), names.join(", "));
  const json = await download(page, group.getByRole("button", { name: "Download JSON" }));
  const list = JSON.parse(json.text);
  assert.equal(list.length, rows.length - 1);
  assert.ok(list.some((e) => e.name === "Karamay"));
  await page.close();
});

test("the concordance of SCO shows aligned lines, sorts them, and lists the neighbouring words", async () => {
  const { page, problems } = await open("?view=concordance&q=SCO");
  await heading(page, "Concordance");
  const lines = page.getByRole("list", { name: "Concordance lines" });
  const keywords = lines.locator("mark.kw");
  await keywords.first().waitFor();
  const n = await keywords.count();
  assert.ok(n >= 5, `${n} lines`);
  // Aligned: every keyword starts at the same horizontal position, give or take half a pixel…
  const lefts = await keywords.evaluateAll((ks) => ks.map((k) => k.getBoundingClientRect().left + k.getBoundingClientRect().width / 2));
  const spread = Math.max(...lefts) - Math.min(...lefts);
  assert.ok(spread < 60, `keywords centred within ${spread}px`);
  assert.deepEqual([...new Set(await keywords.allInnerTexts())].sort(), ["SCO", "Shanghai Cooperation Organisation"]);
  // Sorted by the words after the keyword.
  await page.getByLabel("Order lines by").selectOption("right");
  await page.waitForURL(/by=right/);
  // The first word after the keyword, where one follows a space, comes in alphabetical order.
  const rights = await lines.locator(".right").evaluateAll((els) => els.map((e) => e.textContent));
  const words = rights.filter((r) => /^\s+\p{L}/u.test(r)).map((r) => r.trim().split(/\s+/)[0].toLowerCase().replace(/[^\p{L}\p{N}]+$/u, ""));
  assert.ok(words.length >= 3, rights.join(" | "));
  for (let i = 1; i < words.length; i++) assert.ok(words[i - 1].localeCompare(words[i]) <= 0, `${words[i - 1]} before ${words[i]}`);
  await page.getByRole("heading", { name: "Most frequent neighbours" }).waitFor();
  assert.ok((await page.locator(".collocate-table").first().getByRole("row").count()) > 2);
  // A line opens the reader at its passage.
  await lines.getByRole("link").first().click();
  await page.locator(".reader .passage.current mark.match").first().waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test("the concordance downloads its lines as CSV and JSON", async () => {
  const { page } = await open("?view=concordance&q=Qingdao");
  await heading(page, "Concordance");
  const group = page.getByRole("group", { name: "Download the concordance" });
  const csv = parseCsv((await download(page, group.getByRole("button", { name: "Download CSV" }))).text);
  const header = csv[0];
  const kw = header.indexOf("keyword");
  assert.ok(kw >= 0, header.join(","));
  assert.ok(csv.slice(1).every((r) => r[kw] === "Qingdao"));
  const json = JSON.parse((await download(page, group.getByRole("button", { name: "Download JSON" }))).text);
  assert.equal(json.length, csv.length - 1);
  assert.equal(json[0].keyword, "Qingdao");
  await page.close();
});

test("the concordance without a query asks for a word", async () => {
  const { page } = await open("?view=concordance");
  await page.getByRole("heading", { name: "Type a word or a phrase" }).waitFor();
  await page.close();
});

test("the figures show USD 3.744 billion for 2024, sort by a column, and download", async () => {
  const { page, problems } = await open("?view=figures");
  await heading(page, "Figures");
  const table = page.getByRole("table", { name: /Figures/ });
  const row = table.getByRole("row").filter({ hasText: "USD 3.744 billion" }).first();
  await row.waitFor();
  assert.match(await row.innerText(), /3,744,000,000/);
  assert.match(await row.innerText(), /\b2024\b/);
  await page.getByRole("group", { name: /Money by year, in USD/ }).getByRole("img", { name: /^2024: USD/ }).waitFor();
  // The axis's top label is short and starts inside the chart (written out in full, it began
  // left of the chart's edge and read "000000").
  const tick = page.locator("svg.bar-chart text.tick").first();
  assert.equal(await tick.textContent(), "3.74 bn");
  const left = await tick.evaluate((t) => t.getBBox().x);
  assert.ok(left >= 0, `the axis label starts at x = ${left}`);

  const value = table.getByRole("button", { name: "Value" });
  await value.click();
  assert.equal(await table.getByRole("columnheader", { name: "Value" }).getAttribute("aria-sort"), "ascending");
  await value.click();
  assert.equal(await table.getByRole("columnheader", { name: "Value" }).getAttribute("aria-sort"), "descending");
  const values = await table.locator("tbody td.num:nth-child(2)").allInnerTexts();
  const numbers = values.map((v) => Number(v.replace(/,/g, "")));
  assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a));

  const group = page.getByRole("group", { name: "Download the figures" });
  const csv = parseCsv((await download(page, group.getByRole("button", { name: "Download CSV" }))).text);
  const found = csv.find((r) => r.includes("USD 3.744 billion"));
  assert.ok(found, "the CSV has the figure");
  assert.ok(found.includes("3744000000"), found.join(","));
  assert.ok(found.includes("2024"));
  const json = JSON.parse((await download(page, group.getByRole("button", { name: "Download JSON" }))).text);
  const f = json.find((r) => r.written === "USD 3.744 billion");
  assert.equal(f.value, 3744000000);
  assert.equal(f.year, 2024);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the words view lists frequent words, and a word's trend is drawn and kept in the URL", async () => {
  const { page, problems } = await open("?view=words");
  await heading(page, "Words");
  const frequent = page.locator(".word-table").first();
  assert.ok((await frequent.getByRole("row").count()) > 5);
  await page.getByLabel("Follow a word or two-word phrase over time").fill("energy");
  await page.getByRole("button", { name: "Show" }).click();
  await page.waitForURL(/view=words&word=energy/);
  await page.getByRole("heading", { name: /“energy”: \d+ occurrences? in 1 document/ }).waitFor();
  // The seed's one document has no date: the trend says so and lists the document.
  await page.getByText("The documents of the selection have no dates.").waitFor();
  await page.locator(".trend ol").getByRole("link", { name: "Azerbaijan and the SCO" }).waitFor();
  await page.reload();
  await page.getByRole("heading", { name: /“energy”: \d+ occurrences?/ }).waitFor();
  // Distinctive words appear once the selection is narrowed.
  await search(page, "Karamay");
  await page.locator(".word-table").nth(2).getByRole("row").nth(1).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test("the results download as CSV and JSON, every listed passage", async () => {
  const { page } = await open("?q=Azerbaijan");
  await resultsFor(page, "Azerbaijan");
  const status = await page.locator(".results .status").innerText();
  const total = Number(status.match(/(\d+) passages?/)[1]);
  const group = page.getByRole("group", { name: "Download the results" });
  const csv = parseCsv((await download(page, group.getByRole("button", { name: "Download CSV" }))).text);
  assert.ok(csv.length - 1 >= total, `${csv.length - 1} rows for ${total} passages`);
  assert.ok(csv.slice(1).every((r) => r.length === csv[0].length));
  const json = JSON.parse((await download(page, group.getByRole("button", { name: "Download JSON" }))).text);
  assert.equal(json.length, csv.length - 1);
  assert.match(json[0].text, /Azerbaijan/);
  await page.close();
});

test("keys alone reach every view, a timeline bar and the help", async () => {
  const { page, problems } = await open();
  await page.locator(".overview").waitFor();
  await page.keyboard.press("2");
  await heading(page, "Timeline");
  // Tab to the 2024 bar and open it with Enter.
  const bar = page.getByRole("link", { name: /^2024:/ });
  for (let i = 0; i < 60 && !(await bar.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  assert.ok(await bar.evaluate((el) => el === document.activeElement), "the bar takes the focus");
  await page.keyboard.press("Enter");
  await page.waitForURL(/bucket=2024/);
  await page.keyboard.press("5");
  await heading(page, "Figures");
  await page.keyboard.press("?");
  const help = page.getByRole("region", { name: "Help" });
  await help.waitFor();
  assert.match(await help.innerText(), /Keyboard shortcuts/);
  await page.keyboard.press("Escape");
  await help.waitFor({ state: "hidden" });
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "q");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a focused element is visibly outlined", async () => {
  const { page } = await open("?view=figures");
  await heading(page, "Figures");
  await page.getByRole("button", { name: "Value" }).focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none");
  await page.close();
});

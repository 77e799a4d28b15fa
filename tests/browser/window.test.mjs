// The windowed result list and facets (src/components/window.rs): a search draws the cards and
// facets on screen whole and the rest light; scrolling, keyboard focus and opening the filters
// draw the rest, with the same hits in the same order and the same counts. Against dist/ built on
// the seed corpus (12 passages), in a small window so that most of its cards start light.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open as openIn, searchBox, resultsFor, statusCount } from "./app.mjs";

let env;

before(async () => {
  env = await start();
});

after(async () => {
  await env?.close();
});

/** Opens `query` in a window of `width` × `height` pixels. */
async function open(query, { width = 1000, height = 500 } = {}) {
  const opened = await openIn(env, "");
  await opened.page.setViewportSize({ width, height });
  await opened.page.goto(env.server.url + query);
  await searchBox(opened.page).waitFor();
  return opened;
}

/** Each card: its title link's href and whether it is light. */
function cards(page) {
  return page
    .locator("li.hit")
    .evaluateAll((lis) => lis.map((li) => ({ href: li.querySelector("a.doc-title")?.getAttribute("href"), light: li.classList.contains("light") })));
}

/** Waits until no light card is on screen. */
async function noLightCardOnScreen(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll("li.hit.light")].every((li) => {
      const r = li.getBoundingClientRect();
      return r.bottom <= 0 || r.top >= innerHeight;
    }),
  );
}

test("a search draws the cards on screen whole, the rest light, with every hit listed and counted", async () => {
  const { page, problems } = await open("?q=SCO");
  await resultsFor(page, "SCO");
  const before = await cards(page);
  assert.equal(before.length, await statusCount(page));
  const whole = before.filter((c) => !c.light).length;
  assert.ok(whole >= 1 && whole < before.length, `${whole} whole cards of ${before.length}`);
  // Whole cards first, light ones after; every light card still links to its passage.
  assert.deepEqual(before.map((c) => c.light), before.map((_, i) => i >= whole));
  assert.ok(before.every((c) => /[?&]p=\d+/.test(c.href)), JSON.stringify(before));
  await noLightCardOnScreen(page);
  assert.deepEqual(problems, []);
  await page.close();
});

test("scrolling draws the cards it reaches, with the same hits in the same order", async () => {
  const { page, problems } = await open("?q=SCO");
  await resultsFor(page, "SCO");
  const before = await cards(page);
  const last = page.locator("li.hit").last();
  await last.scrollIntoViewIfNeeded();
  await last.locator(".passage mark").first().waitFor();
  await noLightCardOnScreen(page);
  const after = await cards(page);
  assert.deepEqual(after.map((c) => c.href), before.map((c) => c.href));
  assert.ok(after.at(-1).light === false);
  // The last card is whole: its passage with the query's word marked, names and note tools.
  assert.match(await last.locator(".passage mark").first().innerText(), /SCO|Shanghai Cooperation/);
  await last.getByRole("button", { name: /^Bookmark / }).waitFor();

  // A new search while scrolled down draws whole the cards that are then on screen.
  await page.evaluate(() => {
    const input = document.getElementById("q");
    input.value = "Azerbaijan";
    input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: "Azerbaijan" }));
  });
  await resultsFor(page, "Azerbaijan");
  await noLightCardOnScreen(page);
  assert.deepEqual(problems, []);
  await page.close();
});

test("Tab from the search box reaches every card's link and controls in order, down to the last hit", async () => {
  const { page, problems } = await open("?q=SCO");
  await resultsFor(page, "SCO");
  const total = await page.locator("li.hit").count();
  await searchBox(page).focus();
  const seen = [];
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press("Tab");
    const at = await page.evaluate(() => {
      const li = document.activeElement?.closest("li.hit");
      if (!li) return null;
      return {
        index: [...li.parentElement.children].indexOf(li),
        light: li.classList.contains("light"),
        title: document.activeElement.matches("a.doc-title"),
      };
    });
    if (!at) continue;
    assert.equal(at.light, false, `card ${at.index} had the focus while light`);
    if (at.title) seen.push(at.index);
    if (at.index === total - 1 && seen.at(-1) === total - 1) break;
  }
  // Every card's title link, once each, in order; the last card drawn whole has its snippet
  // with the query's word marked (the search asked for every card's snippet).
  assert.deepEqual(seen, [...Array(total).keys()]);
  await page.locator("li.hit").last().locator(".passage mark").first().waitFor();
  // And Shift+Tab goes back through them.
  await page.keyboard.press("Shift+Tab");
  const back = await page.evaluate(() => document.activeElement?.closest("li.hit")?.classList.contains("light"));
  assert.equal(back, false);
  assert.deepEqual(problems, []);
  await page.close();
});

test("facets below the screen are drawn when focus reaches the filters, with the counts of a whole page", async () => {
  // A tall window draws every facet at once: the counts to compare with.
  const tall = await open("?q=SCO", { width: 1280, height: 2400 });
  await resultsFor(tall.page, "SCO");
  const counts = (page) =>
    page.locator(".facet").evaluateAll((sections) =>
      sections.map((s) => [s.querySelector("h2").textContent, [...s.querySelectorAll("li")].map((li) => li.querySelector(".count").textContent)]),
    );
  const expected = await counts(tall.page);
  assert.ok(expected.every(([, values]) => values.length > 0), JSON.stringify(expected));
  await tall.page.close();

  const { page, problems } = await open("?q=SCO", { width: 1280, height: 400 });
  await resultsFor(page, "SCO");
  assert.ok((await page.locator(".facet.light").count()) > 0, "no facet was drawn light");
  // Light facets keep their headings, so the filters' outline is whole.
  assert.equal(await page.locator(".facet h2").count(), expected.length);
  await searchBox(page).focus();
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.closest(".search-layout"))); i++) {
    await page.keyboard.press("Tab");
  }
  await page.waitForFunction(() => !document.querySelector(".facet.light"));
  assert.deepEqual(await counts(page), expected);
  assert.deepEqual(problems, []);
  await page.close();
});

test("on a narrow screen the folded filters open with every facet drawn", async () => {
  const { page, problems } = await open("?q=SCO", { width: 360, height: 640 });
  await resultsFor(page, "SCO");
  const summary = page.locator("summary", { hasText: "Filters" });
  await summary.click();
  await page.getByRole("region", { name: "Places" }).locator("li").first().waitFor();
  assert.equal(await page.locator(".facet.light").count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

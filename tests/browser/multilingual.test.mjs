// Searching a corpus written in several languages and scripts: Chinese typed in Traditional
// characters finds and highlights Simplified text and the reverse, a name finds its other
// spellings, a number its other writings. Against the site built on the multilingual search
// fixture (corpus/tests/fixtures/multilingual-search/docs), which `.ci/test` builds into
// target/dist-multilingual.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { DIST_MULTILINGUAL } from "./support.mjs";
import { start, open as openIn, search, resultsFor } from "./app.mjs";

let env;

before(async () => {
  env = await start(DIST_MULTILINGUAL);
});

after(async () => {
  await env?.close();
});

const open = (query) => openIn(env, query);

/** The marked texts of the hit whose passage contains `text`, opened whole. */
async function marksOfHitWith(page, text) {
  const hit = page.locator("li.hit").filter({ hasText: text }).first();
  await hit.waitFor();
  const expand = hit.getByRole("button", { name: "Show the whole passage" });
  if (await expand.count()) {
    await expand.click();
    await hit.getByRole("button", { name: "Show less" }).waitFor();
  }
  return hit.locator("mark").allInnerTexts();
}

test("a Chinese query typed in Traditional characters highlights Simplified text", async () => {
  const { page, problems } = await open();
  await search(page, "經濟合作");
  await resultsFor(page, "經濟合作");
  // The Simplified report writes 经济合作; the Traditional one 經濟合作.
  assert.deepEqual(await marksOfHitWith(page, "深化经济合作"), ["经济合作"]);
  assert.deepEqual(await marksOfHitWith(page, "加強經濟合作"), ["經濟合作"]);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a Chinese query typed in Simplified characters highlights Traditional text", async () => {
  const { page, problems } = await open();
  await search(page, "经济合作");
  await resultsFor(page, "经济合作");
  assert.deepEqual(await marksOfHitWith(page, "加強經濟合作"), ["經濟合作"]);
  assert.deepEqual(await marksOfHitWith(page, "深化经济合作"), ["经济合作"]);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a name finds the passages that spell it in another script, the other spelling highlighted", async () => {
  const { page, problems } = await open("?q=Putin");
  await resultsFor(page, "Putin");
  assert.deepEqual(await marksOfHitWith(page, "总统普京与"), ["普京"]);
  assert.deepEqual(await marksOfHitWith(page, "Президент России Владимир Путин"), ["Путин"]);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a number with a decimal point finds it written with a decimal comma", async () => {
  const { page, problems } = await open("?q=3.7+billion");
  await resultsFor(page, "3.7 billion");
  assert.deepEqual(await marksOfHitWith(page, "3,7 milyard dollar"), ["3,7 milyard"]);
  assert.deepEqual(await marksOfHitWith(page, "37億美元"), ["37億"]);
  assert.deepEqual(problems, []);
  await page.close();
});

// The page carries only the Snowball stemmers of its corpus's languages (src/stemmers.rs): each
// language of the fixture that has one must still find a form of a word three or more edits from
// the one in the text (too far for a typo), by stem, as the build stemmed the text.
test("a word in another inflection finds its passage in each language with a stemmer", async () => {
  const { page, problems } = await open();
  for (const [query, passage, marked] of [
    ["shared", "Chad and Niger signed", "sharing"],
    ["diminuaient", "Le Tchad et le Niger", "diminué"],
    ["делегациями", "приветствовал глав", "делегаций"],
    ["zirvelerinde", "zirveye katıldı", "zirveye"],
  ]) {
    await search(page, query);
    await resultsFor(page, query);
    assert.deepEqual(await marksOfHitWith(page, passage), [marked], query);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

// Every view for everyone: axe-core finds no violation in the light or the dark scheme, one
// `h1` per view, nothing wider than a 360 px phone screen; and a screenshot of each view at
// desktop and phone width in docs/screenshots/ (written the same way every run: fixed sizes,
// no animation, the timing in the status line masked).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { start, open as openIn } from "./app.mjs";
import { violations } from "./axe.mjs";

let env;

before(async () => {
  env = await start();
});

after(async () => {
  await env?.close();
});

export const SHOTS = path.resolve(import.meta.dirname, "../../docs/screenshots");

/** Every view, by the name of its screenshot, its URL and what shows it is ready. */
const VIEWS = [
  ["overview", "", ".overview .summary"],
  ["search", "?q=SCO+energy", "li.hit"],
  ["entity", "?entity=Ilham+Aliyev", ".entity-page h1"],
  ["reader", "?q=SCO&doc=azerbaijan-and-the-SCO.txt&p=6", ".reader .passage.current"],
  ["timeline", "?view=timeline&bucket=2024", ".bucket li"],
  ["network", "?view=network", "svg.network circle"],
  ["concordance", "?view=concordance&q=SCO", "ol.kwic li"],
  ["figures", "?view=figures", "table.figures tbody tr"],
  ["words", "?view=words&word=energy", ".trend ol li"],
  ["notes", "?view=notes", ".notes-view h1"],
];

const SIZES = [
  ["desktop", { width: 1280, height: 900 }],
  ["phone", { width: 360, height: 740 }],
];

for (const [name, query, ready] of VIEWS) {
  test(`${name}: no axe violation in either colour scheme, one h1, nothing wider than a phone`, async () => {
    const { page, problems } = await openIn(env, query);
    await page.locator(ready).first().waitFor();
    assert.equal(await page.getByRole("heading", { level: 1 }).count(), 1, "one h1");
    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      assert.deepEqual(await violations(page), [], `${scheme} scheme`);
    }
    await page.setViewportSize({ width: 360, height: 740 });
    await page.locator(ready).first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    assert.deepEqual(await violations(page), [], "at phone width");
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test("at phone width the results come before the folded filters", async () => {
  const { page } = await openIn(env, "?q=SCO");
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  const first = page.locator("li.hit").first();
  await first.waitFor();
  const box = await first.boundingBox();
  assert.ok(box.y < 740, `the first result starts at ${box.y}px, below the first screen`);
  assert.equal(await page.locator("details.facets-toggle").getAttribute("open"), null, "the filters are folded");
  await page.close();
});

test("screenshots of every view at desktop and phone width", async () => {
  mkdirSync(SHOTS, { recursive: true });
  for (const [size, viewport] of SIZES) {
    for (const [name, query, ready] of VIEWS) {
      const { page } = await openIn(env, query);
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
      await page.reload();
      await page.locator(ready).first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({
        path: path.join(SHOTS, `${name}-${size}.png`),
        animations: "disabled",
        caret: "hide",
        mask: [page.locator(".results .status")],
      });
      await page.close();
    }
  }
});

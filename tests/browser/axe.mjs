// axe-core in the page: its source is evaluated through the DevTools protocol, which a strict
// Content Security Policy does not block (a <script> tag would be).

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe on the page (WCAG 2.0, 2.1 A and AA, and best practices) and resolves to its
 * violations as short strings: "rule-id: target …: message".
 */
export async function violations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    await page.evaluate(SOURCE);
  }
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      resultTypes: ["violations"],
    }),
  );
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1, 2).join(" ").trim() ?? v.help}`),
  );
}

// Opening the explorer for a test: a served dist/, a page that records problems and requests,
// and the search box found by its role and label.

import { existsSync } from "node:fs";
import path from "node:path";
import { serve, launch, watchedPage, DIST } from "./support.mjs";
import { serveNginx } from "./nginx.mjs";

/**
 * Starts the server (on `root`, the built site: dist/ unless given) and browser once per test
 * file. A sharded site (one with chunks/) is served by nginx under a sub-path, as a host would.
 */
export async function start(root = DIST) {
  const sharded = existsSync(path.join(root, "chunks"));
  const server = sharded ? await serveNginx(root) : await serve(root);
  const browser = await launch();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens the explorer at `query` (e.g. "?q=x") and waits until the app has replaced the loader. */
export async function open(env, query = "") {
  const { page, problems } = await watchedPage(env.browser.context);
  const requested = [];
  page.on("request", (req) => requested.push(req.url()));
  await page.goto(env.server.url + query);
  await searchBox(page).waitFor();
  return { page, problems, requested };
}

export function searchBox(page) {
  return page.getByRole("combobox", { name: "Search the corpus" });
}

/** Types `text` into an emptied search box, key by key, as a reader does. */
export async function search(page, text) {
  const box = searchBox(page);
  await box.fill("");
  await box.pressSequentially(text);
}

/** Waits for the results rendered for exactly `query`. */
export async function resultsFor(page, query) {
  const section = page.locator(`section.results[data-query="${query.replaceAll('"', '\\"')}"]`);
  await section.waitFor();
  return section;
}

/** The first hit, opened to its whole passage. */
export async function firstHitExpanded(page) {
  const first = page.locator("li.hit").first();
  await first.waitFor();
  const expand = first.getByRole("button", { name: "Show the whole passage" });
  // The button is rendered with the hit, so counting it now does not race the render.
  if (await expand.count()) {
    await expand.click();
    await first.getByRole("button", { name: "Show less" }).waitFor();
  }
  return first;
}

/** The number at the start of the results' status line ("12 passages · 0.4 ms"). */
export async function statusCount(page) {
  const text = await page.locator(".results .status").innerText();
  const m = text.match(/(\d+) passages?/);
  if (!m) throw new Error(`no count in status "${text}"`);
  return Number(m[1]);
}

/** The navigation landmark of the views. */
export function nav(page) {
  return page.getByRole("navigation", { name: "Views" });
}

/** Waits for the page's one `h1` to read `name` (a string or a pattern). */
export async function heading(page, name) {
  const h1 = page.getByRole("heading", { level: 1, name });
  await h1.waitFor();
  return h1;
}

/**
 * Clicks `button` (a locator) and resolves to the downloaded file: { name, text }.
 */
export async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const stream = await file.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
}

/** Parses CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows of fields. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

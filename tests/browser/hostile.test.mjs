// Every view of the explorer on the hostile corpus (tests/fixtures/hostile), as the test command
// builds it: the hosted build (target/dist-hostile/) served under a sub-path and opened from
// disk, and the one-file build (target/hostile.html) opened from disk. In each view no script
// from a document runs (a canary that any injection would set stays unset, and no dialog opens),
// the Content-Security-Policy is never violated (a `securitypolicyviolation` listener installed
// before the page's own scripts stays silent), nothing is requested from another origin, and no
// element carries an event handler, an inline style or a javascript:/data: link.
//
// The views are found from the page rather than listed here: every link in a navigation
// landmark, every entity and document link (so the reader of every document), and a few of each
// other kind of link; views added later are covered as they come. A view's "Download CSV"
// buttons are pressed and every cell checked for formulas a spreadsheet would run.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import path from "node:path";
import { serve, launch, watchedPage, headersFile } from "./support.mjs";

const REPO = path.resolve(import.meta.dirname, "../..");
const SITE = process.env.HOSTILE_DIST ?? path.join(REPO, "target/dist-hostile");
const SINGLE = process.env.HOSTILE_SINGLE ?? path.join(REPO, "target/hostile.html");
const PREFIX = "/research/sco/";

/** At most this many pages per crawl: every priority link first, then a few of each other kind. */
const MAX_VISITS = 60;
/** Links of a kind that is not a view, a document or an entity (a facet value, an order...). */
const PER_OTHER_KIND = 2;

/** The policy the issue asks for, at least: each directive with these sources and no others. */
const REQUIRED = {
  "default-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
};
const ALLOWED = {
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
};

let server, browser;

before(async () => {
  for (const file of [path.join(SITE, "index.html"), SINGLE]) {
    assert.ok(existsSync(file), `${file} is missing: the test command builds it (see .ci/test)`);
  }
  server = await serve(SITE, { prefix: PREFIX, headers: await headersFile(path.join(SITE, "_headers")) });
  browser = await launch();
  // Before any script of any page: the canary's traps and the policy listener.
  await browser.context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`);
    });
    for (const name of ["alert", "confirm", "prompt", "print"]) {
      window[name] = () => {
        window.__hostileCanary = window.__hostileCanary ?? `${name}()`;
      };
    }
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The directives of a policy, as { name: [sources] }. */
function directives(policy) {
  const out = {};
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name] = sources;
  }
  return out;
}

/** Fails unless the policy is at least as strict as the one required (hashes may be added). */
function assertStrict(policy, where) {
  const d = directives(policy);
  for (const [name, sources] of Object.entries(REQUIRED)) {
    assert.deepEqual(d[name], sources, `${where}: ${name}`);
  }
  for (const [name, allowed] of Object.entries(ALLOWED)) {
    assert.ok(d[name], `${where}: no ${name}`);
    for (const source of d[name]) {
      assert.ok(allowed.includes(source) || /^'sha256-[A-Za-z0-9+/=]+'$/.test(source), `${where}: ${name} allows ${source}`);
    }
  }
  for (const name of Object.keys(d)) {
    assert.ok(name in REQUIRED || name in ALLOWED || name === "frame-ancestors", `${where}: unexpected directive ${name}`);
  }
  assert.ok(!policy.includes("unsafe-inline") && !policy.includes("'unsafe-eval'"), `${where}: ${policy}`);
}

/** Everything a page shows that a document could have injected, and what the page noticed. */
async function inspect(page) {
  // Two frames after the view settles, so that what renders late is there too.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => {
    const bad = [];
    for (const el of document.querySelectorAll("*")) {
      for (const a of el.attributes) {
        const name = a.name.toLowerCase();
        const value = a.value.trim().toLowerCase();
        if (name.startsWith("on")) bad.push(`<${el.localName} ${name}>`);
        if (name === "style") bad.push(`<${el.localName} style>`);
        if (["href", "src", "action", "formaction", "xlink:href", "data", "srcset", "poster"].includes(name) && /^(javascript|data|vbscript):/.test(value)) {
          // The one-file build's own icon is a data: URL in the head.
          if (!(el.localName === "link" && a.value.startsWith("data:image/svg+xml;base64,") && el.parentElement === document.head)) {
            bad.push(`<${el.localName} ${name}="${a.value.slice(0, 40)}">`);
          }
        }
      }
      if (["iframe", "object", "embed", "base", "frame", "frameset", "applet"].includes(el.localName)) bad.push(`<${el.localName}>`);
      if (el.localName === "script" && el.parentElement !== document.head) bad.push("<script> outside the head");
      if (el.localName === "meta" && el.parentElement !== document.head) bad.push("<meta> in the body");
    }
    return {
      canary: window.__hostileCanary ?? null,
      violations: window.__cspViolations ?? ["the listener was not installed"],
      bad,
      title: document.title,
    };
  });
}

/** The internal links of a page: { search, priority } for each distinct query string. */
async function links(page) {
  return page.evaluate(() => {
    const navs = [...document.querySelectorAll("nav, [role=navigation]")];
    const out = [];
    for (const a of document.querySelectorAll("a[href]")) {
      const url = new URL(a.getAttribute("href"), location.href);
      if (url.protocol !== location.protocol || url.host !== location.host || url.pathname !== location.pathname) continue;
      const params = new URLSearchParams(url.search);
      const inNav = navs.some((n) => n.contains(a));
      const priority = inNav || params.has("entity") || params.has("doc") || params.has("view");
      const kind = [...new Set(params.keys())].sort().join("&");
      // The views' navigation (not a reader's table of contents, also a <nav>).
      const inViews = a.closest('nav[aria-label="Views"]') !== null;
      out.push({ search: url.search, priority, kind, inViews });
    }
    return out;
  });
}

/** Waits until the app has replaced the loading notice with a view. */
async function ready(page) {
  await page.waitForFunction(() => {
    const main = document.querySelector("main");
    return main && main.children.length > 0 && !document.querySelector("#app > .loading");
  });
  await page.waitForLoadState("networkidle");
}

/** A cell a spreadsheet would run: starts with =, +, @, a tab or a return, or - without a number. */
function isFormula(cell) {
  if (/^[=+@\t\r]/.test(cell)) return true;
  return cell.startsWith("-") && Number.isNaN(Number(cell));
}

/** RFC 4180 fields of a CSV text. */
function csvCells(text) {
  const cells = [];
  let i = 0;
  while (i < text.length) {
    let cell = "";
    if (text[i] === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") cell += text[i++];
    }
    cells.push(cell);
    if (text[i] === ",") i++;
    else while (text[i] === "\r" || text[i] === "\n") i++;
  }
  return cells;
}

/** Presses each "Download CSV" button of the page and checks every cell. Returns how many. */
async function checkDownloads(page, where) {
  const buttons = page.getByRole("button", { name: "Download CSV" });
  const n = await buttons.count();
  for (let k = 0; k < n; k++) {
    const [download] = await Promise.all([page.waitForEvent("download"), buttons.nth(k).click()]);
    const text = await readFile(await download.path(), "utf8");
    const formulas = csvCells(text).filter(isFormula);
    assert.deepEqual(formulas, [], `${where}: CSV ${k + 1} has cells a spreadsheet would run`);
  }
  return n;
}

/**
 * Opens `start`, then every view found from it (see the file's comment), checking each. `origin`
 * is what every request must start with. Returns the query strings visited.
 */
async function crawl(start, origin, label) {
  const { page, problems } = await watchedPage(browser.context);
  const dialogs = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const requested = [];
  page.on("request", (r) => requested.push(r.url()));
  const base = start.split("?")[0];
  // Views, documents and entities first, then a few links of each other kind.
  const first = [new URL(start).search];
  const rest = [];
  const seen = new Set(first);
  const perKind = new Map();
  const visited = [];
  const navigation = new Set();
  let downloads = 0;
  while ((first.length || rest.length) && visited.length < MAX_VISITS) {
    const search = first.length ? first.shift() : rest.shift();
    const where = `${label} ${search || "(overview)"}`;
    await page.goto(base + search);
    await ready(page);
    const seenNow = await inspect(page);
    assert.equal(seenNow.canary, null, `${where}: a document's script ran (${seenNow.canary})`);
    assert.deepEqual(seenNow.violations, [], `${where}: Content-Security-Policy violations`);
    assert.deepEqual(seenNow.bad, [], `${where}: elements or attributes a document injected`);
    downloads += await checkDownloads(page, where);
    visited.push(search);
    for (const link of await links(page)) {
      if (link.inViews) navigation.add(new URLSearchParams(link.search).get("view") ?? "search");
      if (seen.has(link.search)) continue;
      if (!link.priority) {
        const count = perKind.get(link.kind) ?? 0;
        if (count >= PER_OTHER_KIND) continue;
        perKind.set(link.kind, count + 1);
      }
      seen.add(link.search);
      (link.priority ? first : rest).push(link.search);
    }
  }
  // Every view of the navigation, an entity page and a document's reader were opened.
  assert.ok(navigation.size >= 7, `${label}: the views' navigation names ${navigation.size} views`);
  const viewOf = (s) => new URLSearchParams(s).get("view") ?? "search";
  const missed = [...navigation].filter((key) => !visited.some((s) => viewOf(s) === key));
  assert.deepEqual(missed, [], `${label}: views of the navigation not visited`);
  for (const key of ["timeline", "network", "concordance", "figures", "words", "notes"]) {
    assert.ok(visited.some((s) => new URLSearchParams(s).get("view") === key), `${label}: the ${key} view was not opened`);
  }
  assert.ok(visited.some((s) => s.includes("entity=")), `${label}: no entity page opened`);
  assert.ok(visited.some((s) => s.includes("doc=")), `${label}: no document opened`);
  assert.deepEqual(dialogs, [], `${label}: dialogs opened`);
  assert.deepEqual(problems, [], `${label}: console errors`);
  const foreign = requested.filter((u) => !u.startsWith(origin) && !u.startsWith("blob:") && !u.startsWith("data:"));
  assert.deepEqual(foreign, [], `${label}: requests to another origin`);
  await page.close();
  assert.ok(downloads > 0, `${label}: no CSV download was checked`);
  return { visited, downloads };
}

test("every built page carries a strict policy, with no inline script in the hosted build", async () => {
  const hosted = await readFile(path.join(SITE, "index.html"), "utf8");
  const meta = hosted.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
  assert.ok(meta, "index.html has the policy as a <meta>");
  assertStrict(meta[1], "index.html");
  assert.ok(hosted.indexOf(meta[0]) < hosted.indexOf("<script"), "the policy comes before any script");
  assert.deepEqual(hosted.match(/<script(?![^>]*\bsrc=)[^>]*>/g), null, "inline scripts in the hosted build");
  assert.ok(!/WebSocket|__TRUNK/.test(hosted), "Trunk's live-reload script in a hosted build");

  const headers = await headersFile(path.join(SITE, "_headers"));
  assertStrict(headers["content-security-policy"], "_headers");
  assert.match(headers["content-security-policy"], /frame-ancestors 'none'/);
  assert.equal(headers["x-content-type-options"], "nosniff");

  const single = await readFile(SINGLE, "utf8");
  const singleMeta = single.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
  assert.ok(singleMeta, "the one-file build has the policy as a <meta>");
  assertStrict(singleMeta[1], "one-file build");
  assert.ok(!/(?:src|href)="\.\//.test(single), "the one-file build names no other file");
});

test("every view, served under a sub-path with the _headers policy, runs no document script", async () => {
  const { visited } = await crawl(server.url, server.url, "served");
  // The overview, documents' readers and more: the crawl reached beyond the first page.
  assert.ok(visited.some((s) => s.includes("doc=")), `visited: ${visited.join(" ")}`);
  assert.ok(visited.length >= 10, `only ${visited.length} views: ${visited.join(" ")}`);
  // Every file the page asked for was under the sub-path.
  assert.ok(server.requests.every((r) => r.startsWith(PREFIX)), server.requests.join(" "));
});

test("every view of the hosted build opened from disk runs no document script", async () => {
  const start = pathToFileURL(path.join(SITE, "index.html")).href;
  const { visited } = await crawl(start, "file://", "from disk");
  assert.ok(visited.some((s) => s.includes("doc=")), `visited: ${visited.join(" ")}`);
});

test("every view of the one-file build opened from disk runs no document script", async () => {
  const start = pathToFileURL(SINGLE).href;
  const { visited } = await crawl(start, "file://", "one file");
  assert.ok(visited.some((s) => s.includes("doc=")), `visited: ${visited.join(" ")}`);
});

test("every document that could be read is listed, and nothing from outside the folder", async () => {
  const { page, problems } = await watchedPage(browser.context);
  await page.goto(server.url);
  await ready(page);
  const text = await page.locator("main").innerText();
  // Documents whose names and titles carry markup are shown, as text.
  for (const shown of ["Hostile title", "Page title with", "<script>"]) {
    assert.ok(text.includes(shown), `the overview does not show ${shown} as text`);
  }
  for (const query of ['"root:x:0:0"', "Private", "lol", "Café"]) {
    await page.goto(`${server.url}?q=${encodeURIComponent(query)}`);
    await ready(page);
    assert.equal(await page.locator("li.hit").count(), 0, `${query} found a passage`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test("markup typed into the search box is shown as text", async () => {
  const { page, problems } = await watchedPage(browser.context);
  await page.goto(server.url);
  await ready(page);
  const box = page.getByRole("combobox", { name: "Search the corpus" });
  for (const query of [
    `"><img src=x onerror="window.__hostileCanary='typed'">`,
    "<script>window.__hostileCanary='typed-script'</script>",
    "javascript:alert(1)",
    "</textarea><svg onload=alert(1)>",
    "\u202Eevil",
  ]) {
    await box.fill(query);
    await page.locator(`section.results[data-query="${query.replaceAll('"', '\\"')}"]`).waitFor();
    const seen = await inspect(page);
    assert.equal(seen.canary, null, query);
    assert.deepEqual(seen.violations, [], query);
    assert.deepEqual(seen.bad, [], query);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

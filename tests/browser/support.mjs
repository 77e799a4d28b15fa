// Shared by the browser tests and the benchmarks: a static file server on loopback that records
// every request, and headless Chromium from the system's packages.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
};

/**
 * Serves `root` on 127.0.0.1 at a free port. Resolves to { url, requests, served, close }:
 * `requests` lists the URLs asked for, `served` each response once sent, as
 * { url, status, bytes, at } with `at` in ms since the epoch (comparable with a page's
 * `performance.timeOrigin + performance.now()`).
 *
 * Options: `prefix` serves the folder under a sub-path (e.g. "/research/sco/"; `url` then ends
 * with it, and anything outside it is 404), `headers` are sent with every response (e.g. those of
 * a `_headers` file, see `headersFile`).
 */
export async function serve(root, { prefix = "/", headers = {} } = {}) {
  const requests = [];
  const served = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    let bytes = 0;
    res.on("finish", () => {
      served.push({ url: req.url, status: res.statusCode, bytes, at: performance.timeOrigin + performance.now() });
    });
    try {
      const url = new URL(req.url, "http://127.0.0.1");
      if (!url.pathname.startsWith(prefix)) throw new Error("outside the prefix");
      let file = path.join(root, decodeURIComponent(url.pathname.slice(prefix.length - 1)));
      if (!file.startsWith(path.resolve(root))) throw new Error("outside root");
      if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, {
        ...headers,
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      bytes = body.length;
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    served,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * The headers a `_headers` file (Netlify and Cloudflare Pages format) gives every path ("/*"), as
 * an object.
 */
export async function headersFile(file) {
  const headers = {};
  let all = false;
  for (const line of (await readFile(file, "utf8")).split("\n")) {
    if (line.startsWith("#") || !line.trim()) continue;
    if (!/^\s/.test(line)) {
      all = line.trim() === "/*";
      continue;
    }
    const at = line.indexOf(":");
    if (all && at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  return headers;
}

/** The flags this machine's Chromium needs to run headless without reaching the network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches headless Chromium with a fresh profile. Resolves to { browser, close }. */
export async function launch({ insecureTls = false } = {}) {
  const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
  const profile = mkdtempSync(path.join(tmpdir(), "explorer-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    // For a server with a certificate made for the run (nginx.mjs, `http2`).
    ignoreHTTPSErrors: insecureTls,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a page that fails the test on any console error or uncaught exception. */
export async function watchedPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`uncaught: ${err.message}`));
  return { page, problems };
}

/** The built site: `dist/` at the repository root, or $DIST. */
export const DIST = process.env.DIST ?? path.resolve(import.meta.dirname, "../../dist");

/**
 * The site built on the multilingual search fixture (corpus/tests/fixtures/multilingual-search):
 * `target/dist-multilingual` at the repository root, or $DIST_MULTILINGUAL. `.ci/test` builds it.
 */
export const DIST_MULTILINGUAL =
  process.env.DIST_MULTILINGUAL ?? path.resolve(import.meta.dirname, "../../target/dist-multilingual");

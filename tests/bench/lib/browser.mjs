// Measurements of a search site in headless Chromium (tests/browser/support.mjs: the system's
// Chromium, a fresh profile per launch, a loopback static server with `cache-control: no-store`).
//
// Every site follows the same page conventions: a search box #q, results in an element carrying
// `data-query="<the query>"` (`section.results` with `li.hit` items, or `section.notice.empty`),
// and `?q=` in the URL opens the page with that query.

import { launch, serve, watchedPage } from "../../browser/support.mjs";
import { serveNginx } from "../../browser/nginx.mjs";

/**
 * Runs in the page before any of its scripts: notes when the first `li.hit` enters the DOM, and
 * the start of the next animation frame (the frame that paints it), in ms since navigation start.
 */
function firstResultProbe() {
  const probe = { dom: null, frame: null };
  window.__bench = probe;
  const observer = new MutationObserver(() => {
    if (probe.dom === null && document.querySelector("li.hit")) {
      probe.dom = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => {
        probe.frame = performance.now();
      });
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Runs in the page: types each query into #q (sets the value, dispatches `input`) and times until
 * the element for that query is in the DOM and final (not `aria-busy="true"`: a sharded site
 * shows its results busy until the chunks they read have arrived), noticed by a MutationObserver. Two animation frames
 * pass between queries so that each starts on an idle page, as typing would.
 */
async function typeQueries({ queries, timeoutMs }) {
  const input = document.getElementById("q");
  const renderedFor = (q) => {
    for (const el of document.querySelectorAll("[data-query]")) {
      if (el.getAttribute("data-query") === q && el.getAttribute("aria-busy") !== "true") return el;
    }
    return null;
  };
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const out = [];
  for (const q of queries) {
    await nextFrame();
    await nextFrame();
    out.push(
      await new Promise((resolve) => {
        let start = 0;
        const finish = (el) => {
          const ms = performance.now() - start;
          observer.disconnect();
          clearTimeout(guard);
          const status = el.querySelector(".status")?.textContent ?? null;
          resolve({ q, ms, hits: el.querySelectorAll("li.hit").length, status });
        };
        const observer = new MutationObserver(() => {
          const el = renderedFor(q);
          if (el) finish(el);
        });
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ["data-query", "aria-busy"],
        });
        const guard = setTimeout(() => {
          observer.disconnect();
          resolve({ q, ms: null, hits: 0 });
        }, timeoutMs);
        start = performance.now();
        input.value = q;
        input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: q }));
      }),
    );
  }
  return out;
}

/** The bytes of every WebAssembly memory alive in a target: CDP Runtime.queryObjects. */
async function wasmBytes(send) {
  const { result: proto } = await send("Runtime.evaluate", { expression: "WebAssembly.Memory.prototype" });
  const { objects } = await send("Runtime.queryObjects", { prototypeObjectId: proto.objectId });
  const { result } = await send("Runtime.callFunctionOn", {
    objectId: objects.objectId,
    functionDeclaration: "function () { return this.reduce((n, m) => n + m.buffer.byteLength, 0); }",
    returnByValue: true,
  });
  return result.value;
}

/**
 * Memory of the page and each of its workers, after a garbage collection: the JS heap in use
 * (CDP Runtime.getHeapUsage `usedSize`) and the WebAssembly memories (their buffers' byteLength).
 * Workers are reached through Target.setAutoAttach with non-flattened sessions.
 */
async function memoryUse(context, page) {
  const cdp = await context.newCDPSession(page);
  const workers = new Map();
  const waiting = new Map();
  let nextId = 1;
  let allAttached;
  const attached = new Promise((resolve) => (allAttached = resolve));
  const expected = page.workers().length;
  cdp.on("Target.attachedToTarget", (e) => {
    if (e.targetInfo.type === "worker") workers.set(e.sessionId, e.targetInfo.url);
    if (workers.size >= expected) allAttached();
  });
  cdp.on("Target.receivedMessageFromTarget", (e) => {
    const reply = JSON.parse(e.message);
    if (reply.id !== undefined && waiting.has(reply.id)) {
      waiting.get(reply.id)(reply);
      waiting.delete(reply.id);
    }
  });
  const inWorker = (sessionId) => (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, (reply) => (reply.error ? reject(new Error(reply.error.message)) : resolve(reply.result)));
      cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  if (expected === 0) allAttached();
  await attached;
  const measure = async (send) => {
    await send("HeapProfiler.collectGarbage");
    const { usedSize } = await send("Runtime.getHeapUsage");
    return { js: usedSize, wasm: await wasmBytes(send) };
  };
  const result = { page: await measure((m, p) => cdp.send(m, p)), workers: [] };
  for (const [sessionId, url] of workers) result.workers.push({ url, ...(await measure(inWorker(sessionId))) });
  await cdp.detach();
  const all = [result.page, ...result.workers];
  result.js = all.reduce((n, u) => n + u.js, 0);
  result.wasm = all.reduce((n, u) => n + u.wasm, 0);
  return result;
}

/** After the first pass over the queries, this many more; each query's median is its warm time. */
const WARM_PASSES = 5;

/**
 * One visit with a fresh browser: navigates to `?q=<loadQuery>`, waits for the first result, and
 * reports when it came, which files the server had sent by then, the bytes transferred by then
 * (`transferred`: the page's and its workers' requests; `pageTransferred`: the page's own, from
 * Resource Timing), and the memory once the network is idle. With `queries`, then types them
 * all: once (`cold`: each query for the first time), then WARM_PASSES more times (`warm`: each
 * query's median over those passes). With `profile`, then one more pass under the DevTools CPU
 * profiler (`profile`: a `.cpuprofile` object). When it fails, the error names the step it was
 * at and what the page reported (console errors, uncaught exceptions, a crash). With `nginx`,
 * served by nginx (`http2`: over HTTPS and HTTP/2, else HTTP/1.1) rather than the test server.
 */
export async function visit(site, { loadQuery, queries = null, timeoutMs = 120000, nginx = false, http2 = false, throttle = null, profile = false }) {
  const server = nginx ? await serveNginx(site, { http2 }) : await serve(site);
  const browser = await launch({ insecureTls: http2 });
  let step = "opening the page";
  let problems = [];
  try {
    const watched = await watchedPage(browser.context);
    const page = watched.page;
    problems = watched.problems;
    page.on("crash", () => problems.push("the page crashed"));
    page.setDefaultTimeout(timeoutMs);
    await page.addInitScript(firstResultProbe);
    if (throttle) {
      // DevTools network emulation: latency per request, throughput in bytes per second.
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: throttle.latencyMs,
        downloadThroughput: (throttle.mbit * 1e6) / 8,
        uploadThroughput: (throttle.mbit * 1e6) / 8,
      });
    }
    // Every request of the page and of its workers (Pagefind searches in one), as the browser saw it.
    const finished = [];
    const onFinished = (request) => finished.push(request);
    page.on("requestfinished", onFinished);
    await page.goto(`${server.url}?q=${encodeURIComponent(loadQuery)}`, { waitUntil: "commit" });
    step = "waiting for the first result";
    await page.waitForFunction(() => window.__bench.frame !== null, null, { timeout: timeoutMs });
    step = "reading the first result's timings";
    const { dom, frame, origin, fetchedBy, pageTransferred } = await page.evaluate(() => {
      // When the page's last fetch before the first result ended (workers' fetches not seen).
      const resources = performance.getEntriesByType("resource");
      const before = resources.filter((e) => e.responseEnd <= window.__bench.dom);
      const fetchedBy = Math.max(0, ...before.map((e) => e.responseEnd));
      // Bytes over the wire (compressed bodies and headers) by the first result, the page's own.
      const nav = performance.getEntriesByType("navigation")[0];
      const pageTransferred = (nav?.transferSize ?? 0) + before.reduce((n, e) => n + e.transferSize, 0);
      return { ...window.__bench, origin: performance.timeOrigin, fetchedBy, pageTransferred };
    });
    page.off("requestfinished", onFinished);
    // The same, workers' requests included: encoded bodies and response headers of every request
    // that ended (the browser's clock) by the time the first result was in the DOM.
    let transferred = 0;
    for (const request of finished) {
      const t = request.timing();
      if (t.responseEnd < 0 || t.startTime + t.responseEnd > origin + dom) continue;
      const sizes = await request.sizes();
      transferred += sizes.responseBodySize + sizes.responseHeadersSize;
    }
    // What the server had sent by the time the first result was in the DOM, workers' fetches
    // included.
    const fetched = (server.served ?? [])
      .filter((r) => r.at <= origin + dom)
      .map(({ url, status, bytes }) => ({ url, status, bytes }));
    step = "waiting for the network to be idle";
    await page.waitForLoadState("networkidle");
    step = "measuring the memory once loaded";
    const memory = await memoryUse(browser.context, page);
    let cold = null;
    let warm = null;
    if (queries) {
      const qs = queries.map((q) => q.q);
      step = "typing the queries (first pass)";
      cold = await page.evaluate(typeQueries, { queries: qs, timeoutMs: 30000 });
      step = "typing the queries (warm passes)";
      const passes = [];
      for (let i = 0; i < WARM_PASSES; i++) passes.push(await page.evaluate(typeQueries, { queries: qs, timeoutMs: 30000 }));
      warm = cold.map((c, i) => {
        const times = passes.map((p) => p[i].ms);
        // The page's own timing of its search call, from its status line ("· 1.2 ms"), if any.
        const engine = passes.map((p) => Number(/([\d.]+) ms/.exec(p[i].status ?? "")?.[1] ?? NaN)).sort((a, b) => a - b);
        return {
          q: c.q,
          ms: times.includes(null) ? null : times.sort((a, b) => a - b)[WARM_PASSES >> 1],
          engine: engine[WARM_PASSES >> 1],
        };
      });
    }
    step = "measuring the memory after the queries";
    const memoryAfter = queries ? await memoryUse(browser.context, page) : null;
    step = "profiling";
    let cpuProfile = null;
    if (queries && profile) {
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
      await cdp.send("Profiler.start");
      await page.evaluate(typeQueries, { queries: queries.map((q) => q.q), timeoutMs: 30000 });
      cpuProfile = (await cdp.send("Profiler.stop")).profile;
      await cdp.detach();
    }
    await page.close();
    return { dom, frame, fetchedBy, fetched, transferred, pageTransferred, memory, memoryAfter, cold, warm, profile: cpuProfile, problems };
  } catch (e) {
    e.message = `${e.message}\n(while ${step}${problems.length ? `; the page reported: ${problems.join("; ")}` : ""})`;
    throw e;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The ranked documents for each query, as URLs, through the page: with `via: "benchRank"`,
 * `window.benchRank(query, k)` (the Pagefind and MiniSearch pages define it); with `via: "dom"`,
 * the links of the rendered hits in order (`li.hit a.doc-title`: the explorer's `?doc=` links).
 */
export async function rankings(site, queries, { via, k = 10 }) {
  const server = await serve(site);
  const browser = await launch();
  try {
    const { page } = await watchedPage(browser.context);
    await page.goto(server.url);
    await page.getByLabel("Search the corpus", { exact: true }).first().waitFor();
    const out = [];
    for (const q of queries) {
      if (via === "benchRank") {
        await page.waitForFunction(() => typeof window.benchRank === "function");
        out.push(await page.evaluate(({ q, k }) => window.benchRank(q, k), { q, k }));
      } else {
        await page.evaluate(typeQueries, { queries: [q], timeoutMs: 30000 });
        out.push(await page.locator("li.hit a.doc-title").evaluateAll((links) => links.map((a) => a.href)));
      }
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

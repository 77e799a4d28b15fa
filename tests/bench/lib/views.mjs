// The explorer's views in headless Chromium, measured in the page: how long each view takes to
// open (from the click on its navigation link until its content is in the DOM), and how long its
// interactions take to answer (from the event until the DOM shows the answer). Yew renders in
// the event's task, so the time measured is the work the page does before the browser can paint.

import { launch, serve, watchedPage } from "../../browser/support.mjs";

/** Opens of each view measured (alternating with the search view). */
const OPENS = 7;
/** Interactions measured per view, at most. */
const INTERACTIONS = 30;

/**
 * Runs in the page: times `act()` until `done()` holds, noticing DOM changes with a
 * MutationObserver. Two animation frames pass first so that each starts on an idle page.
 */
function installTimer() {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  window.__time = async (act, done, timeoutMs = 30000) => {
    await nextFrame();
    await nextFrame();
    return new Promise((resolve) => {
      let finished = false;
      const finish = (ms) => {
        if (finished) return;
        finished = true;
        observer.disconnect();
        clearTimeout(guard);
        resolve(ms);
      };
      const observer = new MutationObserver(() => {
        if (done()) finish(performance.now() - start);
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
      const guard = setTimeout(() => finish(null), timeoutMs);
      const start = performance.now();
      act();
      if (done()) finish(performance.now() - start);
    });
  };
}

/** Nearest-rank percentile. */
const percentile = (xs, p) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return s.length ? s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)] : null;
};
const summary = (ms) => ({
  p50: percentile(ms, 50),
  p95: percentile(ms, 95),
  max: ms.includes(null) ? null : Math.max(...ms),
  n: ms.length,
  timeouts: ms.filter((x) => x === null).length,
});

/** What is measured, per view: its navigation link, what shows it is open, its interaction. */
const VIEWS = [
  { view: "Timeline", open: "svg.bar-chart a, .timeline-view .notice.empty", interaction: "open a period" },
  { view: "Network", open: "svg.network circle, .network-view .notice.empty", interaction: "focus a node (neighbours)" },
  { view: "Concordance", query: true, open: "ol.kwic li, .concordance-view .notice.empty", interaction: "reorder the lines" },
  { view: "Figures", open: "table.figures tbody tr, .figures-view .notice.empty", interaction: "sort by a column" },
  { view: "Words", open: ".word-table table, .word-table .note", interaction: "draw a word's trend" },
  { view: "Notes", open: ".notes-view h1", interaction: null },
];

/**
 * Runs in the page (installed before its scripts, so that a strict Content Security Policy does
 * not stop it): each view's interaction as `act(i)` (false when there is nothing to do) and
 * `done()` (the answer is in the DOM).
 */
function installInteractions() {
  const click = (el) => el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 }));
  let target = null;
  let before = null;
  window.__interactions = {
    Timeline: {
      act: (i) => {
        const bars = [...document.querySelectorAll("svg.bar-chart a.bar-group")];
        if (!bars.length) return false;
        const bar = bars[(i * 7) % bars.length];
        target = bar.getAttribute("aria-label").split(":")[0];
        before = bar.classList.contains("selected");
        click(bar);
        return true;
      },
      // Opened: its passages are listed; or closed again (a second click on an open period).
      done: () => {
        const h = document.querySelector("#bucket-h");
        return before ? !h : h !== null && h.textContent.startsWith(`${target}:`);
      },
    },
    Network: {
      act: (i) => {
        const nodes = [...document.querySelectorAll("svg.network a.node")];
        if (!nodes.length) return false;
        target = nodes[(i * 11) % nodes.length];
        target.dispatchEvent(new FocusEvent("focus"));
        return true;
      },
      done: () => target.classList.contains("focused"),
    },
    Concordance: {
      act: (i) => {
        const select = document.querySelector(".concordance-view select");
        if (!select) return false;
        target = ["left", "right", "keyword", "corpus"][i % 4];
        select.value = target;
        select.dispatchEvent(new Event("change", { bubbles: true }));
        return true;
      },
      done: () => document.querySelector(".concordance-view")?.dataset.order === target,
    },
    Figures: {
      act: (i) => {
        const buttons = [...document.querySelectorAll("table.figures .sort-button")];
        if (!buttons.length) return false;
        target = buttons[i % buttons.length].closest("th");
        before = target.getAttribute("aria-sort");
        buttons[i % buttons.length].click();
        return true;
      },
      done: () => target.getAttribute("aria-sort") !== before,
    },
    Words: {
      act: (i) => {
        const words = [...document.querySelectorAll(".word-table tbody th a")];
        if (!words.length) return false;
        const a = words[(i * 5) % words.length];
        target = a.textContent;
        click(a);
        return true;
      },
      done: () =>
        (document.querySelector("#trend-h")?.textContent ?? "").startsWith(`“${target}”`) ||
        (document.querySelector(".words-view .notice.empty")?.textContent ?? "").includes(target),
    },
  };
}

/**
 * One visit with a fresh browser: opens the explorer, then each view OPENS times from the search
 * view (its navigation link clicked) over the whole corpus (the concordance over `query`), and
 * its interaction INTERACTIONS times. Name pages are opened from the overview's names and the
 * names found with them; the reader from the hits of `query`, its interaction the next match;
 * the search view's, a filter toggled from a card.
 */
export async function measureViews(site, { query, timeoutMs = 120000 }) {
  const server = await serve(site);
  const browser = await launch();
  try {
    const { page, problems } = await watchedPage(browser.context);
    page.setDefaultTimeout(timeoutMs);
    await page.addInitScript(installTimer);
    await page.addInitScript(installInteractions);
    await page.goto(server.url);
    await page.locator(".overview").waitFor();
    await page.waitForLoadState("networkidle");
    const box = page.getByRole("combobox", { name: "Search the corpus" });
    const home = async () => {
      await page.evaluate(() => {
        const a = [...document.querySelectorAll("nav a")].find((a) => a.textContent.startsWith("Search"));
        a.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 }));
      });
      await page.locator(".overview, li.hit").first().waitFor();
    };
    const out = {};
    for (const v of VIEWS) {
      // The whole corpus, but for the concordance, which needs words: the load query.
      await home();
      await box.fill(v.query ? query : "");
      await page.locator(v.query ? "li.hit" : ".overview").first().waitFor();
      const opens = [];
      for (let i = 0; i < OPENS; i++) {
        // Back to the search view, then the view's link.
        await home();
        opens.push(
          await page.evaluate(
            ({ label, ready }) =>
              window.__time(
                () => {
                  const a = [...document.querySelectorAll("nav a")].find((a) => a.textContent.startsWith(label));
                  a.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 }));
                },
                () => document.querySelector(ready) !== null,
              ),
            { label: v.view, ready: v.open },
          ),
        );
      }
      const entry = { open: summary(opens), interaction: v.interaction };
      if (v.interaction) {
        const times = [];
        for (let i = 0; i < INTERACTIONS; i++) {
          const ms = await page.evaluate(
            ({ name, i }) => {
              const it = window.__interactions[name];
              let acted = true;
              return window.__time(
                () => {
                  acted = it.act(i);
                },
                () => !acted || it.done(),
              ).then((ms) => (acted ? ms : undefined));
            },
            { name: v.view, i },
          );
          if (ms === undefined) break;
          times.push(ms);
        }
        entry.interactions = summary(times);
      }
      out[v.view.toLowerCase()] = entry;
    }

    // The entity page: opened from the overview's most mentioned names, then the names found
    // with each in turn.
    await home();
    await box.fill("");
    await page.locator(".overview").waitFor();
    const entityTimes = [];
    for (let i = 0; i < OPENS * 2; i++) {
      const ms = await page.evaluate(
        (i) => {
          const links = [...document.querySelectorAll(".entry-points a.entity, .related a.entity")];
          if (!links.length) return undefined;
          const a = links[(i * 3) % links.length];
          const name = a.textContent;
          return window.__time(
            () => a.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 })),
            () => document.querySelector(".entity-page h1")?.textContent === name,
          );
        },
        i,
      );
      if (ms === undefined) break;
      entityTimes.push(ms);
    }
    out.entity = { open: summary(entityTimes), interaction: "open a name found with it" };

    // The reader: opened from a hit of the load query, then the next match.
    await home();
    await box.fill(query);
    await page.locator("li.hit").first().waitFor();
    const readerOpen = [];
    for (let i = 0; i < OPENS; i++) {
      readerOpen.push(
        await page.evaluate(
          (i) => {
            const links = [...document.querySelectorAll("li.hit a.doc-title")];
            const a = links[i % links.length];
            return window.__time(
              () => a.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 })),
              () => document.querySelector(".reader .passage") !== null,
            );
          },
          i,
        ),
      );
      const nextTimes = [];
      for (let j = 0; j < 5; j++) {
        const ms = await page.evaluate(() => {
          const next = [...document.querySelectorAll(".reader-bar button")].find((b) => b.textContent === "Next match");
          const count = document.querySelector(".match-count");
          // With one match, the next is the same: nothing to time.
          if (!next || !count || count.textContent === "Match 1 of 1") return undefined;
          const before = count.textContent;
          return window.__time(
            () => next.click(),
            () => count.textContent !== before,
          );
        });
        if (ms === undefined) break;
        nextTimes.push(ms);
      }
      (out.__next ??= []).push(...nextTimes);
      await page.goBack();
      await page.locator("li.hit").first().waitFor();
    }
    out.reader = { open: summary(readerOpen), interaction: "next match", interactions: summary(out.__next ?? []) };
    delete out.__next;

    // The search view: a filter chip toggled from a result card.
    const filterTimes = [];
    for (let i = 0; i < 10; i++) {
      const ms = await page.evaluate(() => {
        const b = document.querySelector("li.hit .chip-filter");
        if (!b) return undefined;
        const count = document.querySelectorAll("ul.chips li").length;
        return window.__time(
          () => b.click(),
          () => document.querySelectorAll("ul.chips li").length !== count,
        );
      });
      if (ms === undefined) break;
      filterTimes.push(ms);
    }
    out.search = { interaction: "toggle a filter from a card", interactions: summary(filterTimes) };
    await page.close();
    return { views: out, problems };
  } finally {
    await browser.close();
    await server.close();
  }
}

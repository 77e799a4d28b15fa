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

/**
 * What is measured, per view: its navigation link, what shows it is open, and an interaction
 * (run in the page: `prepare` once, then `act(i)` and `done(i)` for i = 0, 1, …; `act` returns
 * false when there is nothing more to do).
 */
const VIEWS = [
  {
    view: "Timeline",
    open: "svg.bar-chart a, .timeline-view .notice.empty",
    interaction: "open a period",
    act: (i) => {
      const bars = [...document.querySelectorAll("svg.bar-chart a.bar-group")];
      if (!bars.length) return false;
      window.__target = bars[(i * 7) % bars.length].getAttribute("aria-label").split(":")[0];
      bars[(i * 7) % bars.length].dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 }));
      return true;
    },
    done: () => {
      const h = document.querySelector("#bucket-h");
      const selected = document.querySelector("svg.bar-chart a.selected");
      return (h && h.textContent.startsWith(window.__target)) || (!h && !selected);
    },
  },
  {
    view: "Network",
    open: "svg.network circle, .network-view .notice.empty",
    interaction: "focus a node (neighbours)",
    act: (i) => {
      const nodes = [...document.querySelectorAll("svg.network a.node")];
      if (!nodes.length) return false;
      window.__target = nodes[(i * 11) % nodes.length];
      window.__target.dispatchEvent(new FocusEvent("focus"));
      return true;
    },
    done: () => window.__target?.classList.contains("focused"),
  },
  {
    view: "Concordance",
    query: true,
    open: "ol.kwic li, .concordance-view .notice.empty",
    interaction: "reorder the lines",
    act: (i) => {
      const select = document.querySelector(".concordance-view select");
      if (!select) return false;
      const orders = ["left", "right", "keyword", "corpus"];
      window.__target = orders[i % orders.length];
      select.value = window.__target;
      select.dispatchEvent(new Event("change", { bubbles: true }));
      return true;
    },
    done: () => document.querySelector(".concordance-view")?.dataset.order === window.__target,
  },
  {
    view: "Figures",
    open: "table.figures tbody tr, .figures-view .notice.empty",
    interaction: "sort by a column",
    act: (i) => {
      const buttons = [...document.querySelectorAll("table.figures .sort-button")];
      if (!buttons.length) return false;
      window.__target = buttons[i % buttons.length].closest("th");
      window.__before = window.__target.getAttribute("aria-sort");
      buttons[i % buttons.length].click();
      return true;
    },
    done: () => window.__target?.getAttribute("aria-sort") !== window.__before,
  },
  {
    view: "Words",
    open: ".word-table table, .word-table .note",
    interaction: "draw a word's trend",
    act: (i) => {
      const words = [...document.querySelectorAll(".word-table tbody th a")];
      if (!words.length) return false;
      const a = words[(i * 5) % words.length];
      window.__target = a.textContent;
      a.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 }));
      return true;
    },
    done: () => document.querySelector("#trend-h")?.textContent.startsWith(`“${window.__target}”`) || document.querySelector(".words-view .notice.empty")?.textContent.includes(window.__target),
  },
  {
    view: "Notes",
    open: ".notes-view h1",
    interaction: null,
  },
];

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
            ({ act, done, i }) => {
              const a = new Function("i", `return (${act})(i);`);
              const d = new Function("i", `return (${done})(i);`);
              let acted = true;
              return window.__time(
                () => {
                  acted = a(i);
                },
                () => !acted || d(i),
              ).then((ms) => (acted ? ms : undefined));
            },
            { act: v.act.toString(), done: v.done.toString(), i },
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
        const ms = await page.evaluate((j) => {
          const next = [...document.querySelectorAll(".reader-bar button")].find((b) => b.textContent === "Next match");
          if (!next) return undefined;
          return window.__time(
            () => next.click(),
            () => document.querySelector(".match-count")?.textContent.startsWith(`Match ${j + 1} `) || document.querySelector(".match-count")?.textContent.startsWith("Match 1 "),
          );
        }, j);
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

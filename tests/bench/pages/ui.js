// The search page shared by the Pagefind and MiniSearch sites of the benchmark. It follows the
// explorer's conventions so that one harness measures all three: a search box #q, results in
// `section.results[data-query]` with `li.hit` items, `section.notice.empty[data-query]` when
// nothing matches, and the query in the URL as `?q=`.
//
// An engine is { search(query) -> Promise<{ total, hits: [{ url, title, date?, excerpt? }], facets? }> }
// where `excerpt` is HTML with <mark> (as Pagefind produces it) and `facets` maps a facet name to
// { value: count }.

export function mount(engine) {
  const input = document.getElementById("q");
  const out = document.getElementById("out");
  let latest = 0;

  async function run(query) {
    const ticket = ++latest;
    const url = query ? `?q=${encodeURIComponent(query)}` : location.pathname;
    history.replaceState(null, "", url);
    if (!query.trim()) {
      out.replaceChildren();
      return;
    }
    const results = await engine.search(query);
    if (ticket === latest) out.replaceChildren(render(query, results));
  }

  input.addEventListener("input", () => run(input.value));
  const initial = new URLSearchParams(location.search).get("q") ?? "";
  input.value = initial;
  if (initial) run(initial);
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function render(query, { total, hits, facets }) {
  if (total === 0) {
    return el("section", { class: "notice empty", "data-query": query }, el("h2", {}, `Nothing matches “${query.trim()}”`));
  }
  const section = el("section", { class: "results", "aria-label": "Search results", "data-query": query });
  section.append(el("p", { class: "status", role: "status" }, `${total} ${total === 1 ? "page" : "pages"}`));
  if (facets) {
    const list = el("ul", { class: "facets" });
    for (const [name, values] of Object.entries(facets)) {
      const counts = Object.entries(values).filter(([, n]) => n > 0).map(([v, n]) => `${v} ${n}`);
      if (counts.length) list.append(el("li", {}, `${name}: ${counts.join(" · ")}`));
    }
    section.append(list);
  }
  const ol = el("ol", { class: "hits" });
  for (const hit of hits) {
    const li = el("li", { class: "hit" }, el("a", { class: "doc-title", href: hit.url }, hit.title));
    if (hit.date) li.append(" ", el("time", {}, hit.date));
    if (hit.excerpt !== undefined) {
      const p = el("p", { class: "passage" });
      p.innerHTML = hit.excerpt;
      li.append(p);
    }
    ol.append(li);
  }
  section.append(ol);
  return section;
}

// Reads a corpus folder into plain records for the systems we compare the explorer with, which
// cannot read the folder themselves: Pagefind indexes HTML pages and MiniSearch indexes objects.
// Each record is { id, title, date, lang, format, folder, blocks: [{ heading } | { text }] }.
//
// The rules follow what the explorer reads, simply: plain text (.txt, .text, and so .rst.txt) has
// its short first line as title and blank-line-separated paragraphs; Markdown has YAML front
// matter (title, date, lang) and paragraphs, with `#` headings; HTML has <title>, <html lang>,
// <meta name="date"> and the paragraphs and headings of <article> (else <main>, else <body>).
// Markup inside paragraphs (Markdown emphasis and links, reStructuredText roles) is kept as text.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const FORMATS = { txt: "text", text: "text", md: "markdown", markdown: "markdown", html: "html", htm: "html" };

/** Paths of the documents under `dir`, relative, `/`-separated, sorted; hidden entries skipped. */
export function listDocuments(dir) {
  const out = [];
  const walk = (sub) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (formatOf(rel)) out.push(rel);
    }
  };
  walk("");
  return out.sort();
}

export function formatOf(file) {
  return FORMATS[path.extname(file).slice(1).toLowerCase()];
}

/** Every document of the folder as a record. */
export function readCorpus(dir) {
  return listDocuments(dir).map((id) => readDocument(id, readFileSync(path.join(dir, id), "utf8")));
}

export function readDocument(id, source) {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const format = formatOf(id);
  const parsed = format === "html" ? parseHtml(text) : format === "markdown" ? parseMarkdown(text) : parseText(text);
  const folder = id.includes("/") ? id.slice(0, id.indexOf("/")) : "";
  const title = parsed.title || path.basename(id).replace(/\.[^/]*$/, "");
  return { id, title, date: parsed.date ?? "", lang: parsed.lang ?? "en", format, folder, blocks: parsed.blocks };
}

const paragraphs = (text) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);

/** Plain text; a reStructuredText title (a line over a line of = - ~ * # ^) is the title too. */
function parseText(text) {
  const lines = text.split("\n");
  const rule = /^([=\-~*#^"+`'])\1{2,}\s*$/;
  for (let i = 0; i + 1 < lines.length && i < 30; i++) {
    if (lines[i].trim() && !rule.test(lines[i]) && rule.test(lines[i + 1])) {
      return { title: lines[i].trim(), blocks: paragraphs(text).map((t) => ({ text: t })) };
    }
  }
  const blocks = paragraphs(text);
  const first = blocks[0] ?? "";
  if (first.length <= 120 && !/[.!?]$/.test(first)) {
    return { title: first, blocks: blocks.slice(1).map((t) => ({ text: t })) };
  }
  return { title: "", blocks: blocks.map((t) => ({ text: t })) };
}

function parseMarkdown(text) {
  let body = text;
  const meta = {};
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (fm) {
    body = text.slice(fm[0].length);
    for (const line of fm[1].split("\n")) {
      const m = /^(\w+):\s*(.*)$/.exec(line);
      if (m) meta[m[1]] = m[2].replace(/^"(.*)"$/, "$1").replace(/\\"/g, '"').replace(/\\\\/g, "\\");
    }
  }
  const blocks = paragraphs(body).map((p) => {
    const h = /^#{1,6}\s+(.*)$/.exec(p);
    return h ? { heading: h[1] } : { text: p };
  });
  let title = meta.title;
  if (!title && blocks[0]?.heading) title = blocks.shift().heading;
  return { title, date: meta.date, lang: meta.lang, blocks };
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e) => {
    if (e[0] === "#") return String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
const innerText = (html) => decode(html.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();

function parseHtml(text) {
  const title = innerText(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1] ?? "");
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(text)?.[1];
  const date = /<meta\s+name="date"\s+content="([^"]+)"/i.exec(text)?.[1];
  const scope =
    /<article[^>]*>([\s\S]*?)<\/article>/i.exec(text)?.[1] ??
    /<main[^>]*>([\s\S]*?)<\/main>/i.exec(text)?.[1] ??
    /<body[^>]*>([\s\S]*?)<\/body>/i.exec(text)?.[1] ??
    text;
  const blocks = [];
  for (const m of scope.matchAll(/<(h[1-6]|p|li|blockquote|pre)[^>]*>([\s\S]*?)<\/\1>/gi)) {
    const t = innerText(m[2]);
    if (!t) continue;
    if (m[1][0].toLowerCase() === "h") {
      if (m[1] !== "h1" || t !== title) blocks.push({ heading: t });
    } else blocks.push({ text: t });
  }
  return { title, lang, date, blocks };
}

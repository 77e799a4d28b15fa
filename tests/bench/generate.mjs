// Deterministic generator of news-like documents for the benchmarks.
//
//   node tests/bench/generate.mjs --count 1000 --out DIR [--seed news]
//
// Same seed and count, same bytes. Document i depends only on the seed and i, so the first 1,000
// documents of a 10,000-document corpus are the 1,000-document corpus. About 60% of the stories are
// plain text, 25% Markdown with YAML front matter and 15% whole HTML pages with boilerplate around
// an <article>; about 4% are in German, French or Spanish. Stories average about 3 KB of text.

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { Rng, Zipf } from "./lib/rng.mjs";
import * as V from "./lib/vocab.mjs";

// Shared populations: the same people, places and organisations recur across stories, the first
// of each list far more often than the last.
const world = (() => {
  const rng = new Rng("world");
  const cities = new Zipf(V.CITIES, { s: 1.05 });
  const countries = new Zipf(V.COUNTRIES, { s: 0.9 });
  const surnames = new Zipf(V.SURNAMES, { s: 0.9 });
  const firstNames = new Zipf(V.FIRST_NAMES, { s: 0.8 });
  const people = [];
  const seen = new Set();
  while (people.length < 3000) {
    const name = `${firstNames.draw(rng)} ${surnames.draw(rng)}`;
    if (!seen.has(name)) {
      seen.add(name);
      people.push(name);
    }
  }
  const orgsByTopic = V.TOPICS.map((topic) => {
    const orgs = [];
    const names = new Set();
    for (let i = 0; names.size < 120 && i < 2000; i++) {
      const name = fillOrg(rng.pick(topic.orgs), rng, { cities, countries, surnames });
      if (!names.has(name)) {
        names.add(name);
        orgs.push(name);
      }
    }
    return new Zipf(orgs, { s: 1.0 });
  });
  return {
    cities,
    countries,
    people: new Zipf(people, { s: 1.0 }),
    orgsByTopic,
    topics: new Zipf(V.TOPICS, { s: 0.6, q: 1 }),
    nouns: new Zipf(V.NOUNS),
    verbs: new Zipf(V.VERBS),
    adjectives: new Zipf(V.ADJECTIVES),
    adverbs: new Zipf(V.ADVERBS),
    roles: new Zipf(V.ROLES),
  };
})();

function fillOrg(pattern, rng, { cities, countries, surnames }) {
  return pattern
    .replace("{city}", () => cities.draw(rng))
    .replace("{country}", () => countries.draw(rng))
    .replace("{surname}", () => surnames.draw(rng))
    .replace("{adjective}", () => rng.pick(["Liberal", "Green", "Farmers'", "Democratic", "Unity", "Reform", "Workers'", "Civic"]));
}

const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** A story's cast and setting: most sentences reuse them, some bring in someone new. */
class Story {
  constructor(rng, index) {
    this.rng = rng;
    this.topicIndex = V.TOPICS.indexOf(world.topics.draw(rng));
    this.topic = V.TOPICS[this.topicIndex];
    this.topicWords = new Zipf(this.topic.words, { s: 0.9 });
    this.orgs = world.orgsByTopic[this.topicIndex];
    this.year = 2012 + ((index * 7 + rng.int(0, 13)) % 14);
    this.month = rng.int(1, 12);
    this.day = rng.int(1, 28);
    this.city = world.cities.draw(rng);
    this.country = world.countries.draw(rng);
    this.people = [world.people.draw(rng), world.people.draw(rng), world.people.draw(rng)];
    this.org = this.orgs.draw(rng);
    this.mentioned = new Set();
  }

  person() {
    const rng = this.rng;
    const name = rng.chance(0.75) ? this.people[rng.int(0, rng.chance(0.6) ? 0 : 2)] : world.people.draw(rng);
    if (this.mentioned.has(name) && rng.chance(0.5)) return name.split(" ").slice(1).join(" ");
    this.mentioned.add(name);
    return name;
  }

  money() {
    const rng = this.rng;
    const currency = rng.pick(["$", "€", "£"]);
    const amount = rng.chance(0.6) ? `${rng.int(1, 99)}.${rng.int(0, 9)}` : String(rng.int(2, 950));
    const scale = rng.pick(["million", "million", "billion", "thousand"]);
    if (scale === "thousand") return `${currency}${rng.int(10, 990)},000`;
    return rng.chance(0.2) ? `${amount} ${scale} ${rng.pick(["crowns", "marks", "dinars"])}` : `${currency}${amount} ${scale}`;
  }

  date() {
    const rng = this.rng;
    const month = V.MONTHS[rng.chance(0.7) ? this.month - 1 : rng.int(0, 11)];
    const day = rng.int(1, 28);
    return rng.chance(0.5) ? `${month} ${day}` : `${day} ${month} ${this.year + rng.int(0, 2)}`;
  }

  /**
   * The value of one {slot}; a capitalised slot name capitalises the value. A slot ending in 2
   * ({org2}) names a second one, different from the story's own.
   */
  slot(name) {
    const rng = this.rng;
    const key = name.toLowerCase().replace(/2$/, "");
    if (name.endsWith("2")) {
      const own = { org: this.org, city: this.city, country: this.country, person: this.people[0] }[key];
      for (let i = 0; i < 4; i++) {
        const value = this.slot(key);
        if (value !== own) return value;
      }
    }
    let value;
    switch (key) {
      case "person": value = this.person(); break;
      case "role": value = world.roles.draw(rng); break;
      case "org": value = rng.chance(0.6) ? this.org : this.orgs.draw(rng); break;
      case "noun": case "plural": value = world.nouns.draw(rng); break;
      case "adj": value = world.adjectives.draw(rng); break;
      case "verb": value = world.verbs.draw(rng); break;
      case "adverb": value = world.adverbs.draw(rng); break;
      case "topic": value = this.topicWords.draw(rng); break;
      case "city": value = rng.chance(0.6) ? this.city : world.cities.draw(rng); break;
      case "country": value = rng.chance(0.6) ? this.country : world.countries.draw(rng); break;
      case "date": value = this.date(); break;
      case "year": value = String(this.year - rng.int(0, 8)); break;
      case "future": value = String(this.year + rng.int(1, 6)); break;
      case "small": value = String(rng.int(2, 12)); break;
      case "month": value = V.MONTHS[rng.int(0, 11)]; break;
      case "weekday": value = rng.pick(V.WEEKDAYS); break;
      case "money": value = this.money(); break;
      case "percent": value = rng.chance(0.7) ? `${rng.int(1, 40)}.${rng.int(0, 9)}%` : `${rng.int(2, 60)} per cent`; break;
      case "number": value = String(rng.chance(0.8) ? rng.int(2, 40) : rng.int(100, 12000)); break;
      case "talks": value = rng.pick(V.TALKS); break;
      case "ordinal": value = rng.pick(V.ORDINALS); break;
      case "period": value = rng.pick(V.PERIODS); break;
      default: throw new Error(`unknown slot {${name}}`);
    }
    return name[0] === name[0].toUpperCase() ? capitalise(value) : value;
  }

  fill(pattern) {
    return pattern.replace(/\{(\w+)\}/g, (_, name) => this.slot(name)).replace(/\b([Aa]) ([aeiou])/g, "$1n $2");
  }

  title() {
    return this.fill(this.rng.pick(V.HEADLINES));
  }

  dateline(agency) {
    return `${this.city.toUpperCase()}, ${V.MONTHS[this.month - 1]} ${this.day}, ${this.year} (${agency}) —`;
  }

  paragraph() {
    const n = this.rng.int(2, 5);
    const sentences = [];
    for (let i = 0; i < n; i++) sentences.push(this.fill(this.rng.pick(V.SENTENCES)));
    return sentences.join(" ");
  }

  isoDate() {
    return `${this.year}-${String(this.month).padStart(2, "0")}-${String(this.day).padStart(2, "0")}`;
  }
}

/** Body of a story in English: a title, a dateline, paragraphs and sometimes subheadings. */
function englishStory(rng, index) {
  const story = new Story(rng, index);
  const blocks = [];
  const paragraphs = rng.int(7, 12);
  for (let i = 0; i < paragraphs; i++) {
    if (i >= 3 && rng.chance(0.18)) blocks.push({ heading: rng.pick(V.SUBHEADINGS) });
    blocks.push({ text: story.paragraph() });
  }
  blocks[0].text = `${story.dateline(rng.pick(V.AGENCIES))} ${blocks[0].text}`;
  return { lang: "en", title: story.title(), date: story.isoDate(), topic: story.topic.name, place: story.city, blocks };
}

/** A shorter story in another language, from that language's phrase book. */
function foreignStory(rng, index, lang) {
  const book = V.OTHER_LANGUAGES[lang];
  const story = new Story(rng, index);
  const topic = rng.pick(book.topics);
  const fill = (pattern) =>
    pattern.replace(/\{(\w+)\}/g, (_, name) => {
      switch (name) {
        case "topic": return topic;
        case "CITY": return story.city.toUpperCase();
        case "day": return String(story.day);
        case "month": return book.months[story.month - 1];
        case "year": return String(story.year);
        case "percent": return `${rng.int(2, 40)}%`;
        default: return story.slot(name);
      }
    });
  const blocks = [];
  const paragraphs = rng.int(3, 5);
  for (let i = 0; i < paragraphs; i++) {
    const n = rng.int(2, 4);
    const sentences = [];
    for (let j = 0; j < n; j++) sentences.push(fill(rng.pick(book.sentences)));
    blocks.push({ text: sentences.join(" ") });
  }
  blocks[0].text = `${fill(book.dateline)} — ${blocks[0].text}`;
  return { lang, title: fill(rng.pick(book.headlines)), date: story.isoDate(), topic: story.topic.name, place: story.city, blocks };
}

function slug(title) {
  const ascii = title.normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase();
  return ascii.split(/[^a-z0-9]+/).filter(Boolean).slice(0, 6).join("-") || "story";
}

const htmlEscape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const yamlString = (s) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

function asText(doc, rng) {
  const lines = [doc.title, ""];
  for (const b of doc.blocks) lines.push(b.heading ?? b.text, "");
  if (rng.chance(0.1)) lines.push(rng.pick(V.FURNITURE), "");
  return lines.join("\n");
}

function asMarkdown(doc) {
  const lines = [
    "---",
    `title: ${yamlString(doc.title)}`,
    `date: ${doc.date}`,
    `lang: ${doc.lang}`,
    `tags: [${doc.topic}, ${doc.place}]`,
    "---",
    "",
  ];
  for (const b of doc.blocks) lines.push(b.heading ? `## ${b.heading}` : b.text, "");
  return lines.join("\n");
}

function asHtml(doc, id) {
  const body = doc.blocks
    .map((b) => (b.heading ? `<h2>${htmlEscape(b.heading)}</h2>` : `<p>${htmlEscape(b.text)}</p>`))
    .join("\n");
  return `<!DOCTYPE html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<title>${htmlEscape(doc.title)}</title>
<meta name="date" content="${doc.date}">
<link rel="canonical" href="https://news.example/${id}">
</head>
<body>
<header class="site"><a href="/">Home</a>
<nav><ul><li><a href="/${doc.topic}">${capitalise(doc.topic)}</a></li><li><a href="/world">World</a></li><li><a href="/search">Search</a></li></ul></nav>
</header>
<main>
<article>
<h1>${htmlEscape(doc.title)}</h1>
${body}
</article>
<aside class="share"><p>Share this article</p><a href="#">Email</a> <a href="#">Copy link</a></aside>
</main>
<footer><p>© ${doc.date.slice(0, 4)} Example News. All rights reserved.</p></footer>
<script>window.analytics = window.analytics || [];</script>
</body>
</html>
`;
}

/** Document `index` (from 0) of the corpus for `seed`: { path, text }. */
export function generateDocument(seed, index) {
  const rng = new Rng(`${seed}:${index}`);
  const roll = rng.float();
  const doc = roll < 0.014 ? foreignStory(rng, index, "de")
    : roll < 0.027 ? foreignStory(rng, index, "fr")
    : roll < 0.04 ? foreignStory(rng, index, "es")
    : englishStory(rng, index);
  const form = rng.float();
  const ext = form < 0.6 ? "txt" : form < 0.85 ? "md" : "html";
  const id = String(index + 1).padStart(5, "0");
  const file = `${doc.date.slice(0, 4)}/${id}-${slug(doc.title)}.${ext}`;
  const text = ext === "txt" ? asText(doc, rng) : ext === "md" ? asMarkdown(doc) : asHtml(doc, file);
  return { path: file, text };
}

/** The whole corpus, sorted by path. */
export function generateCorpus({ count, seed = "news" }) {
  const docs = [];
  for (let i = 0; i < count; i++) docs.push(generateDocument(seed, i));
  return docs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Writes the corpus into `dir`, replacing what was there. */
export function writeCorpus(dir, docs) {
  rmSync(dir, { recursive: true, force: true });
  for (const d of docs) {
    const file = path.join(dir, d.path);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, d.text);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      count: { type: "string" },
      seed: { type: "string", default: "news" },
      out: { type: "string" },
    },
  });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1 || !values.out) {
    console.error("usage: node generate.mjs --count N --out DIR [--seed SEED]");
    process.exit(2);
  }
  const docs = generateCorpus({ count, seed: values.seed });
  writeCorpus(values.out, docs);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  console.log(`wrote ${docs.length} documents (${bytes} bytes) to ${values.out}`);
}

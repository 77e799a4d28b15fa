//! The explorer's views beyond the result list, computed in the core so that the page only
//! renders: the entity page, the reader's marks, the timeline, the network, the concordance, the
//! figures, the words, export, and stable names for notes. Pure Rust, no browser dependency,
//! tested natively.
//!
//! Every view reads a [`Selection`] (what the current query and facet selections let through,
//! from [`Engine::select`](crate::query::Engine::select), or [`Selection::all`] with no query)
//! and reports on it, with "n of N" counts. What needs the whole corpus is precomputed at build
//! time ([`tables::ViewTables`], in the bundle): similar documents, the network layout, the word
//! table. Every list is bounded (a page, a limit) and says how many it left out.
//!
//! ```
//! # let corpus = corpus::Corpus::default();
//! use corpus::query::{Engine, SearchRequest};
//! use corpus::views::{Page, Views};
//! let engine = Engine::new(&corpus); // once, at load
//! let views = Views::new(&corpus); // once, at load (linear, a few ms at 10,000 documents)
//! let selection = engine.select(&SearchRequest::new("SCO"));
//! let timeline = views.timeline(&selection);
//! let _status = selection.describe(); // "12 of 340 passages"
//! # let _ = (timeline, Page::first(20));
//! ```
//!
//! # API, module by module
//!
//! - [`Views::new`]: per-passage and per-entity lookups over a corpus, built once at load.
//! - selection ([`crate::query::select`]): [`Engine::select`](crate::query::Engine::select) →
//!   [`Selection`]: passages, matched terms and phrases, filtered entities, `describe()`.
//! - [`entity`]: [`Views::find_entity`] (name, optional kind → found, ambiguous or suggestions);
//!   [`Views::profile`] (roles, aliases, recognition by rule, counts, mentions in context,
//!   documents, years, co-occurring entities, dates and figures of its passages).
//! - [`reader`]: [`Views::reader`] (every entity, date, figure and query match of a document as
//!   byte ranges, table of contents, similar documents); [`reader::segments`] (flattens
//!   overlapping marks into runs to render).
//! - [`timeline`]: [`Views::timeline`] (buckets by year, month or day, documents and stated
//!   dates, undated counts); [`Views::bucket_items`] (what a bucket holds, paged);
//!   [`Views::undated_documents`].
//! - [`network`]: [`Views::network`] (the strongest co-occurring entities of the selection, with
//!   positions, edges recounted for the selection); [`network::Network::neighbours`],
//!   [`network::Network::rows`].
//! - [`concordance`]: [`Views::concordance`] (keyword-in-context lines of the query's matches,
//!   sorted by left or right context; collocates with log-likelihood).
//! - [`figures`]: [`Views::figures`] (money, percentages and quantities as rows, sorted by any
//!   column, paged; money totals by year and currency).
//! - [`words`]: [`Views::words`] (most frequent and most distinctive words and two-word phrases,
//!   by log-likelihood against the rest of the corpus); [`Views::trend`] (one word's relative
//!   frequency by year and by document); [`Views::word_entry`].
//! - [`export`]: CSV (RFC 4180, formula cells neutralised) and JSON of results, entities,
//!   figures and concordance lines: [`Views::results_csv`], [`Views::results_json`],
//!   [`Views::entities_csv`], [`Views::entities_json`], [`Views::figures_csv`],
//!   [`Views::figures_json`], [`Views::concordance_csv`], [`Views::concordance_json`];
//!   [`export::csv`], [`export::csv_cell`].
//! - [`identity`]: [`Views::identity`] (the corpus's storage key and content hash);
//!   [`Views::passage_key`] (doc id + hash of the passage text); [`Views::resolve_passage`]
//!   (found, changed or vanished after a rebuild).
//! - [`tables`]: the precomputed tables stored in the bundle.

use std::ops::Range;

use crate::model::Corpus;

pub mod concordance;
pub mod entity;
pub mod export;
pub mod figures;
pub mod identity;
pub mod network;
pub mod reader;
pub mod tables;
pub mod timeline;
pub mod words;

pub use crate::query::Selection;
pub use concordance::{Collocate, Concordance, ConcordanceOptions, ContextSort};
pub use entity::{EntityLookup, Profile};
pub use figures::{FigureRow, FigureSort, FigureTable};
pub use network::{Network, NetworkEdge, NetworkNode};
pub use reader::{Mark, MarkKind, Reader};
pub use tables::ViewTables;
pub use timeline::{Bucket, Timeline, TimelineItem, Unit};
pub use words::{Trend, WordStat, WordsView};

/// Which part of a long list to return.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub offset: usize,
    pub limit: usize,
}

impl Page {
    /// The first `limit` items.
    pub fn first(limit: usize) -> Page {
        Page { offset: 0, limit }
    }

    fn range(self, total: usize) -> Range<usize> {
        let start = self.offset.min(total);
        start..start.saturating_add(self.limit).min(total)
    }
}

/// One page of a longer list.
#[derive(Debug, Clone, PartialEq)]
pub struct Paged<T> {
    pub items: Vec<T>,
    /// How many there are in all.
    pub total: usize,
    /// Where `items` start in the whole list.
    pub offset: usize,
}

impl<T> Paged<T> {
    fn of(all: Vec<T>, page: Page) -> Paged<T> {
        let total = all.len();
        let r = page.range(total);
        Paged {
            items: all.into_iter().skip(r.start).take(r.len()).collect(),
            total,
            offset: r.start,
        }
    }
}

/// A line of keyword in context: byte ranges into the document's text (`corpus.docs[doc].text`),
/// the keyword between its left and right context, all within one passage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kwic {
    pub doc: u32,
    pub passage: u32,
    pub left: Range<usize>,
    pub keyword: Range<usize>,
    pub right: Range<usize>,
}

impl Kwic {
    /// The three parts as text.
    pub fn texts<'c>(&self, corpus: &'c Corpus) -> (&'c str, &'c str, &'c str) {
        let text = corpus.doc_text(self.doc);
        let get = |r: &Range<usize>| text.get(r.clone()).unwrap_or("");
        (get(&self.left), get(&self.keyword), get(&self.right))
    }
}

/// Characters of context on each side of a keyword-in-context line, at most.
pub const CONTEXT_CHARS: usize = 60;

/// The left and right context of `keyword` (document coordinates) within `passage`: at most
/// `chars` characters each side, cut at a word boundary when one is near.
pub(crate) fn context(
    corpus: &Corpus,
    passage: u32,
    keyword: Range<usize>,
    chars: usize,
) -> (Range<usize>, Range<usize>) {
    let p = &corpus.passages[passage as usize];
    let text = corpus.doc_text(p.doc);
    let (ps, pe) = (p.span.start as usize, p.span.end as usize);
    // Left: walk back `chars` characters, then forward to the start of a word.
    let before = &text[ps..keyword.start.max(ps)];
    let mut start = keyword.start.max(ps);
    for (n, (i, _)) in before.char_indices().rev().enumerate() {
        if n == chars {
            break;
        }
        start = ps + i;
    }
    if start > ps {
        if let Some(sp) = text[start..keyword.start].find(char::is_whitespace) {
            if sp + 1 < keyword.start - start {
                start += sp + 1;
            }
        }
    }
    // Right: `chars` characters, then back to the end of a word.
    let after_start = keyword.end.min(pe);
    let after = &text[after_start..pe];
    let mut end = pe;
    if let Some((i, _)) = after.char_indices().nth(chars) {
        end = after_start + i;
        if let Some(sp) = text[after_start..end].rfind(char::is_whitespace) {
            if sp > 0 {
                end = after_start + sp;
            }
        }
    }
    (start..keyword.start.max(start), after_start..end)
}

/// Items grouped by a key: the items of key `k` are `order[start[k]..start[k + 1]]`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Grouped {
    start: Vec<u32>,
    order: Vec<u32>,
}

impl Grouped {
    /// Groups item `i` under `key(i)` for `keys` keys, keeping the items' order in each group.
    fn new(keys: usize, items: impl Iterator<Item = u32> + Clone) -> Grouped {
        let mut start = vec![0u32; keys + 1];
        for k in items.clone() {
            if (k as usize) < keys {
                start[k as usize + 1] += 1;
            }
        }
        for i in 0..keys {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut order = vec![0u32; start[keys] as usize];
        for (i, k) in items.enumerate() {
            if (k as usize) < keys {
                order[fill[k as usize] as usize] = i as u32;
                fill[k as usize] += 1;
            }
        }
        Grouped { start, order }
    }

    pub(crate) fn of(&self, key: u32) -> &[u32] {
        let k = key as usize;
        match (self.start.get(k), self.start.get(k + 1)) {
            (Some(&a), Some(&b)) => &self.order[a as usize..b as usize],
            _ => &[],
        }
    }
}

/// A date as numbers: year, and month and day when known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateKey {
    pub year: i32,
    /// 1..=12, or 0 when only the year is known.
    pub month: u8,
    /// 1..=31, or 0 when not known.
    pub day: u8,
}

impl DateKey {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (anything after is ignored).
    pub fn parse(iso: &str) -> Option<DateKey> {
        let year: i32 = iso.get(..4)?.parse().ok()?;
        let part = |r: Range<usize>, max: u8| -> Option<u8> {
            let v: u8 = iso.get(r)?.parse().ok()?;
            (1..=max).contains(&v).then_some(v)
        };
        let month = if iso.as_bytes().get(4) == Some(&b'-') {
            part(5..7, 12).unwrap_or(0)
        } else {
            0
        };
        let day = if month > 0 && iso.as_bytes().get(7) == Some(&b'-') {
            part(8..10, 31).unwrap_or(0)
        } else {
            0
        };
        Some(DateKey { year, month, day })
    }
}

/// Lookups over a corpus that every view shares, built once at load. Linear in the corpus.
pub struct Views<'c> {
    corpus: &'c Corpus,
    /// Passage → ids into `corpus.mentions`, `corpus.dates`, `corpus.figures`.
    mentions: Grouped,
    dates: Grouped,
    figures: Grouped,
    /// Entity → ids into `corpus.mentions`, in passage order; made on first use.
    entity_mentions: std::sync::OnceLock<Grouped>,
    /// Passage → start of its list in the word table (`len + 1` entries).
    word_start: Vec<usize>,
    /// Each document's date, parsed.
    doc_dates: Vec<Option<DateKey>>,
    /// Each date fact's date, parsed.
    date_keys: Vec<Option<DateKey>>,
    /// Sort orders of the figures, made when first asked for.
    figure_orders: figures::Orders,
    /// Words (all tokens) in the corpus.
    corpus_tokens: u64,
    /// Passages and mentions of each entity in the whole corpus, made on first use.
    entity_totals: std::sync::OnceLock<(Vec<u32>, Vec<u32>)>,
    /// Document id → document, made when first asked for.
    doc_ids: std::sync::OnceLock<std::collections::HashMap<&'c str, u32>>,
}

impl<'c> Views<'c> {
    pub fn new(corpus: &'c Corpus) -> Self {
        let n = corpus.passages.len();
        let mut word_start = Vec::with_capacity(n + 1);
        let mut at = 0usize;
        word_start.push(0);
        let bytes = &corpus.views.words.passage_bytes;
        // On a sharded site the lists are in the document chunks, not in the core.
        let held = match corpus.index.residency {
            Some(_) => usize::MAX,
            None => corpus.views.words.entries.len(),
        };
        for p in 0..n {
            at += bytes.get(p).copied().unwrap_or(0) as usize;
            word_start.push(at.min(held));
        }
        Views {
            corpus,
            mentions: Grouped::new(n, corpus.mentions.iter().map(|m| m.passage)),
            dates: Grouped::new(
                n,
                (0..corpus.date_count() as u32).map(|i| corpus.date_passage(i)),
            ),
            figures: Grouped::new(
                n,
                (0..corpus.figure_count() as u32).map(|i| corpus.figure_passage(i)),
            ),
            entity_mentions: std::sync::OnceLock::new(),
            word_start,
            doc_dates: corpus
                .docs
                .iter()
                .map(|d| d.date.as_deref().and_then(DateKey::parse))
                .collect(),
            date_keys: (0..corpus.date_count() as u32)
                .map(|i| DateKey::parse(corpus.date_iso(i)))
                .collect(),
            figure_orders: figures::Orders::default(),
            corpus_tokens: corpus.index.passage_len.iter().map(|&n| n as u64).sum(),
            entity_totals: std::sync::OnceLock::new(),
            doc_ids: std::sync::OnceLock::new(),
        }
    }

    pub fn corpus(&self) -> &'c Corpus {
        self.corpus
    }

    /// Ids into `corpus.mentions` of a passage's mentions, in text order.
    pub fn mentions_of(&self, passage: u32) -> &[u32] {
        self.mentions.of(passage)
    }

    /// Ids into `corpus.dates` of the dates a passage states.
    pub fn dates_of(&self, passage: u32) -> &[u32] {
        self.dates.of(passage)
    }

    /// Ids into `corpus.figures` of the figures a passage states.
    pub fn figures_of(&self, passage: u32) -> &[u32] {
        self.figures.of(passage)
    }

    /// Ids into `corpus.mentions` of an entity's mentions, in corpus order.
    pub fn mentions_of_entity(&self, entity: u32) -> &[u32] {
        let corpus = self.corpus;
        self.entity_mentions
            .get_or_init(|| {
                Grouped::new(
                    corpus.entities.len(),
                    corpus.mentions.iter().map(|m| m.entity),
                )
            })
            .of(entity)
    }

    /// A passage's `(entry, count)` list in the word table.
    pub fn words_of(&self, passage: u32) -> tables::EntryIter<'c> {
        let p = passage as usize;
        let corpus = self.corpus;
        let bytes = match (self.word_start.get(p), self.word_start.get(p + 1)) {
            (Some(&a), Some(&b)) if a <= b => match &corpus.index.residency {
                // A sharded site: in the document's chunk (empty, and fetched, until loaded).
                Some(r) => r.word_entries(self.doc_of(passage), a..b),
                None => corpus.views.words.entries.get(a..b).unwrap_or(&[]),
            },
            _ => &[],
        };
        tables::EntryIter::new(bytes)
    }

    /// The document of a passage (which must be below `corpus.passages.len()`).
    pub fn doc_of(&self, passage: u32) -> u32 {
        self.corpus.passages[passage as usize].doc
    }

    /// A document by its id.
    pub fn doc_by_id(&self, id: &str) -> Option<u32> {
        self.doc_ids
            .get_or_init(|| {
                (self.corpus.docs.iter().enumerate())
                    .map(|(i, d)| (d.id.as_str(), i as u32))
                    .collect()
            })
            .get(id)
            .copied()
    }
}

#[cfg(all(test, feature = "ingest"))]
mod tests;

#[cfg(test)]
mod unit_tests {
    use super::*;

    #[test]
    fn dates_parse_at_every_precision() {
        let k = |y, m, d| {
            Some(DateKey {
                year: y,
                month: m,
                day: d,
            })
        };
        assert_eq!(DateKey::parse("2024"), k(2024, 0, 0));
        assert_eq!(DateKey::parse("2024-06"), k(2024, 6, 0));
        assert_eq!(DateKey::parse("2024-06-13"), k(2024, 6, 13));
        assert_eq!(DateKey::parse("2024-13-01"), k(2024, 0, 0));
        assert_eq!(DateKey::parse("20x4"), None);
        assert_eq!(DateKey::parse(""), None);
    }

    #[test]
    fn pages_stay_inside_the_list() {
        let p = Paged::of(
            (0..10).collect::<Vec<_>>(),
            Page {
                offset: 8,
                limit: 5,
            },
        );
        assert_eq!((p.items, p.total, p.offset), (vec![8, 9], 10, 8));
        let p = Paged::of(
            (0..3).collect::<Vec<_>>(),
            Page {
                offset: 9,
                limit: 5,
            },
        );
        assert_eq!((p.items.len(), p.offset), (0, 3));
    }

    #[test]
    fn groups_keep_item_order() {
        let g = Grouped::new(3, [2u32, 0, 2, 9, 1].into_iter());
        assert_eq!(g.of(2), [0, 2]);
        assert_eq!(g.of(0), [1]);
        assert_eq!(g.of(1), [4]);
        assert!(g.of(7).is_empty());
    }
}

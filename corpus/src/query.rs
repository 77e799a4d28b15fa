//! Search over the compiled corpus: the query language ([`parse`]), term matching with stems,
//! romanisations and typos ([`terms`]), what runs of words stand for besides themselves (entities
//! by any alias, number values, acronyms: [`expand`]), BM25 ranking with title and heading lift, proximity and
//! a passage-informativeness prior, facets with live counts ([`facets`]), snippets and highlights
//! ([`snippet`]), and suggestions as one types ([`suggest`]).
//!
//! ```
//! # let corpus = corpus::Corpus::default();
//! use corpus::query::{Engine, SearchRequest};
//! let engine = Engine::new(&corpus); // once, at load
//! let response = engine.search(&SearchRequest::new("person:Aliyev \"observer status\"").limit(20));
//! for hit in &response.hits {
//!     let _text = corpus.passage_text(hit.passage); // `hit.highlights` and `hit.snippet` index it
//! }
//! ```
//!
//! Every query's work is bounded whatever it is: at most [`parse::MAX_CLAUSES`] clauses, at most
//! [`terms::MAX_TERMS`] index terms per word, at most [`MAX_PHRASE_CHECKS`] passages checked
//! for phrases, and each term's postings are read once per word.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use crate::model::Corpus;
use crate::text::{self, Algorithm, StemmerSource, Stemmers};

pub mod expand;
pub mod facets;
mod features;
pub mod fuzzy;
mod glossary;
pub mod parse;
pub mod select;
pub mod set;
pub mod snippet;
pub mod suggest;
pub mod terms;

pub use facets::{Facet, FacetValue};
pub use parse::{Field, QueryError};
pub use select::Selection;
pub use set::PassageSet;
pub use suggest::{Suggestion, SuggestionKind};

use parse::{Atom, FilterValue};
use snippet::Matcher;
use terms::{Expander, MatchKind, TermMatch};

/// BM25 saturation.
const K1: f32 = 1.2;
/// BM25 length normalisation. Lower than the usual 0.75, which is tuned for whole documents:
/// passages are paragraphs, and a longer paragraph is not a less focused one in the way a longer
/// document is.
const B: f32 = 0.4;
/// A query word in a document's title lifts every passage of the document by this share of a
/// body match.
const TITLE_LIFT: f32 = 0.3;
/// A query word in a section heading lifts the section's passages by this share of a body match.
const HEADING_LIFT: f32 = 0.3;
/// Up to this bonus (as a share of the score) when the query's words are next to each other.
const PROXIMITY: f32 = 0.25;
/// Up to this bonus when the query's words are names the analysis recognised.
const ENTITY_BONUS: f32 = 0.1;
/// The share of a literal match's score a mention of an entity the words name earns (its idf
/// capped at the literal words'), so such passages rank just below those with the words.
const ENTITY_WEIGHT: f32 = 0.7;
/// Likewise for a number of the same value written another way.
const VALUE_WEIGHT: f32 = 0.9;
/// Likewise for the other form of an acronym the corpus defines.
const FORM_WEIGHT: f32 = 0.8;
/// A passage gains this share of its score for each e-fold of the other passages of its
/// document that match every word of the query (`1 + DOC_CONTEXT · ln(1 + others)`): of two
/// passages that mention a name once, the one from the document about that name ranks first.
const DOC_CONTEXT: f32 = 0.5;
/// Up to this bonus for passages dense in facts (entities, dates, figures).
const PRIOR: f32 = 0.3;
/// Density of facts (per word) at which the prior is full.
const PRIOR_FULL_DENSITY: f32 = 0.1;
/// The best passages re-ranked by proximity, at least.
const RERANK: usize = 30;
/// At most this many passages are checked for phrases in one query (beyond, the result is
/// marked approximate).
pub const MAX_PHRASE_CHECKS: usize = 500;
/// Candidates for a phrase hold its this-many rarest words.
const MAX_PHRASE_INTERSECT: usize = 8;

/// How to order hits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best first.
    #[default]
    Relevance,
    /// By document date, newest first; undated documents last; then in document order.
    Newest,
    /// By document date, oldest first; undated documents last.
    Oldest,
    /// In corpus order: document by document, passage by passage.
    Document,
}

/// A search: the query text, the facet selections, order and page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRequest {
    pub query: String,
    /// Facet key ([`Field::name`]: `person`, `org`, `place`, `theme`, `doc`, `year`, `lang`) →
    /// selected value ids ([`FacetValue::id`]). Values of one facet combine with OR, facets with
    /// AND.
    pub selections: BTreeMap<String, Vec<String>>,
    pub sort: Sort,
    pub limit: usize,
    pub offset: usize,
    /// At most this many values per facet (selected values are always included).
    pub facet_limit: usize,
    /// The query is being typed: its last word, unless followed by a space, may be unfinished
    /// and also matches as a prefix (`Aliy` finds Aliyev).
    pub typing: bool,
    /// How many of the listed hits, from the first, get their highlights and snippet: the
    /// others come with none (`highlights` empty, `snippet` `0..0`, `analysed` false). A page
    /// that draws only the hits on screen asks for those, and reads (on a sharded site,
    /// fetches) no other passage's text for them. All of them by default.
    pub snippets: usize,
}

impl SearchRequest {
    pub fn new(query: impl Into<String>) -> Self {
        SearchRequest {
            query: query.into(),
            selections: BTreeMap::new(),
            sort: Sort::Relevance,
            limit: 20,
            offset: 0,
            facet_limit: 10,
            typing: false,
            snippets: usize::MAX,
        }
    }

    /// Highlights and snippets for the first `snippets` hits only (see
    /// [`SearchRequest::snippets`]).
    pub fn snippets(mut self, snippets: usize) -> Self {
        self.snippets = snippets;
        self
    }

    /// Treats the last word as possibly unfinished (see [`SearchRequest::typing`]).
    pub fn typing(mut self, typing: bool) -> Self {
        self.typing = typing;
        self
    }

    pub fn limit(mut self, limit: usize) -> Self {
        self.limit = limit;
        self
    }

    pub fn offset(mut self, offset: usize) -> Self {
        self.offset = offset;
        self
    }

    pub fn sort(mut self, sort: Sort) -> Self {
        self.sort = sort;
        self
    }

    /// Adds a facet selection.
    pub fn select(mut self, facet: &str, value: impl Into<String>) -> Self {
        self.selections
            .entry(facet.to_string())
            .or_default()
            .push(value.into());
        self
    }
}

/// A ranked passage.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub passage: u32,
    pub score: f32,
    /// False for a passage with only some of the query's words, listed after those with all.
    pub complete: bool,
    /// Byte ranges of the matched words in the passage text ([`Corpus::passage_text`]).
    pub highlights: Vec<Range<usize>>,
    /// The densest window of matches, a byte range of the passage text (all of it when short).
    pub snippet: Range<usize>,
    /// Whether `highlights` and `snippet` were worked out: false past the request's
    /// [`SearchRequest::snippets`].
    pub analysed: bool,
}

/// How much a search read, to check that the work stays bounded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Work {
    /// Postings (term, passage) decoded.
    pub postings: usize,
    /// Dictionary entries read for prefixes and typos.
    pub terms: usize,
    /// Passages whose text was read (phrase checks, re-ranking, snippets).
    pub passages: usize,
}

/// How one query word was read: the index terms it matched and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expansion {
    pub word: String,
    /// (term id, how it matched), best first.
    pub terms: Vec<(u32, &'static str)>,
}

/// The outcome of a search.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchResponse {
    /// The requested page of hits.
    pub hits: Vec<Hit>,
    /// How many passages match in all (with the facet selections).
    pub total: usize,
    /// How many passages with only some of the words are listed after the `total` complete ones
    /// (0 when `matched_all` is false: then every hit is partial and counted in `total`).
    pub partial_total: usize,
    /// False when no passage has every word and the hits are the best partial matches.
    pub matched_all: bool,
    /// Facets in a fixed order: person, org, place, theme, doc, year, lang.
    pub facets: Vec<Facet>,
    /// What the query parser did not understand; the search ran without it.
    pub errors: Vec<QueryError>,
    /// The query words that match nothing in the corpus.
    pub unknown: Vec<String>,
    /// True when a phrase was too common to check in every passage: `total` and the facet counts
    /// then leave out the passages not checked.
    pub approximate: bool,
    pub expansions: Vec<Expansion>,
    pub work: Work,
}

/// Searches one corpus. Built once at load: a few flat tables, linear in the corpus.
pub struct Engine<'c> {
    corpus: &'c Corpus,
    /// The stemmers of the corpus's languages that `stemmers` carries, in the order of first use.
    algorithms: Vec<Algorithm>,
    /// Those it does not carry: their words are matched as written and by spelling, not by stem.
    missing_stemmers: Vec<Algorithm>,
    stemmers: StemmerSource,
    /// Passage → its mentions in `corpus.mentions` (ids), as `mention_start[p]..mention_start[p+1]`
    /// into `mention_order`.
    mention_start: Vec<u32>,
    mention_order: Vec<u32>,
    /// Passage → its facet values.
    features: features::Features,
    /// Passage → score multiplier from how many facts it states.
    prior: Vec<f32>,
    /// Passage → BM25's length term, `K1 * (1 - B + B * len / avg)`.
    length_norm: Vec<f32>,
    /// The folded long form of each of `corpus.acronyms` (a list read through: a few hundred at
    /// most, and only for runs of several words).
    acronym_longs: Vec<String>,
    /// Document → its date's rank, for the orders by date (see [`Engine::date_ranks`]).
    date_ranks: std::sync::OnceLock<Vec<u32>>,
    /// Document → the end of its passages: a compact table for cursors over passages in order.
    doc_ends: Vec<u32>,
}

/// The lift of a passage whose document has `others` more passages in the list: `1 + DOC_CONTEXT
/// * ln(1 + others)`, from a table for the common small counts.
fn doc_lift(others: u32) -> f32 {
    static SMALL: std::sync::OnceLock<[f32; 64]> = std::sync::OnceLock::new();
    let lift = |k: u32| 1.0 + DOC_CONTEXT * (k as f32).ln_1p();
    match SMALL
        .get_or_init(|| std::array::from_fn(|k| lift(k as u32)))
        .get(others as usize)
    {
        Some(&l) => l,
        None => lift(others),
    }
}

/// Groups `items` by passage: returns `(start, order)` where the items of passage `p` are
/// `order[start[p]..start[p + 1]]`.
fn by_passage(n: usize, passages: impl Iterator<Item = u32> + Clone) -> (Vec<u32>, Vec<u32>) {
    let mut start = vec![0u32; n + 1];
    for p in passages.clone() {
        if (p as usize) < n {
            start[p as usize + 1] += 1;
        }
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    let mut fill = start.clone();
    let mut order = vec![0u32; start[n] as usize];
    for (i, p) in passages.enumerate() {
        if (p as usize) < n {
            order[fill[p as usize] as usize] = i as u32;
            fill[p as usize] += 1;
        }
    }
    (start, order)
}

impl<'c> Engine<'c> {
    /// The engine with every Snowball stemmer.
    pub fn new(corpus: &'c Corpus) -> Self {
        Engine::with_stemmers(corpus, text::every_stemmer)
    }

    /// The engine with the stemmers `stemmers` gives: the page passes one that carries only its
    /// corpus's languages (see [`StemmerSource`]).
    pub fn with_stemmers(corpus: &'c Corpus, stemmers: StemmerSource) -> Self {
        let mut algorithms: Vec<Algorithm> = Vec::new();
        let mut missing_stemmers: Vec<Algorithm> = Vec::new();
        for doc in &corpus.docs {
            if let Some(a) = text::stemmer_for(&doc.lang) {
                if algorithms.contains(&a) || missing_stemmers.contains(&a) {
                    continue;
                }
                if stemmers(a).is_some() {
                    algorithms.push(a);
                } else {
                    missing_stemmers.push(a);
                }
            }
        }
        let n = corpus.passages.len();
        let (mention_start, mention_order) =
            by_passage(n, corpus.mentions.iter().map(|m| m.passage));

        // Facts per passage: from the analysis when it found any, else the index's estimate.
        let analysed =
            !corpus.mentions.is_empty() || corpus.date_count() > 0 || corpus.figure_count() > 0;
        let mut facts = vec![0u32; n];
        if analysed {
            let passages = corpus
                .mentions
                .iter()
                .map(|m| m.passage)
                .chain((0..corpus.date_count() as u32).map(|i| corpus.date_passage(i)))
                .chain((0..corpus.figure_count() as u32).map(|i| corpus.figure_passage(i)));
            for p in passages {
                if let Some(f) = facts.get_mut(p as usize) {
                    *f += 1;
                }
            }
        } else {
            for (f, &c) in facts.iter_mut().zip(&corpus.index.passage_facts) {
                *f = c as u32;
            }
        }
        let prior = facts
            .iter()
            .enumerate()
            .map(|(p, &f)| {
                let len = corpus
                    .index
                    .passage_len
                    .get(p)
                    .copied()
                    .unwrap_or(0)
                    .max(20);
                let density = f as f32 / len as f32;
                1.0 + PRIOR * (density / PRIOR_FULL_DENSITY).min(1.0)
            })
            .collect();
        Engine {
            corpus,
            algorithms,
            missing_stemmers,
            stemmers,
            mention_start,
            mention_order,
            features: features::Features::new(corpus),
            length_norm: {
                let avg = corpus.index.avg_passage_len.max(1.0);
                corpus
                    .index
                    .passage_len
                    .iter()
                    .map(|&len| K1 * (1.0 - B + B * len as f32 / avg))
                    .collect()
            },
            prior,
            acronym_longs: (corpus.acronyms.iter())
                .map(|a| text::name_words(&a.long).join(" "))
                .collect(),
            date_ranks: std::sync::OnceLock::new(),
            doc_ends: corpus.docs.iter().map(|d| d.passages.end).collect(),
        }
    }

    pub fn corpus(&self) -> &'c Corpus {
        self.corpus
    }

    /// The stemmers of the corpus's languages that the engine's source does not carry (empty
    /// with [`Engine::new`], and in the page, whose build carries its corpus's languages).
    pub fn missing_stemmers(&self) -> &[Algorithm] {
        &self.missing_stemmers
    }

    /// The words of query text, Chinese cut with the index's own words as the lexicon, as the
    /// build cut the passages ([`text::segment`]).
    pub fn tokenize(&self, query: &str) -> Vec<text::Token> {
        match self.corpus.index.term_map() {
            Some(map) => text::tokenize_with(query, &map),
            None => text::tokenize(query),
        }
    }

    fn passage_count(&self) -> usize {
        self.corpus.passages.len()
    }

    /// Ids into `corpus.mentions` of a passage's mentions.
    fn mentions_of(&self, passage: u32) -> &[u32] {
        let p = passage as usize;
        match (self.mention_start.get(p), self.mention_start.get(p + 1)) {
            (Some(&a), Some(&b)) => &self.mention_order[a as usize..b as usize],
            _ => &[],
        }
    }

    fn idf(&self, df: u32) -> f32 {
        let n = self.passage_count() as f32;
        let df = df as f32;
        ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
    }

    fn tf_norm(&self, tf: u32, passage: u32) -> f32 {
        let norm = self
            .length_norm
            .get(passage as usize)
            .copied()
            .unwrap_or(K1 * (1.0 - B));
        let tf = tf as f32;
        tf * (K1 + 1.0) / (tf + norm)
    }

    /// What `request` matches before ranking: the clauses evaluated, the complete and partial
    /// sets, and the facet selections' sets (not yet applied). [`Engine::search`] ranks from
    /// here; [`Engine::select`] keeps the sets.
    pub(crate) fn matched(&self, request: &SearchRequest) -> Matched {
        let parsed = parse::parse(&request.query);
        let n = self.passage_count();
        let mut eval = Eval::new(self, n);
        eval.runs = self.runs(&parsed.clauses);
        eval.run_hits = vec![None; eval.runs.len()];
        // The clause being typed: the last one, ending where the query ends.
        let query_end = request.query.len();
        eval.typing = parsed
            .clauses
            .last()
            .filter(|c| request.typing && !c.negated && c.span.end == query_end)
            .map(|_| parsed.clauses.len() as u8 - 1);
        let mut errors = parsed.errors;
        let clauses = parsed.clauses.len();
        // The words of other languages for the query's words ([`glossary`]), but for the words
        // of a name the query names and the word being typed.
        let mut translated = parsed.clauses.clone();
        let mut keep = vec![false; clauses];
        for run in &eval.runs {
            for k in run.clauses.clone() {
                keep[k] = true;
            }
        }
        if let Some(t) = eval.typing {
            keep[t as usize] = true;
        }
        glossary::translate(&mut translated, &keep);
        for (ci, clause) in translated.iter().enumerate() {
            // A repeated clause (`pe pe`) asks nothing more.
            let repeated = translated[..ci]
                .iter()
                .any(|c| c.negated == clause.negated && c.alternatives == clause.alternatives);
            if !repeated {
                eval.clause(ci as u8, clause);
            }
        }
        let Eval {
            scores,
            masks,
            anchored,
            excluded,
            hard,
            required,
            text_bits,
            mut matcher,
            unknown,
            expansions,
            work,
            approximate,
            ..
        } = eval;

        // The passages the query matches, before facet selections: those with every clause, and
        // those with only some of the words (listed after, or alone when none has every clause).
        let mut complete = PassageSet::empty(n);
        let mut partial = PassageSet::empty(n);
        if required == 0 {
            // A query of quotes or punctuation alone (`"`) asks for nothing, so it finds nothing;
            // only a query with no text at all means "every passage".
            if !asks_nothing(&request.query, &parsed.clauses) {
                complete = PassageSet::full(n);
            }
        } else {
            // Without words, every passage through the filters is a candidate.
            let candidates = if text_bits == 0 {
                PassageSet::full(n)
            } else {
                anchored
            };
            for p in candidates.iter() {
                let m = masks[p as usize] & required;
                if m == required {
                    complete.insert(p);
                } else if m & text_bits != 0 && m | text_bits == required | text_bits {
                    // Some words, and every filter.
                    partial.insert(p);
                }
            }
        }
        for set in [&mut complete, &mut partial] {
            set.intersect_with(&hard);
            set.subtract(&excluded);
        }
        let matched_all = !complete.is_empty();

        let selections = self.selection_sets(&request.selections, &mut errors);
        for (key, values) in &request.selections {
            if let Some(field) = Field::from_name(key) {
                matcher
                    .entities
                    .extend(self.selected_entities(field, values));
            }
        }
        matcher.entities.sort_unstable();
        matcher.entities.dedup();
        Matched {
            clauses,
            scores,
            masks,
            required,
            text_bits,
            matcher,
            unknown,
            expansions,
            work,
            approximate,
            errors,
            complete,
            partial,
            matched_all,
            selections,
        }
    }

    /// Runs a search.
    pub fn search(&self, request: &SearchRequest) -> SearchResponse {
        let Matched {
            scores,
            masks,
            required,
            text_bits,
            matcher,
            unknown,
            expansions,
            mut work,
            approximate,
            errors,
            mut complete,
            mut partial,
            matched_all,
            selections,
            ..
        } = self.matched(request);
        let base = if matched_all { &complete } else { &partial };
        let facets = self.facets(base, &selections, request);
        for (_, set) in &selections {
            complete.intersect_with(set);
            partial.intersect_with(set);
        }

        // Rank each list, then page through them one after the other.
        let page_end = request.offset.saturating_add(request.limit);
        let mut cache = snippet::TermCache::default();
        let mut analyses: HashMap<u32, snippet::Analysis> = HashMap::new();
        let mut rank = |set: &PassageSet, is_partial: bool, needed: usize, work: &mut Work| {
            let mut ranked: Vec<(u32, f32)> = Vec::with_capacity(set.count());
            // How many passages of each document match all the words: a document that comes
            // back to the query is about it (complete matches of a query with words only: in
            // the partial list, a document full of its commonest word is not). Passages come
            // in order, so a cursor over the documents' passage ranges finds each one's
            // document.
            let docs = &self.doc_ends;
            let doc_of = |cursor: &mut usize, p: u32| {
                while *cursor + 1 < docs.len() && p >= docs[*cursor] {
                    *cursor += 1;
                }
                *cursor
            };
            let mut per_doc = Vec::new();
            if !is_partial && text_bits != 0 && !docs.is_empty() {
                per_doc.resize(docs.len(), 0u32);
                let mut cursor = 0;
                for p in set.iter() {
                    per_doc[doc_of(&mut cursor, p)] += 1;
                }
            }
            // Each document's lift, worked out once for all its passages (they come in order).
            let (mut cursor, mut lift_of) = (0, (usize::MAX, 1.0f32));
            ranked.extend(set.iter().map(|p| {
                let i = p as usize;
                let mut s = scores[i] * self.prior[i];
                if !per_doc.is_empty() {
                    let d = doc_of(&mut cursor, p);
                    if lift_of.0 != d {
                        lift_of = (d, doc_lift(per_doc[d].saturating_sub(1)));
                    }
                    s *= lift_of.1;
                }
                if is_partial {
                    let share = (masks[i] & required).count_ones() as f32
                        / required.count_ones().max(1) as f32;
                    s *= share * share;
                }
                (p, s)
            }));
            self.order(
                &mut ranked,
                request.sort,
                needed,
                |p| {
                    let a = self.analyze(&matcher, p, &mut cache, work);
                    let f = rerank_factor(&a);
                    analyses.insert(p, a);
                    f
                },
                required.count_ones() > 1 && !matcher.is_empty(),
            );
            ranked
        };
        let first = rank(&complete, false, page_end, &mut work);
        let show_partial = text_bits.count_ones() > 1 || !matched_all;
        let partial_count = if show_partial { partial.count() } else { 0 };
        // Partial matches are ranked only when the page reaches them.
        let rest = if show_partial && page_end > first.len() {
            rank(&partial, true, page_end - first.len(), &mut work)
        } else {
            Vec::new()
        };
        let partial_total = if matched_all { partial_count } else { 0 };
        let total = if matched_all {
            first.len()
        } else {
            partial_count
        };
        let hits = first
            .iter()
            .map(|&(p, s)| (p, s, true))
            .chain(rest.iter().map(|&(p, s)| (p, s, false)))
            .skip(request.offset)
            .take(request.limit)
            .enumerate()
            .map(|(i, (passage, score, all))| {
                // Analysed while re-ranking, or now if asked for.
                let a = match analyses.remove(&passage) {
                    Some(a) => Some(a),
                    None if i < request.snippets => {
                        Some(self.analyze(&matcher, passage, &mut cache, &mut work))
                    }
                    None => None,
                };
                let analysed = a.is_some();
                let (highlights, snippet) =
                    a.map_or((Vec::new(), 0..0), |a| (a.highlights, a.snippet));
                Hit {
                    passage,
                    score,
                    complete: all && matched_all,
                    highlights,
                    snippet,
                    analysed,
                }
            })
            .collect();
        SearchResponse {
            hits,
            total,
            partial_total,
            matched_all,
            facets,
            errors,
            unknown,
            approximate,
            expansions,
            work,
        }
    }

    /// Sorts `ranked` (in passage order, as `rank` builds it) in the requested order. For
    /// relevance, only the first `needed` (at least [`RERANK`]) are sorted, re-ranked by `rerank`
    /// when `proximity` is on, and sorted again.
    ///
    /// Each order is a `u64` key per hit, sorted in its natural order: one compiled copy of the
    /// sort for every order (a comparison closure each was a copy of the sort apiece, about 10 KB
    /// of WebAssembly), and integer comparisons in the hot loop.
    fn order(
        &self,
        ranked: &mut [(u32, f32)],
        sort: Sort,
        needed: usize,
        mut rerank: impl FnMut(u32) -> f32,
        proximity: bool,
    ) {
        let total = ranked.len();
        match sort {
            Sort::Relevance => {
                let top = needed.max(RERANK).min(total);
                if top == 0 {
                    return;
                }
                // Score descending, then passage: a total order, so an unstable sort gives one
                // result.
                let mut keys: Vec<u64> = ranked.iter().map(|&(p, s)| score_key(p, s)).collect();
                if top < total {
                    keys.select_nth_unstable(top - 1);
                }
                keys[..top].sort_unstable();
                if proximity {
                    for key in &mut keys[..top] {
                        let (p, s) = from_score_key(*key);
                        *key = score_key(p, s * rerank(p));
                    }
                    keys[..top].sort_unstable();
                }
                for (hit, &key) in ranked.iter_mut().zip(&keys) {
                    *hit = from_score_key(key);
                }
            }
            Sort::Document => {}
            Sort::Newest | Sort::Oldest => {
                let newest = sort == Sort::Newest;
                let ranks = self.date_ranks();
                // Dated first (newest or oldest first), then undated; ties by passage, which is
                // the order `ranked` arrives in: the low half of the key is the position.
                let mut keys: Vec<u64> = ranked
                    .iter()
                    .enumerate()
                    .map(|(i, &(p, _))| {
                        let doc = self.corpus.passages[p as usize].doc as usize;
                        let rank = ranks.get(doc).copied().unwrap_or(UNDATED);
                        let high = match rank {
                            UNDATED => UNDATED,
                            r if newest => UNDATED - 1 - r,
                            r => r,
                        };
                        (u64::from(high) << 32) | i as u64
                    })
                    .collect();
                keys.sort_unstable();
                let before = ranked.to_vec();
                for (hit, &key) in ranked.iter_mut().zip(&keys) {
                    *hit = before[key as u32 as usize];
                }
            }
        }
    }

    /// Each document's date as its rank among the corpus's distinct dates (ISO forms, which sort
    /// as text), [`UNDATED`] without one; worked out at the first search by date.
    fn date_ranks(&self) -> &[u32] {
        self.date_ranks.get_or_init(|| {
            let docs = &self.corpus.docs;
            let mut dates: Vec<&str> = docs.iter().filter_map(|d| d.date.as_deref()).collect();
            crate::sort::sort(&mut dates);
            dates.dedup();
            docs.iter()
                .map(|d| match d.date.as_deref() {
                    Some(date) => dates.binary_search(&date).map_or(UNDATED, |r| r as u32),
                    None => UNDATED,
                })
                .collect()
        })
    }

    /// Highlights, snippet and proximity of a passage.
    pub(crate) fn analyze(
        &self,
        matcher: &Matcher,
        passage: u32,
        cache: &mut snippet::TermCache,
        work: &mut Work,
    ) -> snippet::Analysis {
        work.passages += 1;
        // On a sharded site, blanks until the text's chunk is in (the chunk is noted missing).
        let text = self.corpus.passage_text(passage);
        let mentions = self
            .corpus
            .passage_mentions(passage, self.mentions_of(passage));
        let lang = &self.corpus.docs[self.corpus.passages[passage as usize].doc as usize].lang;
        let convention = crate::text::numbers::Convention::of(lang);
        matcher.analyze(&self.corpus.index, text, &mentions, cache, convention)
    }

    /// Completions of the last word of `input`: index words by frequency and entity names (with
    /// their kind). See [`suggest`].
    pub fn suggest(&self, input: &str, limit: usize) -> Vec<Suggestion> {
        suggest::suggest(self.corpus, input, limit)
    }
}

/// Whether a query opens a phrase or a prefix with nothing in it (`"`, `""`, `-"`) and has no
/// word or filter besides: it asks for nothing, so it finds nothing. (Punctuation alone, like
/// ` — `, is read as no query at all and browses everything.)
fn asks_nothing(query: &str, clauses: &[parse::Clause]) -> bool {
    let atoms = || clauses.iter().flat_map(|c| &c.alternatives);
    let empty = |w: &str| text::tokenize(w).is_empty();
    !query.trim().is_empty()
        && atoms().any(|a| matches!(a, Atom::Phrase(w) | Atom::Prefix(w) if empty(w)))
        && atoms().all(|a| match a {
            Atom::Filter(..) => false,
            Atom::Word(w) | Atom::Prefix(w) | Atom::Phrase(w) => empty(w),
        })
}

/// A document without a date, in [`Engine::date_ranks`].
const UNDATED: u32 = u32::MAX;

/// The key that sorts hits by score, highest first, then by passage, as a `u64` in its natural
/// order: the score's bits made to order as `f32::total_cmp` does, reversed, then the passage.
fn score_key(passage: u32, score: f32) -> u64 {
    let bits = score.to_bits();
    let ordered = if bits >> 31 == 1 {
        !bits
    } else {
        bits | 1 << 31
    };
    (u64::from(!ordered) << 32) | u64::from(passage)
}

/// The passage and the score a [`score_key`] was made of (exactly: the key keeps every bit).
fn from_score_key(key: u64) -> (u32, f32) {
    let ordered = !((key >> 32) as u32);
    let bits = if ordered >> 31 == 1 {
        ordered & !(1 << 31)
    } else {
        !ordered
    };
    (key as u32, f32::from_bits(bits))
}

/// The score multiplier of a passage from where its matches are.
fn rerank_factor(a: &snippet::Analysis) -> f32 {
    let m = a.clauses.count_ones() as f32;
    let mut f = 1.0;
    if m >= 2.0 && a.window > 0 {
        f += PROXIMITY * (m - 1.0) / (a.window as f32 - 1.0).max(m - 1.0);
    }
    if m >= 1.0 {
        f += ENTITY_BONUS * a.in_entity.count_ones() as f32 / m;
    }
    f
}

/// The state of one query's evaluation over all passages.
/// A request evaluated up to its sets: see [`Engine::matched`].
pub(crate) struct Matched {
    /// Clauses the query parsed into.
    pub clauses: usize,
    pub scores: Vec<f32>,
    pub masks: Vec<u32>,
    pub required: u32,
    pub text_bits: u32,
    pub matcher: Matcher,
    pub unknown: Vec<String>,
    pub expansions: Vec<Expansion>,
    pub work: Work,
    pub approximate: bool,
    pub errors: Vec<QueryError>,
    /// Passages with every clause, before the facet selections.
    pub complete: PassageSet,
    /// Passages with only some of the words, before the facet selections.
    pub partial: PassageSet,
    pub matched_all: bool,
    /// The facet selections' sets, not yet applied.
    pub selections: Vec<(Field, PassageSet)>,
}

struct Eval<'e, 'c> {
    engine: &'e Engine<'c>,
    expander: Expander<'e>,
    /// Passage → BM25 score so far.
    scores: Vec<f32>,
    /// Passage → clauses matched (bit per clause).
    masks: Vec<u32>,
    /// Scratch: passage → this clause's score; and the passages it touched.
    clause_score: Vec<f32>,
    touched: Vec<u32>,
    /// Passages with a match in their text, or first under a title or heading that matches.
    anchored: PassageSet,
    excluded: PassageSet,
    /// Passages every field filter of the query lets through.
    hard: PassageSet,
    required: u32,
    /// Clauses that are words or phrases (not only filters).
    text_bits: u32,
    matcher: Matcher,
    unknown: Vec<String>,
    expansions: Vec<Expansion>,
    work: Work,
    approximate: bool,
    /// Passages checked for phrases so far.
    phrase_checks: usize,
    /// The clause whose last word may be unfinished.
    typing: Option<u8>,
    /// Runs of query words that stand for entities, values or acronyms.
    runs: Vec<expand::Run>,
    /// Each run's passages, worked out when its first clause is evaluated.
    run_hits: Vec<Option<Vec<RunHit>>>,
    /// The highest idf of the current clause's literal matches (0 when none): what a run's
    /// matches are capped at.
    clause_idf: f32,
}

/// A passage a run of query words matches through what it stands for.
#[derive(Debug, Clone, Copy)]
struct RunHit {
    passage: u32,
    idf: f32,
    tf_norm: f32,
    weight: f32,
}

impl<'e, 'c> Eval<'e, 'c> {
    fn new(engine: &'e Engine<'c>, n: usize) -> Self {
        Eval {
            engine,
            expander: Expander {
                index: &engine.corpus.index,
                algorithms: &engine.algorithms,
                stemmers: Stemmers::from_source(engine.stemmers),
                scanned: 0,
            },
            scores: vec![0.0; n],
            masks: vec![0; n],
            clause_score: vec![0.0; n],
            touched: Vec::new(),
            anchored: PassageSet::empty(n),
            excluded: PassageSet::empty(n),
            hard: PassageSet::full(n),
            required: 0,
            text_bits: 0,
            matcher: Matcher::default(),
            unknown: Vec::new(),
            expansions: Vec::new(),
            work: Work::default(),
            approximate: false,
            phrase_checks: 0,
            typing: None,
            runs: Vec::new(),
            run_hits: Vec::new(),
            clause_idf: 0.0,
        }
    }

    fn n(&self) -> usize {
        self.masks.len()
    }

    fn clause(&mut self, ci: u8, clause: &parse::Clause) {
        if clause.negated {
            let mut set = PassageSet::empty(self.n());
            for atom in &clause.alternatives {
                self.exclusion_set(atom, &mut set);
            }
            self.excluded.union_with(&set);
            return;
        }
        let bit = 1u32 << ci;
        let only_filters = clause
            .alternatives
            .iter()
            .all(|a| matches!(a, Atom::Filter(..)));
        let mut filter_set = PassageSet::empty(self.n());
        let mut any_text = false;
        let mut known = false;
        self.clause_idf = 0.0;
        for atom in &clause.alternatives {
            match atom {
                Atom::Filter(field, value) => match facets::entity_kind(*field) {
                    Some(kind) => {
                        let ids = self.engine.entity_ids(kind, &filter_words(value));
                        filter_set.union_with(&self.engine.entity_passages(&ids));
                        // Their mentions are what such a passage is shown for.
                        self.matcher.entities.extend(ids);
                    }
                    None => filter_set.union_with(&self.engine.filter_set(*field, value)),
                },
                Atom::Word(w) | Atom::Prefix(w) | Atom::Phrase(w) => {
                    let tokens = self.engine.tokenize(w);
                    match tokens.as_slice() {
                        [] => {}
                        [t] => {
                            any_text = true;
                            let found = match atom {
                                Atom::Prefix(_) => self.expander.prefix(&t.folded),
                                Atom::Phrase(_) => self.expander.strict(&t.folded, w),
                                _ if self.typing == Some(ci) => self.expander.typing(&t.folded, w),
                                _ => self.expander.word(&t.folded, w),
                            };
                            known |= self.add_terms(ci, &t.folded, &found);
                        }
                        _ => {
                            any_text = true;
                            known |= self.phrase(ci, w, &tokens);
                        }
                    }
                }
            }
        }
        if !only_filters {
            known |= self.apply_runs(ci);
        }
        self.work.terms = self.expander.scanned;
        if only_filters {
            for p in filter_set.iter() {
                self.masks[p as usize] |= bit;
            }
            self.hard.intersect_with(&filter_set);
            self.required |= bit;
            return;
        }
        if !any_text && filter_set.is_empty() {
            return; // only punctuation: nothing to require
        }
        // Filters OR-ed with words: their passages match the clause without a score.
        for p in filter_set.iter() {
            if self.clause_score[p as usize] == 0.0 {
                self.touched.push(p);
            }
            self.anchored.insert(p);
            self.clause_score[p as usize] = self.clause_score[p as usize].max(f32::MIN_POSITIVE);
        }
        if !known && any_text {
            let words: Vec<&str> = clause
                .alternatives
                .iter()
                .filter_map(|a| match a {
                    Atom::Word(w) | Atom::Prefix(w) | Atom::Phrase(w) => Some(w.as_str()),
                    Atom::Filter(..) => None,
                })
                .collect();
            self.unknown.push(words.join(" OR "));
        }
        self.required |= bit;
        self.text_bits |= bit;
        for p in std::mem::take(&mut self.touched) {
            let i = p as usize;
            self.scores[i] += self.clause_score[i];
            self.clause_score[i] = 0.0;
            self.masks[i] |= bit;
        }
    }

    /// Adds a word's terms to the current clause: body postings, title and heading lifts.
    /// Returns whether any term was found.
    fn add_terms(&mut self, ci: u8, word: &str, found: &[TermMatch]) -> bool {
        let corpus = self.engine.corpus;
        let index = &corpus.index;
        self.expansions.push(Expansion {
            word: word.to_string(),
            terms: found.iter().map(|m| (m.term, m.kind.name())).collect(),
        });
        if !found.is_empty() && is_han_text(word) {
            self.matcher.han.push((word.to_string(), ci));
        }
        for m in found {
            self.matcher.terms.entry(m.term).or_insert(ci);
            let w = m.kind.weight();
            let df = index.df.get(m.term as usize).copied().unwrap_or(0);
            let idf = self.engine.idf(df);
            if df > 0
                && matches!(
                    m.kind,
                    MatchKind::Exact | MatchKind::Stem | MatchKind::Prefix
                )
            {
                self.clause_idf = self.clause_idf.max(idf);
            }
            for posting in index.postings(m.term) {
                self.work.postings += 1;
                let s = w * idf * self.engine.tf_norm(posting.tf, posting.passage);
                self.raise(posting.passage, s);
                self.anchored.insert(posting.passage);
            }
            let fields = index.field_postings(m.term);
            // A title or heading word is about as rare as its body occurrences say; words only in
            // titles get the idf of a word seen once.
            let lift_idf = self.engine.idf(df.max(1));
            let lifted = (fields.docs.iter())
                .filter_map(|&d| corpus.docs.get(d as usize))
                .map(|d| (d.passages.clone(), TITLE_LIFT))
                .chain(
                    (fields.sections.iter())
                        .filter_map(|&s| corpus.sections.get(s as usize))
                        .map(|s| (s.passages.clone(), HEADING_LIFT)),
                );
            for (passages, lift) in lifted {
                if passages.start < passages.end {
                    self.anchored.insert(passages.start);
                }
                for p in passages {
                    self.raise(p, w * lift_idf * lift);
                }
            }
        }
        !found.is_empty()
    }

    /// Raises the current clause's score of a passage to `s` if higher.
    fn raise(&mut self, passage: u32, s: f32) {
        let Some(cur) = self.clause_score.get_mut(passage as usize) else {
            return;
        };
        if *cur == 0.0 {
            self.touched.push(passage);
        }
        if s > *cur {
            *cur = s;
        }
    }

    /// Words that must be adjacent: passages holding every word (exactly, after folding) are
    /// checked in their text. Returns whether every word is in the index.
    fn phrase(&mut self, ci: u8, original: &str, tokens: &[text::Token]) -> bool {
        let index = &self.engine.corpus.index;
        let words: Vec<String> = tokens.iter().map(|t| t.folded.clone()).collect();
        let ids: Vec<Option<u32>> = words.iter().map(|w| index.term_id(w)).collect();
        self.expansions.push(Expansion {
            word: original.to_string(),
            terms: ids
                .iter()
                .flatten()
                .map(|&t| (t, MatchKind::Exact.name()))
                .collect(),
        });
        let Some((score, hits)) = self.phrase_hits(&words) else {
            return false;
        };
        if words.iter().all(|w| is_han_text(w)) {
            self.matcher.han.push((words.concat(), ci));
        } else {
            self.matcher.phrases.push((ci, words));
        }
        self.clause_idf = self.clause_idf.max(score);
        for (p, count) in hits {
            self.raise(p, score * self.engine.tf_norm(count, p));
            self.anchored.insert(p);
        }
        true
    }

    /// The passages where `words` stand side by side, with how often, and the phrase's weight
    /// (the sum of its words' idf); `None` when a word is not in the index.
    fn phrase_hits(&mut self, words: &[String]) -> Option<(f32, Vec<(u32, u32)>)> {
        let index = &self.engine.corpus.index;
        let ids: Vec<u32> = words
            .iter()
            .map(|w| index.term_id(w))
            .collect::<Option<_>>()?;
        if ids.is_empty() {
            return None;
        }
        // Passages holding every word: intersect, rarest word first.
        let mut order: Vec<u32> = ids.clone();
        crate::sort::sort_by_key(&mut order, &|&t| {
            index.df.get(t as usize).copied().unwrap_or(0)
        });
        order.dedup();
        // The rarest words narrow the candidates enough; the text check sees every word.
        order.truncate(MAX_PHRASE_INTERSECT);
        let mut candidates: Vec<u32> = index.postings(order[0]).map(|p| p.passage).collect();
        self.work.postings += candidates.len();
        for &t in &order[1..] {
            let mut set = PassageSet::empty(self.n());
            for p in index.postings(t) {
                self.work.postings += 1;
                set.insert(p.passage);
            }
            candidates.retain(|&p| set.contains(p));
        }
        let score: f32 = ids
            .iter()
            .map(|&t| {
                self.engine
                    .idf(index.df.get(t as usize).copied().unwrap_or(0))
            })
            .sum();
        let budget = MAX_PHRASE_CHECKS.saturating_sub(self.phrase_checks);
        if candidates.len() > budget {
            self.approximate = true;
            candidates.truncate(budget);
        }
        self.phrase_checks += candidates.len();
        let mut toks: Vec<&str> = Vec::with_capacity(256);
        let mut hits = Vec::new();
        // Chinese words stand side by side without spaces: the phrase is a string of the folded
        // text (however its characters were cut into words).
        let han = words.iter().all(|w| is_han_text(w)).then(|| words.concat());
        for p in candidates {
            self.work.passages += 1;
            let text = self.engine.corpus.passage_text(p);
            let count = if let Some(needle) = &han {
                text::fold_han(text).matches(needle.as_str()).count() as u32
            } else {
                toks.clear();
                text::for_each_word(text, |_, w| toks.push(w));
                toks.windows(words.len())
                    .filter(|win| win.iter().zip(words).all(|(t, w)| text::fold_eq(t, w)))
                    .count() as u32
            };
            if count > 0 {
                hits.push((p, count));
            }
        }
        Some((score, hits))
    }

    /// Adds the matches of the runs that include clause `ci` (see [`expand`]): passages that
    /// mention an entity the words name, write the number's value another way, or the other form
    /// of an acronym. Returns whether any passage matched so.
    fn apply_runs(&mut self, ci: u8) -> bool {
        let mut any = false;
        for r in 0..self.runs.len() {
            if !self.runs[r].clauses.contains(&(ci as usize)) {
                continue;
            }
            if self.run_hits[r].is_none() {
                let hits = self.run_passages(r);
                self.run_hits[r] = Some(hits);
            }
            // Highlights: what the run stands for matches this clause.
            let meanings = self.runs[r].meanings.clone();
            for meaning in &meanings {
                self.highlight_meaning(ci, meaning);
            }
            let cap = if self.clause_idf > 0.0 {
                self.clause_idf
            } else {
                f32::INFINITY
            };
            let hits = self.run_hits[r].take().unwrap_or_default();
            for h in &hits {
                self.raise(h.passage, h.weight * h.idf.min(cap) * h.tf_norm);
                self.anchored.insert(h.passage);
            }
            any |= !hits.is_empty();
            self.run_hits[r] = Some(hits);
        }
        any
    }

    /// Makes the matches of a run's meaning count for clause `ci` in highlights and proximity.
    fn highlight_meaning(&mut self, ci: u8, meaning: &expand::Meaning) {
        let index = &self.engine.corpus.index;
        match meaning {
            expand::Meaning::Entities(ids) => {
                for &e in ids {
                    if !self.matcher.entity_clauses.contains(&(e, ci)) {
                        self.matcher.entity_clauses.push((e, ci));
                    }
                }
            }
            expand::Meaning::Values(keys) => {
                for key in keys {
                    if key.starts_with('#') {
                        self.matcher.values.push((key.clone(), ci));
                    } else if let Some(t) = index.term_id(key) {
                        self.matcher.terms.entry(t).or_insert(ci);
                    }
                }
            }
            expand::Meaning::Forms(forms) | expand::Meaning::Aliases(forms) => {
                for words in forms {
                    if words.iter().all(|w| is_han_text(w)) {
                        self.matcher.han.push((words.concat(), ci));
                        continue;
                    }
                    match words.as_slice() {
                        [w] => {
                            if let Some(t) = index.term_id(w) {
                                self.matcher.terms.entry(t).or_insert(ci);
                            }
                        }
                        _ => {
                            let phrase = (ci, words.clone());
                            if !self.matcher.phrases.contains(&phrase) {
                                self.matcher.phrases.push(phrase);
                            }
                        }
                    }
                }
            }
        }
    }

    /// Every passage a term occurs in, as a run's hit with this weight.
    fn term_run_hits(&mut self, term: u32, weight: f32, hits: &mut Vec<RunHit>) {
        let engine = self.engine;
        let index = &engine.corpus.index;
        let idf = engine.idf(index.df.get(term as usize).copied().unwrap_or(0));
        for posting in index.postings(term) {
            self.work.postings += 1;
            hits.push(RunHit {
                passage: posting.passage,
                idf,
                tf_norm: engine.tf_norm(posting.tf, posting.passage),
                weight,
            });
        }
    }

    /// The passages run `r` matches through what it stands for.
    fn run_passages(&mut self, r: usize) -> Vec<RunHit> {
        let engine = self.engine;
        let index = &engine.corpus.index;
        let mut hits: Vec<RunHit> = Vec::new();
        let meanings = self.runs[r].meanings.clone();
        for meaning in &meanings {
            match meaning {
                expand::Meaning::Entities(ids) => {
                    for &e in ids {
                        let passages = index.entity_passages(e);
                        self.work.postings += passages.len();
                        let idf = engine.idf(passages.len() as u32);
                        hits.extend(passages.into_iter().map(|p| RunHit {
                            passage: p,
                            idf,
                            tf_norm: engine.tf_norm(1, p),
                            weight: ENTITY_WEIGHT,
                        }));
                    }
                }
                expand::Meaning::Values(keys) => {
                    for key in keys {
                        if let Some(t) = index.term_id(key) {
                            self.term_run_hits(t, VALUE_WEIGHT, &mut hits);
                        }
                    }
                }
                expand::Meaning::Forms(forms) | expand::Meaning::Aliases(forms) => {
                    let weight = match meaning {
                        expand::Meaning::Forms(_) => FORM_WEIGHT,
                        _ => ENTITY_WEIGHT,
                    };
                    for words in forms {
                        if let [w] = words.as_slice() {
                            if let Some(t) = index.term_id(w) {
                                self.term_run_hits(t, weight, &mut hits);
                            }
                            continue;
                        }
                        let Some((idf, found)) = self.phrase_hits(words) else {
                            continue;
                        };
                        hits.extend(found.into_iter().map(|(p, count)| RunHit {
                            passage: p,
                            idf,
                            tf_norm: engine.tf_norm(count, p),
                            weight,
                        }));
                    }
                }
            }
        }
        hits
    }

    /// Adds to `set` the passages an excluded atom matches: exact and stemmed words, phrases,
    /// filters; never typos.
    fn exclusion_set(&mut self, atom: &Atom, set: &mut PassageSet) {
        let index = &self.engine.corpus.index;
        match atom {
            Atom::Filter(field, value) => set.union_with(&self.engine.filter_set(*field, value)),
            Atom::Word(w) | Atom::Prefix(w) | Atom::Phrase(w) => {
                let tokens = self.engine.tokenize(w);
                if tokens.len() == 1 {
                    let found = match atom {
                        Atom::Prefix(_) => self.expander.prefix(&tokens[0].folded),
                        _ => self.expander.strict(&tokens[0].folded, w),
                    };
                    for m in found {
                        for p in index.postings(m.term) {
                            self.work.postings += 1;
                            set.insert(p.passage);
                        }
                    }
                } else if tokens.len() > 1 {
                    // Score into a scratch clause, then take its passages.
                    let saved = std::mem::take(&mut self.touched);
                    let phrases = self.matcher.phrases.len();
                    self.phrase(31, w, &tokens);
                    self.matcher.phrases.truncate(phrases);
                    for p in std::mem::replace(&mut self.touched, saved) {
                        set.insert(p);
                        self.clause_score[p as usize] = 0.0;
                    }
                    self.expansions.pop();
                }
            }
        }
    }
}

/// Whether a folded word is all Han characters (matched as a string of the text, not by words).
fn is_han_text(word: &str) -> bool {
    !word.is_empty() && word.chars().all(text::segment::is_han)
}

/// A filter value read for `person:`-style queries: folded words.
fn filter_words(value: &FilterValue) -> Vec<String> {
    match value {
        FilterValue::Text(t) => text::tokenize(t).into_iter().map(|t| t.folded).collect(),
        FilterValue::Years(..) => Vec::new(),
    }
}

#[cfg(all(test, feature = "ingest"))]
mod tests;

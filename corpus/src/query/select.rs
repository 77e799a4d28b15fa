//! The whole selection of a request, for the views (timeline, network, concordance, figures,
//! words): every passage the query and the facet selections let through, not a ranked page, and
//! what the query's words matched, so that a view can find them again in the text.
//!
//! It follows [`Engine::search`] step for step up to the sets it ranks (the same clauses, the
//! same complete/partial rule, the same facet selections) and stops there: no ranking, no facets,
//! no snippets.

use super::parse::QueryError;
use super::set::PassageSet;
use super::snippet::Matcher;
use super::{Engine, Expansion, SearchRequest};

/// The passages a request selects, with what its words matched. [`Selection::all`] is the whole
/// corpus (no query, no filters).
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    /// The passages the request matches: those with every clause, or, when none has every clause,
    /// the partial matches [`Engine::search`] lists; under the facet selections.
    pub passages: PassageSet,
    /// How many passages the corpus has (the "N" of "n of N passages").
    pub corpus_passages: usize,
    /// True when nothing narrows the selection: no query clause and no facet selection.
    pub everything: bool,
    /// False when no passage has every clause and `passages` are the partial matches.
    pub matched_all: bool,
    /// True when a phrase was too common to check everywhere (see [`super::MAX_PHRASE_CHECKS`]):
    /// `passages` then leaves out the passages not checked.
    pub approximate: bool,
    /// Index terms the query's words matched (exact, stems, variants, typos, prefixes) and the
    /// clause of each, ascending by term.
    pub terms: Vec<(u32, u8)>,
    /// Phrases of the query, as folded words that must be adjacent, with their clause.
    pub phrases: Vec<(u8, Vec<String>)>,
    /// Entities the query filters on or the facets select, ascending: their mentions are what the
    /// passages are shown for.
    pub entities: Vec<u32>,
    /// How each query word was read (the terms it matched and how).
    pub expansions: Vec<Expansion>,
    /// What the parser did not understand; the selection was made without it.
    pub errors: Vec<QueryError>,
    /// Everything the query's words match in a passage's text (terms, phrases, the entities,
    /// numbers and Chinese words they stand for), as the search highlights it.
    pub matcher: Matcher,
}

impl Selection {
    /// Every passage of a corpus of `passages` passages.
    pub fn all(passages: usize) -> Selection {
        Selection {
            passages: PassageSet::full(passages),
            corpus_passages: passages,
            everything: true,
            matched_all: true,
            approximate: false,
            terms: Vec::new(),
            phrases: Vec::new(),
            entities: Vec::new(),
            expansions: Vec::new(),
            errors: Vec::new(),
            matcher: Matcher::default(),
        }
    }

    /// How many passages are selected.
    pub fn count(&self) -> usize {
        self.passages.count()
    }

    /// Whether a passage is selected.
    pub fn contains(&self, passage: u32) -> bool {
        self.passages.contains(passage)
    }

    /// True when the query has words or phrases (not only filters): what a concordance and the
    /// reader's match marks need.
    pub fn has_words(&self) -> bool {
        !self.terms.is_empty() || !self.phrases.is_empty()
    }

    /// "12 of 340 passages" (or "all 340 passages").
    pub fn describe(&self) -> String {
        let n = self.corpus_passages;
        let noun = if n == 1 { "passage" } else { "passages" };
        if self.everything {
            format!("all {} {noun}", group(n))
        } else {
            format!("{} of {} {noun}", group(self.count()), group(n))
        }
    }

    /// What finds the query's matches in a passage's text ([`Matcher::analyze`]).
    pub fn matcher(&self) -> Matcher {
        self.matcher.clone()
    }
}

/// `12345` → `12,345`.
fn group(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl Engine<'_> {
    /// Every passage `request` selects (its `sort`, `limit`, `offset` and `facet_limit` are
    /// ignored) and what its words matched. The passages are those [`Engine::search`] counts in
    /// `total`: both come from [`Engine::matched`].
    pub fn select(&self, request: &SearchRequest) -> Selection {
        let n = self.passage_count();
        let active = request.selections.values().any(|v| !v.is_empty());
        let m = self.matched(request);
        if m.clauses == 0 && !active {
            let mut all = Selection::all(n);
            all.errors = m.errors;
            return all;
        }
        let mut passages = if m.matched_all { m.complete } else { m.partial };
        for (_, set) in &m.selections {
            passages.intersect_with(set);
        }
        let mut terms: Vec<(u32, u8)> = m.matcher.terms.iter().map(|(&t, &c)| (t, c)).collect();
        crate::sort::sort(&mut terms);
        Selection {
            passages,
            corpus_passages: n,
            everything: false,
            matched_all: m.matched_all,
            approximate: m.approximate,
            terms,
            phrases: m.matcher.phrases.clone(),
            entities: m.matcher.entities.clone(),
            expansions: m.expansions,
            errors: m.errors,
            matcher: m.matcher,
        }
    }
}

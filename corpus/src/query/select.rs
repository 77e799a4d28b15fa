//! The whole selection of a request, for the views (timeline, network, concordance, figures,
//! words): every passage the query and the facet selections let through, not a ranked page, and
//! what the query's words matched, so that a view can find them again in the text.
//!
//! It follows [`Engine::search`] step for step up to the sets it ranks (the same clauses, the
//! same complete/partial rule, the same facet selections) and stops there: no ranking, no facets,
//! no snippets.

use super::parse::{self, QueryError};
use super::set::PassageSet;
use super::snippet::Matcher;
use super::{Engine, Eval, Expansion, SearchRequest};

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
        Matcher {
            terms: self.terms.iter().copied().collect(),
            phrases: self.phrases.clone(),
            entities: self.entities.clone(),
        }
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
    /// `total`.
    pub fn select(&self, request: &SearchRequest) -> Selection {
        let parsed = parse::parse(&request.query);
        let n = self.passage_count();
        let active = request.selections.values().any(|v| !v.is_empty());
        if parsed.clauses.is_empty() && !active {
            let mut all = Selection::all(n);
            all.errors = parsed.errors;
            return all;
        }
        let mut eval = Eval::new(self, n);
        let query_end = request.query.len();
        eval.typing = parsed
            .clauses
            .last()
            .filter(|c| request.typing && !c.negated && c.span.end == query_end)
            .map(|_| parsed.clauses.len() as u8 - 1);
        let mut errors = parsed.errors;
        for (ci, clause) in parsed.clauses.iter().enumerate() {
            let repeated = parsed.clauses[..ci]
                .iter()
                .any(|c| c.negated == clause.negated && c.alternatives == clause.alternatives);
            if !repeated {
                eval.clause(ci as u8, clause);
            }
        }
        let Eval {
            masks,
            anchored,
            excluded,
            hard,
            required,
            text_bits,
            mut matcher,
            expansions,
            approximate,
            ..
        } = eval;
        let mut complete = PassageSet::empty(n);
        let mut partial = PassageSet::empty(n);
        if required == 0 {
            complete = PassageSet::full(n);
        } else {
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
                    partial.insert(p);
                }
            }
        }
        for set in [&mut complete, &mut partial] {
            set.intersect_with(&hard);
            set.subtract(&excluded);
        }
        let matched_all = !complete.is_empty();
        let mut passages = if matched_all { complete } else { partial };
        for (_, set) in self.selection_sets(&request.selections, &mut errors) {
            passages.intersect_with(&set);
        }
        for (key, values) in &request.selections {
            if let Some(field) = parse::Field::from_name(key) {
                matcher
                    .entities
                    .extend(self.selected_entities(field, values));
            }
        }
        matcher.entities.sort_unstable();
        matcher.entities.dedup();
        let mut terms: Vec<(u32, u8)> = matcher.terms.into_iter().collect();
        terms.sort_unstable();
        Selection {
            passages,
            corpus_passages: n,
            everything: false,
            matched_all,
            approximate,
            terms,
            phrases: matcher.phrases,
            entities: matcher.entities,
            expansions,
            errors,
        }
    }
}

//! From a query word to the index terms it matches, each with how it matched: exactly, through its
//! stem, through a spelling-variant key (romanisation), with a typo, or as a prefix. The number of
//! terms is capped whatever the word, so a query's work stays bounded.

use fst::{Automaton, IntoStreamer, Streamer};

use super::fuzzy::{self, Levenshtein};
use crate::index::Index;
use crate::text::{self, Algorithm, Stemmers};

/// At most this many terms per word from typo tolerance.
pub const MAX_FUZZY: usize = 8;
/// At most this many terms per prefix (the most frequent).
pub const MAX_PREFIX: usize = 32;
/// At most this many dictionary entries are read for one prefix or typo search.
pub const MAX_SCAN: usize = 20_000;
/// A word found as typed in more than this many passages (or 0.5% of them, if more) gets no typo
/// expansion.
pub const MIN_COMMON: usize = 50;
/// At most this many terms in all for one word.
pub const MAX_TERMS: usize = 48;

/// How a term matched a query word, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    Exact,
    Prefix,
    Stem,
    Variant,
    Fuzzy1,
    Fuzzy2,
}

impl MatchKind {
    /// The share of an exact match's score a match of this kind earns.
    pub fn weight(self) -> f32 {
        match self {
            MatchKind::Exact => 1.0,
            MatchKind::Prefix => 0.9,
            MatchKind::Stem => 0.85,
            MatchKind::Variant => 0.8,
            MatchKind::Fuzzy1 => 0.6,
            MatchKind::Fuzzy2 => 0.45,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::Prefix => "prefix",
            MatchKind::Stem => "stem",
            MatchKind::Variant => "variant",
            MatchKind::Fuzzy1 | MatchKind::Fuzzy2 => "typo",
        }
    }
}

/// A term a query word matches.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TermMatch {
    pub term: u32,
    pub kind: MatchKind,
}

/// Adds `term` unless it is already there (the first, best kind wins).
fn push(out: &mut Vec<TermMatch>, term: u32, kind: MatchKind) {
    if out.len() < MAX_TERMS && !out.iter().any(|m| m.term == term) {
        out.push(TermMatch { term, kind });
    }
}

/// Expands words against one index.
pub struct Expander<'a> {
    pub index: &'a Index,
    pub algorithms: &'a [Algorithm],
    pub stemmers: Stemmers,
    /// Dictionary entries read, for the work bound.
    pub scanned: usize,
}

impl Expander<'_> {
    /// Terms equal to the folded word or sharing its stem: what exclusions and phrases use.
    pub fn strict(&mut self, folded: &str, original: &str) -> Vec<TermMatch> {
        let mut out = Vec::new();
        if let Some(id) = self.index.term_id(folded) {
            push(&mut out, id, MatchKind::Exact);
        }
        if !folded.chars().any(|c| c.is_ascii_digit()) {
            for &alg in self.algorithms {
                let key = self.stemmers.stem(alg, original);
                for &id in self.index.stem_group(&key) {
                    push(&mut out, id, MatchKind::Stem);
                }
            }
        }
        out
    }

    /// Every term a typed word may mean: [`Expander::strict`], then spelling variants, then typos.
    pub fn word(&mut self, folded: &str, original: &str) -> Vec<TermMatch> {
        let mut out = self.strict(folded, original);
        if folded
            .chars()
            .any(|c| c.is_ascii_digit() || text::is_unspaced_script(c))
        {
            return out;
        }
        // Cognates across languages often share a stem once romanised and loosened
        // (`terrorism` → `terror` → `teror`, the stem of Turkish `terörle`).
        for &alg in self.algorithms {
            let stem = self.stemmers.stem(alg, original);
            let loose = text::variant_key(&stem);
            if loose != stem {
                for &id in self.index.stem_group(&loose) {
                    push(&mut out, id, MatchKind::Variant);
                }
            }
        }
        let key = text::variant_key(folded);
        if key != folded {
            if let Some(id) = self.index.term_id(&key) {
                push(&mut out, id, MatchKind::Variant);
            }
        }
        for &id in self.index.variants.get(&key) {
            push(&mut out, id, MatchKind::Variant);
        }
        let max = fuzzy::allowed_distance(folded.chars().count());
        // A word found as typed in many passages is a real word, and its neighbours at one or two
        // edits are other real words, not typos of it: they would only add noise (and work).
        let common = self.index.passage_count() / 200;
        let exact_df = self
            .index
            .term_id(folded)
            .and_then(|id| self.index.df.get(id as usize).copied())
            .unwrap_or(0);
        if max == 0 || exact_df as usize > common.max(MIN_COMMON) {
            return out;
        }
        // Typos against the terms as written, and against the variant keys (so that a typo on top
        // of another romanisation still matches).
        let mut found: Vec<(usize, u32, u32)> = Vec::new(); // (distance, -df, term)
        if let (Some(aut), Some(map)) = (Levenshtein::new(folded, max), self.index.term_map()) {
            let mut stream = map.search(aut).into_stream();
            while let Some((k, v)) = stream.next() {
                self.scanned += 1;
                if self.scanned > MAX_SCAN {
                    break;
                }
                let Ok(k) = std::str::from_utf8(k) else {
                    continue;
                };
                if let Some(d) = fuzzy::distance(k, folded, max as usize) {
                    found.push((d, v as u32, v as u32));
                }
            }
        }
        if let (Some(aut), Some(map)) = (Levenshtein::new(&key, max), self.index.variants.map()) {
            let mut stream = map.search(aut).into_stream();
            while let Some((k, g)) = stream.next() {
                self.scanned += 1;
                if self.scanned > MAX_SCAN {
                    break;
                }
                let Ok(k) = std::str::from_utf8(k) else {
                    continue;
                };
                if let Some(d) = fuzzy::distance(k, &key, max as usize) {
                    for &id in self.index.variants.group(g) {
                        found.push((d, id, id));
                    }
                }
            }
        }
        for f in &mut found {
            f.1 = u32::MAX - self.index.df.get(f.2 as usize).copied().unwrap_or(0);
        }
        // A few dozen at most (the neighbours of one word): the shared sort.
        crate::sort::sort(&mut found);
        let mut added = 0;
        for (d, _, id) in found {
            if added == MAX_FUZZY {
                break;
            }
            if out.iter().any(|m| m.term == id) {
                continue;
            }
            let kind = if d <= 1 {
                MatchKind::Fuzzy1
            } else {
                MatchKind::Fuzzy2
            };
            push(&mut out, id, kind);
            added += 1;
        }
        out
    }

    /// A word still being typed: what [`Expander::word`] finds, and the words it begins. When it
    /// begins some, its typo expansions are dropped: `Aliy` is the start of `aliyev`, not a typo
    /// of `all`.
    pub fn typing(&mut self, folded: &str, original: &str) -> Vec<TermMatch> {
        let mut out = self.word(folded, original);
        let more = self.prefix(folded);
        if more.iter().any(|m| m.kind == MatchKind::Prefix) {
            out.retain(|m| !matches!(m.kind, MatchKind::Fuzzy1 | MatchKind::Fuzzy2));
        }
        for m in more {
            push(&mut out, m.term, m.kind);
        }
        out
    }

    /// The most frequent terms starting with `folded` (which itself counts as exact).
    pub fn prefix(&mut self, folded: &str) -> Vec<TermMatch> {
        let mut out = Vec::new();
        let Some(map) = self.index.term_map() else {
            return out;
        };
        // The most frequent first, then by term: -df and the term in one integer, so that the
        // sort is the search's own `u64` sort rather than a copy of its own.
        let mut found: Vec<u64> = Vec::new();
        let mut stream = map
            .search(fst::automaton::Str::new(folded).starts_with())
            .into_stream();
        while let Some((_, v)) = stream.next() {
            self.scanned += 1;
            if self.scanned > MAX_SCAN {
                break;
            }
            let df = self.index.df.get(v as usize).copied().unwrap_or(0);
            found.push((u64::from(u32::MAX - df) << 32) | u64::from(v as u32));
        }
        found.sort_unstable();
        let exact = self.index.term_id(folded);
        if let Some(id) = exact {
            push(&mut out, id, MatchKind::Exact);
        }
        for key in found.into_iter().take(MAX_PREFIX) {
            push(&mut out, key as u32, MatchKind::Prefix);
        }
        out
    }
}

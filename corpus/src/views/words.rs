//! The words of a selection: its most frequent content words and two-word phrases, the most
//! distinctive ones against the rest of the corpus (keyness by Dunning's log-likelihood), and
//! a chosen word's relative frequency by year and by document.
//!
//! Counts come from the word table the build made ([`super::tables::WordTable`]): corpus-wide
//! counts, and per passage which entries it holds. A selection is counted exactly from its own
//! passages when it has at most [`EXACT_PASSAGES`], or as the corpus minus the passages left out
//! when those are that few; a larger selection with a larger rest is estimated from an evenly
//! spread sample of [`EXACT_PASSAGES`] of its passages, and says so ([`WordsView::sample`]).

use std::collections::BTreeMap;

use super::concordance::log_likelihood;
use super::{Selection, Views};
use crate::query::PassageSet;
use crate::text;
use crate::years::doc_year;

/// Rows per list.
pub const LIST: usize = 50;
/// Passages counted at most for one selection.
pub const EXACT_PASSAGES: usize = 6000;
/// Documents listed at most in a trend.
pub const TREND_DOCS: usize = 30;

/// A word or phrase with its counts.
#[derive(Debug, Clone, PartialEq)]
pub struct WordStat {
    /// Entry id in the word table.
    pub entry: u32,
    pub text: String,
    pub phrase: bool,
    /// Occurrences in the selection (estimated when the view is sampled).
    pub count: u32,
    /// Occurrences in the whole corpus.
    pub corpus: u32,
    /// Occurrences per 10,000 words of the selection.
    pub per_10k: f64,
    /// Keyness against the rest of the corpus: positive when more frequent in the selection.
    pub log_likelihood: f64,
}

/// How a large selection was estimated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample {
    /// Passages read, of those selected.
    pub passages: usize,
    pub of: usize,
}

/// The words of a selection.
#[derive(Debug, Clone, PartialEq)]
pub struct WordsView {
    pub frequent_words: Vec<WordStat>,
    pub frequent_phrases: Vec<WordStat>,
    /// Empty when the selection is the whole corpus (there is nothing to compare with).
    pub distinctive_words: Vec<WordStat>,
    pub distinctive_phrases: Vec<WordStat>,
    /// Words (all tokens, stop words included) in the selection and in the corpus.
    pub tokens: u64,
    pub corpus_tokens: u64,
    /// Set when the counts are estimated from a sample of the selection.
    pub sample: Option<Sample>,
}

/// One point of a trend.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    /// A year, or a document id.
    pub label: String,
    /// The document, for points by document.
    pub doc: Option<u32>,
    pub count: u32,
    /// Words there (all tokens).
    pub tokens: u64,
    pub per_10k: f64,
}

/// A word's relative frequency across the selection's years and documents.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    pub entry: u32,
    pub text: String,
    /// Every year of the selection's dated documents, ascending (years where the word is absent
    /// have a count of 0).
    pub by_year: Vec<TrendPoint>,
    /// Occurrences in undated documents.
    pub undated: u32,
    /// The documents where it occurs most, at most [`TREND_DOCS`], most occurrences first.
    pub by_doc: Vec<TrendPoint>,
    /// Documents where it occurs, in all.
    pub docs: usize,
    /// Occurrences in the selection.
    pub count: u32,
}

/// Words and phrases with their keyness.
type Scored = (Vec<(u32, f64)>, Vec<(u32, f64)>);

fn rate(count: f64, tokens: u64) -> f64 {
    if tokens == 0 {
        0.0
    } else {
        count * 10_000.0 / tokens as f64
    }
}

impl Views<'_> {
    /// Words (all tokens) of a passage.
    fn tokens_of(&self, passage: u32) -> u64 {
        self.corpus
            .index
            .passage_len
            .get(passage as usize)
            .copied()
            .unwrap_or(0) as u64
    }

    /// The entry of a word or a two-word phrase as typed (case and accents do not matter).
    pub fn word_entry(&self, typed: &str) -> Option<u32> {
        let table = &self.corpus.views.words;
        let toks = text::tokenize(typed);
        match toks.as_slice() {
            [w] => table.word_id(&w.folded),
            [a, b] => {
                let (a, b) = (table.word_id(&a.folded)?, table.word_id(&b.folded)?);
                let i = table.phrases.iter().position(|&p| p == (a, b))?;
                Some((table.words.len() + i) as u32)
            }
            _ => None,
        }
    }

    /// Entry counts over some passages, into `counts`; returns the entries touched.
    fn count_entries(&self, passages: impl Iterator<Item = u32>, counts: &mut [u32]) -> Vec<u32> {
        let mut touched = Vec::new();
        for p in passages {
            for (e, n) in self.words_of(p) {
                if let Some(c) = counts.get_mut(e as usize) {
                    if *c == 0 {
                        touched.push(e);
                    }
                    *c += n;
                }
            }
        }
        touched
    }

    /// The words of a selection, `limit` rows per list.
    pub fn words(&self, selection: &Selection, limit: usize) -> WordsView {
        let corpus = self.corpus;
        let table = &corpus.views.words;
        let n = corpus.passages.len();
        let entries = table.entry_count();
        let corpus_tokens = self.corpus_tokens;
        let selected = selection.count();
        let everything = selection.everything || selected == n;
        let tokens: u64 = if everything {
            corpus_tokens
        } else {
            selection.passages.iter().map(|p| self.tokens_of(p)).sum()
        };

        // counts[e]: occurrences in the selection (scaled when sampled).
        let mut sample = None;
        let (counts, touched): (Vec<u32>, Vec<u32>) = if everything {
            (table.counts.clone(), (0..entries as u32).collect())
        } else if selected <= EXACT_PASSAGES {
            let mut counts = vec![0u32; entries];
            let touched = self.count_entries(selection.passages.iter(), &mut counts);
            (counts, touched)
        } else if n - selected <= EXACT_PASSAGES {
            let mut rest = PassageSet::full(n);
            rest.subtract(&selection.passages);
            let mut minus = vec![0u32; entries];
            self.count_entries(rest.iter(), &mut minus);
            let counts: Vec<u32> = (table.counts.iter().zip(&minus))
                .map(|(&all, &m)| all.saturating_sub(m))
                .collect();
            let touched = (0..entries as u32)
                .filter(|&e| counts[e as usize] > 0)
                .collect();
            (counts, touched)
        } else {
            // Every k-th selected passage; counts scaled by the share of tokens read.
            let step = selected.div_ceil(EXACT_PASSAGES);
            let picked: Vec<u32> = selection.passages.iter().step_by(step).collect();
            let read: u64 = picked.iter().map(|&p| self.tokens_of(p)).sum();
            let mut counts = vec![0u32; entries];
            let touched = self.count_entries(picked.iter().copied(), &mut counts);
            let scale = if read == 0 {
                0.0
            } else {
                tokens as f64 / read as f64
            };
            for &e in &touched {
                let c = &mut counts[e as usize];
                *c = (*c as f64 * scale).round() as u32;
            }
            sample = Some(Sample {
                passages: picked.len(),
                of: selected,
            });
            (counts, touched)
        };

        let stat = |e: u32, ll: f64| {
            let count = counts[e as usize];
            WordStat {
                entry: e,
                text: table.entry_text(e),
                phrase: e as usize >= table.words.len(),
                count,
                corpus: table.counts.get(e as usize).copied().unwrap_or(0),
                per_10k: rate(count as f64, tokens),
                log_likelihood: ll,
            }
        };
        let is_phrase = |e: u32| e as usize >= table.words.len();
        let by_count =
            |a: &u32, b: &u32| counts[*b as usize].cmp(&counts[*a as usize]).then(a.cmp(b));
        let top = |mut ids: Vec<u32>, cmp: &dyn Fn(&u32, &u32) -> std::cmp::Ordering| {
            crate::sort::top_by(&mut ids, limit, cmp);
            ids
        };
        let (words, phrases): (Vec<u32>, Vec<u32>) = touched
            .iter()
            .copied()
            .filter(|&e| counts[e as usize] > 0)
            .partition(|&e| !is_phrase(e));
        let frequent_words = top(words.clone(), &by_count)
            .into_iter()
            .map(|e| stat(e, 0.0))
            .collect();
        let frequent_phrases = top(phrases.clone(), &by_count)
            .into_iter()
            .map(|e| stat(e, 0.0))
            .collect();

        let (mut distinctive_words, mut distinctive_phrases) = (Vec::new(), Vec::new());
        if !everything && tokens > 0 {
            let rest_tokens = corpus_tokens.saturating_sub(tokens) as f64;
            let keyness = |e: u32| {
                let a = counts[e as usize] as f64;
                let all = table.counts.get(e as usize).copied().unwrap_or(0) as f64;
                let c = (all - a).max(0.0);
                log_likelihood(
                    a,
                    (tokens as f64 - a).max(0.0),
                    c,
                    (rest_tokens - c).max(0.0),
                )
            };
            let share = tokens as f64 / corpus_tokens.max(1) as f64;
            let keyed: Vec<(u32, f64)> = touched
                .iter()
                // Only what is more frequent in the selection than in the corpus as a whole
                // (cheap to tell) is scored.
                .filter(|&&e| {
                    let a = counts[e as usize];
                    let all = table.counts.get(e as usize).copied().unwrap_or(0);
                    a >= 2 && a as f64 > all as f64 * share
                })
                .map(|&e| (e, keyness(e)))
                .filter(|&(_, g)| g > 0.0)
                .collect();
            let by_ll = |a: &(u32, f64), b: &(u32, f64)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
            let best = |mut v: Vec<(u32, f64)>| {
                crate::sort::top_by(&mut v, limit, &by_ll);
                v.into_iter().map(|(e, g)| stat(e, g)).collect::<Vec<_>>()
            };
            let (w, p): Scored = keyed.into_iter().partition(|&(e, _)| !is_phrase(e));
            distinctive_words = best(w);
            distinctive_phrases = best(p);
        }
        WordsView {
            frequent_words,
            frequent_phrases,
            distinctive_words,
            distinctive_phrases,
            tokens,
            corpus_tokens,
            sample,
        }
    }

    /// A word's or phrase's relative frequency in the selection, by year and by document.
    /// `None` for an entry out of range.
    pub fn trend(&self, selection: &Selection, entry: u32) -> Option<Trend> {
        let corpus = self.corpus;
        let table = &corpus.views.words;
        if entry as usize >= table.entry_count() {
            return None;
        }
        // Occurrences per passage: from the index's postings for a word, from the word table
        // for a phrase (in the passages holding both its words).
        let mut per_passage: Vec<(u32, u32)> = Vec::new();
        let index = &corpus.index;
        let postings = |w: u32| -> Vec<(u32, u32)> {
            let folded = text::fold(&table.words[w as usize]);
            match index.term_id(&folded) {
                Some(t) => index.postings(t).map(|p| (p.passage, p.tf)).collect(),
                None => Vec::new(),
            }
        };
        if (entry as usize) < table.words.len() {
            per_passage = postings(entry);
            per_passage.retain(|&(p, _)| selection.contains(p));
        } else {
            let (a, _) = table.phrases[entry as usize - table.words.len()];
            for (p, _) in postings(a) {
                if !selection.contains(p) {
                    continue;
                }
                if let Some((_, n)) = self.words_of(p).find(|&(e, _)| e == entry) {
                    per_passage.push((p, n));
                }
            }
        }
        // Tokens per year and per document over the selection.
        let mut year_tokens: BTreeMap<i32, u64> = BTreeMap::new();
        let mut doc_tokens: Vec<u64> = Vec::new();
        let doc_years: Vec<Option<i32>> = corpus.docs.iter().map(doc_year).collect();
        if !corpus.docs.is_empty() {
            doc_tokens = vec![0; corpus.docs.len()];
        }
        for p in selection.passages.iter() {
            let d = self.doc_of(p) as usize;
            let t = self.tokens_of(p);
            doc_tokens[d] += t;
            if let Some(y) = doc_years[d] {
                *year_tokens.entry(y).or_default() += t;
            }
        }
        let mut year_counts: BTreeMap<i32, u32> = BTreeMap::new();
        let mut doc_counts: BTreeMap<u32, u32> = BTreeMap::new();
        let mut undated = 0;
        let mut count = 0;
        for &(p, n) in &per_passage {
            let d = self.doc_of(p);
            count += n;
            *doc_counts.entry(d).or_default() += n;
            match doc_years[d as usize] {
                Some(y) => *year_counts.entry(y).or_default() += n,
                None => undated += n,
            }
        }
        let by_year = year_tokens
            .iter()
            .map(|(&y, &t)| {
                let c = year_counts.get(&y).copied().unwrap_or(0);
                TrendPoint {
                    label: y.to_string(),
                    doc: None,
                    count: c,
                    tokens: t,
                    per_10k: rate(c as f64, t),
                }
            })
            .collect();
        let docs = doc_counts.len();
        let mut by_doc: Vec<TrendPoint> = doc_counts
            .into_iter()
            .map(|(d, c)| {
                let t = doc_tokens[d as usize];
                TrendPoint {
                    label: corpus.docs[d as usize].id.clone(),
                    doc: Some(d),
                    count: c,
                    tokens: t,
                    per_10k: rate(c as f64, t),
                }
            })
            .collect();
        crate::sort::sort_by(&mut by_doc, &|a, b| {
            b.count
                .cmp(&a.count)
                .then(b.per_10k.total_cmp(&a.per_10k))
                .then(a.doc.cmp(&b.doc))
        });
        by_doc.truncate(TREND_DOCS);
        Some(Trend {
            entry,
            text: table.entry_text(entry),
            by_year,
            undated,
            by_doc,
            docs,
            count,
        })
    }
}

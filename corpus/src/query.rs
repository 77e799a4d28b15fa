//! Search over the compiled corpus: query words are folded and stemmed like the indexed text,
//! passages are ranked by BM25, and every match is reported as a byte range for highlighting.

use std::collections::BTreeSet;
use std::ops::Range;

use crate::model::Corpus;
use crate::text::{self, Algorithm, Stemmers};

/// BM25 saturation.
const K1: f32 = 1.2;
/// BM25 length normalisation.
const B: f32 = 0.75;
/// A word matched through its stem counts for this much of an exact match.
const STEM_WEIGHT: f32 = 0.85;

/// A ranked passage.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub passage: u32,
    pub score: f32,
    /// Byte ranges of matched words in the passage text.
    pub highlights: Vec<Range<usize>>,
}

/// The outcome of a search.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    /// The best passages, best first.
    pub hits: Vec<Hit>,
    /// How many passages matched in all.
    pub total: usize,
    /// False when no passage has every word and the hits are the best partial matches.
    pub matched_all: bool,
    /// The query words that match nothing in the corpus.
    pub unknown: Vec<String>,
}

/// Searches one corpus. Cheap to create; holds the corpus's stemmers.
pub struct Engine<'c> {
    corpus: &'c Corpus,
    algorithms: Vec<Algorithm>,
}

/// The index terms one query word matches, with their weights.
struct WordMatch {
    word: String,
    terms: Vec<(u32, f32)>,
}

impl<'c> Engine<'c> {
    pub fn new(corpus: &'c Corpus) -> Self {
        let langs: BTreeSet<&str> = corpus.docs.iter().map(|d| d.lang.as_str()).collect();
        let mut algorithms: Vec<Algorithm> = Vec::new();
        for lang in langs {
            if let Some(a) = text::stemmer_for(lang) {
                if !algorithms.contains(&a) {
                    algorithms.push(a);
                }
            }
        }
        Engine { corpus, algorithms }
    }

    pub fn corpus(&self) -> &'c Corpus {
        self.corpus
    }

    /// Ranks passages for `query` and returns the best `limit`, with highlights.
    pub fn search(&self, query: &str, limit: usize) -> Results {
        let words = self.match_words(query);
        if words.is_empty() {
            return Results::default();
        }
        let unknown: Vec<String> = words
            .iter()
            .filter(|w| w.terms.is_empty())
            .map(|w| w.word.clone())
            .collect();
        let index = &self.corpus.index;
        let n = index.passage_len.len() as f32;
        let avg = index.avg_passage_len.max(1.0);

        // passage → (score, bitmask of words matched)
        let mut acc: std::collections::HashMap<u32, (f32, u64)> = std::collections::HashMap::new();
        for (wi, word) in words.iter().enumerate().take(64) {
            let mut tf: std::collections::HashMap<u32, f32> = std::collections::HashMap::new();
            for &(term, weight) in &word.terms {
                for posting in index.postings(term) {
                    *tf.entry(posting.passage).or_default() +=
                        weight * posting.positions.len() as f32;
                }
            }
            let df = tf.len() as f32;
            let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
            for (passage, f) in tf {
                let len = index.passage_len[passage as usize] as f32;
                let s = idf * f * (K1 + 1.0) / (f + K1 * (1.0 - B + B * len / avg));
                let e = acc.entry(passage).or_default();
                e.0 += s;
                e.1 |= 1 << wi;
            }
        }
        let all: u64 = if words.len() >= 64 {
            u64::MAX
        } else {
            (1u64 << words.len()) - 1
        };
        let mut ranked: Vec<(u32, f32, u64)> =
            acc.into_iter().map(|(p, (s, m))| (p, s, m)).collect();
        let complete = ranked.iter().filter(|&&(_, _, m)| m == all).count();
        let matched_all = complete > 0;
        if matched_all {
            ranked.retain(|&(_, _, m)| m == all);
        }
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let total = ranked.len();
        let matched: BTreeSet<u32> = words
            .iter()
            .flat_map(|w| w.terms.iter().map(|&(t, _)| t))
            .collect();
        let hits = ranked
            .into_iter()
            .take(limit)
            .map(|(passage, score, _)| Hit {
                passage,
                score,
                highlights: self.highlights(passage, &matched),
            })
            .collect();
        Results {
            hits,
            total,
            matched_all,
            unknown,
        }
    }

    /// Folds and stems each query word and finds the index terms it matches.
    fn match_words(&self, query: &str) -> Vec<WordMatch> {
        let index = &self.corpus.index;
        let mut stemmers = Stemmers::new();
        let mut out: Vec<WordMatch> = Vec::new();
        for token in text::tokenize(query) {
            if out.iter().any(|w| w.word == token.folded) {
                continue;
            }
            let mut terms: Vec<(u32, f32)> = Vec::new();
            if let Some(id) = index.term_id(&token.folded) {
                terms.push((id, 1.0));
            }
            for &alg in &self.algorithms {
                let key = stemmers.stem(alg, &query[token.range.clone()]);
                for &id in index.stem_group(&key) {
                    if !terms.iter().any(|&(t, _)| t == id) {
                        terms.push((id, STEM_WEIGHT));
                    }
                }
            }
            out.push(WordMatch {
                word: token.folded,
                terms,
            });
        }
        out
    }

    /// Byte ranges, in the passage text, of the words whose terms are in `matched`.
    pub fn highlights(&self, passage: u32, matched: &BTreeSet<u32>) -> Vec<Range<usize>> {
        let text = self.corpus.passage_text(passage);
        let Some(map) = self.corpus.index.term_map() else {
            return Vec::new();
        };
        text::tokenize(text)
            .into_iter()
            .filter(|t| {
                map.get(&t.folded)
                    .is_some_and(|id| matched.contains(&(id as u32)))
            })
            .map(|t| t.range)
            .collect()
    }
}

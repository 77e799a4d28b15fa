//! The concordance: every occurrence of the query's words or phrases (in each form the engine
//! matched: stems, spelling variants, typos, prefixes) in the selection, as keyword-in-context
//! lines aligned on the keyword and sortable by the words to its left or right; and the
//! collocates, content words within a few words of the keyword, with counts and their
//! log-likelihood association (Dunning's G²) against the whole corpus.
//!
//! The work is bounded: at most `limit` lines are read (in corpus order, then sorted); the
//! number of occurrences in the whole selection is exact for words (from the index's
//! frequencies) and a lower bound for phrases beyond the lines read.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;

use super::{context, Kwic, Selection, Views, CONTEXT_CHARS};
use crate::query::snippet::{Fnv, TermCache};
use crate::query::PassageSet;
use crate::text;

/// Lines read at most, by default.
pub const MAX_LINES: usize = 500;
/// Words on each side that count as a collocate's window, by default.
pub const WINDOW: usize = 5;
/// Folded words on each side kept as the sort key.
const SORT_WORDS: usize = 3;

/// How to order the lines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ContextSort {
    /// As in the corpus.
    #[default]
    Corpus,
    /// By the words left of the keyword, nearest first.
    Left,
    /// By the words right of the keyword, nearest first.
    Right,
    /// By the keyword as written, then the right context.
    Keyword,
}

/// What to compute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConcordanceOptions {
    pub sort: ContextSort,
    /// Lines read at most.
    pub limit: usize,
    /// Characters of context on each side.
    pub context_chars: usize,
    /// Words on each side counted for collocates.
    pub window: usize,
}

impl Default for ConcordanceOptions {
    fn default() -> Self {
        ConcordanceOptions {
            sort: ContextSort::Corpus,
            limit: MAX_LINES,
            context_chars: CONTEXT_CHARS,
            window: WINDOW,
        }
    }
}

/// A content word often found near the keyword.
#[derive(Debug, Clone, PartialEq)]
pub struct Collocate {
    /// Id in the word table.
    pub word: u32,
    pub text: String,
    /// Occurrences within the window, and of those on the left and on the right.
    pub count: u32,
    pub left: u32,
    pub right: u32,
    /// Occurrences in the whole corpus.
    pub corpus: u32,
    /// Dunning's log-likelihood G² of the word being this much more frequent near the keyword
    /// than elsewhere (3.84 is p < 0.05, 10.83 is p < 0.001).
    pub log_likelihood: f64,
}

/// The concordance of a selection.
#[derive(Debug, Clone, PartialEq)]
pub struct Concordance {
    /// The lines read, in the requested order.
    pub lines: Vec<Kwic>,
    /// Occurrences in the whole selection: exact when `total_exact`, else at least this many.
    pub total: usize,
    pub total_exact: bool,
    /// Passages of the selection with an occurrence (among those read when not exact).
    pub passages: usize,
    /// The forms the keyword was found in (folded), with how many of the lines have each, most
    /// first.
    pub forms: Vec<(String, u32)>,
    /// Most strongly associated first (positive association only).
    pub collocates: Vec<Collocate>,
    /// Most frequent first.
    pub frequent: Vec<Collocate>,
    /// False when the query has no words or phrases (only filters): there is no keyword.
    pub has_keyword: bool,
}

impl Concordance {
    /// "showing 1,000 of 12,345" when not every occurrence is a line.
    pub fn is_complete(&self) -> bool {
        self.total_exact && self.lines.len() == self.total
    }
}

/// Dunning's log-likelihood for a 2×2 table: `a` of `a + b` in the sample, `c` of `c + d` in the
/// rest. Positive when the sample's rate is higher, negative when lower.
pub fn log_likelihood(a: f64, b: f64, c: f64, d: f64) -> f64 {
    let n = a + b + c + d;
    if n <= 0.0 {
        return 0.0;
    }
    let term = |o: f64, e: f64| {
        if o > 0.0 && e > 0.0 {
            o * (o / e).ln()
        } else {
            0.0
        }
    };
    let (r1, r2) = (a + b, c + d);
    let (k1, k2) = (a + c, b + d);
    let g = 2.0
        * (term(a, r1 * k1 / n)
            + term(b, r1 * k2 / n)
            + term(c, r2 * k1 / n)
            + term(d, r2 * k2 / n));
    let higher = r1 > 0.0 && (r2 <= 0.0 || a / r1 > c / r2);
    if higher {
        g.max(0.0)
    } else {
        -g.max(0.0)
    }
}

/// One occurrence while reading.
struct Line {
    kwic: Kwic,
    left_key: Vec<String>,
    right_key: Vec<String>,
    form: String,
}

impl Views<'_> {
    /// The concordance of the query's words in a selection.
    pub fn concordance(&self, selection: &Selection, options: &ConcordanceOptions) -> Concordance {
        let corpus = self.corpus;
        let index = &corpus.index;
        let table = &corpus.views.words;
        let mut out = Concordance {
            lines: Vec::new(),
            total: 0,
            total_exact: true,
            passages: 0,
            forms: Vec::new(),
            collocates: Vec::new(),
            frequent: Vec::new(),
            has_keyword: selection.has_words(),
        };
        if !out.has_keyword {
            return out;
        }
        let terms: HashMap<u32, u8> = selection.terms.iter().copied().collect();
        // Candidates: selected passages holding a matched term, or a phrase's words.
        let n = corpus.passages.len();
        let mut candidates = PassageSet::empty(n);
        for &(t, _) in &selection.terms {
            for posting in index.postings(t) {
                if selection.contains(posting.passage) {
                    candidates.insert(posting.passage);
                    out.total += posting.tf as usize;
                }
            }
        }
        for (_, words) in &selection.phrases {
            let rarest = words
                .iter()
                .filter_map(|w| index.term_id(w))
                .min_by_key(|&t| index.df.get(t as usize).copied().unwrap_or(0));
            if let Some(t) = rarest {
                for posting in index.postings(t) {
                    if selection.contains(posting.passage) {
                        candidates.insert(posting.passage);
                    }
                }
            }
        }
        let has_phrases = !selection.phrases.is_empty();
        let mut phrase_total = 0usize;

        let map = index.term_map();
        let mut cache = TermCache::default();
        let mut lines: Vec<Line> = Vec::new();
        let mut collocates: HashMap<u32, (u32, u32)> = HashMap::new();
        let mut window_tokens = 0u64;
        // Word as written → its id in the word table, remembered across lines.
        let mut word_ids: HashMap<&str, Option<u32>, BuildHasherDefault<Fnv>> = HashMap::default();
        let mut toks: Vec<(Range<usize>, &str)> = Vec::new();
        let mut read_all = true;
        for p in candidates.iter() {
            if lines.len() >= options.limit {
                read_all = false;
                break;
            }
            let text = corpus.passage_text(p);
            let base = corpus.passages[p as usize].span.start as usize;
            toks.clear();
            text::for_each_word(text, |r, w| toks.push((r, w)));
            // Occurrences as token ranges [i, j).
            let mut found: Vec<(usize, usize, bool)> = Vec::new();
            for (i, (_, w)) in toks.iter().enumerate() {
                if terms.is_empty() {
                    break;
                }
                let id = match cache.get(*w) {
                    Some(&id) => id,
                    None => {
                        let id = map
                            .as_ref()
                            .and_then(|m| m.get(text::fold(w)))
                            .map(|v| v as u32);
                        cache.insert(w.to_string(), id);
                        id
                    }
                };
                if id.is_some_and(|id| terms.contains_key(&id)) {
                    found.push((i, i + 1, false));
                }
            }
            for (_, words) in &selection.phrases {
                if words.is_empty() || words.len() > toks.len() {
                    continue;
                }
                for i in 0..=toks.len() - words.len() {
                    if words
                        .iter()
                        .zip(&toks[i..])
                        .all(|(w, t)| text::fold_eq(t.1, w))
                    {
                        found.push((i, i + words.len(), true));
                    }
                }
            }
            if found.is_empty() {
                continue;
            }
            crate::sort::sort(&mut found);
            // A word inside a phrase occurrence is the phrase's.
            found.dedup_by(|b, a| b.0 < a.1);
            phrase_total += found.iter().filter(|f| f.2).count();
            out.passages += 1;
            for &(i, j, _) in &found {
                if lines.len() >= options.limit {
                    read_all = false;
                    break;
                }
                let keyword = base + toks[i].0.start..base + toks[j - 1].0.end;
                let (left, right) = context(corpus, p, keyword.clone(), options.context_chars);
                // Sort keys only when sorting by context.
                let sorting = options.sort != ContextSort::Corpus;
                let key = |r: Range<usize>| -> Vec<String> {
                    if !sorting {
                        return Vec::new();
                    }
                    toks[r].iter().map(|(_, w)| text::fold(w)).collect()
                };
                let mut left_key = key(i.saturating_sub(SORT_WORDS)..i);
                left_key.reverse();
                let right_key = key(j..(j + SORT_WORDS).min(toks.len()));
                let form = toks[i..j]
                    .iter()
                    .map(|(_, w)| text::fold(w))
                    .collect::<Vec<_>>()
                    .join(" ");
                // Collocates: content words within the window, not the keyword itself.
                let lo = i.saturating_sub(options.window);
                let hi = (j + options.window).min(toks.len());
                for (k, (_, w)) in toks.iter().enumerate().take(hi).skip(lo) {
                    if (i..j).contains(&k) {
                        continue;
                    }
                    window_tokens += 1;
                    let id = *word_ids
                        .entry(*w)
                        .or_insert_with(|| table.word_id(&text::fold(w)));
                    if let Some(id) = id {
                        let c = collocates.entry(id).or_default();
                        if k < i {
                            c.0 += 1;
                        } else {
                            c.1 += 1;
                        }
                    }
                }
                lines.push(Line {
                    kwic: Kwic {
                        doc: corpus.passages[p as usize].doc,
                        passage: p,
                        left,
                        keyword,
                        right,
                    },
                    left_key,
                    right_key,
                    form,
                });
            }
        }
        if has_phrases {
            // Phrase occurrences are known only where read.
            out.total += phrase_total;
            out.total_exact = read_all;
        }
        out.total = out.total.max(lines.len());

        let mut forms: HashMap<&str, u32> = HashMap::new();
        for l in &lines {
            *forms.entry(l.form.as_str()).or_default() += 1;
        }
        out.forms = forms.into_iter().map(|(f, n)| (f.to_string(), n)).collect();
        crate::sort::sort_by(&mut out.forms, &|a, b| {
            b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))
        });

        match options.sort {
            ContextSort::Corpus => {}
            ContextSort::Left => crate::sort::sort_by(&mut lines, &|a, b| {
                a.left_key
                    .cmp(&b.left_key)
                    .then_with(|| a.right_key.cmp(&b.right_key))
            }),
            ContextSort::Right => crate::sort::sort_by(&mut lines, &|a, b| {
                a.right_key
                    .cmp(&b.right_key)
                    .then_with(|| a.left_key.cmp(&b.left_key))
            }),
            ContextSort::Keyword => crate::sort::sort_by(&mut lines, &|a, b| {
                a.form
                    .cmp(&b.form)
                    .then_with(|| a.right_key.cmp(&b.right_key))
            }),
        }
        out.lines = lines.into_iter().map(|l| l.kwic).collect();

        // Association against the whole corpus: the window's tokens against the rest.
        let corpus_tokens = self.corpus_tokens as f64;
        let w = window_tokens as f64;
        let mut cs: Vec<Collocate> = collocates
            .into_iter()
            .map(|(id, (left, right))| {
                let count = left + right;
                let total = table
                    .counts
                    .get(id as usize)
                    .copied()
                    .unwrap_or(count)
                    .max(count);
                let a = count as f64;
                let c = (total - count) as f64;
                let ll = log_likelihood(a, (w - a).max(0.0), c, (corpus_tokens - w - c).max(0.0));
                Collocate {
                    word: id,
                    // Filled in for the kept ones only.
                    text: String::new(),
                    count,
                    left,
                    right,
                    corpus: total,
                    log_likelihood: ll,
                }
            })
            .collect();
        let limit = super::words::LIST;
        let by_count =
            |a: &Collocate, b: &Collocate| b.count.cmp(&a.count).then(a.word.cmp(&b.word));
        let by_ll = |a: &Collocate, b: &Collocate| {
            b.log_likelihood
                .total_cmp(&a.log_likelihood)
                .then(a.word.cmp(&b.word))
        };
        let named = |mut v: Vec<Collocate>| {
            for c in &mut v {
                c.text = table.entry_text(c.word);
            }
            v
        };
        let mut frequent = cs.clone();
        crate::sort::top_by(&mut frequent, limit, &by_count);
        out.frequent = named(frequent);
        cs.retain(|c| c.log_likelihood > 0.0);
        crate::sort::top_by(&mut cs, limit, &by_ll);
        let cs = named(cs);
        out.collocates = cs;
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_likelihood_is_zero_when_rates_agree_and_signed_otherwise() {
        assert!(log_likelihood(10.0, 90.0, 100.0, 900.0).abs() < 1e-9);
        let over = log_likelihood(30.0, 70.0, 100.0, 900.0);
        let under = log_likelihood(2.0, 98.0, 100.0, 900.0);
        assert!(over > 10.83, "{over}");
        assert!(under < 0.0, "{under}");
        assert_eq!(log_likelihood(0.0, 0.0, 0.0, 0.0), 0.0);
    }

    #[test]
    fn log_likelihood_matches_a_worked_example() {
        // a=10 of 1,000 against c=20 of 100,000: G² ≈ 54.60 (worked out separately from the
        // formula 2 Σ O ln(O / E)).
        let g = log_likelihood(10.0, 990.0, 20.0, 99_980.0);
        assert!((g - 54.60).abs() < 0.01, "{g}");
    }
}

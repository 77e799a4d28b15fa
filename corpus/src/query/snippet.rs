//! What a query matched inside one passage, from the passage text: highlights (byte ranges), the
//! snippet (the densest window of matches), and the proximity of the matched clauses, which
//! re-ranks the best passages. The index keeps no positions; this is where they are found.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use crate::index::Index;
use crate::text::{self, numbers};

/// Snippets are at most this many words long.
pub const SNIPPET_WORDS: usize = 32;
/// Words of context kept before the first match of a snippet.
const LEAD_WORDS: usize = 4;

/// FNV-1a: a fast hash for the short words of a passage (the standard SipHash costs more than
/// the rest of a lookup here).
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Word → term id (if in the index), remembered across the passages of one search.
pub type TermCache = HashMap<String, Option<u32>, BuildHasherDefault<Fnv>>;

/// The terms and phrases of a query, by clause.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Matcher {
    /// term id → clause.
    pub terms: HashMap<u32, u8>,
    /// (clause, folded words that must be adjacent).
    pub phrases: Vec<(u8, Vec<String>)>,
    /// Entities the query filters or selects, ascending: their mentions are highlighted, and
    /// the snippet shows them when no word of the query matched.
    pub entities: Vec<u32>,
    /// (entity, clause): entities query words name; their mentions match the clause. Few: a
    /// list, not a map.
    pub entity_clauses: Vec<(u32, u8)>,
    /// (value key, clause): numbers of these values match the clause.
    pub values: Vec<(String, u8)>,
    /// (folded Chinese text, clause): where the folded passage text holds the string, its
    /// characters match the clause (a word inside a longer word, a phrase of words).
    pub han: Vec<(String, u8)>,
}

/// The clause number entity highlights count as in a snippet's window.
const ENTITY_CLAUSE: u8 = 31;

/// What a query matched in a passage.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    /// Byte ranges of the matched words in the passage text, ascending.
    pub highlights: Vec<Range<usize>>,
    /// The densest window of matches, as a byte range of the passage text.
    pub snippet: Range<usize>,
    /// Bit `i` is set when clause `i` matched in the text.
    pub clauses: u32,
    /// Fewest consecutive words that hold a match of every matched clause (0 if none matched).
    pub window: usize,
    /// Clauses matched inside an entity mention.
    pub in_entity: u32,
}

impl Matcher {
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
            && self.phrases.is_empty()
            && self.entity_clauses.is_empty()
            && self.values.is_empty()
            && self.han.is_empty()
    }

    /// Finds the query's matches in `text`. `mentions` are entity mentions as byte ranges of
    /// `text` with their entity; `cache` remembers term ids across passages; `convention` is how
    /// the passage's language writes decimals.
    pub fn analyze(
        &self,
        index: &Index,
        text: &str,
        mentions: &[(Range<usize>, u32)],
        cache: &mut TermCache,
        convention: numbers::Convention,
    ) -> Analysis {
        let mut tokens: Vec<(Range<usize>, &str)> = Vec::new();
        text::for_each_word(text, |r, w| tokens.push((r, w)));
        let map = index.term_map();
        // (token index, clause)
        let mut matched: Vec<(usize, u8)> = Vec::new();
        if !self.terms.is_empty() {
            for (i, (_, word)) in tokens.iter().enumerate() {
                let id = match cache.get(*word) {
                    Some(&id) => id,
                    None => {
                        let folded = text::fold(word);
                        let id = map.as_ref().and_then(|m| m.get(&folded)).map(|v| v as u32);
                        cache.insert(word.to_string(), id);
                        id
                    }
                };
                if let Some(&clause) = id.and_then(|id| self.terms.get(&id)) {
                    matched.push((i, clause));
                }
            }
        }
        for (clause, words) in &self.phrases {
            if words.is_empty() || words.len() > tokens.len() {
                continue;
            }
            for start in 0..=tokens.len() - words.len() {
                if words
                    .iter()
                    .zip(&tokens[start..])
                    .all(|(w, t)| text::fold_eq(t.1, w))
                {
                    matched.extend((start..start + words.len()).map(|i| (i, *clause)));
                }
            }
        }
        // Mentions of entities that query words name match those words.
        // (Where the words themselves are in the mention, they alone are highlighted.)
        if !self.entity_clauses.is_empty() {
            let literal = matched.clone();
            for (m, e) in mentions {
                for &(_, clause) in self.entity_clauses.iter().filter(|x| x.0 == *e) {
                    let inside = within(&tokens, m);
                    if !literal
                        .iter()
                        .any(|&(i, c)| c == clause && inside.contains(&i))
                    {
                        matched.extend(inside.map(|i| (i, clause)));
                    }
                }
            }
        }
        // Numbers of the values asked for, however written.
        if !self.values.is_empty() {
            numbers::for_each_number(text, convention, |n| {
                for v in n.all_values() {
                    let key = v.key();
                    for (_, clause) in self.values.iter().filter(|(k, _)| *k == key) {
                        matched.extend(within(&tokens, &n.range).map(|i| (i, *clause)));
                    }
                }
            });
        }
        // Chinese strings, found in the folded text (folding keeps byte offsets).
        if !self.han.is_empty() {
            let folded = text::fold_han(text);
            for (needle, clause) in &self.han {
                for (at, m) in folded.match_indices(needle.as_str()) {
                    matched.extend(within(&tokens, &(at..at + m.len())).map(|i| (i, *clause)));
                }
            }
        }
        // A word may match several clauses (a mention standing for a run of query words). A
        // passage's matches are few: the shared sort (see `crate::sort`).
        crate::sort::sort(&mut matched);
        matched.dedup();

        // What is shown: the matched words and the words of the wanted entities' mentions.
        let mut shown = matched.clone();
        if !self.entities.is_empty() {
            for (m, e) in mentions {
                if self.entities.binary_search(e).is_ok() {
                    shown.extend(within(&tokens, m).map(|i| (i, ENTITY_CLAUSE)));
                }
            }
            crate::sort::sort(&mut shown);
        }
        shown.dedup_by_key(|m| m.0);

        // Touching words (the characters of a Chinese word) and consecutive words apart only by
        // spaces (a phrase, a name) are one highlight.
        let mut highlights: Vec<Range<usize>> = Vec::with_capacity(shown.len());
        let mut previous: Option<usize> = None;
        for &(i, _) in &shown {
            let r = tokens[i].0.clone();
            let follows = previous == Some(i.wrapping_sub(1));
            previous = Some(i);
            match highlights.last_mut() {
                Some(last)
                    if last.end == r.start
                        || (follows
                            && text[last.end..r.start].chars().all(char::is_whitespace)) =>
                {
                    last.end = r.end
                }
                _ => highlights.push(r),
            }
        }
        let mut out = Analysis {
            highlights,
            ..Analysis::default()
        };
        for &(i, clause) in &matched {
            let bit = 1u32 << clause;
            out.clauses |= bit;
            let r = &tokens[i].0;
            if mentions
                .iter()
                .any(|(m, _)| m.start < r.end && r.start < m.end)
            {
                out.in_entity |= bit;
            }
        }
        out.window = min_window(&matched, out.clauses);
        out.snippet = snippet(text, &tokens, &shown);
        out
    }
}

/// The indices of the tokens inside byte range `r`.
fn within(tokens: &[(Range<usize>, &str)], r: &Range<usize>) -> Range<usize> {
    let first = tokens.partition_point(|t| t.0.start < r.start);
    let n = tokens[first..]
        .iter()
        .take_while(|t| t.0.end <= r.end)
        .count();
    first..first + n
}

/// The fewest consecutive tokens holding every clause in `all`.
fn min_window(matched: &[(usize, u8)], all: u32) -> usize {
    if matched.is_empty() {
        return 0;
    }
    let need = all.count_ones();
    let mut counts = [0u32; 32];
    let mut have = 0;
    let mut best = usize::MAX;
    let mut lo = 0;
    for hi in 0..matched.len() {
        let c = matched[hi].1 as usize;
        counts[c] += 1;
        if counts[c] == 1 {
            have += 1;
        }
        while have == need {
            best = best.min(matched[hi].0 - matched[lo].0 + 1);
            let l = matched[lo].1 as usize;
            counts[l] -= 1;
            if counts[l] == 0 {
                have -= 1;
            }
            lo += 1;
        }
    }
    best
}

/// The window of at most [`SNIPPET_WORDS`] words with the most distinct clauses, then the most
/// matches, as a byte range; the whole text when it is short.
fn snippet(text: &str, tokens: &[(Range<usize>, &str)], matched: &[(usize, u8)]) -> Range<usize> {
    if tokens.len() <= SNIPPET_WORDS + LEAD_WORDS {
        return 0..text.len();
    }
    let mut best = (0u32, 0usize, 0usize); // (distinct clauses, matches, first token)
    for (k, &(start, _)) in matched.iter().enumerate() {
        let mut bits = 0u32;
        let mut n = 0;
        for &(i, c) in &matched[k..] {
            if i >= start + SNIPPET_WORDS {
                break;
            }
            bits |= 1 << c;
            n += 1;
        }
        let key = (bits.count_ones(), n, start);
        if (key.0, key.1) > (best.0, best.1) {
            best = key;
        }
    }
    let first = best.2.saturating_sub(LEAD_WORDS);
    let last = (first + SNIPPET_WORDS).min(tokens.len()) - 1;
    let start = if first == 0 { 0 } else { tokens[first].0.start };
    let end = if last + 1 == tokens.len() {
        text.len()
    } else {
        tokens[last].0.end
    };
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_spans_every_clause() {
        // clause 0 at 0 and 10, clause 1 at 12.
        assert_eq!(min_window(&[(0, 0), (10, 0), (12, 1)], 0b11), 3);
        assert_eq!(min_window(&[(4, 0)], 0b1), 1);
        assert_eq!(min_window(&[], 0), 0);
    }

    #[test]
    fn snippet_is_the_densest_window() {
        let words: Vec<String> = (0..100).map(|i| format!("w{i}")).collect();
        let text = words.join(" ");
        let mut tokens = Vec::new();
        text::for_each_word(&text, |r, w| tokens.push((r, w)));
        // A lone match at 5, two clauses together at 60 and 61.
        let r = snippet(&text, &tokens, &[(5, 0), (60, 0), (61, 1)]);
        assert!(text[r.clone()].starts_with("w56 "), "{}", &text[r.clone()]);
        assert_eq!(text[r].split(' ').count(), SNIPPET_WORDS);
    }

    #[test]
    fn short_passage_is_its_own_snippet() {
        let text = "only a few words";
        let mut tokens = Vec::new();
        text::for_each_word(text, |r, w| tokens.push((r, w)));
        assert_eq!(snippet(text, &tokens, &[(1, 0)]), 0..text.len());
    }
}

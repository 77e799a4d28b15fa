//! Similar documents: the cosine similarity of documents' TF-IDF vectors over the word table's
//! content words, the top [`SIMILAR_PER_DOC`] per document.
//!
//! Linear rather than quadratic in the documents:
//!
//! - each document's vector keeps its [`VECTOR_TERMS`] heaviest terms (weight `(1 + ln tf) ·
//!   ln(N / df)`), words found in one document only left out (they are shared with no other),
//!   then is normalised to length 1;
//! - candidates come from the postings of the document's [`CANDIDATE_TERMS`] heaviest terms
//!   that are rare enough ([`MAX_POSTINGS`] documents at most): the dot products over those
//!   terms are accumulated in one pass over their postings;
//! - the best [`CANDIDATES`] candidates are scored exactly (the dot product of the two kept
//!   vectors, common terms included), and the best [`SIMILAR_PER_DOC`] kept.
//!
//! Ties are broken by document id, so the result is the same on every run.

use crate::model::Corpus;
use crate::views::tables::{EntryIter, SimilarDoc, WordTable, SIMILAR_PER_DOC};

/// Terms kept per document vector.
pub const VECTOR_TERMS: usize = 64;
/// Terms in more documents than this do not propose candidates.
pub const MAX_POSTINGS: usize = 300;
/// Terms of a document that propose candidates, the heaviest first.
pub const CANDIDATE_TERMS: usize = 24;
/// Candidates scored exactly per document.
pub const CANDIDATES: usize = 30;

/// The most similar documents of each document.
pub fn build(corpus: &Corpus, words: &WordTable) -> Vec<Vec<SimilarDoc>> {
    let n_docs = corpus.docs.len();
    let n_words = words.words.len();
    if n_docs < 2 || n_words == 0 {
        return vec![Vec::new(); n_docs];
    }
    // Term counts per document, from its passages' lists.
    let mut starts = Vec::with_capacity(corpus.passages.len() + 1);
    let mut at = 0usize;
    starts.push(0);
    for &b in &words.passage_bytes {
        at += b as usize;
        starts.push(at.min(words.entries.len()));
    }
    let mut doc_terms: Vec<Vec<(u32, u32)>> = Vec::with_capacity(n_docs);
    let mut df = vec![0u32; n_words];
    let mut acc: Vec<(u32, u32)> = Vec::new();
    for doc in &corpus.docs {
        acc.clear();
        for p in doc.passages.clone() {
            let p = p as usize;
            let (Some(&a), Some(&b)) = (starts.get(p), starts.get(p + 1)) else {
                continue;
            };
            acc.extend(
                EntryIter::new(&words.entries[a..b]).filter(|&(e, _)| (e as usize) < n_words),
            );
        }
        acc.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::new();
        for &(e, c) in &acc {
            match merged.last_mut() {
                Some((last, n)) if *last == e => *n += c,
                _ => merged.push((e, c)),
            }
        }
        for &(e, _) in &merged {
            df[e as usize] += 1;
        }
        doc_terms.push(merged);
    }

    // Weighted, truncated, normalised vectors (terms ascending).
    let n = n_docs as f32;
    let vectors: Vec<Vec<(u32, f32)>> = doc_terms
        .iter()
        .map(|terms| {
            let mut v: Vec<(u32, f32)> = terms
                .iter()
                .filter(|&&(e, _)| df[e as usize] >= 2)
                .map(|&(e, tf)| {
                    let idf = (n / df[e as usize] as f32).ln();
                    (e, (1.0 + (tf as f32).ln()) * idf)
                })
                .filter(|&(_, w)| w > 0.0)
                .collect();
            if v.len() > VECTOR_TERMS {
                v.select_nth_unstable_by(VECTOR_TERMS - 1, |a, b| {
                    b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
                });
                v.truncate(VECTOR_TERMS);
            }
            v.sort_unstable_by_key(|&(e, _)| e);
            let norm = v.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                for x in &mut v {
                    x.1 /= norm;
                }
            }
            v
        })
        .collect();

    // Postings of the kept vectors: term → (doc, weight).
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); n_words];
    for (d, v) in vectors.iter().enumerate() {
        for &(e, w) in v {
            postings[e as usize].push((d as u32, w));
        }
    }

    let mut scores = vec![0f32; n_docs];
    let mut touched: Vec<u32> = Vec::new();
    let mut out = Vec::with_capacity(n_docs);
    for (d, v) in vectors.iter().enumerate() {
        touched.clear();
        let mut heaviest: Vec<(u32, f32)> = v
            .iter()
            .copied()
            .filter(|&(e, _)| postings[e as usize].len() <= MAX_POSTINGS)
            .collect();
        if heaviest.len() > CANDIDATE_TERMS {
            heaviest.select_nth_unstable_by(CANDIDATE_TERMS - 1, |a, b| {
                b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
            });
            heaviest.truncate(CANDIDATE_TERMS);
        }
        for &(e, w) in &heaviest {
            let list = &postings[e as usize];
            for &(o, wo) in list {
                if o as usize == d {
                    continue;
                }
                if scores[o as usize] == 0.0 {
                    touched.push(o);
                }
                scores[o as usize] += w * wo;
            }
        }
        let mut cands: Vec<(u32, f32)> = touched.iter().map(|&o| (o, scores[o as usize])).collect();
        for &o in &touched {
            scores[o as usize] = 0.0;
        }
        let best = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        if cands.len() > CANDIDATES {
            cands.select_nth_unstable_by(CANDIDATES - 1, best);
            cands.truncate(CANDIDATES);
        }
        let mut exact: Vec<(u32, f32)> = cands
            .iter()
            .map(|&(o, _)| (o, dot(v, &vectors[o as usize])))
            .filter(|&(_, s)| s > 0.0)
            .collect();
        exact.sort_by(best);
        exact.truncate(SIMILAR_PER_DOC);
        out.push(
            exact
                .into_iter()
                .map(|(doc, score)| SimilarDoc {
                    doc,
                    score: score.min(1.0),
                })
                .collect(),
        );
    }
    out
}

/// The dot product of two sparse vectors with ascending terms.
fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::testing::{compile, doc};
    use crate::config::Config;

    #[test]
    fn sparse_dot_product() {
        assert_eq!(
            dot(&[(1, 0.5), (3, 1.0)], &[(0, 9.0), (3, 2.0), (4, 1.0)]),
            2.0
        );
        assert_eq!(dot(&[], &[(1, 1.0)]), 0.0);
    }

    #[test]
    fn documents_on_the_same_subject_are_most_similar() {
        let c = compile(
            &[
                doc("The railway corridor carries freight. Railway freight tariffs fell."),
                doc("Wheat harvest and grain exports rose. The harvest was large."),
                doc("Freight on the railway corridor grew. New railway tariffs."),
                doc("Grain exports and the wheat harvest. Exports of grain doubled."),
            ],
            &Config::default(),
        );
        let s = &c.views.similar;
        assert_eq!(s.len(), 4);
        assert_eq!(s[0][0].doc, 2, "{s:?}");
        assert_eq!(s[1][0].doc, 3, "{s:?}");
        assert!(s[0][0].score > 0.3 && s[0][0].score <= 1.0, "{s:?}");
        // Nothing shared with the other subject.
        assert!(s[0].iter().all(|x| x.doc != 1 && x.doc != 3), "{s:?}");
    }

    #[test]
    fn one_document_has_no_similar_ones() {
        let c = compile(&[doc("Alone in the corpus.")], &Config::default());
        assert_eq!(c.views.similar, vec![Vec::<SimilarDoc>::new()]);
    }
}

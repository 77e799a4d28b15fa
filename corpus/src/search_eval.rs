//! Scores the ranking against graded judgments: nDCG@10, MRR and recall@10, per query and
//! overall. A document's rank is that of its best passage.
//!
//! The judgments file is a JSON list of `{ "id", "query", "relevant": { "file name": grade } }`
//! (grade 2 = highly relevant, 1 = partly; documents not listed count as 0), as in the dev
//! corpus's `queries.json`. A judgment may give the query's language (`"lang": "az"`); the
//! means are then also available per language ([`Report::by_lang`], `und` for queries without).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::query::{Engine, SearchRequest};

/// The cut-off of nDCG and recall.
pub const K: usize = 10;

/// One graded query.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Judgment {
    pub id: String,
    pub query: String,
    /// Document id (file name relative to the corpus folder) → grade.
    pub relevant: BTreeMap<String, u32>,
    /// The language the query is written in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// The language of queries whose judgment gives none.
pub const UNDETERMINED: &str = "und";

/// How one query ranked.
#[derive(Debug, Clone, Serialize)]
pub struct QueryScore {
    pub id: String,
    pub query: String,
    pub ndcg: f64,
    /// Reciprocal rank of the first relevant document (0 if none is found).
    pub rr: f64,
    pub recall: f64,
    /// The first [`K`] documents with their grades.
    pub ranking: Vec<(String, u32)>,
    /// Relevant documents not in the first [`K`].
    pub missed: Vec<String>,
    /// The query's language, from its judgment.
    #[serde(skip)]
    pub lang: Option<String>,
}

/// Mean scores of a set of queries.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Means {
    pub queries: usize,
    pub ndcg: f64,
    pub mrr: f64,
    pub recall: f64,
}

impl Means {
    /// The means of `queries`; all zero when there are none.
    pub fn of<'a>(queries: impl IntoIterator<Item = &'a QueryScore>) -> Means {
        let mut m = Means::default();
        for q in queries {
            m.queries += 1;
            m.ndcg += q.ndcg;
            m.mrr += q.rr;
            m.recall += q.recall;
        }
        if m.queries > 0 {
            let n = m.queries as f64;
            m.ndcg /= n;
            m.mrr /= n;
            m.recall /= n;
        }
        m
    }
}

/// Scores of every query and their means.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub queries: Vec<QueryScore>,
    pub ndcg: f64,
    pub mrr: f64,
    pub recall: f64,
}

impl Report {
    /// The means per query language; queries without one count as [`UNDETERMINED`].
    pub fn by_lang(&self) -> BTreeMap<String, Means> {
        let mut groups: BTreeMap<&str, Vec<&QueryScore>> = BTreeMap::new();
        for q in &self.queries {
            groups
                .entry(q.lang.as_deref().unwrap_or(UNDETERMINED))
                .or_default()
                .push(q);
        }
        groups
            .into_iter()
            .map(|(lang, qs)| (lang.to_string(), Means::of(qs)))
            .collect()
    }
}

/// Documents in the order of their best passage for `query`.
pub fn ranked_docs(engine: &Engine, query: &str) -> Vec<String> {
    let corpus = engine.corpus();
    let response = engine.search(&SearchRequest::new(query).limit(corpus.passages.len()));
    let mut docs: Vec<String> = Vec::new();
    for hit in &response.hits {
        let doc = &corpus.docs[corpus.passages[hit.passage as usize].doc as usize].id;
        if !docs.contains(doc) {
            docs.push(doc.clone());
        }
    }
    docs
}

fn gain(grade: u32) -> f64 {
    (2f64).powi(grade as i32) - 1.0
}

fn discount(rank: usize) -> f64 {
    1.0 / ((rank + 2) as f64).log2()
}

/// Scores one ranking against one judgment.
pub fn score(judgment: &Judgment, docs: &[String]) -> QueryScore {
    let grade = |d: &str| judgment.relevant.get(d).copied().unwrap_or(0);
    let dcg: f64 = docs
        .iter()
        .take(K)
        .enumerate()
        .map(|(i, d)| gain(grade(d)) * discount(i))
        .sum();
    let mut ideal: Vec<u32> = judgment.relevant.values().copied().collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let idcg: f64 = ideal
        .iter()
        .take(K)
        .enumerate()
        .map(|(i, &g)| gain(g) * discount(i))
        .sum();
    let rr = docs
        .iter()
        .position(|d| grade(d) > 0)
        .map_or(0.0, |i| 1.0 / (i + 1) as f64);
    let relevant: Vec<&String> = judgment
        .relevant
        .iter()
        .filter(|(_, &g)| g > 0)
        .map(|(d, _)| d)
        .collect();
    let found = relevant
        .iter()
        .filter(|d| docs.iter().take(K).any(|x| x == **d))
        .count();
    QueryScore {
        id: judgment.id.clone(),
        query: judgment.query.clone(),
        ndcg: if idcg > 0.0 { dcg / idcg } else { 0.0 },
        rr,
        recall: if relevant.is_empty() {
            0.0
        } else {
            found as f64 / relevant.len() as f64
        },
        ranking: docs.iter().take(K).map(|d| (d.clone(), grade(d))).collect(),
        missed: relevant
            .into_iter()
            .filter(|d| !docs.iter().take(K).any(|x| x == *d))
            .cloned()
            .collect(),
        lang: judgment.lang.clone(),
    }
}

/// Runs every judged query and scores it.
pub fn evaluate(engine: &Engine, judgments: &[Judgment]) -> Report {
    let queries: Vec<QueryScore> = judgments
        .iter()
        .map(|j| score(j, &ranked_docs(engine, &j.query)))
        .collect();
    let all = Means::of(&queries);
    Report {
        ndcg: all.ndcg,
        mrr: all.mrr,
        recall: all.recall,
        queries,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judgment(relevant: &[(&str, u32)]) -> Judgment {
        Judgment {
            id: "q".into(),
            query: "q".into(),
            relevant: relevant.iter().map(|&(d, g)| (d.to_string(), g)).collect(),
            lang: None,
        }
    }

    fn docs(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn perfect_ranking_scores_one() {
        let s = score(&judgment(&[("a", 2), ("b", 1)]), &docs(&["a", "b", "c"]));
        assert!((s.ndcg - 1.0).abs() < 1e-9);
        assert_eq!(s.rr, 1.0);
        assert_eq!(s.recall, 1.0);
    }

    #[test]
    fn swapped_grades_lose_some_ndcg() {
        let s = score(&judgment(&[("a", 2), ("b", 1)]), &docs(&["b", "a"]));
        // dcg = 1 + 3/log2(3); idcg = 3 + 1/log2(3)
        let expected = (1.0 + 3.0 / 3f64.log2()) / (3.0 + 1.0 / 3f64.log2());
        assert!((s.ndcg - expected).abs() < 1e-9);
    }

    #[test]
    fn late_first_hit_and_missing_documents() {
        let s = score(&judgment(&[("z", 2), ("y", 2)]), &docs(&["a", "b", "z"]));
        assert!((s.rr - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(s.recall, 0.5);
        assert_eq!(s.missed, ["y"]);
    }

    #[test]
    fn means_group_by_query_language_with_und_for_none() {
        let scored = |lang: Option<&str>, ranking: &[&str]| {
            let mut j = judgment(&[("a", 2)]);
            j.lang = lang.map(str::to_string);
            score(&j, &docs(ranking))
        };
        let queries = vec![
            scored(Some("az"), &["a"]),
            scored(Some("az"), &["b", "a"]),
            scored(Some("zh-Hant"), &["b"]),
            scored(None, &["a"]),
        ];
        let all = Means::of(&queries);
        let report = Report {
            ndcg: all.ndcg,
            mrr: all.mrr,
            recall: all.recall,
            queries,
        };
        let by_lang = report.by_lang();
        let langs: Vec<&str> = by_lang.keys().map(String::as_str).collect();
        assert_eq!(langs, ["az", UNDETERMINED, "zh-Hant"]);
        let az = &by_lang["az"];
        assert_eq!(az.queries, 2);
        assert!((az.mrr - 0.75).abs() < 1e-9);
        assert!((az.recall - 1.0).abs() < 1e-9);
        assert!((az.ndcg - (1.0 + 1.0 / 3f64.log2()) / 2.0).abs() < 1e-9);
        assert_eq!(
            by_lang["zh-Hant"],
            Means {
                queries: 1,
                ..Means::default()
            }
        );
        assert_eq!(by_lang[UNDETERMINED].recall, 1.0);
        assert_eq!(all.queries, 4);
        assert!((all.mrr - (1.0 + 0.5 + 0.0 + 1.0) / 4.0).abs() < 1e-9);
    }

    #[test]
    fn judgments_read_with_and_without_a_language() {
        let j: Vec<Judgment> = serde_json::from_str(
            r#"[{"id": "q1", "query": "x", "relevant": {"a.md": 2}, "lang": "ru"},
                {"id": "q2", "query": "y", "relevant": {"b.md": 1}, "type": "name"}]"#,
        )
        .unwrap();
        assert_eq!(j[0].lang.as_deref(), Some("ru"));
        assert_eq!(j[1].lang, None);
    }

    #[test]
    fn no_queries_have_zero_means() {
        assert_eq!(Means::of(&[]), Means::default());
    }

    #[test]
    fn nothing_found_scores_zero() {
        let s = score(&judgment(&[("a", 1)]), &[]);
        assert_eq!((s.ndcg, s.rr, s.recall), (0.0, 0.0, 0.0));
    }
}

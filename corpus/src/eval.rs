//! Scoring extraction against gold annotations (the format of `gold.json` in the development
//! corpus: one object per file name with `persons`, `organizations`, `places`, `dates`, `money`,
//! `themes` and `optional`).
//!
//! Matching is per document, on sets of strings:
//!
//! - **Entities.** A predicted entity of the right kind matches a gold name when the name equals
//!   one of the entity's names in that document: the surface form of one of its mentions there,
//!   its canonical name or one of its aliases. Names are compared case-insensitively, with runs
//!   of white space as one space and typographic apostrophes as `'`. Each predicted entity is
//!   counted once: it is correct if it matches a gold name, ignored if it matches only an
//!   `optional` name, a false hit otherwise. Recall counts the gold names matched.
//! - **Dates** compare ISO strings; **themes** labels.
//! - **Money** compares the text as written (same normalisation), and also counts as a match
//!   when the gold string, read by the same money reader, gives the same value and currency.
//! - A kind a document's gold does not list (organisations, dates, money and themes of the
//!   Russian and Turkish documents) is not scored for that document.
//!
//! Precision, recall and F1 are micro-averaged: counts are summed over documents, over all of
//! them and, in [`Report::by_lang`], over the documents of each language (the gold's `lang`,
//! else the language the build gave the document).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{Corpus, EntityKind, FigureKind};

pub const KINDS: [&str; 6] = [
    "persons",
    "organizations",
    "places",
    "dates",
    "money",
    "themes",
];

/// The gold annotations of one document.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct GoldDoc {
    /// The document's language as the annotator gives it (`en`, `zh-Hant`, ...).
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub persons: Option<Vec<String>>,
    #[serde(default)]
    pub organizations: Option<Vec<String>>,
    #[serde(default)]
    pub places: Option<Vec<String>>,
    #[serde(default)]
    pub dates: Option<Vec<String>>,
    #[serde(default)]
    pub money: Option<Vec<String>>,
    #[serde(default)]
    pub themes: Option<Vec<String>>,
    #[serde(default)]
    pub optional: BTreeMap<String, serde_json::Value>,
}

impl GoldDoc {
    fn kind(&self, kind: &str) -> Option<&Vec<String>> {
        match kind {
            "persons" => self.persons.as_ref(),
            "organizations" => self.organizations.as_ref(),
            "places" => self.places.as_ref(),
            "dates" => self.dates.as_ref(),
            "money" => self.money.as_ref(),
            "themes" => self.themes.as_ref(),
            _ => None,
        }
    }

    /// Optional strings of a kind; `other_locations` count for places.
    fn optional(&self, kind: &str) -> Vec<String> {
        let mut keys = vec![kind];
        if kind == "places" {
            keys.push("other_locations");
        }
        keys.iter()
            .filter_map(|k| self.optional.get(*k))
            .filter_map(|v| v.as_array())
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect()
    }
}

pub type Gold = BTreeMap<String, GoldDoc>;

pub fn parse_gold(text: &str) -> Result<Gold, String> {
    serde_json::from_str(text).map_err(|e| format!("invalid gold file: {e}"))
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Score {
    /// Gold items found.
    pub found: usize,
    pub gold: usize,
    /// Predicted items that are right.
    pub correct: usize,
    pub predicted: usize,
}

impl Score {
    fn add(&mut self, other: &Score) {
        self.found += other.found;
        self.gold += other.gold;
        self.correct += other.correct;
        self.predicted += other.predicted;
    }

    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            1.0
        } else {
            self.correct as f64 / self.predicted as f64
        }
    }

    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.found as f64 / self.gold as f64
        }
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// A miss or a false hit.
#[derive(Debug, Clone, Serialize)]
pub struct Error {
    pub doc: String,
    pub kind: String,
    pub text: String,
}

/// The scores of the documents of one language.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LangScores {
    pub documents: usize,
    /// The kinds the gold of these documents lists, by name.
    pub scores: BTreeMap<String, Score>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub scores: BTreeMap<String, Score>,
    /// The same per language.
    pub by_lang: BTreeMap<String, LangScores>,
    pub misses: Vec<Error>,
    pub false_hits: Vec<Error>,
    /// Gold documents not in the corpus.
    pub missing_docs: Vec<String>,
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(['’', 'ʼ', '`'], "'")
        .to_lowercase()
}

/// A predicted item: the names it goes by, and how it is shown in a report.
struct Predicted {
    shown: String,
    names: Vec<String>,
    money: Option<(f64, String)>,
}

/// Scores a compiled corpus against gold annotations.
pub fn evaluate(corpus: &Corpus, gold: &Gold) -> Report {
    let mut report = Report::default();
    for kind in KINDS {
        report.scores.insert(kind.to_string(), Score::default());
    }
    for (file, g) in gold {
        let Some(doc) = corpus
            .docs
            .iter()
            .position(|d| d.id == *file || d.id.rsplit('/').next() == Some(file.as_str()))
        else {
            report.missing_docs.push(file.clone());
            continue;
        };
        let lang = g
            .lang
            .clone()
            .unwrap_or_else(|| corpus.docs[doc].lang.clone());
        let by_lang = report.by_lang.entry(lang).or_default();
        by_lang.documents += 1;
        for kind in KINDS {
            let Some(gold_items) = g.kind(kind) else {
                continue;
            };
            let optional: Vec<String> = g.optional(kind).iter().map(|s| norm(s)).collect();
            let predicted = predictions(corpus, doc as u32, kind);
            let mut score = Score::default();
            let gold_norm: Vec<String> = gold_items.iter().map(|s| norm(s)).collect();
            let gold_money: Vec<Option<(f64, String)>> = if kind == "money" {
                gold_items.iter().map(|s| read_money(s)).collect()
            } else {
                vec![None; gold_items.len()]
            };
            let matches = |p: &Predicted, i: usize| {
                p.names.iter().any(|n| *n == gold_norm[i])
                    || matches!((&p.money, &gold_money[i]), (Some(a), Some(b)) if same_money(a, b))
            };
            score.gold += gold_items.len();
            for (i, item) in gold_items.iter().enumerate() {
                if predicted.iter().any(|p| matches(p, i)) {
                    score.found += 1;
                } else {
                    report.misses.push(Error {
                        doc: file.clone(),
                        kind: kind.to_string(),
                        text: item.clone(),
                    });
                }
            }
            for p in &predicted {
                if (0..gold_items.len()).any(|i| matches(p, i)) {
                    score.correct += 1;
                    score.predicted += 1;
                } else if p.names.iter().any(|n| optional.contains(n)) {
                    // Neither credited nor penalised.
                } else {
                    score.predicted += 1;
                    report.false_hits.push(Error {
                        doc: file.clone(),
                        kind: kind.to_string(),
                        text: p.shown.clone(),
                    });
                }
            }
            report.scores.get_mut(kind).expect("every kind").add(&score);
            by_lang
                .scores
                .entry(kind.to_string())
                .or_default()
                .add(&score);
        }
    }
    report
}

fn same_money(a: &(f64, String), b: &(f64, String)) -> bool {
    a.1 == b.1 && (a.0 - b.0).abs() <= 1e-9 * a.0.abs().max(1.0)
}

/// Value and currency of a money string, read as the extractor reads text.
fn read_money(s: &str) -> Option<(f64, String)> {
    let mut corpus = Corpus::default();
    corpus.docs.push(crate::model::Doc {
        text: s.to_string(),
        lang: "en".into(),
        passages: 0..1,
        ..Default::default()
    });
    corpus.passages.push(crate::model::Passage {
        doc: 0,
        section: 0,
        span: crate::model::Span::new(0, s.len()),
        sentences: vec![crate::model::Span::new(0, s.len())],
        themes: Vec::new(),
    });
    let d = crate::analyze::DocText {
        text: s,
        lang: "en",
        date: None,
        passages: 0..1,
        sentences: vec![crate::analyze::SentenceToks {
            passage: 0,
            span: crate::model::Span::new(0, s.len()),
            toks: crate::analyze::lex::tokens(s, 0..s.len()),
        }],
    };
    let mut figures = Vec::new();
    crate::analyze::figures::extract(&d, &[], &mut figures);
    figures
        .into_iter()
        .find(|f| f.kind == FigureKind::Money)
        .map(|f| (f.value, f.unit.to_string()))
}

fn predictions(corpus: &Corpus, doc: u32, kind: &str) -> Vec<Predicted> {
    let d = &corpus.docs[doc as usize];
    let entity_kind = match kind {
        "persons" => Some(EntityKind::Person),
        "organizations" => Some(EntityKind::Organization),
        "places" => Some(EntityKind::Place),
        _ => None,
    };
    let in_doc = |passage: u32| d.passages.contains(&passage);
    if let Some(ek) = entity_kind {
        let mut by_entity: BTreeMap<u32, Vec<String>> = BTreeMap::new();
        for m in corpus.mentions.iter().filter(|m| in_doc(m.passage)) {
            let e = &corpus.entities[m.entity as usize];
            if e.kind != ek {
                continue;
            }
            let surface = norm(&d.text[m.span.range()]);
            let names = by_entity.entry(m.entity).or_default();
            if !names.contains(&surface) {
                names.push(surface);
            }
        }
        return by_entity
            .into_iter()
            .map(|(e, mut names)| {
                let ent = &corpus.entities[e as usize];
                let shown = names.first().cloned().unwrap_or_default();
                names.push(norm(&ent.name));
                names.extend(ent.aliases.iter().map(|a| norm(a)));
                Predicted {
                    shown: format!("{shown} [{}]", ent.name),
                    names,
                    money: None,
                }
            })
            .collect();
    }
    match kind {
        "dates" => {
            let mut isos: Vec<String> = corpus
                .dates
                .iter()
                .filter(|f| in_doc(f.passage))
                .map(|f| f.iso.to_string())
                .collect();
            isos.sort();
            isos.dedup();
            isos.into_iter()
                .map(|iso| Predicted {
                    shown: iso.clone(),
                    names: vec![iso],
                    money: None,
                })
                .collect()
        }
        "money" => {
            let mut out: Vec<Predicted> = Vec::new();
            for f in corpus
                .figures
                .iter()
                .filter(|f| in_doc(f.passage) && f.kind == FigureKind::Money)
            {
                let text = norm(&d.text[f.span.range()]);
                if out.iter().any(|p| p.names[0] == text) {
                    continue;
                }
                out.push(Predicted {
                    shown: d.text[f.span.range()].to_string(),
                    names: vec![text],
                    money: Some((f.value, f.unit.to_string())),
                });
            }
            out
        }
        "themes" => d
            .themes
            .iter()
            .map(|&t| {
                let label = corpus.themes[t as usize].clone();
                Predicted {
                    shown: label.clone(),
                    names: vec![norm(&label)],
                    money: None,
                }
            })
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_from_counts() {
        let s = Score {
            found: 3,
            gold: 4,
            correct: 3,
            predicted: 6,
        };
        assert!((s.precision() - 0.5).abs() < 1e-9);
        assert!((s.recall() - 0.75).abs() < 1e-9);
        assert!((s.f1() - 0.6).abs() < 1e-9);
    }

    #[test]
    fn money_strings_are_read_like_text() {
        assert_eq!(
            read_money("USD 3.744 billion"),
            Some((3.744e9, "USD".into()))
        );
        assert_eq!(read_money("$5 million"), Some((5e6, "USD".into())));
    }

    #[test]
    fn languages_come_from_the_gold_else_from_the_document() {
        use crate::analyze::testing::{compile, TestDoc};
        let text = "The line opened in 2019.";
        let docs = ["en", "ru", "zh"].map(|lang| TestDoc {
            text,
            lang,
            date: None,
        });
        let corpus = compile(&docs, &crate::config::Config::default());
        let gold = parse_gold(
            r#"{
                "doc0.txt": {"dates": ["2019"]},
                "doc1.txt": {"dates": ["2019", "2020"]},
                "doc2.txt": {"lang": "zh-Hant", "dates": ["2021"]}
            }"#,
        )
        .unwrap();
        let report = evaluate(&corpus, &gold);
        let langs: Vec<&str> = report.by_lang.keys().map(String::as_str).collect();
        assert_eq!(langs, ["en", "ru", "zh-Hant"]);
        let dates = |lang: &str| {
            let s = &report.by_lang[lang].scores["dates"];
            (s.found, s.gold, s.correct, s.predicted)
        };
        assert_eq!(dates("en"), (1, 1, 1, 1));
        assert_eq!(dates("ru"), (1, 2, 1, 1));
        assert_eq!(dates("zh-Hant"), (0, 1, 0, 1));
        assert_eq!(report.by_lang["ru"].documents, 1);
    }

    #[test]
    fn languages_sum_to_the_overall_score_and_list_only_annotated_kinds() {
        use crate::analyze::testing::{compile, TestDoc};
        let docs = [
            ("en", "Talks opened in 2018."),
            ("tr", "Talks opened in 2022."),
        ]
        .map(|(lang, text)| TestDoc {
            text,
            lang,
            date: None,
        });
        let corpus = compile(&docs, &crate::config::Config::default());
        let gold = parse_gold(
            r#"{
                "doc0.txt": {"dates": ["2018"], "money": []},
                "doc1.txt": {"lang": "tr", "dates": ["2023"]}
            }"#,
        )
        .unwrap();
        let report = evaluate(&corpus, &gold);
        let overall = &report.scores["dates"];
        let mut sum = Score::default();
        for l in report.by_lang.values() {
            sum.add(&l.scores["dates"]);
        }
        assert_eq!(
            (sum.found, sum.gold, sum.correct, sum.predicted),
            (
                overall.found,
                overall.gold,
                overall.correct,
                overall.predicted
            )
        );
        assert_eq!((overall.found, overall.gold), (1, 2));
        assert!(report.by_lang["en"].scores.contains_key("money"));
        assert!(!report.by_lang["tr"].scores.contains_key("money"));
        assert!(!report.by_lang["en"].scores.contains_key("persons"));
    }

    #[test]
    fn names_compare_without_case_and_apostrophe_style() {
        assert_eq!(norm("Xi  Jinping’s"), norm("xi jinping's"));
    }
}

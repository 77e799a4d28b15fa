//! Analysis at build time: what the documents say, beyond their words. Runs after ingest has laid
//! out every document's text, before indexing.
//!
//! ```text
//! passages ─► sentences (UAX #29, refined) ─► tokens ─┬─► entities (gazetteers + rules) ─► relations
//!                                                     ├─► dates ─► figures (with their year)
//!                                                     ├─► themes (explorer.toml)
//!                                                     └─► keywords (TF-IDF)
//! ```
//!
//! Every pass is linear in the size of the corpus: documents are read one at a time, twice (once
//! for corpus-wide counts, once to extract), and nothing compares documents pairwise.

use std::time::{Duration, Instant};

use crate::config::Config;
use crate::model::{Corpus, Span};

pub mod acronyms;
pub mod dates;
pub mod entities;
pub mod figures;
pub mod gazetteer;
pub mod keywords;
pub mod lex;
pub mod sentences;
pub mod themes;
pub mod translit;
pub mod views;

/// A document's text cut into sentences of tokens: what every extractor reads.
pub struct DocText<'a> {
    pub text: &'a str,
    pub lang: &'a str,
    /// The document's ISO date, from its metadata.
    pub date: Option<&'a str>,
    pub passages: std::ops::Range<u32>,
    pub sentences: Vec<SentenceToks>,
}

pub struct SentenceToks {
    pub passage: u32,
    pub span: Span,
    pub toks: Vec<lex::Tok>,
}

impl DocText<'_> {
    /// Ids of the document's first `n` passages.
    pub fn first_passages(&self, n: u32) -> std::ops::Range<u32> {
        self.passages.start..self.passages.end.min(self.passages.start + n)
    }
}

fn doc_text(corpus: &Corpus, doc: usize) -> DocText<'_> {
    let d = &corpus.docs[doc];
    let mut sentences = Vec::new();
    for p in d.passages.clone() {
        for s in &corpus.passages[p as usize].sentences {
            sentences.push(SentenceToks {
                passage: p,
                span: *s,
                toks: lex::tokens(&d.text, s.range()),
            });
        }
    }
    DocText {
        text: &d.text,
        lang: &d.lang,
        date: d.date.as_deref(),
        passages: d.passages.clone(),
        sentences,
    }
}

/// Time spent in each stage of analysis.
#[derive(Debug, Default, Clone)]
pub struct Timings {
    pub stages: Vec<(&'static str, Duration)>,
}

impl Timings {
    fn add(&mut self, stage: &'static str, since: Instant) {
        let d = since.elapsed();
        match self.stages.iter_mut().find(|(s, _)| *s == stage) {
            Some((_, t)) => *t += d,
            None => self.stages.push((stage, d)),
        }
    }
}

/// Fills in sentences and everything extracted from the text.
pub fn analyze(corpus: &mut Corpus, config: &Config) {
    analyze_timed(corpus, config);
}

/// [`analyze`], returning the time each stage took.
pub fn analyze_timed(corpus: &mut Corpus, config: &Config) -> Timings {
    let mut timings = Timings::default();
    let t = Instant::now();
    split_sentences(corpus);
    timings.add("sentences", t);

    let t = Instant::now();
    let gaz = gazetteer::Gazetteer::get();
    timings.add("gazetteers", t);

    let mut extractor = entities::Extractor::new(gaz, config);
    let mut keywords = keywords::Keywords::new();
    // First pass: corpus-wide counts (words written in lower case, document frequencies).
    for doc in 0..corpus.docs.len() {
        let t = Instant::now();
        let d = doc_text(corpus, doc);
        timings.add("tokens", t);
        let t = Instant::now();
        extractor.observe(&d);
        timings.add("entities", t);
        let t = Instant::now();
        keywords.observe(&d);
        timings.add("keywords", t);
    }

    let mut themes = themes::Themes::new(config);
    corpus.themes = themes.labels.clone();
    let mut dates = Vec::new();
    let mut figures = Vec::new();
    let mut doc_keywords = Vec::with_capacity(corpus.docs.len());
    let mut doc_themes = Vec::with_capacity(corpus.docs.len());
    let mut passage_themes = vec![Vec::new(); corpus.passages.len()];
    for doc in 0..corpus.docs.len() {
        let t = Instant::now();
        let d = doc_text(corpus, doc);
        timings.add("tokens", t);

        let t = Instant::now();
        extractor.add_doc(doc as u32, &d);
        timings.add("entities", t);

        let t = Instant::now();
        let first_date = dates.len();
        dates::extract(&d, &mut dates);
        timings.add("dates", t);
        let t = Instant::now();
        figures::extract(&d, &dates[first_date..], &mut figures);
        timings.add("figures", t);

        let t = Instant::now();
        let lang = d.lang.to_string();
        let orgs = extractor.organization_spans(d.text, doc as u32);
        let mut scores = Vec::with_capacity(d.passages.len());
        for p in d.passages.clone() {
            let start = corpus.passages[p as usize].span.start as usize;
            let names: Vec<std::ops::Range<usize>> = orgs
                .iter()
                .filter(|(passage, _)| *passage == p)
                .map(|(_, r)| r.start - start..r.end - start)
                .collect();
            let s = themes.score(&lang, corpus.passage_text(p), &names);
            passage_themes[p as usize] = themes::Themes::passage_themes(&s);
            scores.push(s);
        }
        doc_themes.push(themes::Themes::doc_themes(&scores, &themes.weights));
        timings.add("themes", t);

        let t = Instant::now();
        doc_keywords.push(keywords.pick(&d));
        timings.add("keywords", t);
    }
    let t = Instant::now();
    let (entities, mentions, alias_evidence) = extractor.finish();
    corpus.entities = entities;
    corpus.alias_evidence = alias_evidence;
    corpus.mentions = mentions;
    timings.add("entities", t);

    for (doc, (kw, th)) in doc_keywords.into_iter().zip(doc_themes).enumerate() {
        corpus.docs[doc].keywords = kw;
        corpus.docs[doc].themes = th;
    }
    for (p, th) in passage_themes.into_iter().enumerate() {
        corpus.passages[p].themes = th;
    }
    corpus.dates = dates;
    corpus.figures = figures;

    let t = Instant::now();
    corpus.relations = crate::model::relations(&corpus.mentions);
    timings.add("relations", t);
    timings
}

/// Sentence spans of every passage, in document coordinates.
fn split_sentences(corpus: &mut Corpus) {
    for p in &mut corpus.passages {
        let doc = &corpus.docs[p.doc as usize];
        let base = p.span.start as usize;
        p.sentences = sentences::split(&doc.text[p.span.range()])
            .into_iter()
            .map(|r| Span::new(base + r.start, base + r.end))
            .collect();
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{compile, doc};
    use crate::config::Config;
    use proptest::prelude::*;

    #[test]
    fn relations_pair_entities_of_a_passage() {
        let c = compile(
            &[doc(
                "Azerbaijan and China met in Baku.\n\nAzerbaijan and China agreed.\n\nChina alone.",
            )],
            &Config::default(),
        );
        let name = |e: u32| c.entities[e as usize].name.as_str();
        let top = &c.relations[0];
        let mut pair = [name(top.a), name(top.b)];
        pair.sort();
        assert_eq!(pair, ["Azerbaijan", "China"]);
        assert_eq!(top.passages, 2);
        assert!(c.relations.iter().all(|r| r.a < r.b && r.passages > 0));
    }

    #[test]
    fn sentences_are_refined() {
        let c = compile(
            &[doc(
                "Eurasia Daily Monitor (vol. 13, no. 61) said so. Then it ended.",
            )],
            &Config::default(),
        );
        assert_eq!(c.passages[0].sentences.len(), 2);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn analysis_never_panics(text in "\\PC{0,300}", lang in "(en|ru|tr|xx)") {
            let c = compile(
                &[super::testing::TestDoc { text: &text, lang: &lang, date: Some("2024-02-29") }],
                &Config::default(),
            );
            for m in &c.mentions {
                let d = &c.docs[c.passages[m.passage as usize].doc as usize];
                prop_assert!(d.text.get(m.span.range()).is_some());
            }
            for f in &c.figures {
                let d = &c.docs[c.passages[f.passage as usize].doc as usize];
                prop_assert!(d.text.get(f.span.range()).is_some());
            }
        }

        #[test]
        fn names_in_arbitrary_sentences_never_panic(
            words in proptest::collection::vec("(President|Mr|of|and|the|Baku|SCO|\\(|\\)|,|Ministry|Ali|Aliyev|2024|\\$5|million|July|3-4|'s|Индии|Ufa'da|[A-Z][a-z]{1,8})", 0..40)
        ) {
            let text = words.join(" ");
            let c = compile(&[doc(&text)], &Config::default());
            prop_assert!(c.mentions.iter().all(|m| m.confidence > 0.0 && m.confidence <= 1.0));
        }
    }
}

#[cfg(test)]
pub(crate) mod testing {
    use crate::compile::{build, Input};
    use crate::config::Config;
    use crate::ingest::Parsed;
    use crate::model::{Corpus, EntityKind, Format};

    /// A document for tests: its paragraphs (a line starting with `# ` is a heading), language
    /// and date.
    pub struct TestDoc<'a> {
        pub text: &'a str,
        pub lang: &'a str,
        pub date: Option<&'a str>,
    }

    pub fn doc(text: &str) -> TestDoc<'_> {
        TestDoc {
            text,
            lang: "en",
            date: None,
        }
    }

    pub fn compile(docs: &[TestDoc], config: &Config) -> Corpus {
        let inputs = docs
            .iter()
            .enumerate()
            .map(|(i, d)| Input {
                id: format!("doc{i}.txt"),
                format: Format::Text,
                parsed: Parsed {
                    lang: Some(d.lang.to_string()),
                    date: d.date.map(str::to_string),
                    blocks: crate::ingest::test_blocks(d.text.split("\n\n"), 1),
                    ..Parsed::default()
                },
            })
            .collect();
        build("test", inputs, config)
    }

    /// Every (kind, surface) the corpus found, sorted.
    pub fn surfaces(c: &Corpus) -> Vec<(EntityKind, String)> {
        let mut out: Vec<(EntityKind, String)> = c
            .mentions
            .iter()
            .map(|m| {
                let p = &c.passages[m.passage as usize];
                let text = &c.docs[p.doc as usize].text[m.span.range()];
                (c.entities[m.entity as usize].kind, text.to_string())
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The documents that mention an entity, ascending (as its `doc_count` counts them).
    pub fn docs_of(c: &Corpus, entity: &crate::model::Entity) -> Vec<u32> {
        let mut docs: Vec<u32> = c
            .mentions
            .iter()
            .filter(|m| std::ptr::eq(&c.entities[m.entity as usize], entity))
            .map(|m| c.passages[m.passage as usize].doc)
            .collect();
        docs.dedup();
        assert_eq!(docs.len(), entity.doc_count as usize, "{}", entity.name);
        docs
    }

    /// The entity a surface form belongs to.
    pub fn entity_of<'c>(c: &'c Corpus, surface: &str) -> Option<&'c crate::model::Entity> {
        c.mentions.iter().find_map(|m| {
            let p = &c.passages[m.passage as usize];
            (&c.docs[p.doc as usize].text[m.span.range()] == surface)
                .then(|| &c.entities[m.entity as usize])
        })
    }
}

//! Themes from the corpus configuration: each theme's terms are stemmed in the document's
//! language and matched as phrases of stems, outside the names of organisations. A passage carries a theme when two of its terms
//! occur in it (one, if it is a phrase of several words); a document when the theme has real
//! support: enough matches overall, and either half the weight of the document's strongest theme
//! or a quarter of it spread over several passages.

use std::collections::HashMap;

use crate::config::Config;
use crate::text::{self, Stemmers};

/// A passage needs this much evidence (a phrase counts two).
const PASSAGE_MIN: u32 = 2;
/// A document theme needs this many matches in all...
const DOC_MIN: u32 = 3;
/// ... and at least this share of the strongest theme's matches,
const DOC_SHARE_OF_TOP: f32 = 0.5;
/// or, when it carries this many of the document's passages, this smaller share.
const DOC_PASSAGES: usize = 2;
const DOC_SHARE_OF_TOP_SPREAD: f32 = 0.25;

/// First stem of a phrase → (theme, the phrase's stems).
type PhraseMap = HashMap<String, Vec<(u16, Vec<String>)>>;

pub struct Themes {
    /// Theme terms as stem phrases, per language: first stem → (theme, phrase).
    by_lang: HashMap<String, PhraseMap>,
    terms: Vec<(u16, String)>,
    stemmers: Stemmers,
    /// Per language: word as written → stem, so each distinct word is stemmed once.
    cache: HashMap<String, HashMap<String, String>>,
    pub labels: Vec<String>,
    /// Each theme's weight in the document rule ([`Themes::doc_themes`]).
    pub weights: Vec<f32>,
}

/// Theme evidence in one passage: weighted matches per theme.
pub type Scores = Vec<u32>;

impl Themes {
    pub fn new(config: &Config) -> Themes {
        let mut terms = Vec::new();
        for (i, theme) in config.themes.iter().enumerate() {
            for term in &theme.terms {
                if !term.trim().is_empty() {
                    terms.push((i as u16, term.clone()));
                }
            }
        }
        Themes {
            by_lang: HashMap::new(),
            terms,
            stemmers: Stemmers::new(),
            cache: HashMap::new(),
            labels: config.themes.iter().map(|t| t.label.clone()).collect(),
            weights: config.themes.iter().map(|t| t.weight).collect(),
        }
    }

    fn stems(stemmers: &mut Stemmers, lang: &str, text: &str) -> Vec<String> {
        let alg = text::stemmer_for(lang);
        text::tokenize(text)
            .into_iter()
            .map(|tok| match alg {
                Some(a) => stemmers.stem(a, &text[tok.range]),
                None => tok.folded,
            })
            .collect()
    }

    /// Weighted matches of each theme in a text of the given language.
    /// `names` are byte ranges of the passage to leave out: the names of organisations, whose
    /// words ("National Energy Administration", "Asian Development Bank") are no topic.
    pub fn score(&mut self, lang: &str, passage: &str, names: &[std::ops::Range<usize>]) -> Scores {
        if !self.by_lang.contains_key(lang) {
            let mut map: PhraseMap = HashMap::new();
            for (theme, term) in &self.terms {
                let stems = Self::stems(&mut self.stemmers, lang, term);
                if let Some(first) = stems.first() {
                    map.entry(first.clone()).or_default().push((*theme, stems));
                }
            }
            for list in map.values_mut() {
                // Longer phrases first, so "energy security" wins over "energy".
                list.sort_by_key(|p| std::cmp::Reverse(p.1.len()));
            }
            self.by_lang.insert(lang.to_string(), map);
        }
        let alg = text::stemmer_for(lang);
        let cache = self.cache.entry(lang.to_string()).or_default();
        let stems: Vec<&str> = {
            let toks = text::tokenize(passage);
            for tok in &toks {
                let word = &passage[tok.range.clone()];
                if !cache.contains_key(word) {
                    let stem = match alg {
                        Some(a) => self.stemmers.stem(a, word),
                        None => tok.folded.clone(),
                    };
                    cache.insert(word.to_string(), stem);
                }
            }
            toks.iter()
                .map(|tok| {
                    if names
                        .iter()
                        .any(|n| n.start <= tok.range.start && tok.range.end <= n.end)
                    {
                        // A gap no term matches across.
                        ""
                    } else {
                        cache[&passage[tok.range.clone()]].as_str()
                    }
                })
                .collect()
        };
        let map = &self.by_lang[lang];
        let mut scores = vec![0u32; self.labels.len()];
        let mut k = 0;
        while k < stems.len() {
            let mut step = 1;
            if let Some(list) = map.get(stems[k]).filter(|_| !stems[k].is_empty()) {
                for (theme, phrase) in list {
                    if stems.len() - k >= phrase.len()
                        && stems[k..k + phrase.len()]
                            .iter()
                            .zip(phrase)
                            .all(|(a, b)| *a == b)
                    {
                        scores[*theme as usize] += if phrase.len() > 1 { 2 } else { 1 };
                        step = phrase.len();
                        break;
                    }
                }
            }
            k += step;
        }
        scores
    }

    /// The themes a passage carries.
    pub fn passage_themes(scores: &Scores) -> Vec<u16> {
        (0..scores.len())
            .filter(|&i| scores[i] >= PASSAGE_MIN)
            .map(|i| i as u16)
            .collect()
    }

    /// The themes a document carries, from the scores of its passages and each theme's weight
    /// (its matches count that many times; missing weights count 1).
    pub fn doc_themes(passages: &[Scores], weights: &[f32]) -> Vec<u16> {
        let labels = weights.len();
        let mut total = vec![0f32; labels];
        for s in passages {
            for (i, v) in s.iter().enumerate().take(labels) {
                total[i] += *v as f32;
            }
        }
        for (t, w) in total.iter_mut().zip(weights) {
            *t *= w;
        }
        let top = total.iter().copied().fold(0.0, f32::max);
        let tagged = |i: usize| passages.iter().filter(|s| s[i] >= PASSAGE_MIN).count();
        (0..labels)
            .filter(|&i| {
                let share = total[i] / top.max(1.0);
                total[i] >= DOC_MIN as f32
                    && (share >= DOC_SHARE_OF_TOP
                        || (tagged(i) >= DOC_PASSAGES && share >= DOC_SHARE_OF_TOP_SPREAD))
            })
            .map(|i| i as u16)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compile, doc};
    use crate::config::{Config, Theme};

    fn config() -> Config {
        let theme = |label: &str, terms: &[&str]| Theme {
            label: label.into(),
            terms: terms.iter().map(|t| t.to_string()).collect(),
            weight: 1.0,
        };
        Config {
            themes: vec![
                theme(
                    "energy",
                    &["energy", "oil", "gas", "renewable energy", "pipeline"],
                ),
                theme("security", &["security", "terrorism", "military"]),
            ],
            ..Config::default()
        }
    }

    fn labels(c: &crate::model::Corpus, themes: &[u16]) -> Vec<String> {
        themes
            .iter()
            .map(|&t| c.themes[t as usize].clone())
            .collect()
    }

    #[test]
    fn stemmed_terms_tag_passages() {
        let c = compile(
            &[doc(
                "New pipelines will carry oil and gas.\n\nThe weather was fine.",
            )],
            &config(),
        );
        assert_eq!(c.themes, ["energy", "security"]);
        assert_eq!(labels(&c, &c.passages[0].themes), ["energy"]);
        assert!(c.passages[1].themes.is_empty());
    }

    #[test]
    fn one_word_is_not_enough_for_a_passage() {
        let c = compile(&[doc("Security was mentioned once.")], &config());
        assert!(c.passages[0].themes.is_empty());
    }

    #[test]
    fn a_phrase_counts_double() {
        let c = compile(&[doc("They talked about renewable energy.")], &config());
        assert_eq!(labels(&c, &c.passages[0].themes), ["energy"]);
    }

    #[test]
    fn document_theme_needs_real_support() {
        let text = "Oil and gas exports grew. The pipeline opened.\n\nNew gas fields and renewable energy.\n\nA word on security.";
        let c = compile(&[doc(text)], &config());
        assert_eq!(labels(&c, &c.docs[0].themes), ["energy"]);
    }

    #[test]
    fn a_theme_s_weight_counts_in_the_document_rule() {
        let text = "Oil and gas and more oil and gas and a pipeline.\n\nSecurity and terrorism.";
        let c = compile(&[doc(text)], &config());
        assert_eq!(labels(&c, &c.docs[0].themes), ["energy"]);
        let mut weighted = config();
        weighted.themes[1].weight = 2.0;
        let c = compile(&[doc(text)], &weighted);
        assert_eq!(labels(&c, &c.docs[0].themes), ["energy", "security"]);
        // A passage's themes do not depend on it.
        assert_eq!(labels(&c, &c.passages[1].themes), ["security"]);
    }

    #[test]
    fn a_second_theme_spread_over_passages_counts() {
        let text = "Oil and gas and more oil and gas and a pipeline.\n\nMilitary security talks.\n\nTerrorism and security.";
        let c = compile(&[doc(text)], &config());
        assert_eq!(labels(&c, &c.docs[0].themes), ["energy", "security"]);
    }
}

#[cfg(test)]
mod name_tests {
    use super::super::testing::{compile, doc};
    use crate::config::{Config, Theme};

    #[test]
    fn words_inside_organisation_names_are_no_topic() {
        let config = Config {
            themes: vec![Theme {
                label: "energy".into(),
                terms: vec!["energy".into(), "oil".into()],
                weight: 1.0,
            }],
            ..Config::default()
        };
        let c = compile(
            &[doc(
                "The National Energy Administration and the Energy Ministry met the press.",
            )],
            &config,
        );
        assert!(c.passages[0].themes.is_empty());
        let c = compile(&[doc("Energy prices and oil output rose.")], &config);
        assert_eq!(c.passages[0].themes, [0]);
    }
}

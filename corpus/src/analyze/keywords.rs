//! Distinctive words of each document, without configuration: TF-IDF over stems (Snowball, in the
//! document's language) and over two-word phrases, stop words and numbers left out. A word is
//! shown as the document most often writes it.

use std::collections::HashMap;

use super::lex::Kind;
use super::DocText;
use crate::text::{self, Stemmers};

/// How many keywords a document gets.
pub const KEYWORDS: usize = 10;

/// Words too common to describe a document (folded), beyond the extractors' stop words.
const EXTRA_STOP: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tell",
    "also",
    "would",
    "could",
    "shall",
    "might",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "new",
    "year",
    "years",
    "time",
    "times",
    "well",
    "make",
    "makes",
    "made",
    "take",
    "takes",
    "took",
    "taken",
    "way",
    "part",
    "like",
    "just",
    "get",
    "gets",
    "got",
    "let",
    "lets",
    "yes",
    "know",
    "think",
    "see",
    "seen",
    "go",
    "goes",
    "going",
    "gone",
    "went",
    "gonna",
    "really",
    "even",
    "though",
    "which",
    "whose",
    "being",
    "been",
    "has",
    "have",
    "had",
    "having",
    "do",
    "does",
    "did",
    "done",
    "more",
    "most",
    "than",
    "there",
    "here",
    "about",
    "within",
    "between",
    "across",
    "every",
    "other",
    "others",
    "another",
    "many",
    "much",
    "first",
    "second",
    "third",
    "next",
    "last",
    "want",
    "wants",
    "wanted",
    "toward",
    "towards",
    "gave",
    "give",
    "gives",
    "given",
    "close",
    "closely",
    "step",
    "steps",
    "hold",
    "holds",
    "held",
    "start",
    "started",
    "starts",
    "formally",
    "put",
    "puts",
    "set",
    "sets",
    "come",
    "comes",
    "came",
    "keep",
    "kept",
    "look",
    "looks",
    "looking",
    "use",
    "used",
    "uses",
    "using",
    "work",
    "works",
    "worked",
    "working",
    "turn",
    "turned",
    "turns",
    "become",
    "became",
    "becomes",
    "bring",
    "brought",
    "call",
    "called",
    "show",
    "shows",
    "showed",
    "shown",
    "mean",
    "means",
    "meant",
    "seem",
    "seems",
    "need",
    "needs",
    "needed",
    "expected",
    "expect",
    "expects",
    "include",
    "includes",
    "included",
    "including",
    "according",
    "due",
    "per",
    "via",
    "among",
    "along",
    "around",
    "already",
    "always",
    "never",
    "often",
    "soon",
    "today",
    "yesterday",
    "tomorrow",
    "week",
    "month",
    "months",
    "day",
    "days",
    "whole",
    "several",
    "various",
    "certain",
    "able",
    "major",
    "main",
    "key",
    "good",
    "great",
    "large",
    "small",
    "big",
    "long",
    "high",
    "low",
    "far",
    "near",
    "early",
    "late",
    "later",
    "earlier",
    "since",
    "ago",
    "still",
    "yet",
    "however",
    "therefore",
    "thus",
    "instead",
    "rather",
    "quite",
    "almost",
    "over",
    "side",
    "sides",
    "point",
    "points",
    "number",
    "numbers",
    "lot",
    "lots",
    "thing",
    "things",
    "something",
    "anything",
    "nothing",
    "everything",
    "someone",
    "anyone",
    "people",
    "ещё",
    "еще",
    "был",
    "была",
    "были",
    "было",
    "быть",
    "его",
    "ее",
    "её",
    "их",
    "который",
    "которая",
    "которые",
    "которого",
    "году",
    "года",
    "год",
    "также",
    "тогда",
    "этого",
    "этом",
    "этой",
    "эти",
    "всех",
    "все",
    "всё",
    "он",
    "она",
    "они",
    "мы",
    "вы",
    "я",
    "ты",
    "бы",
    "же",
    "ли",
    "уже",
    "ne",
    "ki",
    "mi",
    "mu",
    "olan",
    "oldu",
    "olarak",
    "ayrica",
    "yani",
    "sonra",
    "once",
    "kadar",
    "daha",
    "en",
    "her",
    "cok",
    "ise",
    "yil",
    "yilinda",
];

fn is_stop(folded: &str) -> bool {
    super::lex::is_stop_word(folded) || EXTRA_STOP.contains(&folded)
}

/// Stems interned as numbers, with a cache from word to stem per language, so that each distinct
/// word is stemmed once in the whole corpus.
#[derive(Default)]
pub struct Keywords {
    ids: HashMap<String, u32>,
    /// Per language: lower-cased word → stem id.
    cache: HashMap<String, HashMap<String, u32>>,
    stemmers: Stemmers,
    /// Documents containing each term (a stem, or a pair of stems).
    df: HashMap<u64, u32>,
    docs: usize,
}

/// A term: one stem id, or two (a phrase); `u32::MAX` stands for "no second word".
fn term(a: u32, b: Option<u32>) -> u64 {
    ((a as u64) << 32) | b.unwrap_or(u32::MAX) as u64
}

fn is_phrase(t: u64) -> bool {
    (t & 0xffff_ffff) as u32 != u32::MAX
}

/// A token kept as a keyword candidate: its byte range in the passage and stem id.
struct Word {
    range: std::ops::Range<usize>,
    stem: u32,
}

impl Keywords {
    pub fn new() -> Self {
        Keywords::default()
    }

    /// The words of a document worth counting, sentence by sentence; a word left out (a stop
    /// word, a number, punctuation) is a gap no phrase spans.
    fn words(&mut self, d: &DocText) -> Vec<Vec<Word>> {
        let alg = text::stemmer_for(d.lang);
        let cache = self.cache.entry(d.lang.to_string()).or_default();
        let mut out = Vec::with_capacity(d.sentences.len());
        for sentence in &d.sentences {
            let mut words = Vec::with_capacity(sentence.toks.len());
            for tok in &sentence.toks {
                if tok.kind == Kind::Suffix {
                    continue;
                }
                let range = tok.start..tok.end;
                let keep = tok.kind == Kind::Word
                    && tok.folded.chars().count() >= 3
                    && tok.folded.chars().all(char::is_alphabetic)
                    && !is_stop(&tok.folded);
                if !keep {
                    words.push(Word {
                        range,
                        stem: u32::MAX,
                    });
                    continue;
                }
                let word = &d.text[range.clone()];
                let stem = match cache.get(word) {
                    Some(&id) => id,
                    None => {
                        let stem = match alg {
                            Some(a) => self.stemmers.stem(a, word),
                            None => tok.folded.clone(),
                        };
                        let next = self.ids.len() as u32;
                        let id = *self.ids.entry(stem).or_insert(next);
                        cache.insert(word.to_string(), id);
                        id
                    }
                };
                words.push(Word { range, stem });
            }
            out.push(words);
        }
        out
    }

    /// Terms of a document with their counts.
    fn terms(words: &[Vec<Word>]) -> HashMap<u64, u32> {
        let mut counts: HashMap<u64, u32> = HashMap::new();
        for sentence in words {
            for (i, w) in sentence.iter().enumerate() {
                if w.stem == u32::MAX {
                    continue;
                }
                *counts.entry(term(w.stem, None)).or_default() += 1;
                if let Some(prev) = i.checked_sub(1).map(|p| &sentence[p]) {
                    if prev.stem != u32::MAX {
                        *counts.entry(term(prev.stem, Some(w.stem))).or_default() += 1;
                    }
                }
            }
        }
        counts
    }

    /// First pass: counts the document's terms for the document frequencies.
    pub fn observe(&mut self, d: &DocText) {
        let words = self.words(d);
        self.docs += 1;
        for t in Self::terms(&words).into_keys() {
            *self.df.entry(t).or_default() += 1;
        }
    }

    /// Second pass: the document's most distinctive terms, as it writes them.
    pub fn pick(&mut self, d: &DocText) -> Vec<String> {
        let words = self.words(d);
        let counts = Self::terms(&words);
        let docs = self.docs.max(1) as f64;
        let mut scored: Vec<(f64, u64)> = counts
            .iter()
            .filter(|(t, count)| !is_phrase(**t) || **count >= 2)
            .map(|(&t, &count)| {
                let n = self.df.get(&t).copied().unwrap_or(1) as f64;
                let idf = ((docs + 1.0) / (n + 1.0)).ln() + 1.0;
                let phrase = if is_phrase(t) { 1.5 } else { 1.0 };
                let tf = 1.0 + (count as f64).ln();
                (tf * idf * phrase, t)
            })
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let parts = |t: u64| [(t >> 32) as u32, (t & 0xffff_ffff) as u32];
        let mut chosen: Vec<u64> = Vec::new();
        for (_, t) in scored {
            if chosen.len() >= KEYWORDS {
                break;
            }
            // A word already shown in a phrase (or the other way round) adds nothing.
            let overlaps = chosen.iter().any(|&c| {
                parts(c)
                    .iter()
                    .any(|x| *x != u32::MAX && parts(t).contains(x))
            });
            if !overlaps {
                chosen.push(t);
            }
        }
        // The surface forms of the chosen terms, the most frequent first.
        let mut forms: HashMap<u64, HashMap<String, u32>> = HashMap::new();
        for sentence in &words {
            for (i, w) in sentence.iter().enumerate() {
                if w.stem == u32::MAX {
                    continue;
                }
                let one = term(w.stem, None);
                if chosen.contains(&one) {
                    *forms
                        .entry(one)
                        .or_default()
                        .entry(display(&d.text[w.range.clone()]))
                        .or_default() += 1;
                }
                if let Some(prev) = i.checked_sub(1).map(|p| &sentence[p]) {
                    let two = term(prev.stem, Some(w.stem));
                    if prev.stem != u32::MAX && chosen.contains(&two) {
                        let s = format!(
                            "{} {}",
                            display(&d.text[prev.range.clone()]),
                            display(&d.text[w.range.clone()])
                        );
                        *forms.entry(two).or_default().entry(s).or_default() += 1;
                    }
                }
            }
        }
        chosen
            .iter()
            .filter_map(|t| {
                forms
                    .get(t)?
                    .iter()
                    .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                    .map(|(s, _)| s.clone())
            })
            .collect()
    }
}

/// A word as shown: lower case unless written in capitals (an acronym).
fn display(word: &str) -> String {
    if super::lex::is_all_caps(word) {
        word.to_string()
    } else {
        // Turkish İ lower-cases to "i" and a combining dot; the dot is dropped.
        word.to_lowercase().replace("i\u{307}", "i")
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compile, doc};
    use crate::config::Config;

    #[test]
    fn distinctive_words_come_first_and_stop_words_never() {
        let c = compile(
            &[
                doc("The railway corridor opened. The railway carries freight along the corridor. The railway is new."),
                doc("The summit opened. Leaders met at the summit and the summit ended."),
            ],
            &Config::default(),
        );
        let k0 = &c.docs[0].keywords;
        assert!(k0.iter().any(|k| k.contains("railway")), "{k0:?}");
        assert!(!k0.iter().any(|k| k == "the" || k == "is"), "{k0:?}");
        // A word both documents use ranks below the ones only this one has.
        let at = |w: &str| k0.iter().position(|k| k == w).unwrap_or(usize::MAX);
        assert!(at("corridor") < at("opened"), "{k0:?}");
        assert!(
            c.docs[1].keywords[0].contains("summit"),
            "{:?}",
            c.docs[1].keywords
        );
    }

    #[test]
    fn a_repeated_pair_of_words_is_one_keyword() {
        let c = compile(
            &[doc(
                "Digital transformation is the aim. Digital transformation needs data centers.",
            )],
            &Config::default(),
        );
        assert_eq!(c.docs[0].keywords[0], "digital transformation");
        assert!(!c.docs[0].keywords.iter().any(|k| k == "digital"));
    }
}

//! Distinctive words of each document, without configuration: TF-IDF over stems (Snowball, in the
//! document's language) and over two-word phrases, stop words and numbers left out. A word is
//! shown as the document most often writes it.

use std::collections::HashMap;

use crate::text::{self, Stemmers};

/// How many keywords a document gets.
pub const KEYWORDS: usize = 10;

/// Words too common to describe a document (folded), beyond the extractors' stop words.
const EXTRA_STOP: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "also",
    "would",
    "could",
    "will",
    "one",
    "two",
    "three",
    "new",
    "year",
    "years",
    "time",
    "well",
    "make",
    "made",
    "take",
    "took",
    "way",
    "part",
    "like",
    "just",
    "get",
    "got",
    "it's",
    "that's",
    "we're",
    "they're",
    "don't",
    "isn't",
    "let",
    "lets",
    "yes",
    "know",
    "think",
    "see",
    "go",
    "going",
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
    "next",
    "last",
    "said",
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

/// Terms of one document: stem (or "stem stem") → (count, surface forms with counts).
pub type Terms = HashMap<String, (u32, HashMap<String, u32>)>;

pub fn terms(stemmers: &mut Stemmers, lang: &str, passages: &[&str]) -> Terms {
    let alg = text::stemmer_for(lang);
    let mut out: Terms = HashMap::new();
    for passage in passages {
        for sentence in text::sentences(passage) {
            let s = &passage[sentence];
            let toks = text::tokenize(s);
            let mut prev: Option<(String, String, usize)> = None;
            for tok in toks {
                let word = &s[tok.range.clone()];
                let keep = tok.folded.chars().count() >= 3
                    && tok.folded.chars().all(char::is_alphabetic)
                    && !is_stop(&tok.folded);
                if !keep {
                    prev = None;
                    continue;
                }
                let stem = match alg {
                    Some(a) => stemmers.stem(a, word),
                    None => tok.folded.clone(),
                };
                let surface = display(word);
                let e = out.entry(stem.clone()).or_default();
                e.0 += 1;
                *e.1.entry(surface.clone()).or_default() += 1;
                if let Some((pstem, psurface, pend)) = &prev {
                    // Only words next to each other, no punctuation between.
                    if s[*pend..tok.range.start].trim().is_empty() {
                        let e = out.entry(format!("{pstem} {stem}")).or_default();
                        e.0 += 1;
                        *e.1.entry(format!("{psurface} {surface}")).or_default() += 1;
                    }
                }
                prev = Some((stem, surface, tok.range.end));
            }
        }
    }
    out
}

/// A word as shown: lower case unless written in capitals (an acronym) or as a name.
fn display(word: &str) -> String {
    if super::lex::is_all_caps(word) {
        word.to_string()
    } else {
        word.to_lowercase()
    }
}

/// The most distinctive terms of a document, given how many documents (of `docs`) contain each.
pub fn pick(terms: &Terms, df: &HashMap<String, u32>, docs: usize) -> Vec<String> {
    let mut scored: Vec<(f64, &String, &str)> = terms
        .iter()
        .filter(|(stem, (count, _))| !stem.contains(' ') || *count >= 2)
        .map(|(stem, (count, forms))| {
            let n = df.get(stem).copied().unwrap_or(1) as f64;
            let idf = ((docs as f64 + 1.0) / (n + 1.0)).ln() + 1.0;
            let bigram = if stem.contains(' ') { 1.5 } else { 1.0 };
            let tf = 1.0 + (*count as f64).ln();
            let surface = forms
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(s, _)| s.as_str())
                .unwrap_or(stem);
            (tf * idf * bigram, stem, surface)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    let mut out: Vec<String> = Vec::new();
    let mut taken: Vec<&str> = Vec::new();
    for (_, stem, surface) in scored {
        if out.len() >= KEYWORDS {
            break;
        }
        // A word already shown in a phrase (or the other way round) adds nothing.
        if taken
            .iter()
            .any(|t| t.split(' ').any(|p| stem.split(' ').any(|q| p == q)))
        {
            continue;
        }
        taken.push(stem);
        out.push(surface.to_string());
    }
    out
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

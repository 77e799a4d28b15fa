//! The Snowball stemmers the page carries: those of its corpus's languages, which `build.rs`
//! names as `cfg(stem = "english")` and so on. `Stemmer::create` matches over every algorithm, so
//! the engine's default source would link the code and tables of all eighteen; here each is
//! created with a constant, and only those named are in the module.

use corpus::text::{Algorithm, Stemmer};

/// The page's [`corpus::text::StemmerSource`]: the stemmer of `algorithm` when the corpus has a
/// document in its language, else `None`.
#[allow(clippy::match_single_binding, unused_variables)]
pub fn create(algorithm: Algorithm) -> Option<Stemmer> {
    match algorithm {
        #[cfg(stem = "arabic")]
        Algorithm::Arabic => Some(Stemmer::create(Algorithm::Arabic)),
        #[cfg(stem = "danish")]
        Algorithm::Danish => Some(Stemmer::create(Algorithm::Danish)),
        #[cfg(stem = "dutch")]
        Algorithm::Dutch => Some(Stemmer::create(Algorithm::Dutch)),
        #[cfg(stem = "english")]
        Algorithm::English => Some(Stemmer::create(Algorithm::English)),
        #[cfg(stem = "finnish")]
        Algorithm::Finnish => Some(Stemmer::create(Algorithm::Finnish)),
        #[cfg(stem = "french")]
        Algorithm::French => Some(Stemmer::create(Algorithm::French)),
        #[cfg(stem = "german")]
        Algorithm::German => Some(Stemmer::create(Algorithm::German)),
        #[cfg(stem = "greek")]
        Algorithm::Greek => Some(Stemmer::create(Algorithm::Greek)),
        #[cfg(stem = "hungarian")]
        Algorithm::Hungarian => Some(Stemmer::create(Algorithm::Hungarian)),
        #[cfg(stem = "italian")]
        Algorithm::Italian => Some(Stemmer::create(Algorithm::Italian)),
        #[cfg(stem = "norwegian")]
        Algorithm::Norwegian => Some(Stemmer::create(Algorithm::Norwegian)),
        #[cfg(stem = "portuguese")]
        Algorithm::Portuguese => Some(Stemmer::create(Algorithm::Portuguese)),
        #[cfg(stem = "romanian")]
        Algorithm::Romanian => Some(Stemmer::create(Algorithm::Romanian)),
        #[cfg(stem = "russian")]
        Algorithm::Russian => Some(Stemmer::create(Algorithm::Russian)),
        #[cfg(stem = "spanish")]
        Algorithm::Spanish => Some(Stemmer::create(Algorithm::Spanish)),
        #[cfg(stem = "swedish")]
        Algorithm::Swedish => Some(Stemmer::create(Algorithm::Swedish)),
        #[cfg(stem = "tamil")]
        Algorithm::Tamil => Some(Stemmer::create(Algorithm::Tamil)),
        #[cfg(stem = "turkish")]
        Algorithm::Turkish => Some(Stemmer::create(Algorithm::Turkish)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::query::Engine;
    use corpus::text::{self, Stemmers};

    /// The algorithms of the embedded corpus's languages.
    fn corpus_algorithms() -> Vec<Algorithm> {
        let c = crate::bundle::corpus().expect("the embedded bundle decodes");
        let mut out = Vec::new();
        for doc in &c.docs {
            if let Some(a) = text::stemmer_for(&doc.lang) {
                if !out.contains(&a) {
                    out.push(a);
                }
            }
        }
        out
    }

    #[test]
    fn carries_exactly_the_stemmers_of_the_embedded_corpus() {
        let wanted = corpus_algorithms();
        assert!(
            !wanted.is_empty(),
            "the embedded corpus has a language with a stemmer"
        );
        for a in text::ALGORITHMS {
            assert_eq!(create(a).is_some(), wanted.contains(&a), "{a:?}");
        }
        let c = crate::bundle::corpus().unwrap();
        assert!(Engine::with_stemmers(c, create)
            .missing_stemmers()
            .is_empty());
    }

    #[test]
    fn stems_the_corpus_words_as_the_build_did() {
        let c = crate::bundle::corpus().unwrap();
        let mut page = Stemmers::from_source(create);
        let mut build = Stemmers::new();
        let mut checked = 0;
        for doc in &c.docs {
            let Some(a) = text::stemmer_for(&doc.lang) else {
                continue;
            };
            for p in doc.passages.clone().take(20) {
                for word in c.passage_text(p).split_whitespace() {
                    assert_eq!(page.stem(a, word), build.stem(a, word), "{word} ({a:?})");
                    checked += 1;
                }
            }
        }
        assert!(checked > 0);
    }
}

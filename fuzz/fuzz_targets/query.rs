//! Fuzz target: any query over the seed corpus. The parser never fails, every error span and
//! highlight is a range of its text, the counts agree with the hits, and the work stays bounded.
#![no_main]

use std::sync::OnceLock;

use corpus::query::{Engine, SearchRequest};
use corpus::Corpus;
use libfuzzer_sys::fuzz_target;

fn seed() -> &'static Corpus {
    static SEED: OnceLock<Corpus> = OnceLock::new();
    SEED.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
        corpus::compile::compile_dir(&dir, None)
            .expect("seeds compile")
            .corpus
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(query) = std::str::from_utf8(data) else {
        return;
    };
    let corpus = seed();
    let parsed = corpus::query::parse::parse(query);
    for e in &parsed.errors {
        assert!(e.span.start <= e.span.end && e.span.end <= query.len());
    }
    let engine = Engine::new(corpus);
    for typing in [false, true] {
        let r = engine.search(&SearchRequest::new(query).limit(20).typing(typing));
        assert_eq!(
            r.hits.len(),
            (r.total + r.partial_total).min(20),
            "counts and hits disagree"
        );
        for h in &r.hits {
            let text = corpus.passage_text(h.passage);
            for range in h.highlights.iter().chain([&h.snippet]) {
                assert!(range.start <= range.end && range.end <= text.len());
                assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            }
        }
    }
    let _ = engine.suggest(query, 8);
});

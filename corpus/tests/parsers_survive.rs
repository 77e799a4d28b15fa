//! Property tests: the parsers and the bundle decoder survive arbitrary input. A short budget runs
//! with `cargo test` (64 cases each, or `PROPTEST_CASES`); the long runs are coverage-guided, with
//! cargo-fuzz over the same entry points (`make fuzz`, see the README and `fuzz/`).

use std::path::Path;
use std::sync::OnceLock;

use corpus::compile::compile_dir;
use corpus::ingest::{self, MAX_PASSAGE_BYTES};
use corpus::model::Format;
use corpus::query::{Engine, SearchRequest};
use corpus::Corpus;
use proptest::prelude::*;

fn seed() -> &'static (Corpus, Vec<u8>) {
    static SEED: OnceLock<(Corpus, Vec<u8>)> = OnceLock::new();
    SEED.get_or_init(|| {
        let corpus = compile_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds"),
            None,
        )
        .expect("seeds compile")
        .corpus;
        let bytes = corpus.to_bytes();
        (corpus, bytes)
    })
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(64);
    ProptestConfig::with_cases(cases)
}

/// Pieces that make front matter, Markdown and HTML interesting to a parser.
const PIECES: &str = "(---|\\.\\.\\.|\n|  |- |: |&a |\\*a|\\[|\\]|\\{|\\}|\"|'|<!--|-->|<script>|</script>|<style>|</style>|<div>|</div>|<b id=1>|</b>|<p>|<article>|</article>|<a href=\"javascript:x\">|>|<|#|> |\\|| |title|date|2024-13-40|\u{202E}|\u{200D}|\u{1b}|é|中|[a-z]{1,6})";

fn check_blocks(parsed: &ingest::Parsed) {
    for b in &parsed.blocks {
        assert!(b.text.len() <= MAX_PASSAGE_BYTES);
        assert!(!b.text.contains(|c: char| c.is_control()), "{:?}", b.text);
    }
}

/// Everything the app reads from a decoded corpus, and a few searches.
fn exercise(c: &Corpus) {
    for p in 0..c.passages.len() as u32 {
        let _ = c.passage_text(p);
        let _ = c.heading_of(p);
    }
    for m in &c.mentions {
        let _ = &c.docs[c.passages[m.passage as usize].doc as usize].text[m.span.range()];
        let _ = &c.entities[m.entity as usize];
    }
    let engine = Engine::new(c);
    for q in [
        "Azerbaijan",
        "\"observer status\"",
        "Baku OR Ufa",
        "digit*",
        "person:Aliyev",
    ] {
        let r = engine.search(&SearchRequest::new(q).limit(10));
        for h in &r.hits {
            let _ = c.passage_text(h.passage);
        }
        let _ = engine.suggest(q, 5);
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn markdown_with_any_front_matter_never_panics(pieces in proptest::collection::vec(PIECES, 0..60)) {
        let source = format!("---\n{}\n---\nBody.\n", pieces.concat());
        if let Ok((parsed, _)) = ingest::parse(Format::Markdown, "p.md", &source) {
            check_blocks(&parsed);
        }
    }

    #[test]
    fn markdown_of_any_pieces_never_panics(pieces in proptest::collection::vec(PIECES, 0..80)) {
        if let Ok((parsed, _)) = ingest::parse(Format::Markdown, "p.md", &pieces.concat()) {
            check_blocks(&parsed);
        }
    }

    #[test]
    fn html_of_any_tag_soup_never_panics(pieces in proptest::collection::vec(PIECES, 0..120)) {
        let source = pieces.concat();
        if let Ok((parsed, _)) = ingest::parse(Format::Html, "p.html", &source) {
            check_blocks(&parsed);
            // A script element's content is never published. (Inside a `<title>`, the HTML
            // standard reads `<script>` as the title's text, shown as text like any other.)
            if !source.contains("<title") {
                for b in &parsed.blocks {
                    prop_assert!(!b.text.contains("<script>"), "{:?}", b.text);
                }
            }
        }
    }

    #[test]
    fn text_of_any_characters_never_panics(text in "\\PC{0,200}") {
        let (parsed, _) = ingest::parse(Format::Text, "p.txt", &text).unwrap();
        check_blocks(&parsed);
    }

    #[test]
    fn any_query_keeps_counts_and_ranges(query in "(\\PC|\"|-|\\*|:| OR |person:|year:20|[a-z]{1,8}| ){0,12}") {
        let c = &seed().0;
        let engine = Engine::new(c);
        let r = engine.search(&SearchRequest::new(query.as_str()).limit(20).typing(true));
        prop_assert_eq!(r.hits.len(), (r.total + r.partial_total).min(20));
        for h in &r.hits {
            let text = c.passage_text(h.passage);
            for range in h.highlights.iter().chain([&h.snippet]) {
                prop_assert!(range.end <= text.len() && text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            }
        }
    }

    #[test]
    fn corrupted_bundle_is_an_error_or_usable(
        patches in proptest::collection::vec((any::<u32>(), any::<u8>()), 1..8),
        keep in 0u32..=128,
    ) {
        let mut bytes = seed().1.clone();
        for (at, value) in patches {
            let at = at as usize % bytes.len();
            bytes[at] = value;
        }
        bytes.truncate(bytes.len() * keep as usize / 128);
        // With its checksum made right again, so that the decoder and the validation see the
        // damage (the checksum alone refuses every such bundle: see tests/bundle.rs).
        corpus::model::reseal(&mut bytes);
        if let Ok(corpus) = Corpus::from_bytes(&bytes) {
            exercise(&corpus);
        }
    }
}

#[test]
fn every_truncation_of_the_seed_bundle_is_an_error() {
    let bytes = &seed().1;
    for cut in (0..bytes.len()).step_by(7) {
        assert!(Corpus::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
    }
}

#[test]
fn the_seed_bundle_passes_validation() {
    let (corpus, bytes) = seed();
    corpus.validate().expect("a compiled corpus is valid");
    exercise(&Corpus::from_bytes(bytes).unwrap());
}

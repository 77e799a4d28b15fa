//! Extraction scored against the gold annotations of the fixture articles
//! (`tests/fixtures/extract/`), written apart from the development corpus: a floor under how well
//! the rules generalise to names they were not developed on.

use std::path::Path;

use corpus::compile::compile_dir;
use corpus::eval::{evaluate, parse_gold};

#[test]
fn fixture_articles_meet_the_floor() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixtures = root.join("tests/fixtures/extract");
    let config = root.join("../seeds/explorer.toml");
    let corpus = compile_dir(&fixtures.join("docs"), Some(&config))
        .expect("fixtures compile")
        .corpus;
    let gold = parse_gold(&std::fs::read_to_string(fixtures.join("gold.json")).unwrap()).unwrap();
    let report = evaluate(&corpus, &gold);
    assert!(report.missing_docs.is_empty(), "{:?}", report.missing_docs);
    for (kind, floor) in [
        ("persons", 0.85),
        ("organizations", 0.85),
        ("places", 0.85),
        ("dates", 0.90),
        ("money", 0.95),
        ("themes", 0.80),
    ] {
        let s = &report.scores[kind];
        assert!(
            s.f1() >= floor,
            "{kind}: F1 {:.3} < {floor} (misses {:?}, false hits {:?})",
            s.f1(),
            report.misses,
            report.false_hits
        );
    }
}

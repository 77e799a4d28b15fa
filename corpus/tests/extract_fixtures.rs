//! Extraction scored against gold annotations of articles written apart from the development
//! corpus: a floor under how well the rules generalise to names they were not developed on.
//!
//! - `tests/fixtures/extract/`: five original articles written for these tests.
//! - `tests/fixtures/heldout-a/`: held-out set A, ten articles the extraction rules were measured
//!   on (not developed from: each rule has its own unit test with invented sentences). Kept as a
//!   regression fixture; its floors sit a little below the scores reached when it was added.
//! - `tests/fixtures/heldout-b/`: held-out set B, sealed until the rules were done and scored
//!   once (the figure in `BENCHMARKS.md`), then kept here likewise.
//! - `tests/fixtures/multilingual/`: ten original articles in English, Chinese (Simplified and
//!   Traditional), Russian, Azerbaijani and Turkish, written for the rules on names across
//!   scripts (each rule has its own named case besides).

use std::path::Path;

use corpus::compile::compile_dir;
use corpus::eval::{evaluate, parse_gold};

fn meets_floors(fixture: &str, floors: [(&str, f64); 6]) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixtures = root.join("tests/fixtures").join(fixture);
    let config = root.join("../seeds/explorer.toml");
    let corpus = compile_dir(&fixtures.join("docs"), Some(&config))
        .expect("fixtures compile")
        .corpus;
    let gold = parse_gold(&std::fs::read_to_string(fixtures.join("gold.json")).unwrap()).unwrap();
    let report = evaluate(&corpus, &gold);
    assert!(report.missing_docs.is_empty(), "{:?}", report.missing_docs);
    for (kind, floor) in floors {
        let s = &report.scores[kind];
        assert!(
            s.f1() >= floor,
            "{fixture} {kind}: F1 {:.3} < {floor} (misses {:?}, false hits {:?})",
            s.f1(),
            report.misses,
            report.false_hits
        );
    }
}

#[test]
fn fixture_articles_meet_the_floor() {
    meets_floors(
        "extract",
        [
            ("persons", 0.85),
            ("organizations", 0.85),
            ("places", 0.85),
            ("dates", 0.90),
            ("money", 0.95),
            ("themes", 0.80),
        ],
    );
}

#[test]
fn heldout_a_meets_the_floor() {
    // Reached when added: persons 1.0, organisations 0.976, places 1.0, dates 1.0, money 1.0,
    // themes 0.783 (theme vocabulary comes from seeds/explorer.toml).
    meets_floors(
        "heldout-a",
        [
            ("persons", 0.95),
            ("organizations", 0.92),
            ("places", 0.95),
            ("dates", 0.95),
            ("money", 0.95),
            ("themes", 0.75),
        ],
    );
}

#[test]
fn heldout_b_meets_the_floor() {
    // Scored once while still sealed: persons 0.947, organisations 0.923, places 0.965,
    // dates 1.0, money 1.0, themes 0.923.
    meets_floors(
        "heldout-b",
        [
            ("persons", 0.92),
            ("organizations", 0.90),
            ("places", 0.94),
            ("dates", 0.95),
            ("money", 0.95),
            ("themes", 0.88),
        ],
    );
}

#[test]
fn multilingual_fixture_meets_the_floor() {
    // Reached when added: persons 0.970, organisations 0.984, places 0.990, dates 1.0. Money in
    // Chinese and with a decimal comma is read by the figures, not these rules: no floor here.
    meets_floors(
        "multilingual",
        [
            ("persons", 0.93),
            ("organizations", 0.90),
            ("places", 0.95),
            ("dates", 0.95),
            ("money", 0.0),
            ("themes", 0.0),
        ],
    );
}

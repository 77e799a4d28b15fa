//! Native timings for the benchmark (tests/bench): how long a compiled bundle takes to decode and
//! each query of a list takes to run (as the page runs it: typed, with suggestions), without the
//! browser. Prints JSON.
//!
//! ```sh
//! cargo run --release -p corpus --example timing -- BUNDLE QUERIES.json
//! ```
//!
//! BUNDLE is what `corpus build DIR -o BUNDLE` writes; QUERIES.json is one of
//! `tests/bench/queries/*.json` (`{"queries": [{"q": "..."}]}`).

use std::time::Instant;

use corpus::query::{Engine, SearchRequest};
use corpus::Corpus;

/// Results asked for, as the explorer shows them.
const LIMIT: usize = 20;
/// Suggestions asked for, as the search box shows them.
const SUGGESTIONS: usize = 8;
/// Each query runs this many times; the median is reported.
const REPEAT: usize = 5;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [bundle, queries] = args.as_slice() else {
        eprintln!("usage: timing BUNDLE QUERIES.json");
        std::process::exit(2);
    };
    let bytes = std::fs::read(bundle).unwrap_or_else(|e| fail(bundle, e));
    let list: serde_json::Value =
        serde_json::from_slice(&std::fs::read(queries).unwrap_or_else(|e| fail(queries, e)))
            .unwrap_or_else(|e| fail(queries, e));

    let start = Instant::now();
    let corpus = Corpus::from_bytes(&bytes).unwrap_or_else(|e| fail(bundle, e));
    let decode_ms = ms(start);
    let start = Instant::now();
    let engine = Engine::new(&corpus);
    let engine_ms = ms(start);

    let mut timings = Vec::new();
    for q in list["queries"].as_array().into_iter().flatten() {
        let q = q["q"].as_str().unwrap_or_default();
        let mut runs: Vec<f64> = (0..REPEAT)
            .map(|_| {
                let start = Instant::now();
                // As the page asks: the last word may be unfinished, and the search box offers
                // completions of it.
                let results = engine.search(&SearchRequest::new(q).limit(LIMIT).typing(true));
                let suggestions = engine.suggest(q, SUGGESTIONS);
                std::hint::black_box((&results, &suggestions));
                ms(start)
            })
            .collect();
        let first = runs[0];
        runs.sort_by(f64::total_cmp);
        timings.push(serde_json::json!({ "q": q, "first_ms": first, "ms": runs[REPEAT / 2] }));
    }
    let value = serde_json::json!({
        "bundle_bytes": bytes.len(),
        "decode_ms": decode_ms,
        "engine_ms": engine_ms,
        "limit": LIMIT,
        "queries": timings,
    });
    println!("{value}");
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

fn fail(path: &str, e: impl std::fmt::Display) -> ! {
    eprintln!("{path}: {e}");
    std::process::exit(1);
}

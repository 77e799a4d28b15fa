//! Native timings of the views (`corpus::views`) for the benchmark: a compiled bundle is decoded
//! once, then each view is computed for the whole corpus and for the selection of each query of
//! a list, each five times (the median is kept). Prints a table of p50/p95 per view (over the
//! whole corpus and the queries), or JSON with `--json`.
//!
//! Times are the thread's time on a CPU (`CLOCK_THREAD_CPUTIME_ID` on Linux), so that other work
//! on a shared machine does not inflate them; elsewhere, wall-clock time.
//!
//! ```sh
//! cargo run --release -p corpus --example views -- BUNDLE QUERIES.json [--json]
//! ```
//!
//! BUNDLE is what `corpus build DIR -o BUNDLE` writes; QUERIES.json is one of
//! `tests/bench/queries/*.json` (`{"queries": [{"q": "..."}]}`).

use std::time::Instant;

use corpus::query::{Engine, SearchRequest};
use corpus::views::figures::FigureFilter;
use corpus::views::{ConcordanceOptions, ContextSort, FigureSort, Page, Selection, Views};
use corpus::Corpus;

/// Each view runs this many times per selection; the median is kept.
const REPEAT: usize = 5;

/// The views timed, in the order of the report.
const VIEWS: [&str; 10] = [
    "select",
    "timeline",
    "network",
    "concordance",
    "concordance by left",
    "figures",
    "words",
    "entity profile",
    "reader",
    "export (figures CSV)",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let [bundle, queries] = paths.as_slice() else {
        eprintln!("usage: views BUNDLE QUERIES.json [--json]");
        std::process::exit(2);
    };
    let bytes = std::fs::read(bundle).unwrap_or_else(|e| fail(bundle, e));
    let list: serde_json::Value =
        serde_json::from_slice(&std::fs::read(queries).unwrap_or_else(|e| fail(queries, e)))
            .unwrap_or_else(|e| fail(queries, e));

    let start = Clock::now();
    let corpus = Corpus::from_bytes(&bytes).unwrap_or_else(|e| fail(bundle, e));
    let decode_ms = start.ms();
    let engine = Engine::new(&corpus);
    let start = Clock::now();
    let views = Views::new(&corpus);
    let views_new_ms = start.ms();

    let mut queries: Vec<String> = vec![String::new()];
    queries.extend(
        list["queries"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|q| q["q"].as_str().map(str::to_string)),
    );
    // times[view] = the median of each selection.
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); VIEWS.len()];
    let mut rows = Vec::new();
    for q in &queries {
        let request = SearchRequest::new(q.as_str());
        let mut medians = Vec::new();
        for (v, name) in VIEWS.iter().enumerate() {
            let mut runs: Vec<f64> = (0..REPEAT)
                .map(|_| {
                    let selection = if q.is_empty() {
                        Selection::all(corpus.passages.len())
                    } else {
                        engine.select(&request)
                    };
                    let start = Clock::now();
                    run(&views, &engine, &request, &selection, name, q.is_empty());
                    start.ms()
                })
                .collect();
            runs.sort_by(f64::total_cmp);
            let m = runs[REPEAT / 2];
            times[v].push(m);
            medians.push(serde_json::json!({ "view": name, "ms": m }));
        }
        let count = if q.is_empty() {
            corpus.passages.len()
        } else {
            engine.select(&request).count()
        };
        rows.push(serde_json::json!({ "q": q, "passages": count, "views": medians }));
    }
    let stats: Vec<(String, f64, f64, f64, f64)> = VIEWS
        .iter()
        .zip(&times)
        .map(|(name, t)| {
            let all = t[0];
            let mut qs: Vec<f64> = t[1..].to_vec();
            qs.sort_by(f64::total_cmp);
            (
                name.to_string(),
                all,
                pct(&qs, 0.5),
                pct(&qs, 0.95),
                qs.last().copied().unwrap_or(0.0),
            )
        })
        .collect();
    if json {
        let value = serde_json::json!({
            "bundle_bytes": bytes.len(),
            "passages": corpus.passages.len(),
            "documents": corpus.docs.len(),
            "decode_ms": decode_ms,
            "views_new_ms": views_new_ms,
            "queries": rows,
            "summary": stats.iter().map(|(n, all, p50, p95, max)| serde_json::json!({
                "view": n, "whole_corpus_ms": all, "p50_ms": p50, "p95_ms": p95, "max_ms": max,
            })).collect::<Vec<_>>(),
        });
        println!("{value}");
        return;
    }
    println!(
        "{} documents, {} passages, bundle {} bytes; decode {:.1} ms, Views::new {:.1} ms; {} queries",
        corpus.docs.len(),
        corpus.passages.len(),
        bytes.len(),
        decode_ms,
        views_new_ms,
        queries.len() - 1
    );
    println!("| view | whole corpus ms | queries p50 ms | queries p95 ms | max ms |");
    println!("|---|---:|---:|---:|---:|");
    for (n, all, p50, p95, max) in stats {
        println!("| {n} | {all:.2} | {p50:.2} | {p95:.2} | {max:.2} |");
    }
}

/// Computes one view of a selection.
fn run(
    views: &Views,
    engine: &Engine,
    request: &SearchRequest,
    selection: &Selection,
    view: &str,
    whole: bool,
) {
    let corpus = views.corpus();
    match view {
        "select" if !whole => {
            std::hint::black_box(engine.select(request));
        }
        "timeline" => {
            std::hint::black_box(views.timeline(selection));
        }
        "network" => {
            std::hint::black_box(views.network(selection, 150));
        }
        "concordance" | "concordance by left" => {
            let options = ConcordanceOptions {
                sort: if view == "concordance" {
                    ContextSort::Corpus
                } else {
                    ContextSort::Left
                },
                ..ConcordanceOptions::default()
            };
            std::hint::black_box(views.concordance(selection, &options));
        }
        "figures" => {
            std::hint::black_box(views.figures(
                selection,
                FigureFilter::default(),
                FigureSort::Value,
                true,
                Page::first(100),
            ));
        }
        "words" => {
            std::hint::black_box(views.words(selection, 50));
        }
        "entity profile" => {
            // The entity mentioned in the most passages of the selection (the network's first
            // node would cost the network again; the first mention of the selection will do).
            let entity = selection
                .passages
                .iter()
                .find_map(|p| views.mentions_of(p).first())
                .map(|&m| corpus.mentions[m as usize].entity);
            if let Some(e) = entity {
                std::hint::black_box(views.profile(e, selection, Page::first(50)));
            }
        }
        "reader" => {
            if let Some(p) = selection.passages.iter().next() {
                std::hint::black_box(views.reader(corpus.passages[p as usize].doc, selection));
            }
        }
        "export (figures CSV)" => {
            let rows = views
                .figures(
                    selection,
                    FigureFilter::default(),
                    FigureSort::Document,
                    false,
                    Page::first(1000),
                )
                .rows
                .items;
            std::hint::black_box(views.figures_csv(&rows));
        }
        _ => {}
    }
}

fn pct(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 * q).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

/// The thread's time on a CPU (Linux), else wall-clock time.
struct Clock {
    cpu_ns: Option<u64>,
    wall: Instant,
}

#[cfg(target_os = "linux")]
fn thread_cpu_ns() -> Option<u64> {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    /// `CLOCK_THREAD_CPUTIME_ID` in Linux's `<time.h>`.
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `clock_gettime` writes one `struct timespec` (two 64-bit fields on 64-bit Linux)
    // into `t`, which lives for the call.
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) };
    (rc == 0 && cfg!(target_pointer_width = "64"))
        .then(|| t.tv_sec as u64 * 1_000_000_000 + t.tv_nsec as u64)
}

#[cfg(not(target_os = "linux"))]
fn thread_cpu_ns() -> Option<u64> {
    None
}

impl Clock {
    fn now() -> Clock {
        Clock {
            cpu_ns: thread_cpu_ns(),
            wall: Instant::now(),
        }
    }

    fn ms(&self) -> f64 {
        match (self.cpu_ns, thread_cpu_ns()) {
            (Some(a), Some(b)) => b.saturating_sub(a) as f64 / 1e6,
            _ => ms(self.wall),
        }
    }
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

fn fail(path: &str, e: impl std::fmt::Display) -> ! {
    eprintln!("{path}: {e}");
    std::process::exit(1);
}

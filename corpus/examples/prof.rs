//! Runs each query N times as the page does (typing mode, 20 hits, then suggestions) and prints
//! the mean time of each, and of its suggestions alone: a loop to run under `perf record`.
//!
//! ```sh
//! cargo run --release -p corpus --example prof -- BUNDLE N "query one" "query two" ...
//! ```

use corpus::query::{Engine, SearchRequest};
use corpus::Corpus;
use std::time::Instant;
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(bundle), Some(n)) = (
        args.first(),
        args.get(1).and_then(|n| n.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: prof BUNDLE N QUERY...");
        std::process::exit(2);
    };
    let bytes = std::fs::read(bundle).expect("read the bundle");
    let t = Instant::now();
    let corpus = Corpus::from_bytes(&bytes).expect("decode the bundle");
    eprintln!("decode {:?}", t.elapsed());
    let engine = Engine::new(&corpus);
    for q in &args[2..] {
        let t = Instant::now();
        for _ in 0..n {
            let r = engine.search(&SearchRequest::new(q.as_str()).limit(20).typing(true));
            let s = engine.suggest(q, 8);
            std::hint::black_box((r, s));
        }
        let total = t.elapsed().as_secs_f64() * 1000.0 / n as f64;
        let t = Instant::now();
        for _ in 0..n {
            std::hint::black_box(engine.suggest(q, 8));
        }
        let suggest = t.elapsed().as_secs_f64() * 1000.0 / n as f64;
        eprintln!("{q}: {total:.2} ms (suggest alone {suggest:.2} ms)");
    }
}

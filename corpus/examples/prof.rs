use corpus::query::{Engine, SearchRequest};
use corpus::Corpus;
use std::time::Instant;
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bytes = std::fs::read(&args[0]).unwrap();
    let n: usize = args[1].parse().unwrap();
    let t = Instant::now();
    let corpus = Corpus::from_bytes(&bytes).unwrap();
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

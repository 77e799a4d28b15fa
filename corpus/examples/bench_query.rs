//! Times queries on a synthetic news-like corpus and reports the index size.
//!
//! ```text
//! cargo run --release -p corpus --features ingest --example bench_query -- [DOCS] [--out FILE]
//! ```
//!
//! The corpus has DOCS documents (default 10,000) of about ten 60-word paragraphs, words drawn
//! from a Zipf distribution over a 60,000-word vocabulary (as in news text), with names and years
//! sprinkled in. Times include facets and snippets for the first 20 hits. `--out` writes the
//! bundle, to measure it compressed (`brotli -c FILE | wc -c`).

use std::time::Instant;

use corpus::compile::{build, Input};
use corpus::config::Config;
use corpus::ingest::{Block, BlockKind, Parsed};
use corpus::model::Format;
use corpus::query::{Engine, SearchRequest};

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const SYLLABLES: &[&str] = &[
    "ba", "ka", "ta", "ri", "mo", "ne", "lu", "sa", "de", "vi", "gor", "tan", "mir", "shan", "zo",
    "pe", "li", "ra", "no", "chi", "ev", "ov", "al", "in", "ar", "es", "um", "ter", "pol", "dia",
];

fn word(rng: &mut Rng) -> String {
    let n = 1 + rng.below(3) + rng.below(2);
    (0..n)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let docs: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let out = args
        .iter()
        .position(|a| a == "--out")
        .and_then(|i| args.get(i + 1));
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);

    // Vocabulary and Zipf weights (s = 1.05).
    let vocab: Vec<String> = (0..60_000).map(|_| word(&mut rng)).collect();
    let mut cdf = Vec::with_capacity(vocab.len());
    let mut acc = 0.0;
    for r in 0..vocab.len() {
        acc += 1.0 / ((r + 1) as f64).powf(1.05);
        cdf.push(acc);
    }
    let names: Vec<String> = (0..3_000)
        .map(|_| {
            let mut w = word(&mut rng);
            w[..1].make_ascii_uppercase();
            w
        })
        .collect();
    let draw = |rng: &mut Rng| {
        let x = rng.unit() * acc;
        let i = cdf.partition_point(|&c| c < x).min(vocab.len() - 1);
        vocab[i].as_str()
    };

    let start = Instant::now();
    let mut text_bytes = 0;
    let mut inputs = Vec::with_capacity(docs);
    for d in 0..docs {
        let mut blocks = Vec::new();
        let paragraphs = 6 + rng.below(9);
        for b in 0..paragraphs {
            let mut words: Vec<String> = Vec::new();
            let len = 30 + rng.below(60);
            for i in 0..len {
                let w = match rng.below(100) {
                    0..=5 => names[rng.below(names.len())].clone(),
                    6 => format!("{}", 1990 + rng.below(35)),
                    _ => draw(&mut rng).to_string(),
                };
                words.push(w);
                if i % 15 == 14 {
                    words.last_mut().expect("a word").push('.');
                }
            }
            let text = words.join(" ") + ".";
            text_bytes += text.len();
            blocks.push(Block {
                kind: BlockKind::Paragraph,
                text,
                line: b as u32 + 1,
            });
        }
        inputs.push(Input {
            id: format!("doc{d:05}.txt"),
            format: Format::Text,
            parsed: Parsed {
                title: Some(format!(
                    "{} {}",
                    draw(&mut rng),
                    names[rng.below(names.len())]
                )),
                date: Some(format!(
                    "{}-0{}-1{}",
                    2000 + rng.below(25),
                    1 + rng.below(9),
                    rng.below(10)
                )),
                lang: Some("en".into()),
                blocks,
                ..Parsed::default()
            },
        });
    }
    let corpus = build("bench", inputs, &Config::default());
    eprintln!(
        "built {} documents, {} passages, {} terms in {:.1} s",
        corpus.docs.len(),
        corpus.passages.len(),
        corpus.index.term_count(),
        start.elapsed().as_secs_f64()
    );
    let idx = &corpus.index;
    let index_bytes = postcard::to_allocvec(idx).expect("serializes").len();
    let bundle = corpus.to_bytes();
    println!("text {text_bytes} bytes; index {index_bytes} bytes (postings {}, terms fst {}, stems {}, variants {}); bundle {} bytes",
        idx.postings.len(), idx.terms.len(), idx.stems.keys.len() + idx.stems.members.len() * 3,
        idx.variants.keys.len(), bundle.len());
    if let Some(path) = out {
        std::fs::write(path, &bundle).expect("writes the bundle");
    }

    let t = Instant::now();
    let engine = Engine::new(&corpus);
    println!("Engine::new {:.1} ms", t.elapsed().as_secs_f64() * 1e3);

    // Queries: words by frequency rank, pairs, phrases, prefixes, typos, names, filters.
    let mut queries: Vec<(&str, String)> = Vec::new();
    for r in [0, 3, 10, 30, 100, 300, 1_000, 3_000, 10_000, 30_000] {
        queries.push(("word", vocab[r].clone()));
    }
    for _ in 0..10 {
        let (a, b) = (draw(&mut rng), draw(&mut rng));
        queries.push(("two words", format!("{a} {b}")));
        queries.push(("phrase", format!("\"{a} {b}\"")));
        queries.push(("three words", format!("{a} {b} {}", draw(&mut rng))));
    }
    for r in [5, 50, 500, 5_000] {
        let w = &vocab[r];
        queries.push(("prefix", format!("{}*", &w[..w.len().min(3)])));
        let mut typo = w.clone();
        if typo.len() > 4 {
            typo.remove(2);
        }
        queries.push(("typo", typo));
    }
    for i in 0..10 {
        queries.push(("name", names[i * 7].clone()));
        queries.push(("word + year", format!("{} year:2010..2015", vocab[i * 40])));
    }
    queries.push(("empty", String::new()));

    let mut times: Vec<(f64, &str, String, usize)> = Vec::new();
    for (kind, q) in &queries {
        let request = SearchRequest::new(q.as_str()).limit(20);
        let _ = engine.search(&request); // warm
        let t = Instant::now();
        let runs: usize = std::env::var("RUNS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(5);
        let mut total = 0;
        for _ in 0..runs {
            total = engine.search(&request).total;
        }
        let ms = t.elapsed().as_secs_f64() * 1e3 / runs as f64;
        times.push((ms, kind, q.clone(), total));
    }
    let mut sorted: Vec<f64> = times.iter().map(|t| t.0).collect();
    sorted.sort_by(f64::total_cmp);
    let pct =
        |p: f64| sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1];
    for (ms, kind, q, total) in &times {
        println!("{ms:8.2} ms  {kind:<12} {total:>7} hits  {q}");
    }
    println!(
        "{} queries: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        sorted.len(),
        pct(0.5),
        pct(0.95),
        pct(1.0)
    );
    let t = Instant::now();
    for q in ["ba", "sha", "mi", "Ka", "te"] {
        let _ = engine.suggest(q, 8);
    }
    println!(
        "suggest: {:.2} ms each",
        t.elapsed().as_secs_f64() * 1e3 / 5.0
    );
}

//! Query bugs found by trying the explorer as a reader would, each pinned by its case on the seed
//! corpus.

use std::path::Path;
use std::sync::OnceLock;

use corpus::compile::compile_dir;
use corpus::query::{Engine, SearchRequest};
use corpus::Corpus;

fn seed() -> &'static Corpus {
    static SEED: OnceLock<Corpus> = OnceLock::new();
    SEED.get_or_init(|| {
        compile_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds"),
            None,
        )
        .expect("seeds compile")
        .corpus
    })
}

#[test]
fn lone_quote_matches_nothing_rather_than_every_passage() {
    let engine = Engine::new(seed());
    for query in ["\"", "\"\"", "-\"", " \" ", "\" — \""] {
        let r = engine.search(&SearchRequest::new(query).limit(100));
        assert_eq!(r.total, 0, "{query:?}");
        assert!(r.hits.is_empty(), "{query:?}: {} hits", r.hits.len());
    }
    // A lone quote still reports where the phrase was left open.
    let r = engine.search(&SearchRequest::new("\""));
    assert_eq!(r.errors.len(), 1);
}

#[test]
fn empty_query_and_an_exclusion_still_mean_every_passage() {
    let engine = Engine::new(seed());
    let all = seed().passages.len();
    assert_eq!(engine.search(&SearchRequest::new("").limit(100)).total, all);
    let without = engine.search(&SearchRequest::new("-zzyzx").limit(100));
    assert_eq!(without.total, all);
}

#[test]
fn partial_hits_are_counted_apart_from_total() {
    // "trade fair investment": one passage has all three words, three have some. The response
    // reported `total: 1` beside four hits; the partial ones are counted in `partial_total` and
    // marked incomplete, so that total + partial_total is what the hits list.
    let engine = Engine::new(seed());
    let r = engine.search(&SearchRequest::new("trade fair investment").limit(100));
    assert!(r.matched_all);
    assert_eq!(r.total, 1);
    assert_eq!(r.hits.len(), r.total + r.partial_total);
    assert_eq!(r.hits.iter().filter(|h| h.complete).count(), r.total);
    assert!(r.hits[..r.total].iter().all(|h| h.complete));
    assert!(r.hits[r.total..].iter().all(|h| !h.complete));
}

#[test]
fn hits_never_outnumber_what_the_counts_say() {
    let engine = Engine::new(seed());
    for query in [
        "trade fair investment",
        "energy cooperation",
        "SCO observer",
        "Baku Qingdao",
        "\"observer status\" Azerbaijan",
        "gas -oil",
        "person:Aliyev summit",
        "Baku OR Ufa transport",
    ] {
        for (limit, offset) in [(100, 0), (2, 0), (3, 2), (5, 100)] {
            let r = engine.search(&SearchRequest::new(query).limit(limit).offset(offset));
            let listed = r.total + r.partial_total;
            assert_eq!(
                r.hits.len(),
                listed.saturating_sub(offset).min(limit),
                "{query:?} limit {limit} offset {offset}: total {} partial {}",
                r.total,
                r.partial_total
            );
        }
    }
}

#[test]
fn a_place_is_found_under_the_gazetteers_other_names_the_corpus_never_writes() {
    // The seed writes "Qingdao" and "Karamay" only; readers type the old spellings, the Russian
    // or the Chinese name.
    let engine = Engine::new(seed());
    let passages_of = |q: &str| {
        let r = engine.search(&SearchRequest::new(q).limit(100));
        let mut p: Vec<u32> = r.hits.iter().map(|h| h.passage).collect();
        p.sort_unstable();
        p
    };
    for (place, others) in [
        ("Qingdao", &["Tsingtao", "Циндао", "青岛"][..]),
        ("Karamay", &["Karamai", "克拉玛依"][..]),
    ] {
        let written = passages_of(place);
        assert!(!written.is_empty(), "{place}");
        for other in others {
            assert_eq!(passages_of(other), written, "{other} for {place}");
        }
    }
}

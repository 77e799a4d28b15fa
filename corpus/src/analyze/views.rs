//! What the build precomputes for the views ([`crate::views::tables::ViewTables`]): the word
//! table ([`words`]), similar documents ([`similar`]), the network layout ([`layout`]) and the
//! corpus's identity. Runs after analysis and indexing; deterministic (sorted inputs, ties broken
//! by id, fixed seeds).

use std::time::{Duration, Instant};

use crate::model::Corpus;
use crate::views::tables::ViewTables;

pub mod layout;
pub mod similar;
pub mod words;

/// The view tables of an analysed corpus.
pub fn build(corpus: &Corpus) -> ViewTables {
    build_timed(corpus).0
}

/// [`build`], with the time each part took.
pub fn build_timed(corpus: &Corpus) -> (ViewTables, Vec<(&'static str, Duration)>) {
    let mut stages = Vec::new();
    let t = Instant::now();
    let words = words::build(corpus);
    stages.push(("view words", t.elapsed()));
    let t = Instant::now();
    let similar = similar::build(corpus, &words);
    stages.push(("view similar", t.elapsed()));
    let t = Instant::now();
    let layout = layout::build(corpus);
    stages.push(("view layout", t.elapsed()));
    let tables = ViewTables {
        identity: crate::views::identity::identity_of(corpus),
        similar,
        layout,
        words,
    };
    (tables, stages)
}

//! Fuzz target: the bundle decoder on corrupted bundles. The input either is the bundle bytes
//! (first byte 0) or patches the seed corpus's bundle (5 bytes per patch: offset and value; a
//! first byte with the high bit set also cuts it to that many 128ths of its length), so that the
//! mutations reach deep into a valid bundle; a patched bundle's checksum is made right again,
//! which the checksum would otherwise refuse first. Decoding gives an error, or a corpus that the
//! engine and every accessor can use without a panic or an out-of-bounds index.
#![no_main]

use std::sync::OnceLock;

use corpus::query::{Engine, SearchRequest, Selection};
use corpus::views::{ConcordanceOptions, Page, Views};
use corpus::Corpus;
use libfuzzer_sys::fuzz_target;

fn seed_bundle() -> &'static [u8] {
    static SEED: OnceLock<Vec<u8>> = OnceLock::new();
    SEED.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
        corpus::compile::compile_dir(&dir, None)
            .expect("seeds compile")
            .corpus
            .to_bytes()
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let bytes = if mode == 0 {
        rest.to_vec()
    } else {
        let mut bytes = seed_bundle().to_vec();
        for p in rest.chunks_exact(5) {
            let at = u32::from_le_bytes([p[0], p[1], p[2], p[3]]) as usize % bytes.len();
            bytes[at] = p[4];
        }
        if mode & 0x80 != 0 {
            // Cut to (mode & 0x7f) / 128 of its length.
            let keep = (mode & 0x7f) as usize * bytes.len() / 128;
            bytes.truncate(keep);
        }
        // The checksum made right again, so that the decoder and the validation see the damage.
        corpus::model::reseal(&mut bytes);
        bytes
    };
    let Ok(corpus) = Corpus::from_bytes(&bytes) else {
        return;
    };
    exercise(&corpus);
});

/// Everything the app reads from a corpus.
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
    let words: Vec<String> = c
        .docs
        .iter()
        .flat_map(|d| d.text.split_whitespace().take(3).map(str::to_string))
        .take(6)
        .collect();
    for q in words
        .iter()
        .map(String::as_str)
        .chain(["a", "\"a b\"", "x*", "person:a"])
    {
        let r = engine.search(&SearchRequest::new(q).limit(10));
        for h in &r.hits {
            let _ = c.passage_text(h.passage);
        }
        let _ = engine.suggest(q, 5);
        // Every view on the query's selection, as the app shows them.
        let selection = engine.select(&SearchRequest::new(q));
        views(c, &selection);
    }
    views(c, &Selection::all(c.passages.len()));
}

/// Each view of the app over a selection.
fn views(c: &Corpus, selection: &Selection) {
    let v = Views::new(c);
    for doc in 0..c.docs.len().min(4) as u32 {
        let _ = v.reader(doc, selection);
    }
    for e in 0..c.entities.len().min(4) as u32 {
        let _ = v.profile(e, selection, Page::first(5));
    }
    let _ = v.timeline(selection);
    let _ = v.network(selection, 30);
    let _ = v.concordance(selection, &ConcordanceOptions::default());
    let words = v.words(selection, 20);
    let _ = v.trend(selection, 0);
    let _ = words;
    let _ = v.entities_csv(selection);
}

//! Fuzz target: any text as an HTML page. Article extraction never panics, overflows or blows up,
//! and never returns the text of a `<script>` as a passage.
#![no_main]

use corpus::ingest::{self, MAX_PASSAGE_BYTES};
use corpus::model::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok((parsed, _)) = ingest::parse(Format::Html, "fuzz.html", source) {
        for b in &parsed.blocks {
            assert!(b.text.len() <= MAX_PASSAGE_BYTES);
            assert!(!b.text.contains(|c: char| c.is_control()));
        }
    }
});

//! Fuzz target: any text as a Markdown file's YAML front matter. Never a panic, a hang or a
//! blow-up; what parses is held to the limits every view relies on.
#![no_main]

use corpus::ingest::{self, MAX_META_CHARS};
use corpus::model::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(yaml) = std::str::from_utf8(data) else {
        return;
    };
    let source = format!("---\n{yaml}\n---\nBody text of the document.\n");
    if let Ok((parsed, _)) = ingest::parse(Format::Markdown, "fuzz.md", &source) {
        for value in [&parsed.title, &parsed.date, &parsed.source, &parsed.lang]
            .into_iter()
            .flatten()
        {
            assert!(value.chars().count() <= MAX_META_CHARS + 1);
        }
        assert!(parsed.tags.len() <= 100 && parsed.meta.len() <= 100);
    }
});

//! Fuzz target: segmentation and folding on any text. Every token, word and sentence is a range
//! of the text on character boundaries, in order; folding and its variants never panic.
#![no_main]

use corpus::text;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let mut last = 0;
    for t in text::tokenize(s) {
        assert!(t.range.start >= last && t.range.start < t.range.end && t.range.end <= s.len());
        assert!(s.is_char_boundary(t.range.start) && s.is_char_boundary(t.range.end));
        assert!(text::fold_eq(&s[t.range.clone()], &t.folded));
        let _ = text::latinize(&t.folded);
        let _ = text::variant_key(&t.folded);
        last = t.range.end;
    }
    text::for_each_word(s, |range, word| {
        assert_eq!(&s[range], word);
    });
    let mut last = 0;
    for r in text::sentences(s) {
        assert!(r.start >= last && r.start <= r.end && r.end <= s.len());
        assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
        last = r.end;
    }
    if let Some(a) = text::stemmer_for("en") {
        let _ = text::stem(a, &text::fold(s));
    }
});

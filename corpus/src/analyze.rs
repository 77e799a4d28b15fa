//! Analysis at build time: what the documents say, beyond their words. Runs after ingest has laid
//! out every document's text, before indexing.

use crate::config::Config;
use crate::model::{Corpus, Span};
use crate::text;

/// Fills in sentences and everything extracted from the text.
pub fn analyze(corpus: &mut Corpus, config: &Config) {
    let _ = config;
    split_sentences(corpus);
}

/// Sentence spans of every passage, in document coordinates.
fn split_sentences(corpus: &mut Corpus) {
    for p in &mut corpus.passages {
        let doc = &corpus.docs[p.doc as usize];
        let base = p.span.start as usize;
        p.sentences = text::sentences(&doc.text[p.span.range()])
            .into_iter()
            .map(|r| Span::new(base + r.start, base + r.end))
            .collect();
    }
}

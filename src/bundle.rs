//! The compiled corpus, embedded at build time and decoded once.

use std::sync::OnceLock;

use corpus::model::BundleError;
use corpus::Corpus;

/// The bundle `build.rs` wrote for this build.
pub static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

static CORPUS: OnceLock<Result<Corpus, BundleError>> = OnceLock::new();

/// The corpus, decoded on first use and kept for the life of the page.
pub fn corpus() -> Result<&'static Corpus, &'static BundleError> {
    CORPUS.get_or_init(|| Corpus::from_bytes(BYTES)).as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_bundle_decodes() {
        let c = corpus().expect("the embedded bundle decodes");
        assert!(!c.docs.is_empty());
        assert_eq!(c.passages.len(), c.index.passage_len.len());
    }
}

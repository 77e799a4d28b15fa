//! The compiled corpus, embedded at build time and decoded once: a single bundle (everything), or
//! a sharded site's core, whose chunks the page fetches as they are read ([`crate::chunks`]).

use std::sync::OnceLock;

use corpus::model::BundleError;
#[cfg(sharded)]
use corpus::shard::{self, Site};
use corpus::Corpus;

/// The bundle or core `build.rs` wrote for this build.
pub static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// What the page holds: the whole corpus, or a site's core with the chunks loaded so far (only
/// in a page built on one, `cfg(sharded)`).
enum Loaded {
    Bundle(Corpus),
    #[cfg(sharded)]
    Site(Site),
}

static LOADED: OnceLock<Result<Loaded, BundleError>> = OnceLock::new();

fn loaded() -> Result<&'static Loaded, &'static BundleError> {
    LOADED
        .get_or_init(|| {
            #[cfg(sharded)]
            if shard::is_core(BYTES) {
                return Site::from_core(BYTES).map(Loaded::Site);
            }
            Corpus::from_bytes(BYTES).map(Loaded::Bundle)
        })
        .as_ref()
}

/// The corpus, decoded on first use and kept for the life of the page. On a sharded site, what
/// is not loaded yet reads as blank and is fetched ([`crate::chunks`]).
pub fn corpus() -> Result<&'static Corpus, &'static BundleError> {
    loaded().map(|l| match l {
        Loaded::Bundle(c) => c,
        #[cfg(sharded)]
        Loaded::Site(s) => s.corpus(),
    })
}

/// The sharded site, when the page was built as one.
#[cfg(sharded)]
pub fn site() -> Option<&'static Site> {
    match loaded() {
        Ok(Loaded::Site(s)) => Some(s),
        _ => None,
    }
}

/// Whether the page was built on a sharded site (its texts and postings are fetched).
pub fn is_sharded() -> bool {
    cfg!(sharded)
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

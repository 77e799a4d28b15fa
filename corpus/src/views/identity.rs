//! Stable names for what a reader keeps in the browser: the corpus's storage key (the same
//! across rebuilds of the same folder), a hash of its content (to tell that it was rebuilt with
//! other text), and a key per passage (its document's id and a hash of its text) that finds the
//! passage again after a rebuild, or says that it changed or vanished.
//!
//! Hashes are 64-bit FNV-1a over UTF-8 bytes: the same on every platform and in every build.

use super::tables::Identity;
use super::Views;
use crate::model::Corpus;

/// FNV-1a over byte strings, each followed by a separator byte that UTF-8 never holds (so that
/// `["ab", "c"]` and `["a", "bc"]` differ).
pub fn fnv1a<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> u64 {
    let mut h = FNV_OFFSET;
    for part in parts {
        h = fnv1a_continue(h, part);
        h = fnv1a_continue(h, &[0xff]);
    }
    h
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv1a_continue(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// The identity of a corpus: its storage key and its content hash (see [`Identity`]).
pub fn identity_of(corpus: &Corpus) -> Identity {
    let key = fnv1a([b"corpus".as_slice(), corpus.name.as_bytes()]);
    let content = fnv1a(
        corpus
            .docs
            .iter()
            .flat_map(|d| [d.id.as_bytes(), d.text.as_bytes()]),
    );
    Identity {
        key: format!("{key:016x}"),
        content: format!("{content:016x}"),
    }
}

/// Where a passage key leads in this build of the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassageStatus {
    /// The passage is there with the same text.
    Found(u32),
    /// The document is there but no passage of it has this text any more.
    Changed { doc: u32 },
    /// The document is gone (or the key is not a passage key).
    Vanished,
}

/// The hash part of a passage key.
fn text_hash(text: &str) -> String {
    format!("{:016x}", fnv1a([text.as_bytes()]))
}

impl Views<'_> {
    /// The corpus's identity, as the build stored it.
    pub fn identity(&self) -> &Identity {
        &self.corpus.views.identity
    }

    /// A key for a passage that survives a rebuild while its text is unchanged:
    /// `DOC_ID#HASH` (16 hex digits of its text). Two passages of a document with the same text
    /// share a key, which leads to the first. `passage` must be below `corpus.passages.len()`.
    pub fn passage_key(&self, passage: u32) -> String {
        let corpus = self.corpus;
        let doc = &corpus.docs[self.doc_of(passage) as usize];
        format!("{}#{}", doc.id, text_hash(corpus.passage_text(passage)))
    }

    /// Finds a passage key ([`Views::passage_key`]) in this build.
    pub fn resolve_passage(&self, key: &str) -> PassageStatus {
        let Some((doc_id, hash)) = key.rsplit_once('#') else {
            return PassageStatus::Vanished;
        };
        let Some(doc) = self.doc_by_id(doc_id) else {
            return PassageStatus::Vanished;
        };
        let corpus = self.corpus;
        let found = corpus.docs[doc as usize]
            .passages
            .clone()
            .find(|&p| text_hash(corpus.passage_text(p)) == hash);
        match found {
            Some(p) => PassageStatus::Found(p),
            None => PassageStatus::Changed { doc },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_is_the_published_function() {
        // The published test vectors of 64-bit FNV-1a.
        assert_eq!(fnv1a_continue(FNV_OFFSET, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a_continue(FNV_OFFSET, b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a_continue(FNV_OFFSET, b"foobar"), 0x8594_4171_f739_67e8);
        assert_eq!(
            fnv1a([b"a".as_slice()]),
            fnv1a_continue(fnv1a_continue(FNV_OFFSET, b"a"), &[0xff])
        );
        assert_ne!(
            fnv1a([b"ab".as_slice(), b"c".as_slice()]),
            fnv1a([b"a".as_slice(), b"bc".as_slice()])
        );
    }
}

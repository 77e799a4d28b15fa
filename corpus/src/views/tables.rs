//! What the build precomputes for the views, as it is stored in the bundle (part of
//! [`crate::model::Corpus`], so of its one format and `FORMAT_VERSION`): the corpus's identity,
//! each document's most similar documents, the network's layout, and the word table that the
//! Words view and the concordance's collocates count from.
//!
//! Every table is either per document or per passage, in corpus order, or small and corpus-wide
//! (the vocabulary, the layout), so that a later bundle split into chunks by document range can
//! carry each chunk's rows with it.

use crate::index::{read_varint, write_varint};
use serde::{Deserialize, Serialize};

/// Everything the views read from the bundle besides the corpus itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ViewTables {
    pub identity: Identity,
    /// Document id → its most similar documents, most similar first (at most
    /// [`SIMILAR_PER_DOC`]).
    pub similar: Vec<Vec<SimilarDoc>>,
    /// Positions of the strongest entities in the co-occurrence network.
    pub layout: Vec<LayoutNode>,
    pub words: WordTable,
}

/// How many similar documents the build keeps per document.
pub const SIMILAR_PER_DOC: usize = 5;

/// Stable names for the corpus, for keying what a reader keeps in the browser (notes,
/// bookmarks).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    /// Stays the same when the corpus is rebuilt from the same folder with edited, added or
    /// removed documents: a hash of the corpus's name (its folder's name), 16 hex digits. Key
    /// local storage with this.
    pub key: String,
    /// Changes whenever a document id or text changes: a hash of every document's id and text,
    /// 16 hex digits. Compare with the one stored beside notes to tell that the corpus was
    /// rebuilt with other text.
    pub content: String,
}

/// A document similar to another, with the cosine similarity of their TF-IDF vectors.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SimilarDoc {
    pub doc: u32,
    /// 0..=1.
    pub score: f32,
}

/// An entity's place in the network drawing, precomputed by a deterministic force-directed
/// layout.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LayoutNode {
    pub entity: u32,
    /// 0..=1, left to right.
    pub x: f32,
    /// 0..=1, top to bottom.
    pub y: f32,
}

/// The content words and two-word phrases of the corpus, counted: corpus-wide counts, and per
/// passage which of them it holds and how often. Stop words (per document language) and numbers
/// are left out; a two-word phrase is two content words next to each other in a sentence.
///
/// Entry ids: word `w` is entry `w`, phrase `b` is entry `words.len() + b`. Words and phrases are
/// each numbered by descending corpus count (ties by text), so that the most frequent come first
/// and the per-passage lists mostly hold small ids.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WordTable {
    /// Each word as shown: lower case (with its accents) unless mostly written in capitals.
    pub words: Vec<String>,
    /// `fst::Map` bytes: folded word ([`crate::text::fold`]) → word id.
    pub keys: Vec<u8>,
    /// Two-word phrases as pairs of word ids.
    pub phrases: Vec<(u32, u32)>,
    /// Corpus-wide occurrences of each entry (words, then phrases).
    pub counts: Vec<u32>,
    /// Passage id → bytes of its list in `entries`.
    pub passage_bytes: Vec<u32>,
    /// For each passage, its entry ids ascending as LEB128 varints `gap << 1 | (n > 1)`, followed
    /// by `n - 2` when the flag is set (as the index's postings).
    pub entries: Vec<u8>,
}

impl WordTable {
    /// The word dictionary.
    pub fn key_map(&self) -> Option<fst::Map<&[u8]>> {
        fst::Map::new(self.keys.as_slice()).ok()
    }

    /// The id of a folded word.
    pub fn word_id(&self, folded: &str) -> Option<u32> {
        self.key_map()?.get(folded).map(|v| v as u32)
    }

    /// How many entries (words and phrases) there are.
    pub fn entry_count(&self) -> usize {
        self.words.len() + self.phrases.len()
    }

    /// The text of an entry: a word, or a phrase's two words.
    pub fn entry_text(&self, entry: u32) -> String {
        let e = entry as usize;
        if let Some(w) = self.words.get(e) {
            return w.clone();
        }
        match self.phrases.get(e - self.words.len()) {
            Some(&(a, b)) => format!(
                "{} {}",
                self.words.get(a as usize).map_or("", String::as_str),
                self.words.get(b as usize).map_or("", String::as_str)
            ),
            None => String::new(),
        }
    }
}

/// Decodes one passage's list of `(entry, count)` from [`WordTable::entries`].
pub struct EntryIter<'a> {
    pub(crate) bytes: &'a [u8],
    pub(crate) entry: u32,
    pub(crate) first: bool,
}

impl<'a> EntryIter<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        EntryIter {
            bytes,
            entry: 0,
            first: true,
        }
    }
}

impl Iterator for EntryIter<'_> {
    type Item = (u32, u32);

    fn next(&mut self) -> Option<(u32, u32)> {
        if self.bytes.is_empty() {
            return None;
        }
        let v = read_varint(&mut self.bytes)?;
        let gap = v >> 1;
        self.entry = if self.first {
            gap
        } else {
            self.entry.checked_add(gap)?
        };
        self.first = false;
        let n = if v & 1 == 1 {
            read_varint(&mut self.bytes)?.checked_add(2)?
        } else {
            1
        };
        Some((self.entry, n))
    }
}

/// Appends a passage's `(entry, count)` list, entries ascending and distinct.
pub fn write_entries(out: &mut Vec<u8>, entries: &[(u32, u32)]) {
    let mut last = 0u32;
    for (i, &(e, n)) in entries.iter().enumerate() {
        let gap = if i == 0 { e } else { e - last };
        last = e;
        write_varint(out, gap << 1 | u32::from(n > 1));
        if n > 1 {
            write_varint(out, n - 2);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_lists_round_trip() {
        let list = [(0, 1), (3, 2), (4, 1), (200, 7), (100_000, 1)];
        let mut bytes = Vec::new();
        write_entries(&mut bytes, &list);
        assert_eq!(EntryIter::new(&bytes).collect::<Vec<_>>(), list);
        assert_eq!(EntryIter::new(&[]).count(), 0);
    }

    #[test]
    fn a_damaged_list_ends_without_panicking() {
        // A varint whose continuation bit never ends.
        assert_eq!(EntryIter::new(&[0xff, 0xff]).count(), 0);
    }
}

//! The inverted index over passages as the bundle stores it and the engine reads it, in place:
//! nothing here is rebuilt at load, every table is a byte blob (`fst` maps, varint lists) or a
//! flat vector. This module only reads; the build writes it ([`crate::build::index`], behind the
//! `build` feature, so the browser app compiles none of the builder).
//!
//! - Term dictionary (`fst`): folded term → term id (its rank in byte order).
//! - Body postings: for each term, the passages it occurs in with its frequency. **No positions**:
//!   phrases, proximity and highlights are worked out from the passage text itself, which the
//!   bundle carries anyway; positions would cost about as much again as the postings (see
//!   `docs/query-syntax.md`, "How matching works").
//! - Field postings: the documents whose title and the sections whose heading hold a term.
//! - Key groups: stem key → terms (inflections), spelling-variant key → terms (romanisations,
//!   doubled letters), name word → entities.
//! - Entity postings: entity → passages that mention it.
//! - Chinese: Traditional characters are folded to Simplified, and runs of Han characters are
//!   cut into words ([`text::segment`]) with a lexicon a dictionary segmenter draws from the
//!   corpus at build time (`build::index::chinese_lexicon`). A word also stands for the shorter words of the
//!   lexicon inside it (`上海合作组织` for `合作`), so that a query for one finds it.
//! - Number values: every number written with separators or a magnitude (`1,5 milyard`,
//!   `1 500 000`, `15億`) is also a term of the dictionary, keyed by its exact value
//!   ([`text::numbers::Decimal::key`], `#15e8`), so a query for the value finds every writing.

use serde::{Deserialize, Serialize};

/// The inverted index. Term ids are the ranks of the folded terms in byte order.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Index {
    /// `fst::Map` bytes: folded term → term id.
    pub terms: Vec<u8>,
    /// Term id → start of its postings in `postings`; one extra entry at the end.
    pub offsets: Vec<u32>,
    /// For each term, its passages in ascending order as LEB128 varints: `gap << 1 | (tf > 1)`,
    /// followed by `tf - 2` when the flag is set. Most words occur once in a passage, so the
    /// frequency mostly costs one bit.
    pub postings: Vec<u8>,
    /// Term id → number of passages it occurs in (0 for words only in titles or headings).
    pub df: Vec<u32>,
    /// Stem key → terms with that stem.
    pub stems: Groups,
    /// Spelling-variant key ([`text::variant_key`]) → terms, for terms whose key differs from them.
    pub variants: Groups,
    /// Ascending ids of the terms that occur in a title or heading.
    pub field_terms: Vec<u32>,
    /// `field_terms` index → start in `field_postings`; one extra entry at the end.
    pub field_offsets: Vec<u32>,
    /// For each field term: the count of documents whose title holds it, their id gaps, then the
    /// count of sections whose heading holds it, their id gaps (all varints).
    pub field_postings: Vec<u8>,
    /// Folded word of an entity's name or alias, and its spelling-variant key → entities. A run
    /// of Chinese (or other unspaced) characters in a name is also one key ([`text::name_words`]).
    pub entity_words: Groups,
    /// Words of entity names and acronyms that the text also writes in lower case, as common
    /// words (`chad`, `bill`, `who`), sorted: a query written in lower case does not take them
    /// for the name.
    pub common_name_words: Vec<String>,
    /// Entity id → start in `entity_postings`; one extra entry at the end.
    pub entity_offsets: Vec<u32>,
    /// Passages that mention each entity, ascending, as varint gaps.
    pub entity_postings: Vec<u8>,
    /// Passage id → number of tokens.
    pub passage_len: Vec<u32>,
    pub avg_passage_len: f32,
    /// Passage id → how many facts it states as far as the text alone tells: numbers, and runs of
    /// capitalised words inside sentences (names). Used when analysis found no entities or facts.
    pub passage_facts: Vec<u8>,
}

/// A map from string keys to lists of ids: `fst` key → group, group → ids.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Groups {
    /// `fst::Map` bytes: key → group id.
    pub keys: Vec<u8>,
    /// Group id → start in `members`; one extra entry at the end.
    pub offsets: Vec<u32>,
    /// Ids of each group, ascending.
    pub members: Vec<u32>,
}

impl Groups {
    /// The key dictionary.
    pub fn map(&self) -> Option<fst::Map<&[u8]>> {
        fst::Map::new(self.keys.as_slice()).ok()
    }

    /// The members of a group id (as stored in the dictionary).
    pub fn group(&self, group: u64) -> &[u32] {
        let g = group as usize;
        match (self.offsets.get(g), self.offsets.get(g + 1)) {
            (Some(&a), Some(&b)) => self.members.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The members filed under `key`.
    pub fn get(&self, key: &str) -> &[u32] {
        match self.map().and_then(|m| m.get(key)) {
            Some(g) => self.group(g),
            None => &[],
        }
    }
}

/// One passage's occurrences of a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    pub passage: u32,
    /// Occurrences in the passage.
    pub tf: u32,
}

/// Where a term occurs besides passage bodies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldPostings {
    /// Documents whose title holds the term, ascending.
    pub docs: Vec<u32>,
    /// Sections whose heading holds the term, ascending.
    pub sections: Vec<u32>,
}

impl Index {
    /// The term dictionary.
    pub fn term_map(&self) -> Option<fst::Map<&[u8]>> {
        fst::Map::new(self.terms.as_slice()).ok()
    }

    /// The id of a folded term.
    pub fn term_id(&self, folded: &str) -> Option<u32> {
        self.term_map()?.get(folded).map(|v| v as u32)
    }

    /// The terms that share a stem key.
    pub fn stem_group(&self, key: &str) -> &[u32] {
        self.stems.get(key)
    }

    pub fn term_count(&self) -> usize {
        self.df.len()
    }

    pub fn passage_count(&self) -> usize {
        self.passage_len.len()
    }

    /// Iterates over a term's postings.
    pub fn postings(&self, term: u32) -> PostingIter<'_> {
        let t = term as usize;
        let bytes = match (self.offsets.get(t), self.offsets.get(t + 1)) {
            (Some(&a), Some(&b)) => self.postings.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        };
        PostingIter { bytes, passage: 0 }
    }

    /// The titles and headings that hold a term.
    pub fn field_postings(&self, term: u32) -> FieldPostings {
        let Ok(i) = self.field_terms.binary_search(&term) else {
            return FieldPostings::default();
        };
        let mut bytes = match (self.field_offsets.get(i), self.field_offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => self
                .field_postings
                .get(a as usize..b as usize)
                .unwrap_or(&[]),
            _ => &[],
        };
        let docs = read_ids(&mut bytes);
        let sections = read_ids(&mut bytes);
        FieldPostings { docs, sections }
    }

    /// Passages that mention an entity, ascending.
    pub fn entity_passages(&self, entity: u32) -> Vec<u32> {
        let e = entity as usize;
        let mut bytes = match (self.entity_offsets.get(e), self.entity_offsets.get(e + 1)) {
            (Some(&a), Some(&b)) => self
                .entity_postings
                .get(a as usize..b as usize)
                .unwrap_or(&[]),
            _ => &[],
        };
        read_ids(&mut bytes)
    }
}

/// Decodes one term's postings lazily.
pub struct PostingIter<'a> {
    bytes: &'a [u8],
    passage: u32,
}

impl Iterator for PostingIter<'_> {
    type Item = Posting;

    fn next(&mut self) -> Option<Posting> {
        if self.bytes.is_empty() {
            return None;
        }
        let v = read_varint(&mut self.bytes)?;
        self.passage = self.passage.checked_add(v >> 1)?;
        let tf = if v & 1 == 1 {
            read_varint(&mut self.bytes)?.checked_add(2)?
        } else {
            1
        };
        Some(Posting {
            passage: self.passage,
            tf,
        })
    }
}
pub(crate) fn read_ids(bytes: &mut &[u8]) -> Vec<u32> {
    let n = read_varint(bytes).unwrap_or(0) as usize;
    let mut out = Vec::with_capacity(n.min(bytes.len()));
    let mut last = 0u32;
    for _ in 0..n {
        let Some(gap) = read_varint(bytes) else { break };
        last = last.saturating_add(gap);
        out.push(last);
    }
    out
}

pub(crate) fn read_varint(bytes: &mut &[u8]) -> Option<u32> {
    let mut v: u32 = 0;
    let mut shift = 0;
    loop {
        let (&b, rest) = bytes.split_first()?;
        *bytes = rest;
        v |= ((b & 0x7f) as u32).checked_shl(shift)?;
        if b & 0x80 == 0 {
            return Some(v);
        }
        shift += 7;
        if shift > 28 {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_read_back_what_a_known_encoding_holds() {
        // 300 = 0b1_0010_1100: low seven bits with the continuation bit, then 2.
        let mut bytes: &[u8] = &[0x00, 0x7f, 0xac, 0x02, 0xff, 0xff, 0xff, 0xff, 0x0f];
        assert_eq!(read_varint(&mut bytes), Some(0));
        assert_eq!(read_varint(&mut bytes), Some(127));
        assert_eq!(read_varint(&mut bytes), Some(300));
        assert_eq!(read_varint(&mut bytes), Some(u32::MAX));
        assert_eq!(read_varint(&mut bytes), None);
    }

    #[test]
    fn a_truncated_varint_reads_as_none() {
        let mut bytes: &[u8] = &[0x80];
        assert_eq!(read_varint(&mut bytes), None);
    }

    #[test]
    fn an_empty_index_finds_nothing() {
        let index = Index::default();
        assert_eq!(index.term_id("anything"), None);
        assert!(index.stem_group("anything").is_empty());
        assert!(index.postings(7).next().is_none());
    }
}

//! The inverted index over passages: a term dictionary (`fst`), positional postings and stem
//! groups. Built once at compile time; read in place in the browser without rebuilding anything.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::text::{self, Stemmers};

/// The inverted index. Term ids are the ranks of the folded terms in byte order.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Index {
    /// `fst::Map` bytes: folded term → term id.
    pub terms: Vec<u8>,
    /// Term id → start of its postings in `postings`; one extra entry at the end.
    pub offsets: Vec<u32>,
    /// For each term, its passages in ascending order, each as LEB128 varints:
    /// passage delta, term frequency, then that many position deltas.
    pub postings: Vec<u8>,
    /// Term id → number of passages it occurs in.
    pub df: Vec<u32>,
    /// `fst::Map` bytes: stem key → stem group id.
    pub stems: Vec<u8>,
    /// Stem group id → range in `stem_terms`; one extra entry at the end.
    pub stem_offsets: Vec<u32>,
    /// Term ids of each stem group, ascending.
    pub stem_terms: Vec<u32>,
    /// Passage id → number of tokens.
    pub passage_len: Vec<u32>,
    pub avg_passage_len: f32,
}

/// One passage's occurrences of a term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posting {
    pub passage: u32,
    /// Token positions within the passage, ascending.
    pub positions: Vec<u32>,
}

/// Collects tokens passage by passage, then writes the index.
#[derive(Default)]
pub struct IndexBuilder {
    /// folded term → (passage, positions) in passage order.
    terms: BTreeMap<String, Vec<(u32, Vec<u32>)>>,
    /// stem key → folded terms.
    stems: BTreeMap<String, std::collections::BTreeSet<String>>,
    passage_len: Vec<u32>,
    stemmers: Stemmers,
}

impl IndexBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the next passage (ids must be consecutive from 0). `lang` picks the stemmer.
    pub fn add_passage(&mut self, text: &str, lang: &str) -> u32 {
        let id = self.passage_len.len() as u32;
        let tokens = text::tokenize(text);
        let algorithm = text::stemmer_for(lang);
        for (pos, tok) in tokens.iter().enumerate() {
            let entry = self.terms.entry(tok.folded.clone()).or_default();
            match entry.last_mut() {
                Some((p, positions)) if *p == id => positions.push(pos as u32),
                _ => entry.push((id, vec![pos as u32])),
            }
            if let Some(alg) = algorithm {
                let key = self.stemmers.stem(alg, &text[tok.range.clone()]);
                if key != tok.folded || !self.stems.contains_key(&key) {
                    self.stems
                        .entry(key)
                        .or_default()
                        .insert(tok.folded.clone());
                }
            }
        }
        self.passage_len.push(tokens.len() as u32);
        id
    }

    pub fn finish(self) -> Index {
        let mut index = Index::default();
        let mut map = fst::MapBuilder::memory();
        let mut term_ids: BTreeMap<&str, u32> = BTreeMap::new();
        for (id, (term, postings)) in self.terms.iter().enumerate() {
            map.insert(term, id as u64)
                .expect("terms arrive sorted and unique");
            term_ids.insert(term, id as u32);
            index.offsets.push(index.postings.len() as u32);
            index.df.push(postings.len() as u32);
            let mut last = 0u32;
            for (passage, positions) in postings {
                write_varint(&mut index.postings, passage - last);
                last = *passage;
                write_varint(&mut index.postings, positions.len() as u32);
                let mut last_pos = 0;
                for &p in positions {
                    write_varint(&mut index.postings, p - last_pos);
                    last_pos = p;
                }
            }
        }
        index.offsets.push(index.postings.len() as u32);
        index.terms = map.into_inner().expect("in-memory fst");

        let mut stems = fst::MapBuilder::memory();
        index.stem_offsets.push(0);
        for (group, (key, terms)) in self.stems.iter().enumerate() {
            stems
                .insert(key, group as u64)
                .expect("stems arrive sorted and unique");
            index
                .stem_terms
                .extend(terms.iter().map(|t| term_ids[t.as_str()]));
            index.stem_offsets.push(index.stem_terms.len() as u32);
        }
        index.stems = stems.into_inner().expect("in-memory fst");

        let total: u64 = self.passage_len.iter().map(|&n| n as u64).sum();
        index.avg_passage_len = if self.passage_len.is_empty() {
            0.0
        } else {
            total as f32 / self.passage_len.len() as f32
        };
        index.passage_len = self.passage_len;
        index
    }
}

impl Index {
    /// The term dictionary.
    pub fn term_map(&self) -> Option<fst::Map<&[u8]>> {
        fst::Map::new(self.terms.as_slice()).ok()
    }

    /// The stem dictionary.
    pub fn stem_map(&self) -> Option<fst::Map<&[u8]>> {
        fst::Map::new(self.stems.as_slice()).ok()
    }

    /// The id of a folded term.
    pub fn term_id(&self, folded: &str) -> Option<u32> {
        self.term_map()?.get(folded).map(|v| v as u32)
    }

    /// The terms that share a stem key.
    pub fn stem_group(&self, key: &str) -> &[u32] {
        match self.stem_map().and_then(|m| m.get(key)) {
            Some(g) => {
                let g = g as usize;
                &self.stem_terms[self.stem_offsets[g] as usize..self.stem_offsets[g + 1] as usize]
            }
            None => &[],
        }
    }

    pub fn term_count(&self) -> usize {
        self.df.len()
    }

    /// Iterates over a term's postings.
    pub fn postings(&self, term: u32) -> PostingIter<'_> {
        let start = self.offsets[term as usize] as usize;
        let end = self.offsets[term as usize + 1] as usize;
        PostingIter {
            bytes: &self.postings[start..end],
            passage: 0,
            first: true,
        }
    }
}

/// Decodes one term's postings lazily.
pub struct PostingIter<'a> {
    bytes: &'a [u8],
    passage: u32,
    first: bool,
}

impl Iterator for PostingIter<'_> {
    type Item = Posting;

    fn next(&mut self) -> Option<Posting> {
        if self.bytes.is_empty() {
            return None;
        }
        let delta = read_varint(&mut self.bytes)?;
        self.passage = if self.first {
            delta
        } else {
            self.passage + delta
        };
        self.first = false;
        let tf = read_varint(&mut self.bytes)?;
        let mut positions = Vec::with_capacity(tf as usize);
        let mut pos = 0;
        for _ in 0..tf {
            pos += read_varint(&mut self.bytes)?;
            positions.push(pos);
        }
        Some(Posting {
            passage: self.passage,
            positions,
        })
    }
}

fn write_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn read_varint(bytes: &mut &[u8]) -> Option<u32> {
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
    fn varints_round_trip() {
        let values = [0u32, 1, 127, 128, 300, 16_383, 16_384, u32::MAX];
        let mut buf = Vec::new();
        for &v in &values {
            write_varint(&mut buf, v);
        }
        let mut slice = buf.as_slice();
        for &v in &values {
            assert_eq!(read_varint(&mut slice), Some(v));
        }
        assert!(slice.is_empty());
    }

    #[test]
    fn postings_keep_passages_and_positions() {
        let mut b = IndexBuilder::new();
        b.add_passage("trade and more trade", "en");
        b.add_passage("no match here", "en");
        b.add_passage("Trade!", "en");
        let index = b.finish();
        let id = index.term_id("trade").unwrap();
        let got: Vec<Posting> = index.postings(id).collect();
        assert_eq!(
            got,
            vec![
                Posting {
                    passage: 0,
                    positions: vec![0, 3]
                },
                Posting {
                    passage: 2,
                    positions: vec![0]
                },
            ]
        );
        assert_eq!(index.df[id as usize], 2);
        assert_eq!(index.passage_len, vec![4, 3, 1]);
    }

    #[test]
    fn stem_groups_join_inflections() {
        let mut b = IndexBuilder::new();
        b.add_passage("meetings", "en");
        b.add_passage("meeting", "en");
        let index = b.finish();
        let group = index.stem_group(&text::stem(text::Algorithm::English, "meetings"));
        assert_eq!(group.len(), 2);
    }

    #[test]
    fn unknown_term_has_no_id() {
        let index = IndexBuilder::new().finish();
        assert_eq!(index.term_id("anything"), None);
        assert!(index.stem_group("anything").is_empty());
    }
}

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
use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock};

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
    /// For a sharded site, which of its chunks are in memory ([`crate::shard`]); `None` for a
    /// single bundle, where everything is. Never serialized.
    #[serde(skip)]
    pub residency: Option<Residency>,
}

/// A chunk of a sharded site: postings of a range of terms, or the text of a range of documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChunkKey {
    /// The `n`th postings chunk.
    Terms(u32),
    /// The `n`th document chunk: texts and the mentions' places.
    Docs(u32),
    /// The `n`th notes chunk: word lists and notes, by their own document ranges.
    Notes(u32),
    /// The `n`th chunk of the figures (money, percentages, quantities).
    Figures(u32),
    /// The `n`th chunk of the dates' places.
    Dates(u32),
}

/// Facts a sharded site keeps in chunks of their own (figures, dates), by id: the chunks' bounds
/// (first ids, then the count), each fact's passage (from the core), and each chunk once loaded.
#[derive(Debug, Clone)]
pub struct Facts<T> {
    bounds: Vec<u32>,
    passages: Vec<u32>,
    chunks: Vec<OnceLock<Vec<T>>>,
}

impl<T> Default for Facts<T> {
    fn default() -> Self {
        Facts {
            bounds: vec![0],
            passages: Vec::new(),
            chunks: Vec::new(),
        }
    }
}

impl<T> Facts<T> {
    fn new(bounds: Vec<u32>, passages: Vec<u32>) -> Self {
        Facts {
            chunks: (0..bounds.len().saturating_sub(1))
                .map(|_| OnceLock::new())
                .collect(),
            bounds,
            passages,
        }
    }

    /// How many there are, loaded or not.
    pub fn count(&self) -> usize {
        self.passages.len()
    }

    /// Each one's passage, in id order.
    pub fn passages(&self) -> &[u32] {
        &self.passages
    }

    /// The ids of chunk `k`.
    fn ids_of(&self, chunk: u32) -> std::ops::Range<u32> {
        chunk_range(&self.bounds, chunk as usize)
    }

    /// `Ok(Some)` if loaded, `Ok(None)` for an id out of range, `Err(chunk)` if its chunk is not
    /// loaded.
    fn get(&self, id: u32) -> Result<Option<&T>, u32> {
        let Some(k) = chunk_of(&self.bounds, id) else {
            return Ok(None);
        };
        let first = self.bounds[k as usize];
        match self.chunks[k as usize].get() {
            Some(items) => Ok(items.get((id - first) as usize)),
            None => Err(k),
        }
    }

    fn is_loaded(&self, chunk: u32) -> bool {
        self.chunks
            .get(chunk as usize)
            .is_some_and(|c| c.get().is_some())
    }

    /// The chunks not loaded.
    fn missing(&self) -> Vec<u32> {
        (0..self.chunks.len() as u32)
            .filter(|&k| !self.is_loaded(k) && !self.ids_of(k).is_empty())
            .collect()
    }

    fn set(&self, chunk: u32, items: Vec<T>) {
        if let Some(slot) = self.chunks.get(chunk as usize) {
            let _ = slot.set(items);
        }
    }

    fn into_items(self) -> Vec<T> {
        self.chunks
            .into_iter()
            .filter_map(OnceLock::into_inner)
            .flatten()
            .collect()
    }
}

/// What of a sharded site's postings and texts is in memory, and what a reader asked for that
/// was not: the engine reads through it unchanged, gets nothing for what is missing, and the
/// caller fetches [`Residency::take_missing`] and searches again until nothing is missing.
///
/// Chunks are taken through a shared reference and never replaced once in (each slot is set
/// once), so what was read from a loaded chunk stays valid while others arrive: the page keeps
/// one corpus for its life and searches it while chunks are being fetched.
#[derive(Debug, Default, Clone)]
pub struct Residency {
    /// First term id of each postings chunk, ascending, and the term count at the end.
    pub term_bounds: Vec<u32>,
    /// First document id of each document chunk, ascending, and the document count at the end.
    pub doc_bounds: Vec<u32>,
    /// Each postings chunk's bytes (the span `offsets[first]..offsets[end]`), once loaded.
    postings: Vec<OnceLock<Vec<u8>>>,
    /// Each document chunk's content, once loaded.
    texts: Vec<OnceLock<DocsPart>>,
    /// First document id of each notes chunk, ascending, and the document count at the end.
    pub note_bounds: Vec<u32>,
    /// Each notes chunk's content, once loaded.
    notes: Vec<OnceLock<NotesPart>>,
    /// Where each notes chunk's word lists start in the views' word table, and the end.
    word_bases: Vec<usize>,
    /// Each document's text length in bytes, as far as its passages and headings reach: the
    /// length of what an unloaded document reads as.
    doc_lens: Vec<u32>,
    /// Spaces as long as the longest document: what unloaded text reads as.
    blank: String,
    /// The figures, in chunks of their own.
    figures: Facts<crate::model::Figure>,
    /// The dates' places and rules, in chunks of their own (the core keeps each date's passage
    /// and ISO form).
    dates: Facts<crate::model::DateFact>,
    /// Each date's ISO form.
    date_isos: Vec<std::sync::Arc<str>>,
    /// The first mention of each document chunk (whose places in the text it holds), and the
    /// mention count at the end.
    mention_bases: Vec<u32>,
    missing: Missing,
    /// Called when a chunk is first noted as missing (the page schedules its fetch).
    on_missing: OnceLock<fn()>,
}

/// What a document chunk holds for its documents, in order: texts, and their mentions' places
/// in the text (what a search reads).
#[derive(Debug, Clone, Default)]
pub struct DocsPart {
    pub texts: Vec<String>,
    pub mentions: Vec<crate::model::Span>,
}

/// What a notes chunk holds for its documents, in order: their passages' span of the views'
/// word table, and their notes (what the views and the reader read, never a search).
#[derive(Debug, Clone, Default)]
pub struct NotesPart {
    pub words: Vec<u8>,
    pub notes: Vec<crate::model::DocNotes>,
}

/// The chunks read while not loaded.
#[derive(Debug, Default)]
struct Missing(Mutex<BTreeSet<ChunkKey>>);

impl Clone for Missing {
    fn clone(&self) -> Self {
        Missing(Mutex::new(
            self.0.lock().map(|m| m.clone()).unwrap_or_default(),
        ))
    }
}

impl Residency {
    /// Nothing loaded yet, for chunks with these bounds; `doc_lens` the documents' text lengths.
    pub fn new(term_bounds: Vec<u32>, doc_bounds: Vec<u32>, doc_lens: Vec<u32>) -> Self {
        let longest = doc_lens.iter().copied().max().unwrap_or(0) as usize;
        Residency {
            postings: vec![OnceLock::new(); term_bounds.len().saturating_sub(1)],
            texts: vec![OnceLock::new(); doc_bounds.len().saturating_sub(1)],
            note_bounds: Vec::new(),
            notes: Vec::new(),
            word_bases: Vec::new(),
            term_bounds,
            doc_bounds,
            doc_lens,
            blank: " ".repeat(longest),
            figures: Facts::default(),
            dates: Facts::default(),
            date_isos: Vec::new(),
            mention_bases: Vec::new(),
            missing: Missing::default(),
            on_missing: OnceLock::new(),
        }
    }

    /// Notes in chunks with these bounds (first documents, then the count), whose word lists
    /// start at `word_bases` in the views' word table (and end at its last).
    pub fn with_notes(mut self, bounds: Vec<u32>, word_bases: Vec<usize>) -> Self {
        self.notes = vec![OnceLock::new(); bounds.len().saturating_sub(1)];
        self.note_bounds = bounds;
        self.word_bases = word_bases;
        self
    }

    /// Figures in chunks with these bounds (first ids, then the count), of these passages (one
    /// per figure, in figure order).
    pub fn with_figures(mut self, bounds: Vec<u32>, passages: Vec<u32>) -> Self {
        self.figures = Facts::new(bounds, passages);
        self
    }

    /// Dates in chunks with these bounds, of these passages and ISO forms (one per date, in date
    /// order).
    pub fn with_dates(
        mut self,
        bounds: Vec<u32>,
        passages: Vec<u32>,
        isos: Vec<std::sync::Arc<str>>,
    ) -> Self {
        self.dates = Facts::new(bounds, passages);
        self.date_isos = isos;
        self
    }

    /// Mentions whose places are in the document chunks, by these bounds (the first mention of
    /// each chunk, then the count).
    pub fn with_mentions(mut self, bounds: Vec<u32>) -> Self {
        self.mention_bases = bounds;
        self
    }

    /// The mentions whose places document chunk `chunk` holds.
    pub fn mention_ids(&self, chunk: u32) -> std::ops::Range<u32> {
        chunk_range(&self.mention_bases, chunk as usize)
    }

    /// Where a mention is in its document's text if its document chunk is loaded; if not,
    /// `None`, and the chunk is noted as missing.
    pub fn mention_span(&self, mention: u32) -> Option<crate::model::Span> {
        let k = chunk_of(&self.mention_bases, mention)?;
        match self.texts.get(k as usize)?.get() {
            Some(part) => {
                let first = self.mention_ids(k).start;
                part.mentions.get((mention - first) as usize).copied()
            }
            None => {
                self.note(ChunkKey::Docs(k));
                None
            }
        }
    }

    /// A date's ISO form (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), from the core.
    pub fn date_iso(&self, date: u32) -> Option<&str> {
        self.date_isos.get(date as usize).map(|s| &**s)
    }

    /// The figures as far as they are loaded.
    pub fn figures(&self) -> &Facts<crate::model::Figure> {
        &self.figures
    }

    /// The dates as far as they are loaded.
    pub fn dates(&self) -> &Facts<crate::model::DateFact> {
        &self.dates
    }

    /// A figure if its chunk is loaded; if not, `None`, and the chunk is noted as missing.
    pub fn figure(&self, figure: u32) -> Option<&crate::model::Figure> {
        self.figures.get(figure).unwrap_or_else(|k| {
            self.note(ChunkKey::Figures(k));
            None
        })
    }

    /// A date if its chunk is loaded; if not, `None`, and the chunk is noted as missing.
    pub fn date(&self, date: u32) -> Option<&crate::model::DateFact> {
        self.dates.get(date).unwrap_or_else(|k| {
            self.note(ChunkKey::Dates(k));
            None
        })
    }

    /// Whether every figure is loaded; notes the chunks that are not.
    pub fn figures_ready(&self) -> bool {
        let missing = self.figures.missing();
        for &k in &missing {
            self.note(ChunkKey::Figures(k));
        }
        missing.is_empty()
    }

    /// Keeps a figures chunk's figures (a chunk loaded already is kept as it is).
    pub fn set_figures(&self, chunk: u32, figures: Vec<crate::model::Figure>) {
        self.figures.set(chunk, figures);
    }

    /// Keeps a dates chunk's dates (a chunk loaded already is kept as it is).
    pub fn set_dates(&self, chunk: u32, dates: Vec<crate::model::DateFact>) {
        self.dates.set(chunk, dates);
    }

    /// The postings chunk holding a term.
    pub fn term_chunk(&self, term: u32) -> Option<u32> {
        chunk_of(&self.term_bounds, term)
    }

    /// The document chunk holding a document.
    pub fn doc_chunk(&self, doc: u32) -> Option<u32> {
        chunk_of(&self.doc_bounds, doc)
    }

    /// The notes chunk holding a document.
    pub fn note_chunk(&self, doc: u32) -> Option<u32> {
        chunk_of(&self.note_bounds, doc)
    }

    pub fn is_loaded(&self, key: ChunkKey) -> bool {
        fn set<T>(slots: &[OnceLock<T>], k: u32) -> bool {
            slots.get(k as usize).is_some_and(|c| c.get().is_some())
        }
        match key {
            ChunkKey::Terms(k) => set(&self.postings, k),
            ChunkKey::Docs(k) => set(&self.texts, k),
            ChunkKey::Notes(k) => set(&self.notes, k),
            ChunkKey::Figures(k) => self.figures.is_loaded(k),
            ChunkKey::Dates(k) => self.dates.is_loaded(k),
        }
    }

    /// Keeps a postings chunk's bytes (a chunk loaded already is kept as it is).
    pub fn set_postings(&self, chunk: u32, bytes: Vec<u8>) {
        if let Some(slot) = self.postings.get(chunk as usize) {
            let _ = slot.set(bytes);
        }
    }

    /// Keeps a document chunk's content (a chunk loaded already is kept as it is).
    pub fn set_docs(&self, chunk: u32, part: DocsPart) {
        if let Some(slot) = self.texts.get(chunk as usize) {
            let _ = slot.set(part);
        }
    }

    /// Keeps a notes chunk's content (a chunk loaded already is kept as it is).
    pub fn set_notes(&self, chunk: u32, part: NotesPart) {
        if let Some(slot) = self.notes.get(chunk as usize) {
            let _ = slot.set(part);
        }
    }

    /// The span of the views' word table a notes chunk holds.
    pub fn word_span(&self, chunk: u32) -> std::ops::Range<usize> {
        let k = chunk as usize;
        match (self.word_bases.get(k), self.word_bases.get(k + 1)) {
            (Some(&a), Some(&b)) if a <= b => a..b,
            _ => 0..0,
        }
    }

    /// The bytes `range` of the views' word table, which lie in a document's notes chunk: empty,
    /// and the chunk noted as missing, if it is not loaded.
    pub fn word_entries(&self, doc: u32, range: std::ops::Range<usize>) -> &[u8] {
        let Some(k) = self.note_chunk(doc) else {
            return &[];
        };
        let base = self.word_span(k).start;
        match self.notes[k as usize].get() {
            Some(NotesPart { words, .. }) => range
                .start
                .checked_sub(base)
                .zip(range.end.checked_sub(base))
                .and_then(|(a, b)| words.get(a..b))
                .unwrap_or(&[]),
            None => {
                self.note(ChunkKey::Notes(k));
                &[]
            }
        }
    }

    /// Has `f` called whenever a chunk is first noted as missing, after the note is taken (so
    /// `f` may call [`Residency::take_missing`] later, not from inside the engine). Set once.
    pub fn on_missing(&self, f: fn()) {
        let _ = self.on_missing.set(f);
    }

    /// The chunks read since the last call while they were not loaded, in order.
    pub fn take_missing(&self) -> Vec<ChunkKey> {
        match self.missing.0.lock() {
            Ok(mut m) => std::mem::take(&mut *m).into_iter().collect(),
            Err(_) => Vec::new(),
        }
    }

    fn note(&self, key: ChunkKey) {
        let new = match self.missing.0.lock() {
            Ok(mut m) => m.insert(key),
            Err(_) => false,
        };
        if new {
            if let Some(f) = self.on_missing.get() {
                f();
            }
        }
    }

    /// Whether a document's text is loaded; notes its chunk as missing if not.
    pub fn doc_ready(&self, doc: u32) -> bool {
        let Some(k) = self.doc_chunk(doc) else {
            return true;
        };
        let ready = self.is_loaded(ChunkKey::Docs(k));
        if !ready {
            self.note(ChunkKey::Docs(k));
        }
        ready
    }

    /// A document's text if its chunk is loaded; if not, spaces of its length, and the chunk is
    /// noted as missing.
    pub fn doc_text(&self, doc: u32) -> Option<&str> {
        let k = self.doc_chunk(doc)?;
        let first = self.doc_bounds[k as usize];
        match self.texts[k as usize].get() {
            Some(part) => part.texts.get((doc - first) as usize).map(String::as_str),
            None => {
                self.note(ChunkKey::Docs(k));
                let len = self.doc_lens.get(doc as usize).copied().unwrap_or(0) as usize;
                Some(self.blank(len))
            }
        }
    }

    /// A document's notes if its chunk is loaded; if not, `None`, and the chunk is noted as
    /// missing.
    pub fn doc_notes(&self, doc: u32) -> Option<&crate::model::DocNotes> {
        let k = self.note_chunk(doc)?;
        let first = self.note_bounds[k as usize];
        match self.notes[k as usize].get() {
            Some(part) => part.notes.get((doc - first) as usize),
            None => {
                self.note(ChunkKey::Notes(k));
                None
            }
        }
    }

    /// All postings chunks joined, as a single bundle's postings (empty where not loaded),
    /// every document chunk's content joined (each document's text and the places of its
    /// mentions, empty where not loaded), every notes chunk's (the views' word lists, and each
    /// document's notes, empty where not loaded), and the figures and dates (those loaded).
    #[allow(clippy::type_complexity)]
    pub fn into_parts(
        self,
    ) -> (
        Vec<u8>,
        DocsPart,
        NotesPart,
        Vec<crate::model::Figure>,
        Vec<crate::model::DateFact>,
    ) {
        let figures = self.figures.into_items();
        let dates = self.dates.into_items();
        let postings = self
            .postings
            .into_iter()
            .filter_map(OnceLock::into_inner)
            .flatten()
            .collect();
        let mut all = DocsPart::default();
        for (k, chunk) in self.texts.into_iter().enumerate() {
            let n = (self.doc_bounds[k + 1] - self.doc_bounds[k]) as usize;
            let mut part = chunk.into_inner().unwrap_or_default();
            part.texts.resize(n, String::new());
            let m = chunk_range(&self.mention_bases, k).len();
            part.mentions.resize(m, Default::default());
            all.texts.extend(part.texts);
            all.mentions.extend(part.mentions);
        }
        let mut notes = NotesPart::default();
        for (k, chunk) in self.notes.into_iter().enumerate() {
            let n = chunk_range(&self.note_bounds, k).len();
            let mut part = chunk.into_inner().unwrap_or_default();
            part.notes.resize(n, Default::default());
            notes.words.extend(part.words);
            notes.notes.extend(part.notes);
        }
        (postings, all, notes, figures, dates)
    }

    /// `len` bytes of spaces (at most the longest document).
    pub fn blank(&self, len: usize) -> &str {
        &self.blank[..len.min(self.blank.len())]
    }
}

/// The ids chunk `k` of `bounds` (first ids, then the end) holds; empty for no such chunk.
fn chunk_range(bounds: &[u32], k: usize) -> std::ops::Range<u32> {
    match (bounds.get(k), bounds.get(k + 1)) {
        (Some(&a), Some(&b)) if a <= b => a..b,
        _ => 0..0,
    }
}

/// The chunk of `bounds` (first ids, then the end) that holds `id`.
fn chunk_of(bounds: &[u32], id: u32) -> Option<u32> {
    if bounds.len() < 2 || id >= *bounds.last()? {
        return None;
    }
    Some((bounds.partition_point(|&b| b <= id) - 1) as u32)
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
    /// On a sharded site whose chunk for the term is not loaded: none, and the chunk is noted as
    /// missing ([`Residency::take_missing`]).
    pub fn postings(&self, term: u32) -> PostingIter<'_> {
        let t = term as usize;
        let (Some(&a), Some(&b)) = (self.offsets.get(t), self.offsets.get(t + 1)) else {
            return PostingIter {
                bytes: &[],
                passage: 0,
            };
        };
        let bytes = match &self.residency {
            None => self.postings.get(a as usize..b as usize).unwrap_or(&[]),
            Some(r) => match r.term_chunk(term) {
                None => &[],
                Some(k) => match r.postings[k as usize].get() {
                    Some(chunk) => {
                        let base = self.offsets[r.term_bounds[k as usize] as usize];
                        chunk
                            .get((a - base) as usize..(b - base) as usize)
                            .unwrap_or(&[])
                    }
                    None => {
                        r.note(ChunkKey::Terms(k));
                        &[]
                    }
                },
            },
        };
        PostingIter { bytes, passage: 0 }
    }

    /// On a sharded site, notes the postings chunk of a term as wanted when it is not loaded (so
    /// that the page fetches it ahead of the query that will read it); nothing otherwise.
    pub fn prefetch(&self, term: u32) {
        let _ = self.postings(term);
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

/// Each entity's passages, ascending and distinct, from the mentions, as [`Index`] keeps them:
/// `entity_offsets` (one per entity of `entities`, and the end) and `entity_postings`. Linear in
/// the mentions. The build writes them so; a sharded site's core leaves them out, and the page
/// works them out again from the mentions when it loads.
pub fn entity_postings(mentions: &[crate::model::Mention], entities: usize) -> (Vec<u32>, Vec<u8>) {
    // The mentions' passages grouped by entity (a counting sort, keeping their order).
    let mut starts = vec![0usize; entities + 1];
    for m in mentions {
        if let Some(n) = starts.get_mut(m.entity as usize + 1) {
            *n += 1;
        }
    }
    for e in 0..entities {
        starts[e + 1] += starts[e];
    }
    let mut fill = starts.clone();
    let mut grouped = vec![0u32; starts[entities]];
    for m in mentions {
        let e = m.entity as usize;
        if e < entities {
            grouped[fill[e]] = m.passage;
            fill[e] += 1;
        }
    }
    let mut offsets = Vec::with_capacity(entities + 1);
    let mut postings = Vec::new();
    offsets.push(0);
    for e in 0..entities {
        let list = &mut grouped[starts[e]..starts[e + 1]];
        list.sort_unstable();
        let distinct = list
            .iter()
            .enumerate()
            .filter(|&(i, p)| i == 0 || list[i - 1] != *p);
        write_varint(&mut postings, distinct.clone().count() as u32);
        let mut last = 0;
        for (_, &p) in distinct {
            write_varint(&mut postings, p - last);
            last = p;
        }
        offsets.push(postings.len() as u32);
    }
    (offsets, postings)
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

/// Appends `v` as a LEB128 varint (seven bits a byte, low first).
pub fn write_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// The varints of `bytes`, in order, up to the end or the first malformed one.
pub(crate) fn varints(mut bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    std::iter::from_fn(move || read_varint(&mut bytes))
}

/// Reads a LEB128 varint of at most 32 bits, advancing `bytes`; `None` if cut short or too long.
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
    fn entity_postings_list_each_entitys_passages_once_in_order() {
        let mention = |entity: u32, passage: u32| crate::model::Mention {
            entity,
            passage,
            span: Default::default(),
            rule: "rule".into(),
            confidence: 1.0,
        };
        // Entity 0 twice in passage 3, entity 2 out of passage order, entity 1 never, and an
        // entity out of range left out.
        let mentions = [
            mention(0, 3),
            mention(2, 9),
            mention(0, 3),
            mention(0, 7),
            mention(2, 4),
            mention(5, 1),
        ];
        let (offsets, postings) = entity_postings(&mentions, 3);
        assert_eq!(offsets.len(), 4);
        let list = |e: usize| {
            let mut bytes = &postings[offsets[e] as usize..offsets[e + 1] as usize];
            let ids = read_ids(&mut bytes);
            assert!(bytes.is_empty());
            ids
        };
        assert_eq!(list(0), vec![3, 7]);
        assert_eq!(list(1), Vec::<u32>::new());
        assert_eq!(list(2), vec![4, 9]);
    }

    #[test]
    fn an_empty_index_finds_nothing() {
        let index = Index::default();
        assert_eq!(index.term_id("anything"), None);
        assert!(index.stem_group("anything").is_empty());
        assert!(index.postings(7).next().is_none());
    }
}

//! The sharded layout, as the explorer reads it: a core file (the term dictionary and its groups,
//! the document, section and passage tables, entities, each mention's entity, passage and rule
//! (from which the page works out which passages mention each entity), each date's passage and
//! ISO form, each passage's figure count, facets' and suggestions' data, the views' other
//! tables) and content-addressed chunk files beside it, fetched as a search, a view or the
//! reader reads them: postings by term range; texts and the mentions' places in the text (what a
//! search reads) by document range; word lists and notes (what only the views and the reader
//! read) by document ranges of their own; figures, and the dates' places in the text, by their
//! own ranges. Relations are not stored: the network counts them from the mentions, and
//! [`Site::into_corpus`] works them out again.
//!
//! ```text
//! site/corpus-core.bin          CORE_MAGIC, FORMAT_VERSION, postcard (Manifest, Corpus without postings, entity postings, texts, word lists, notes, mention places, figures, dates, relations)
//! site/chunks/t-<hash>.bin      CHUNK_MAGIC, FORMAT_VERSION, postcard TermsChunk   (+ .gz, .br)
//! site/chunks/d-<hash>.bin      CHUNK_MAGIC, FORMAT_VERSION, postcard DocsChunk    (+ .gz, .br)
//! site/chunks/n-<hash>.bin      CHUNK_MAGIC, FORMAT_VERSION, postcard NotesChunk   (+ .gz, .br)
//! site/chunks/f-<hash>.bin      CHUNK_MAGIC, FORMAT_VERSION, postcard FiguresChunk (+ .gz, .br)
//! site/chunks/a-<hash>.bin      CHUNK_MAGIC, FORMAT_VERSION, postcard DatesChunk   (+ .gz, .br)
//! ```
//!
//! The engine runs on a [`Site`] unchanged: what it reads of a chunk that is not loaded comes back
//! empty and is noted ([`crate::index::Residency`]); [`Site::missing`] says which chunks to fetch
//! (all of them at once, in parallel in the browser), [`Site::insert`] takes them, and the search
//! runs again until nothing is missing ([`search`]). The last run read only loaded data, so its
//! results are those of the single bundle. The writer is [`crate::build::shard`].

use serde::{Deserialize, Serialize};

use crate::index::{ChunkKey, DocsPart, NotesPart, Residency};
use crate::model::{BundleError, Corpus, DocNotes, Span, FORMAT_VERSION};
use crate::query::{Engine, SearchRequest, SearchResponse};

/// The most figures or dates a core may announce (a damaged count must not make the page
/// allocate without bound): about a hundred per document of the largest corpus the build takes.
const MAX_FACTS: usize = 1 << 28;

/// The first bytes of a sharded site's core file.
pub const CORE_MAGIC: [u8; 8] = *b"CEXPLR\0\x02";
/// The first bytes of every chunk file.
pub const CHUNK_MAGIC: [u8; 8] = *b"CEXPLR\0\x03";
/// The core's file name in the site folder.
pub const CORE_FILE: &str = "corpus-core.bin";
/// The chunks' folder in the site folder.
pub const CHUNK_DIR: &str = "chunks";

/// Where the chunks are: for each kind, the first id of each chunk (and the end), and each
/// chunk's file, relative to the site folder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub term_bounds: Vec<u32>,
    pub term_files: Vec<String>,
    pub doc_bounds: Vec<u32>,
    pub doc_files: Vec<String>,
    /// The notes chunks (word lists and notes): first document of each (and the count), and
    /// files.
    pub note_bounds: Vec<u32>,
    pub note_files: Vec<String>,
    /// Bytes of the longest passage.
    pub longest_passage: u32,
    /// The figures' chunks: first figure id of each (and the count), and files.
    pub figure_bounds: Vec<u32>,
    pub figure_files: Vec<String>,
    /// How many figures each passage states, as varints (figures are in passage order): what
    /// the search and the views count without loading the figures.
    pub figure_counts: Vec<u8>,
    /// The dates' chunks (their places in the text and their rules), as the figures'.
    pub date_bounds: Vec<u32>,
    pub date_files: Vec<String>,
    /// How many dates each passage states, as varints (dates are in passage order).
    pub date_counts: Vec<u8>,
    /// The dates' distinct ISO forms, and each date's, as varint indices into them: what the
    /// year facet and the timeline read, in the core.
    pub date_isos: Vec<String>,
    pub date_iso_ids: Vec<u8>,
}

/// The postings of the terms `first..`: the span `offsets[first]..offsets[end]` of the index's
/// postings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermsChunk {
    pub first: u32,
    pub postings: Vec<u8>,
}

/// The texts of the documents `first..first + texts.len()` and where their mentions are in the
/// text: what a search reads of them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocsChunk {
    pub first: u32,
    pub texts: Vec<String>,
    /// The places of their passages' mentions (the core's mentions [`mention_bases`] gives
    /// for this chunk, in order): each one's start after its passage's start, then its
    /// length, as varints. The core keeps each mention's entity, passage and rule.
    pub mentions: Vec<u8>,
}

/// What the views and the reader read of the documents `first..first + notes.len()`, never a
/// search: their passages' lists in the views' word table (the span of `views.words.entries`
/// that those passages cover), and their notes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NotesChunk {
    pub first: u32,
    pub words: Vec<u8>,
    pub notes: Vec<DocNotes>,
}

/// The figures `first..first + figures.len()`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FiguresChunk {
    pub first: u32,
    #[serde(with = "crate::wire::figures")]
    pub figures: Vec<crate::model::Figure>,
}

/// The dates `first..first + dates.len()`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DatesChunk {
    pub first: u32,
    #[serde(with = "crate::wire::dates")]
    pub dates: Vec<crate::model::DateFact>,
}

/// Why a chunk could not be taken.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ChunkError {
    #[error("{file}: the content does not match its name (damaged, truncated, or from another build): rebuild or upload the site again")]
    Hash { file: String },
    #[error("{file}: not a chunk of this site ({reason})")]
    Wrong { file: String, reason: String },
}

/// Why a search on a site could not finish.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SiteError<E: std::fmt::Display> {
    #[error("{file}: could not be loaded: {error}")]
    Fetch { file: String, error: E },
    #[error(transparent)]
    Chunk(#[from] ChunkError),
}

/// FNV-1a, 64 bits, as 16 hex digits: the content hash in chunk names (for cache busting and to
/// tell a damaged or stale file, not for security).
pub fn content_hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Whether bytes start like a sharded site's core.
pub fn is_core(bytes: &[u8]) -> bool {
    bytes.len() >= 8 && bytes[..8] == CORE_MAGIC
}

/// Checks magic and version and returns the postcard body.
fn body<'a>(bytes: &'a [u8], magic: &[u8; 8]) -> Result<&'a [u8], BundleError> {
    if bytes.len() < 12 || bytes[..8] != *magic {
        return Err(BundleError::NotABundle);
    }
    let version = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
    if version != FORMAT_VERSION {
        return Err(BundleError::Version {
            found: version,
            expected: FORMAT_VERSION,
        });
    }
    Ok(&bytes[12..])
}

/// Magic, version and a postcard body.
pub fn frame(magic: &[u8; 8], value: &impl Serialize) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(magic);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&postcard::to_allocvec(value).expect("plain data serializes"));
    out
}

/// A sharded site: the core in memory, the chunks loaded so far.
#[derive(Debug)]
pub struct Site {
    corpus: Corpus,
    manifest: Manifest,
}

impl Site {
    /// Reads the core file; no chunk is loaded.
    pub fn from_core(bytes: &[u8]) -> Result<Site, BundleError> {
        let (manifest, mut corpus): (Manifest, Corpus) =
            postcard::from_bytes(body(bytes, &CORE_MAGIC)?)
                .map_err(|e| BundleError::Decode(e.to_string()))?;
        crate::wire::owners(&mut corpus).map_err(BundleError::Invalid)?;
        let per_passage = |counts: &[u8]| {
            crate::index::varints(counts)
                .enumerate()
                .flat_map(|(p, n)| std::iter::repeat_n(p as u32, n as usize))
                .take(MAX_FACTS)
                .collect::<Vec<u32>>()
        };
        let figure_passages = per_passage(&manifest.figure_counts);
        let date_passages = per_passage(&manifest.date_counts);
        let isos: Vec<std::sync::Arc<str>> = manifest
            .date_isos
            .iter()
            .map(|s| s.as_str().into())
            .collect();
        let date_isos: Vec<std::sync::Arc<str>> = crate::index::varints(&manifest.date_iso_ids)
            .take(MAX_FACTS)
            .map_while(|i| isos.get(i as usize).cloned())
            .collect();
        let within = |passages: &[u32]| {
            passages
                .last()
                .is_none_or(|&p| (p as usize) < corpus.passages.len())
        };
        let ok = manifest.term_files.len() + 1 == manifest.term_bounds.len().max(1)
            && manifest.doc_files.len() + 1 == manifest.doc_bounds.len().max(1)
            && manifest.figure_files.len() + 1 == manifest.figure_bounds.len().max(1)
            && manifest.doc_bounds.last().copied().unwrap_or(0) as usize == corpus.docs.len()
            && manifest.note_files.len() + 1 == manifest.note_bounds.len().max(1)
            && manifest.note_bounds.last().copied().unwrap_or(0) as usize == corpus.docs.len()
            && manifest.figure_bounds.last().copied().unwrap_or(0) as usize
                == figure_passages.len()
            && within(&figure_passages)
            && manifest.date_files.len() + 1 == manifest.date_bounds.len().max(1)
            && manifest.date_bounds.last().copied().unwrap_or(0) as usize == date_passages.len()
            && date_isos.len() == date_passages.len()
            && within(&date_passages)
            && corpus.dates.is_empty()
            && corpus
                .mentions
                .windows(2)
                .all(|w| w[0].passage <= w[1].passage)
            && corpus.mentions.last().is_none_or(|m| {
                (m.passage as usize) < corpus.passages.len() && m.span == Span::default()
            })
            && corpus.index.entity_offsets.is_empty()
            && corpus.index.entity_postings.is_empty()
            && corpus.views.similar.is_empty()
            && corpus.figures.is_empty()
            && corpus.relations.is_empty();
        if !ok {
            return Err(BundleError::Decode(
                "the chunk table does not match the documents".into(),
            ));
        }
        (corpus.index.entity_offsets, corpus.index.entity_postings) =
            crate::index::entity_postings(&corpus.mentions, corpus.entities.len());
        let doc_lens = text_lengths(&corpus);
        let word_bases = word_bases(&corpus, &manifest.note_bounds);
        let mention_bases = mention_bases(&corpus, &manifest.doc_bounds);
        corpus.index.residency = Some(
            Residency::new(
                manifest.term_bounds.clone(),
                manifest.doc_bounds.clone(),
                doc_lens,
            )
            .with_notes(manifest.note_bounds.clone(), word_bases)
            .with_figures(manifest.figure_bounds.clone(), figure_passages)
            .with_dates(manifest.date_bounds.clone(), date_passages, date_isos)
            .with_mentions(mention_bases),
        );
        Ok(Site { corpus, manifest })
    }

    /// The corpus as far as it is loaded: what is not reads as blank (texts) or empty, and is
    /// noted for [`Site::missing`].
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    fn residency(&self) -> &Residency {
        self.corpus
            .index
            .residency
            .as_ref()
            .expect("a site's index has a residency")
    }

    /// The file of a chunk, relative to the site folder.
    pub fn file_of(&self, key: ChunkKey) -> &str {
        let (files, k) = match key {
            ChunkKey::Terms(k) => (&self.manifest.term_files, k),
            ChunkKey::Docs(k) => (&self.manifest.doc_files, k),
            ChunkKey::Notes(k) => (&self.manifest.note_files, k),
            ChunkKey::Figures(k) => (&self.manifest.figure_files, k),
            ChunkKey::Dates(k) => (&self.manifest.date_files, k),
        };
        files.get(k as usize).map_or("", String::as_str)
    }

    /// Every chunk of the site.
    pub fn all_chunks(&self) -> Vec<ChunkKey> {
        let terms = (0..self.manifest.term_files.len() as u32).map(ChunkKey::Terms);
        let docs = (0..self.manifest.doc_files.len() as u32).map(ChunkKey::Docs);
        let notes = (0..self.manifest.note_files.len() as u32).map(ChunkKey::Notes);
        let figures = (0..self.manifest.figure_files.len() as u32).map(ChunkKey::Figures);
        let dates = (0..self.manifest.date_files.len() as u32).map(ChunkKey::Dates);
        terms
            .chain(docs)
            .chain(notes)
            .chain(figures)
            .chain(dates)
            .collect()
    }

    /// How many chunks are loaded.
    pub fn loaded(&self) -> usize {
        let r = self.residency();
        self.all_chunks()
            .into_iter()
            .filter(|&k| r.is_loaded(k))
            .count()
    }

    /// The chunks read while missing since the last call.
    pub fn missing(&self) -> Vec<ChunkKey> {
        self.residency().take_missing()
    }

    /// Has `f` called whenever a read finds a chunk missing (see [`Residency::on_missing`]).
    pub fn on_missing(&self, f: fn()) {
        self.residency().on_missing(f);
    }

    /// Whether a chunk is in memory.
    pub fn is_loaded(&self, key: ChunkKey) -> bool {
        self.residency().is_loaded(key)
    }

    /// Takes a chunk's file content, checked against its name's hash and its place. Through a
    /// shared reference: what was read before stays valid (a chunk is never replaced).
    pub fn insert(&self, key: ChunkKey, bytes: &[u8]) -> Result<(), ChunkError> {
        let file = self.file_of(key).to_string();
        let wrong = |reason: String| ChunkError::Wrong {
            file: file.clone(),
            reason,
        };
        let expected = file
            .rsplit_once('-')
            .and_then(|(_, h)| h.strip_suffix(".bin"))
            .unwrap_or("");
        if content_hash(bytes) != expected {
            return Err(ChunkError::Hash { file });
        }
        let body = body(bytes, &CHUNK_MAGIC).map_err(|e| wrong(e.to_string()))?;
        let bounds = match key {
            ChunkKey::Terms(_) => &self.manifest.term_bounds,
            ChunkKey::Docs(_) => &self.manifest.doc_bounds,
            ChunkKey::Notes(_) => &self.manifest.note_bounds,
            ChunkKey::Figures(_) => &self.manifest.figure_bounds,
            ChunkKey::Dates(_) => &self.manifest.date_bounds,
        };
        let k = match key {
            ChunkKey::Terms(k)
            | ChunkKey::Docs(k)
            | ChunkKey::Notes(k)
            | ChunkKey::Figures(k)
            | ChunkKey::Dates(k) => k as usize,
        };
        let (Some(&first), Some(&end)) = (bounds.get(k), bounds.get(k + 1)) else {
            return Err(wrong(format!("no chunk {k}")));
        };
        match key {
            ChunkKey::Terms(k) => {
                let chunk: TermsChunk =
                    postcard::from_bytes(body).map_err(|e| wrong(e.to_string()))?;
                let offsets = &self.corpus.index.offsets;
                let span = offsets.get(end as usize).copied().unwrap_or(0)
                    - offsets.get(first as usize).copied().unwrap_or(0);
                if chunk.first != first || chunk.postings.len() != span as usize {
                    return Err(wrong("postings of other terms".into()));
                }
                self.residency().set_postings(k, chunk.postings);
            }
            ChunkKey::Docs(k) => {
                let chunk: DocsChunk =
                    postcard::from_bytes(body).map_err(|e| wrong(e.to_string()))?;
                if chunk.first != first || chunk.texts.len() != (end - first) as usize {
                    return Err(wrong("texts of other documents".into()));
                }
                let mentions = self
                    .mention_places(k, first, &chunk.texts, &chunk.mentions)
                    .ok_or_else(|| wrong("mentions of other passages".into()))?;
                self.residency().set_docs(
                    k,
                    DocsPart {
                        texts: chunk.texts,
                        mentions,
                    },
                );
            }
            ChunkKey::Notes(k) => {
                let chunk: NotesChunk =
                    postcard::from_bytes(body).map_err(|e| wrong(e.to_string()))?;
                let Some(docs) = self.corpus.docs.get(first as usize..end as usize) else {
                    return Err(wrong(format!("no documents {first}..{end}")));
                };
                let passages = |d: &crate::model::Doc| (d.passages.end - d.passages.start) as usize;
                if chunk.first != first
                    || chunk.notes.len() != docs.len()
                    || chunk.words.len() != self.residency().word_span(k).len()
                    || docs
                        .iter()
                        .zip(&chunk.notes)
                        .any(|(d, n)| n.sentences.len() != passages(d))
                {
                    return Err(wrong("notes of other documents".into()));
                }
                self.residency().set_notes(
                    k,
                    NotesPart {
                        words: chunk.words,
                        notes: chunk.notes,
                    },
                );
            }
            ChunkKey::Figures(k) => {
                let chunk: FiguresChunk =
                    postcard::from_bytes(body).map_err(|e| wrong(e.to_string()))?;
                let r = self.residency();
                let places = chunk.figures.iter().map(|f| (f.passage, f.span));
                if chunk.first != first
                    || !self.places_agree(r.figures().passages(), first..end, places)
                {
                    return Err(wrong("figures of other passages".into()));
                }
                r.set_figures(k, chunk.figures);
            }
            ChunkKey::Dates(k) => {
                let chunk: DatesChunk =
                    postcard::from_bytes(body).map_err(|e| wrong(e.to_string()))?;
                let r = self.residency();
                let places = chunk.dates.iter().map(|d| (d.passage, d.span));
                if chunk.first != first
                    || !self.places_agree(r.dates().passages(), first..end, places)
                    || chunk
                        .dates
                        .iter()
                        .zip(first..)
                        .any(|(d, i)| r.date_iso(i) != Some(&*d.iso))
                {
                    return Err(wrong("dates of other passages".into()));
                }
                r.set_dates(k, chunk.dates);
            }
        }
        Ok(())
    }

    /// The places of document chunk `k`'s mentions, read from its varints (`first` its first
    /// document, `texts` its texts): `None` unless there is one for each of its mentions, inside
    /// the mention's passage and on character boundaries.
    fn mention_places(
        &self,
        k: u32,
        first: u32,
        texts: &[String],
        bytes: &[u8],
    ) -> Option<Vec<Span>> {
        let ids = self.residency().mention_ids(k);
        let mentions = self
            .corpus
            .mentions
            .get(ids.start as usize..ids.end as usize)?;
        let mut numbers = crate::index::varints(bytes);
        let mut out = Vec::with_capacity(mentions.len());
        for m in mentions {
            let (from, len) = (numbers.next()?, numbers.next()?);
            let passage = self.corpus.passages.get(m.passage as usize)?;
            let text = texts.get(passage.doc.checked_sub(first)? as usize)?;
            let start = passage.span.start.checked_add(from)?;
            let span = Span {
                start,
                end: start.checked_add(len)?,
            };
            let inside = !span.is_empty()
                && passage.span.contains(span)
                && text.is_char_boundary(span.start as usize)
                && text.is_char_boundary(span.end as usize);
            if !inside {
                return None;
            }
            out.push(span);
        }
        numbers.next().is_none().then_some(out)
    }

    /// Whether facts of ids `ids` (a chunk's) are where the core says, each (passage, span) in
    /// order: the passages the core lists for those ids, and spans inside them.
    fn places_agree(
        &self,
        passages: &[u32],
        ids: std::ops::Range<u32>,
        places: impl ExactSizeIterator<Item = (u32, Span)>,
    ) -> bool {
        let want = passages
            .get(ids.start as usize..ids.end as usize)
            .unwrap_or(&[]);
        places.len() == want.len()
            && places.zip(want).all(|((p, span), &q)| {
                p == q
                    && self
                        .corpus
                        .passages
                        .get(p as usize)
                        .is_some_and(|passage| passage.span.contains(span))
            })
    }

    /// Loads every chunk not yet loaded and returns the whole corpus, as the single bundle has it.
    pub fn into_corpus<E: std::fmt::Display>(
        mut self,
        mut fetch: impl FnMut(&str) -> Result<Vec<u8>, E>,
    ) -> Result<Corpus, SiteError<E>> {
        for key in self.all_chunks() {
            if !self.residency().is_loaded(key) {
                self.fetch_into(key, &mut fetch)?;
            }
        }
        let mut corpus = self.corpus;
        let r = corpus
            .index
            .residency
            .take()
            .expect("a site has a residency");
        let (postings, docs, notes, figures, dates) = r.into_parts();
        corpus.index.postings = postings;
        corpus.figures = figures;
        corpus.dates = dates;
        corpus.relations = crate::model::relations(&corpus.mentions);
        corpus.views.words.entries = notes.words;
        for (m, span) in corpus.mentions.iter_mut().zip(docs.mentions) {
            m.span = span;
        }
        let passages = &mut corpus.passages;
        let similar = &mut corpus.views.similar;
        for ((doc, text), mut notes) in corpus.docs.iter_mut().zip(docs.texts).zip(notes.notes) {
            similar.push(std::mem::take(&mut notes.similar));
            doc.text = text;
            let range = doc.passages.start as usize..doc.passages.end as usize;
            if let Some(own) = passages.get_mut(range) {
                notes.restore(doc, own);
            }
        }
        Ok(corpus)
    }

    fn fetch_into<E: std::fmt::Display>(
        &mut self,
        key: ChunkKey,
        fetch: &mut impl FnMut(&str) -> Result<Vec<u8>, E>,
    ) -> Result<(), SiteError<E>> {
        let file = self.file_of(key).to_string();
        let bytes = fetch(&file).map_err(|error| SiteError::Fetch { file, error })?;
        self.insert(key, &bytes)?;
        Ok(())
    }
}

/// Each document's text length as far as its passages and headings reach (the core carries no
/// text): what an unloaded document reads as, in spaces.
fn text_lengths(corpus: &Corpus) -> Vec<u32> {
    let mut lens = vec![0u32; corpus.docs.len()];
    for p in &corpus.passages {
        if let Some(l) = lens.get_mut(p.doc as usize) {
            *l = (*l).max(p.span.end);
        }
    }
    for (d, doc) in corpus.docs.iter().enumerate() {
        for s in &corpus.sections[doc.sections.start as usize..doc.sections.end as usize] {
            if let Some(h) = &s.heading {
                lens[d] = lens[d].max(h.end);
            }
        }
    }
    lens
}

/// Where each notes chunk's span of the views' word lists starts in the whole table (one more at
/// the end): the sum of the passage lists before its first document's first passage.
pub fn word_bases(corpus: &Corpus, note_bounds: &[u32]) -> Vec<usize> {
    let bytes = &corpus.views.words.passage_bytes;
    let mut starts = Vec::with_capacity(bytes.len() + 1);
    let mut at = 0usize;
    starts.push(0);
    for &b in bytes {
        at += b as usize;
        starts.push(at);
    }
    first_passages(corpus, note_bounds)
        .map(|p| starts.get(p as usize).copied().unwrap_or(at))
        .collect()
}

/// The first passage of each chunk of these document bounds (and the passage count for the end).
fn first_passages<'a>(corpus: &'a Corpus, bounds: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
    bounds.iter().map(|&d| {
        corpus
            .docs
            .get(d as usize)
            .map_or(corpus.passages.len() as u32, |doc| doc.passages.start)
    })
}

/// Where each document chunk's mentions start among the mentions (one more at the end): the
/// mentions of the passages before its first document's (mentions are in passage order).
pub fn mention_bases(corpus: &Corpus, doc_bounds: &[u32]) -> Vec<u32> {
    first_passages(corpus, doc_bounds)
        .map(|p| corpus.mentions.partition_point(|m| m.passage < p) as u32)
        .collect()
}

/// What a search on a site did besides answering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Fetched {
    /// Times the search ran (1 when everything it read was loaded).
    pub rounds: usize,
    /// Chunks fetched for it.
    pub chunks: usize,
}

/// Searches a site, fetching the chunks the search reads until it reads only loaded data:
/// the answer is then the single bundle's. `fetch` gets a file relative to the site folder.
pub fn search<E: std::fmt::Display>(
    site: &mut Site,
    request: &SearchRequest,
    mut fetch: impl FnMut(&str) -> Result<Vec<u8>, E>,
) -> Result<(SearchResponse, Fetched), SiteError<E>> {
    let mut done = Fetched::default();
    site.missing();
    loop {
        done.rounds += 1;
        let response = Engine::new(&site.corpus).search(request);
        let missing = site.missing();
        if missing.is_empty() {
            return Ok((response, done));
        }
        for key in missing {
            site.fetch_into(key, &mut fetch)?;
            done.chunks += 1;
        }
    }
}

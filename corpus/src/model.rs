//! The compiled corpus: the one definition of the bundle format, written by the build and read by
//! the app. Every position is a byte range into a document's `text`, the text the reader sees.

use std::ops::Range;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::index::Index;

mod validate;

/// Bumped whenever a type in this module (or a sharded site's core or chunks) changes shape, or
/// what a key in it means (15: documents, sections, entities and mentions in the tighter
/// layouts of [`crate::wire`], passages and sections without their owners); checked when a
/// bundle, a core or a chunk is loaded.
pub const FORMAT_VERSION: u32 = 15;

/// The first bytes of every bundle.
pub const MAGIC: [u8; 8] = *b"CEXPLR\0\x01";

/// Bytes before the body: magic, format version, checksum of the body.
pub const HEADER_LEN: usize = 20;

/// A 64-bit checksum of the bundle's body, without tables (it costs the app no data): eight bytes
/// at a time, each step a bijection of the state, so that any change within one word, and any
/// change of length, always changes the sum. It guards against damage (a bundle cut short or
/// corrupted on the way), not against forgery, which would be no more than forging the app that
/// embeds the bundle.
pub fn checksum(body: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = K ^ (body.len() as u64).wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    let mut words = body.chunks_exact(8);
    for w in &mut words {
        let w = u64::from_le_bytes(w.try_into().expect("eight bytes"));
        h = (h ^ w).wrapping_mul(K).rotate_left(29);
    }
    for &b in words.remainder() {
        h = (h ^ b as u64).wrapping_mul(K).rotate_left(29);
    }
    h ^ (h >> 32)
}

/// Writes the checksum of a bundle's body into its header again, after the body was changed on
/// purpose (for tests and fuzzing, which change bodies to check that the decoder refuses them).
pub fn reseal(bundle: &mut [u8]) {
    if bundle.len() >= HEADER_LEN {
        let sum = checksum(&bundle[HEADER_LEN..]);
        bundle[12..HEADER_LEN].copy_from_slice(&sum.to_le_bytes());
    }
}

/// A byte range into a document's text. `u32` keeps the bundle small; documents over 4 GiB are
/// rejected at ingest.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The source format a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
        }
    }
}

/// Everything the explorer knows about a corpus.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Corpus {
    /// The name of the folder the corpus came from.
    pub name: String,
    #[serde(with = "crate::wire::docs")]
    pub docs: Vec<Doc>,
    #[serde(with = "crate::wire::sections")]
    pub sections: Vec<Section>,
    #[serde(with = "crate::wire::passages")]
    pub passages: Vec<Passage>,
    #[serde(with = "crate::wire::entities")]
    pub entities: Vec<Entity>,
    /// For each entity, why each of its `aliases` names it (parallel to `Entity::aliases`).
    pub alias_evidence: Vec<Vec<AliasEvidence>>,
    /// Sorted by passage, then start.
    #[serde(with = "crate::wire::mentions")]
    pub mentions: Vec<Mention>,
    #[serde(with = "crate::wire::dates")]
    pub dates: Vec<DateFact>,
    #[serde(with = "crate::wire::figures")]
    pub figures: Vec<Figure>,
    /// Theme labels, in the order of the corpus configuration.
    pub themes: Vec<String>,
    /// Entities seen in the same passage, sorted by descending count.
    #[serde(with = "crate::wire::relations")]
    pub relations: Vec<Relation>,
    /// Acronyms the documents define ("the Shanghai Cooperation Organisation (SCO)"), sorted by
    /// folded short form: a query for either form also finds the other, in every document.
    pub acronyms: Vec<Acronym>,
    pub index: Index,
    /// What the views read, precomputed at build time: identity, similar documents, network
    /// layout, word table (see [`crate::views::tables`]).
    pub views: crate::views::ViewTables,
}

/// An acronym and a long form a document defines it with.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Acronym {
    /// As written (`SCO`).
    pub short: String,
    /// As written the first time (`Shanghai Cooperation Organisation`).
    pub long: String,
    /// Documents that define it this way.
    pub docs: u32,
}

/// One source file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Doc {
    /// Path relative to the corpus folder, with `/` separators: unique, stable, shown to users.
    pub id: String,
    pub title: String,
    /// ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) from the document's metadata.
    pub date: Option<String>,
    /// ISO 639-1 code, from metadata or detected.
    pub lang: String,
    pub source: Option<String>,
    pub tags: Vec<String>,
    /// Any other metadata, sorted by key.
    pub meta: Vec<(String, String)>,
    pub format: Option<Format>,
    /// The text the reader sees: the blocks of the document separated by blank lines.
    pub text: String,
    /// Indices into `Corpus::sections`.
    pub sections: std::ops::Range<u32>,
    /// Indices into `Corpus::passages`.
    pub passages: std::ops::Range<u32>,
    /// Distinctive words of this document, most distinctive first.
    pub keywords: Vec<String>,
    /// Indices into `Corpus::themes`.
    pub themes: Vec<u16>,
    /// Lines recognised as page furniture and left out of the text, with the reason.
    pub furniture: Vec<Furniture>,
}

/// What of a document only the reader and the command line read: its keywords, tags, other
/// metadata, furniture, and its passages' sentences. A sharded site keeps it in the document's
/// notes chunk ([`crate::shard::NotesChunk`]) rather than in the core; a single bundle keeps it
/// in place.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocNotes {
    pub keywords: Vec<String>,
    pub tags: Vec<String>,
    pub meta: Vec<(String, String)>,
    pub furniture: Vec<Furniture>,
    /// Each passage's sentences as (start after the previous end, or after the passage's start
    /// for the first; length): small numbers, where the spans themselves are document offsets.
    pub sentences: Vec<Vec<(u32, u32)>>,
    /// The documents most similar to it (the reader's list), from the views' table.
    pub similar: Vec<crate::views::tables::SimilarDoc>,
}

impl DocNotes {
    /// Takes the notes out of a document and its passages (`passages`: its own, in order).
    pub fn take(doc: &mut Doc, passages: &mut [Passage]) -> DocNotes {
        DocNotes {
            keywords: std::mem::take(&mut doc.keywords),
            tags: std::mem::take(&mut doc.tags),
            meta: std::mem::take(&mut doc.meta),
            furniture: std::mem::take(&mut doc.furniture),
            sentences: passages
                .iter_mut()
                .map(|p| {
                    let mut at = p.span.start;
                    std::mem::take(&mut p.sentences)
                        .into_iter()
                        .map(|s| {
                            let gap = s.start.wrapping_sub(at);
                            at = s.end;
                            (gap, s.end.wrapping_sub(s.start))
                        })
                        .collect()
                })
                .collect(),
            similar: Vec::new(),
        }
    }

    /// Puts the notes back into the document and passages [`DocNotes::take`] took them from.
    pub fn restore(self, doc: &mut Doc, passages: &mut [Passage]) {
        doc.keywords = self.keywords;
        doc.tags = self.tags;
        doc.meta = self.meta;
        doc.furniture = self.furniture;
        for (p, spans) in passages.iter_mut().zip(self.sentences) {
            let mut at = p.span.start;
            p.sentences = spans
                .into_iter()
                .map(|(gap, len)| {
                    let start = at.wrapping_add(gap);
                    at = start.wrapping_add(len);
                    Span { start, end: at }
                })
                .collect();
        }
    }
}

/// A line kept out of the text because it is page furniture, not article content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Furniture {
    /// 1-based line in the source file.
    pub line: u32,
    pub text: String,
    pub reason: String,
}

/// A heading and the passages under it. The passages before the first heading form a section
/// without a heading.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Section {
    pub doc: u32,
    pub heading: Option<Span>,
    /// 1 for the top level.
    pub level: u8,
    pub passages: std::ops::Range<u32>,
}

/// A paragraph: the unit of search results.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Passage {
    pub doc: u32,
    pub section: u32,
    pub span: Span,
    /// Sentence spans, in document coordinates.
    pub sentences: Vec<Span>,
    /// Indices into `Corpus::themes`.
    pub themes: Vec<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityKind {
    Person,
    Organization,
    Place,
}

impl EntityKind {
    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
        }
    }
}

/// A person, organisation or place, merged across its aliases and documents.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entity {
    pub kind: EntityKind,
    pub name: String,
    /// Other names it goes by (acronyms, spelling variants, surnames), without `name`.
    pub aliases: Vec<String>,
    /// For people: roles the text gives them ("Deputy Chief of Staff at the Ministry of ...").
    pub roles: Vec<String>,
    /// For places: `country`, `city`, `region`, ...
    pub subtype: Option<String>,
    /// How many documents mention it (which ones, its entity postings say).
    pub doc_count: u32,
    pub mention_count: u32,
}

/// Why the build takes an alias for the same entity as its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AliasEvidence {
    /// One gazetteer entry: a country or city in another language, a listed organisation's
    /// other name or acronym.
    Gazetteer,
    /// One name by the rules of a document or the corpus: a surname after the full name, a case
    /// form, an acronym the text defines, the same name in another document.
    SameName,
    /// A name `explorer.toml` gives.
    Config,
    /// The same full name in another spelling or script by a transliteration scheme
    /// (Cyrillic, Azerbaijani and Turkish Latin).
    Transliteration,
    /// The pinyin of a Chinese name, or a name in pinyin in another script (Palladius,
    /// Azerbaijani, Turkish).
    Pinyin,
    /// Written side by side in the text: "王毅（Wang Yi）".
    Paired,
}

impl AliasEvidence {
    pub fn name(self) -> &'static str {
        match self {
            AliasEvidence::Gazetteer => "gazetteer",
            AliasEvidence::SameName => "same name",
            AliasEvidence::Config => "configuration",
            AliasEvidence::Transliteration => "transliteration",
            AliasEvidence::Pinyin => "pinyin",
            AliasEvidence::Paired => "paired in the text",
        }
    }
}

/// One occurrence of an entity in the text.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Mention {
    pub entity: u32,
    pub passage: u32,
    pub span: Span,
    /// How it was found: the rule or gazetteer (shared: a corpus has few distinct rules).
    pub rule: Arc<str>,
    /// 0..=1.
    pub confidence: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DatePrecision {
    Year,
    Month,
    Day,
}

/// A date the text mentions.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DateFact {
    pub passage: u32,
    pub span: Span,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub iso: Arc<str>,
    pub precision: DatePrecision,
    /// The sentence it came from.
    pub sentence: Span,
    pub rule: Arc<str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FigureKind {
    Money,
    Percent,
    Quantity,
}

/// An amount the text mentions: money, a percentage or a quantity with a unit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Figure {
    pub passage: u32,
    pub span: Span,
    pub kind: FigureKind,
    /// The value with its magnitude applied ("3.744 billion" → 3.744e9).
    pub value: f64,
    /// ISO 4217 currency code for money, `%` for percentages, the unit for quantities.
    pub unit: Arc<str>,
    /// A year the sentence ties the figure to, if any.
    pub year: Option<i32>,
    pub sentence: Span,
}

/// Two entities that appear in the same passages.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Relation {
    pub a: u32,
    pub b: u32,
    /// How many passages both appear in. Which ones is the intersection of their entity
    /// postings ([`crate::index::Index::entity_passages`]): the bundle does not store them twice.
    pub passages: u32,
}

/// Entities seen in the same passage, most passages first, from the mentions (sorted by
/// passage). Linear in the mentions: each passage's distinct entities are paired among
/// themselves only.
pub fn relations(mentions: &[Mention]) -> Vec<Relation> {
    let mut pairs: std::collections::HashMap<(u32, u32), u32> = Default::default();
    let mut ents: Vec<u32> = Vec::new();
    for run in mentions.chunk_by(|a, b| a.passage == b.passage) {
        ents.clear();
        ents.extend(run.iter().map(|m| m.entity));
        ents.sort_unstable();
        ents.dedup();
        for i in 0..ents.len() {
            for j in i + 1..ents.len() {
                *pairs.entry((ents[i], ents[j])).or_default() += 1;
            }
        }
    }
    let mut out: Vec<Relation> = pairs
        .into_iter()
        .map(|((a, b), passages)| Relation { a, b, passages })
        .collect();
    out.sort_by(|x, y| {
        y.passages
            .cmp(&x.passages)
            .then(x.a.cmp(&y.a))
            .then(x.b.cmp(&y.b))
    });
    out
}

impl Corpus {
    /// The bundle's bytes by part (as the bundle encodes them, before compression), largest
    /// first: what a sharded site's core would carry, and what moving a part into chunks would
    /// save. Each part is measured as a corpus holding only it, less an empty corpus.
    pub fn size_by_part(&self) -> Vec<(&'static str, usize)> {
        fn len(c: &Corpus) -> usize {
            postcard::to_allocvec(c).map_or(0, |b| b.len())
        }
        let empty = len(&Corpus::default());
        let only = |fill: &dyn Fn(&mut Corpus)| {
            let mut c = Corpus::default();
            fill(&mut c);
            len(&c).saturating_sub(empty)
        };
        let with_texts = only(&|c| c.docs = self.docs.clone());
        let table = only(&|c| {
            c.docs = self.docs.clone();
            for d in &mut c.docs {
                d.text = String::new();
            }
        });
        let i = &self.index;
        let mut parts = vec![
            ("document texts", with_texts.saturating_sub(table)),
            ("document table", table),
            ("sections", only(&|c| c.sections = self.sections.clone())),
            ("passages", only(&|c| c.passages = self.passages.clone())),
            (
                "entities",
                only(&|c| {
                    c.entities = self.entities.clone();
                    c.alias_evidence = self.alias_evidence.clone();
                }),
            ),
            ("mentions", only(&|c| c.mentions = self.mentions.clone())),
            ("dates", only(&|c| c.dates = self.dates.clone())),
            ("figures", only(&|c| c.figures = self.figures.clone())),
            ("relations", only(&|c| c.relations = self.relations.clone())),
            (
                "term dictionary",
                only(&|c| {
                    c.index.terms = i.terms.clone();
                    c.index.offsets = i.offsets.clone();
                    c.index.df = i.df.clone();
                }),
            ),
            ("postings", only(&|c| c.index.postings = i.postings.clone())),
            (
                "key groups",
                only(&|c| {
                    c.index.stems = i.stems.clone();
                    c.index.variants = i.variants.clone();
                    c.index.entity_words = i.entity_words.clone();
                }),
            ),
            (
                "field postings",
                only(&|c| {
                    c.index.field_terms = i.field_terms.clone();
                    c.index.field_offsets = i.field_offsets.clone();
                    c.index.field_postings = i.field_postings.clone();
                }),
            ),
            (
                "entity postings",
                only(&|c| {
                    c.index.entity_offsets = i.entity_offsets.clone();
                    c.index.entity_postings = i.entity_postings.clone();
                }),
            ),
            (
                "passage statistics",
                only(&|c| {
                    c.index.passage_len = i.passage_len.clone();
                    c.index.passage_facts = i.passage_facts.clone();
                }),
            ),
            (
                "view tables: words",
                only(&|c| c.views.words = self.views.words.clone()),
            ),
            (
                "view tables: similar documents",
                only(&|c| c.views.similar = self.views.similar.clone()),
            ),
            (
                "view tables: network layout",
                only(&|c| c.views.layout = self.views.layout.clone()),
            ),
        ];
        parts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        parts
    }

    /// A document's text. On a sharded site whose chunk for it is not loaded: spaces of its
    /// length (so that every byte range into it holds), and the chunk is noted as missing
    /// ([`crate::index::Residency::take_missing`]).
    pub fn doc_text(&self, doc: u32) -> &str {
        let own = self.docs.get(doc as usize).map_or("", |d| d.text.as_str());
        match &self.index.residency {
            Some(r) => r.doc_text(doc).unwrap_or(own),
            None => own,
        }
    }

    /// A document's keywords, most distinctive first: empty on a sharded site while its chunk is
    /// not loaded (and the chunk is noted as missing).
    pub fn doc_keywords(&self, doc: u32) -> &[String] {
        let own = self.docs.get(doc as usize).map_or(&[][..], |d| &d.keywords);
        match &self.index.residency {
            Some(r) => r.doc_notes(doc).map_or(&[][..], |n| &n.keywords),
            None => own,
        }
    }

    /// How many figures the corpus states (on a sharded site, loaded or not).
    pub fn figure_count(&self) -> usize {
        match &self.index.residency {
            Some(r) => r.figures().count(),
            None => self.figures.len(),
        }
    }

    /// A figure by id. On a sharded site `None` while its chunk is not loaded (the chunk is
    /// noted as missing); `None` too for an id out of range.
    pub fn figure(&self, i: u32) -> Option<&Figure> {
        match &self.index.residency {
            Some(r) => r.figure(i),
            None => self.figures.get(i as usize),
        }
    }

    /// The passage of a figure (on a sharded site, from the core, without loading the figures);
    /// `u32::MAX` for an id out of range.
    pub fn figure_passage(&self, i: u32) -> u32 {
        let passage = match &self.index.residency {
            Some(r) => r.figures().passages().get(i as usize).copied(),
            None => self.figures.get(i as usize).map(|f| f.passage),
        };
        passage.unwrap_or(u32::MAX)
    }

    /// Where a mention is in its document's text. On a sharded site `None` while the
    /// document's chunk is not loaded (the chunk is noted as missing: the core keeps each
    /// mention's entity, passage and rule, not its place); `None` too for an id out of range.
    pub fn mention_span(&self, i: u32) -> Option<Span> {
        match &self.index.residency {
            Some(r) => r.mention_span(i),
            None => self.mentions.get(i as usize).map(|m| m.span),
        }
    }

    /// Mentions `ids` (of `passage`) as byte ranges from the passage's start, with their
    /// entities: what the search's matcher reads with the passage's text. On a sharded site,
    /// those whose place is not loaded yet are left out (their chunk is noted as missing).
    pub fn passage_mentions(&self, passage: u32, ids: &[u32]) -> Vec<(Range<usize>, u32)> {
        let base = self
            .passages
            .get(passage as usize)
            .map_or(0, |p| p.span.start as usize);
        ids.iter()
            .filter_map(|&m| {
                let span = self.mention_span(m)?;
                let entity = self.mentions.get(m as usize)?.entity;
                let r = span.range();
                Some((
                    r.start.saturating_sub(base)..r.end.saturating_sub(base),
                    entity,
                ))
            })
            .collect()
    }

    /// How many dates the text states (on a sharded site, loaded or not).
    pub fn date_count(&self) -> usize {
        match &self.index.residency {
            Some(r) => r.dates().count(),
            None => self.dates.len(),
        }
    }

    /// A date by id, with its place in the text. On a sharded site `None` while its chunk is not
    /// loaded (the chunk is noted as missing); `None` too for an id out of range.
    pub fn date(&self, i: u32) -> Option<&DateFact> {
        match &self.index.residency {
            Some(r) => r.date(i),
            None => self.dates.get(i as usize),
        }
    }

    /// The passage of a date (on a sharded site, from the core); `u32::MAX` for an id out of
    /// range.
    pub fn date_passage(&self, i: u32) -> u32 {
        let passage = match &self.index.residency {
            Some(r) => r.dates().passages().get(i as usize).copied(),
            None => self.dates.get(i as usize).map(|d| d.passage),
        };
        passage.unwrap_or(u32::MAX)
    }

    /// A date's ISO form (on a sharded site, from the core); empty for an id out of range.
    pub fn date_iso(&self, i: u32) -> &str {
        match &self.index.residency {
            Some(r) => r.date_iso(i).unwrap_or(""),
            None => self.dates.get(i as usize).map_or("", |d| &d.iso),
        }
    }

    /// Whether every figure is in memory (always, but on a sharded site still loading them;
    /// then their chunks are noted as missing).
    pub fn figures_ready(&self) -> bool {
        self.index
            .residency
            .as_ref()
            .is_none_or(|r| r.figures_ready())
    }

    /// Whether a document's text is in memory (always, but on a sharded site still loading it;
    /// then its chunk is noted as missing).
    pub fn doc_ready(&self, doc: u32) -> bool {
        self.index
            .residency
            .as_ref()
            .is_none_or(|r| r.doc_ready(doc))
    }

    /// The text of a passage.
    pub fn passage_text(&self, passage: u32) -> &str {
        let p = &self.passages[passage as usize];
        self.doc_text(p.doc).get(p.span.range()).unwrap_or("")
    }

    /// The heading text of a passage's section, if it has one.
    pub fn heading_of(&self, passage: u32) -> Option<&str> {
        let p = &self.passages[passage as usize];
        let s = &self.sections[p.section as usize];
        s.heading
            .map(|h| self.doc_text(p.doc).get(h.range()).unwrap_or(""))
    }

    /// Serializes the corpus as a bundle: magic, format version, the checksum of the body
    /// ([`checksum`]), then the postcard body.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(1 << 16);
        out.extend_from_slice(&MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&[0; 8]);
        // Serializing plain data into a Vec cannot fail.
        let mut out = postcard::to_extend(self, out).expect("corpus serializes");
        reseal(&mut out);
        out
    }

    /// Reads a bundle written by [`Corpus::to_bytes`] of the same format version, and checks
    /// that it holds together (every reference and span in range, see [`Corpus::validate`]): a
    /// corrupted, truncated or forged bundle is an error, never a panic later.
    pub fn from_bytes(bytes: &[u8]) -> Result<Corpus, BundleError> {
        if bytes.len() < 12 || bytes[..8] != MAGIC {
            return Err(BundleError::NotABundle);
        }
        let version = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
        if version != FORMAT_VERSION {
            return Err(BundleError::Version {
                found: version,
                expected: FORMAT_VERSION,
            });
        }
        let body = bytes.get(HEADER_LEN..).ok_or(BundleError::Damaged)?;
        let sum = u64::from_le_bytes(bytes[12..HEADER_LEN].try_into().expect("eight bytes"));
        if checksum(body) != sum {
            return Err(BundleError::Damaged);
        }
        let mut corpus: Corpus =
            postcard::from_bytes(body).map_err(|e| BundleError::Decode(e.to_string()))?;
        crate::wire::owners(&mut corpus).map_err(BundleError::Invalid)?;
        corpus.validate()?;
        Ok(corpus)
    }

    /// Checks every cross-reference and span: documents, sections and passages point at each
    /// other and into their text on character boundaries; mentions, dates, figures and relations
    /// at passages and entities that exist; the index's dictionaries, offset tables and postings
    /// at terms, passages, sections, documents and entities in range.
    pub fn validate(&self) -> Result<(), BundleError> {
        validate::corpus(self).map_err(BundleError::Invalid)
    }
}

/// Why a bundle could not be loaded.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum BundleError {
    #[error("this is not a corpus bundle (wrong magic bytes)")]
    NotABundle,
    #[error(
        "the bundle has format version {found}, this build reads version {expected}: rebuild it"
    )]
    Version { found: u32, expected: u32 },
    #[error(
        "the bundle is damaged (cut short or changed: its checksum does not match): rebuild it"
    )]
    Damaged,
    #[error("the bundle is damaged: {0}")]
    Decode(String),
    #[error("the bundle is damaged: {0}")]
    Invalid(String),
}

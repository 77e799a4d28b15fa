//! Writes a compiled corpus as a sharded site ([`crate::shard`]): the core, and chunks of about
//! [`chunk_bytes_for`] bytes (postings by term range, a quarter of that size where the file
//! count allows; texts, and apart from them the word lists and notes, by document range; figures
//! and the dates' places twice that size), each with a `.gz` and a `.br` beside it for hosts that
//! serve precompressed files. Also the choice between the single bundle and the sharded site
//! ([`Layout`]).

use std::path::Path;

use rayon::prelude::*;

use crate::index::Residency;
use crate::model::{Corpus, DocNotes, Span};
use crate::shard::{
    content_hash, frame, DatesChunk, DocsChunk, FiguresChunk, Manifest, NotesChunk, TermsChunk,
    CHUNK_DIR, CHUNK_MAGIC, CORE_FILE, CORE_MAGIC,
};

/// Figures and dates chunks are this many times the size of the others: the figures view reads
/// every figures chunk, the reader and an entity page one or two of each.
const FACT_CHUNK_FACTOR: usize = 2;

/// Facts (figures, dates) in passage order cut into chunks of about `target` bytes: the chunks'
/// bounds (first ids, then the count), their framed bytes, and each passage's count as varints.
fn fact_chunks<T: Clone, C: serde::Serialize>(
    facts: &[T],
    passages: usize,
    target: usize,
    passage: impl Fn(&T) -> u32,
    chunk: impl Fn(u32, Vec<T>) -> C,
) -> (Vec<u32>, Vec<Vec<u8>>, Vec<u8>) {
    let whole = postcard::to_allocvec(&chunk(0, facts.to_vec()))
        .map(|b| b.len())
        .unwrap_or(0);
    let each = whole.div_ceil(facts.len().max(1)).max(1);
    let cuts = bounds(facts.len(), target, |_| each);
    let chunks = cuts
        .windows(2)
        .map(|w| {
            let items = facts[w[0] as usize..w[1] as usize].to_vec();
            frame(&CHUNK_MAGIC, &chunk(w[0], items))
        })
        .collect();
    let mut per_passage = vec![0u32; passages];
    for f in facts {
        if let Some(n) = per_passage.get_mut(passage(f) as usize) {
            *n += 1;
        }
    }
    let mut counts = Vec::with_capacity(passages);
    for n in per_passage {
        crate::index::write_varint(&mut counts, n);
    }
    (cuts, chunks, counts)
}

/// Where mentions are in the text, as a document chunk carries them: for each, its start after
/// its passage's start and its length, as varints.
fn mention_places(corpus: &Corpus, mentions: &[crate::model::Mention]) -> Vec<u8> {
    let mut out = Vec::with_capacity(mentions.len() * 3);
    for m in mentions {
        let base = corpus
            .passages
            .get(m.passage as usize)
            .map_or(0, |p| p.span.start);
        crate::index::write_varint(&mut out, m.span.start.saturating_sub(base));
        crate::index::write_varint(&mut out, m.span.len() as u32);
    }
    out
}

/// The smallest chunk size [`chunk_bytes_for`] chooses (before compression; about a third of
/// that with brotli). A query reads the chunks of its terms and of the passages it ranks, which
/// are spread over many documents: smaller chunks mean fewer bytes read for the same passages,
/// but more files and more queries that must wait for a fetch. In the page at 10,000 news
/// articles (BENCHMARKS.md, "The sharded site"), 128 KB gave the first result soonest and the
/// best median first meeting of a query (8 ms, against 85 ms with 64 KB chunks and 9 ms with
/// 512 KB ones, which download four times the bytes).
pub const MIN_CHUNK_BYTES: usize = 128 * 1024;

/// At most about this many chunks of postings, texts and notes: with the figures' and dates'
/// chunks (a few percent more), the core and the compressed copies, a site stays within the
/// 5,000 files that static hosts allow.
pub const MAX_CHUNKS: usize = 1_500;

/// The chunk size for a corpus: [`MIN_CHUNK_BYTES`], or larger where that would make more than
/// [`MAX_CHUNKS`] chunks.
pub fn chunk_bytes_for(corpus: &Corpus) -> usize {
    let data = document_bytes(corpus) + corpus.index.postings.len();
    MIN_CHUNK_BYTES.max(data.div_ceil(MAX_CHUNKS))
}

/// Postings chunks are this many times smaller than the others where the file count allows: a
/// query reads one for each of its words, whole, where it reads only a passage or two of most
/// text chunks it fetches (at 10,000 news articles a postings chunk of the common size is about
/// 90 KB brotli, a text chunk about 30).
const POSTINGS_SHARE: usize = 4;

/// The postings chunks' size for chunks of `target` bytes: [`POSTINGS_SHARE`] times smaller,
/// or as small as the room left under [`MAX_CHUNKS`] allows (at most `target`).
pub fn postings_chunk_bytes(corpus: &Corpus, target: usize) -> usize {
    let target = target.max(1);
    let others = document_bytes(corpus).div_ceil(target);
    let room = MAX_CHUNKS.saturating_sub(others).max(1);
    (target / POSTINGS_SHARE)
        .max(corpus.index.postings.len().div_ceil(room))
        .clamp(1, target)
}

/// About the bytes of the texts, word lists and notes chunks (all but postings, figures and
/// dates).
fn document_bytes(corpus: &Corpus) -> usize {
    let text: usize = corpus.docs.iter().map(|d| d.text.len()).sum();
    // The notes, about as they are written: their strings, and a few bytes a sentence.
    let strings = |v: &[String]| v.iter().map(|s| s.len() + 1).sum::<usize>();
    let notes: usize = corpus
        .docs
        .iter()
        .map(|d| {
            let meta: usize = d.meta.iter().map(|(k, v)| k.len() + v.len() + 2).sum();
            strings(&d.keywords) + strings(&d.tags) + meta + d.furniture.len() * 8
        })
        .sum::<usize>()
        + corpus
            .passages
            .iter()
            .map(|p| p.sentences.len() * 4)
            .sum::<usize>()
        + corpus
            .views
            .similar
            .iter()
            .map(|s| s.len() * 8)
            .sum::<usize>();
    text + corpus.views.words.entries.len() + notes
}

/// Above this much document text, [`Layout::Auto`] writes a sharded site: about 14,000 news
/// articles, where the single bundle is some 14 MB compressed.
pub const SHARD_ABOVE_TEXT_BYTES: usize = 40_000_000;

/// A single bundle (the whole corpus in the page) holding more text than this is refused: the
/// page would need more memory than a laptop's browser gives one tab (about four times the
/// text). Larger corpora are written as a sharded site.
pub const MAX_SINGLE_BUNDLE_TEXT_BYTES: u64 = 256 << 20;

/// Refuses a single bundle of more text than [`MAX_SINGLE_BUNDLE_TEXT_BYTES`], with what to do
/// instead.
pub fn check_single(corpus: &Corpus) -> Result<(), String> {
    single_text_check(corpus.docs.iter().map(|d| d.text.len() as u64).sum())
}

fn single_text_check(text: u64) -> Result<(), String> {
    let limit = MAX_SINGLE_BUNDLE_TEXT_BYTES;
    let mib = |n: u64| format!("{:.1} MiB", n as f64 / (1u64 << 20) as f64);
    if text > limit {
        return Err(format!(
            "the documents hold {} of text, over the limit of {} for a single bundle (the page \
             would need more memory than a browser gives one tab): write a sharded site \
             (CORPUS_LAYOUT=sharded or auto, or --layout sharded)",
            mib(text),
            mib(limit)
        ));
    }
    Ok(())
}

/// Which layout to write: `CORPUS_LAYOUT=single|sharded|auto`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Single,
    Sharded,
    /// Sharded above [`SHARD_ABOVE_TEXT_BYTES`] of text, else single.
    Auto,
}

impl Layout {
    pub fn parse(s: &str) -> Result<Layout, String> {
        match s {
            "single" => Ok(Layout::Single),
            "sharded" => Ok(Layout::Sharded),
            "auto" | "" => Ok(Layout::Auto),
            other => Err(format!(
                "unknown layout `{other}`: use single, sharded or auto"
            )),
        }
    }

    /// The layout for this corpus: `Single` or `Sharded`.
    pub fn resolve(self, corpus: &Corpus) -> Layout {
        match self {
            Layout::Auto => {
                let text: usize = corpus.docs.iter().map(|d| d.text.len()).sum();
                if text > SHARD_ABOVE_TEXT_BYTES {
                    Layout::Sharded
                } else {
                    Layout::Single
                }
            }
            other => other,
        }
    }
}

/// What [`write_site`] wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    /// Files written, compressed ones included.
    pub files: usize,
    pub core_bytes: u64,
    pub core_br_bytes: u64,
    pub term_chunks: usize,
    pub doc_chunks: usize,
    pub note_chunks: usize,
    pub figure_chunks: usize,
    pub date_chunks: usize,
    /// Bytes of every chunk, uncompressed.
    pub chunk_bytes: u64,
    /// The largest chunk's `.br` and `.gz`.
    pub largest_br: u64,
    pub largest_gz: u64,
}

/// Splits `0..n` into ranges of about `target` by `size(i)`: the bounds, first ids then `n`.
fn bounds(n: usize, target: usize, size: impl Fn(usize) -> usize) -> Vec<u32> {
    let mut out = vec![0u32];
    let mut acc = 0;
    for i in 0..n {
        acc += size(i);
        if acc >= target && i + 1 < n {
            out.push(i as u32 + 1);
            acc = 0;
        }
    }
    if n > 0 || out.is_empty() {
        out.push(n as u32);
    }
    out.dedup();
    out
}

/// The core and the chunks' contents, before they are named and written.
struct Split {
    manifest: Manifest,
    core: Corpus,
    terms: Vec<Vec<u8>>,
    docs: Vec<Vec<u8>>,
    notes: Vec<Vec<u8>>,
    figures: Vec<Vec<u8>>,
    dates: Vec<Vec<u8>>,
}

fn split(corpus: &Corpus, target: usize) -> Split {
    let index = &corpus.index;
    let offsets = &index.offsets;
    let terms = index.term_count();
    let term_bounds = bounds(terms, postings_chunk_bytes(corpus, target), |t| {
        (offsets[t + 1] - offsets[t]) as usize
    });
    let doc_bounds = bounds(corpus.docs.len(), target, |d| corpus.docs[d].text.len());
    let term_chunks: Vec<Vec<u8>> = term_bounds
        .windows(2)
        .map(|w| {
            let (a, b) = (offsets[w[0] as usize], offsets[w[1] as usize]);
            let chunk = TermsChunk {
                first: w[0],
                postings: index.postings[a as usize..b as usize].to_vec(),
            };
            frame(&CHUNK_MAGIC, &chunk)
        })
        .collect();
    let mention_bases = crate::shard::mention_bases(corpus, &doc_bounds);
    // The core: the corpus without postings, texts, word lists, the documents' notes and the
    // mentions' places in the text.
    let mut core = corpus.clone();
    for m in &mut core.mentions {
        m.span = Span::default();
    }
    core.figures = Vec::new();
    core.dates = Vec::new();
    // Relations are all pairs of entities of a passage, counted: the page works them out from
    // the mentions where it needs them, and the command line puts them back.
    core.relations = Vec::new();
    core.index.postings = Vec::new();
    // Which passages mention each entity: the page works them out from the mentions.
    core.index.entity_offsets = Vec::new();
    core.index.entity_postings = Vec::new();
    core.views.words.entries = Vec::new();
    core.index.residency = None::<Residency>;
    let mut notes: Vec<DocNotes> = Vec::with_capacity(core.docs.len());
    let mut similar = std::mem::take(&mut core.views.similar).into_iter();
    for d in &mut core.docs {
        d.text = String::new();
        let range = d.passages.start as usize..d.passages.end as usize;
        let mut own = DocNotes::take(d, &mut core.passages[range]);
        own.similar = similar.next().unwrap_or_default();
        notes.push(own);
    }
    let doc_chunks: Vec<Vec<u8>> = doc_bounds
        .windows(2)
        .enumerate()
        .map(|(k, w)| {
            let chunk = DocsChunk {
                first: w[0],
                texts: corpus.docs[w[0] as usize..w[1] as usize]
                    .iter()
                    .map(|d| d.text.clone())
                    .collect(),
                mentions: mention_places(
                    corpus,
                    &corpus.mentions[mention_bases[k] as usize..mention_bases[k + 1] as usize],
                ),
            };
            frame(&CHUNK_MAGIC, &chunk)
        })
        .collect();
    // The word lists and notes, by document ranges of their own: no search reads them, so a
    // search's texts come without them.
    let entries = &corpus.views.words.entries;
    let passage_words = &corpus.views.words.passage_bytes;
    let note_sizes: Vec<usize> = corpus
        .docs
        .iter()
        .zip(&notes)
        .map(|(d, n)| {
            let words: usize = passage_words
                .get(d.passages.start as usize..d.passages.end as usize)
                .map_or(0, |b| b.iter().map(|&b| b as usize).sum());
            words + postcard::experimental::serialized_size(n).unwrap_or(0)
        })
        .collect();
    let note_bounds = bounds(corpus.docs.len(), target, |d| note_sizes[d]);
    let word_bases = crate::shard::word_bases(corpus, &note_bounds);
    let note_chunks: Vec<Vec<u8>> = note_bounds
        .windows(2)
        .enumerate()
        .map(|(k, w)| {
            let chunk = NotesChunk {
                first: w[0],
                words: entries
                    .get(word_bases[k]..word_bases[k + 1])
                    .unwrap_or(&[])
                    .to_vec(),
                notes: notes[w[0] as usize..w[1] as usize].to_vec(),
            };
            frame(&CHUNK_MAGIC, &chunk)
        })
        .collect();
    // Figures and dates: chunks of about the same size each (their wire size is about even per
    // fact), and how many each passage states.
    let (figure_bounds, figure_chunks, figure_counts) = fact_chunks(
        &corpus.figures,
        corpus.passages.len(),
        target * FACT_CHUNK_FACTOR,
        |f| f.passage,
        |first, figures| FiguresChunk { first, figures },
    );
    let (date_bounds, date_chunks, date_counts) = fact_chunks(
        &corpus.dates,
        corpus.passages.len(),
        target * FACT_CHUNK_FACTOR,
        |d| d.passage,
        |first, dates| DatesChunk { first, dates },
    );
    // Each date's ISO form stays in the core, as an index into the distinct ones, commonest
    // first (so that most indices take one byte).
    let mut counts: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    for d in &corpus.dates {
        *counts.entry(&d.iso).or_default() += 1;
    }
    let mut forms: Vec<(&str, u32)> = counts.into_iter().collect();
    forms.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let ids: std::collections::HashMap<&str, u32> =
        forms.iter().zip(0..).map(|(&(f, _), i)| (f, i)).collect();
    let mut date_iso_ids = Vec::new();
    for d in &corpus.dates {
        crate::index::write_varint(&mut date_iso_ids, ids[&*d.iso]);
    }
    let date_isos: Vec<String> = forms.into_iter().map(|(f, _)| f.to_string()).collect();
    let name =
        |kind: &str, bytes: &Vec<u8>| format!("{CHUNK_DIR}/{kind}-{}.bin", content_hash(bytes));
    let manifest = Manifest {
        term_files: term_chunks.iter().map(|b| name("t", b)).collect(),
        doc_files: doc_chunks.iter().map(|b| name("d", b)).collect(),
        note_files: note_chunks.iter().map(|b| name("n", b)).collect(),
        figure_files: figure_chunks.iter().map(|b| name("f", b)).collect(),
        date_files: date_chunks.iter().map(|b| name("a", b)).collect(),
        term_bounds,
        doc_bounds,
        note_bounds,
        figure_bounds,
        figure_counts,
        date_bounds,
        date_counts,
        date_isos,
        date_iso_ids,
        longest_passage: corpus
            .passages
            .iter()
            .map(|p| p.span.len())
            .max()
            .unwrap_or(0) as u32,
    };
    Split {
        manifest,
        core,
        terms: term_chunks,
        docs: doc_chunks,
        notes: note_chunks,
        figures: figure_chunks,
        dates: date_chunks,
    }
}

/// Writes the sharded site into `dir`: `corpus-core.bin` and `chunks/`, each file with `.gz`
/// and `.br` beside it. A `chunks/` folder from an earlier build is replaced; one holding other
/// files is an error.
pub fn write_site(corpus: &Corpus, dir: &Path) -> Result<Written, String> {
    write_site_sized(corpus, dir, chunk_bytes_for(corpus))
}

/// [`write_site`] with chunks of about `target` bytes.
pub fn write_site_sized(corpus: &Corpus, dir: &Path, target: usize) -> Result<Written, String> {
    let shown = |p: &Path| p.display().to_string();
    // Refused before anything of an earlier site is removed.
    if corpus
        .figures
        .windows(2)
        .any(|w| w[0].passage > w[1].passage)
        || corpus.dates.windows(2).any(|w| w[0].passage > w[1].passage)
        || corpus
            .mentions
            .windows(2)
            .any(|w| w[0].passage > w[1].passage)
        || corpus.mentions.iter().any(|m| m.span.is_empty())
    {
        return Err(
            "the mentions, figures or dates are not in passage order, or a mention has no \
             text: the corpus is damaged"
                .into(),
        );
    }
    let chunk_dir = dir.join(CHUNK_DIR);
    if chunk_dir.exists() {
        let entries = std::fs::read_dir(&chunk_dir)
            .map_err(|e| format!("{}: cannot read it: {e}", shown(&chunk_dir)))?;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let ours = ["t-", "d-", "n-", "f-", "a-"]
                .iter()
                .any(|k| name.starts_with(k))
                && (name.ends_with(".bin")
                    || name.ends_with(".bin.gz")
                    || name.ends_with(".bin.br"));
            if !ours {
                return Err(format!(
                    "{}: holds {name}, which is not a chunk: not replacing it",
                    shown(&chunk_dir)
                ));
            }
        }
        std::fs::remove_dir_all(&chunk_dir)
            .map_err(|e| format!("{}: cannot clear it: {e}", shown(&chunk_dir)))?;
    }
    std::fs::create_dir_all(&chunk_dir)
        .map_err(|e| format!("{}: cannot create it: {e}", shown(&chunk_dir)))?;
    let s = split(corpus, target);
    let core = frame(&CORE_MAGIC, &(&s.manifest, &s.core));
    let mut files: Vec<(String, &[u8])> = vec![(CORE_FILE.to_string(), core.as_slice())];
    for (name, bytes) in s.manifest.term_files.iter().zip(&s.terms) {
        files.push((name.clone(), bytes));
    }
    for (name, bytes) in s.manifest.doc_files.iter().zip(&s.docs) {
        files.push((name.clone(), bytes));
    }
    for (name, bytes) in s.manifest.note_files.iter().zip(&s.notes) {
        files.push((name.clone(), bytes));
    }
    for (name, bytes) in s.manifest.figure_files.iter().zip(&s.figures) {
        files.push((name.clone(), bytes));
    }
    for (name, bytes) in s.manifest.date_files.iter().zip(&s.dates) {
        files.push((name.clone(), bytes));
    }
    let sizes: Vec<(u64, u64)> = files
        .par_iter()
        .map(|(name, bytes)| write_compressed(&dir.join(name), bytes))
        .collect::<Result<_, _>>()?;
    let chunk_sizes = &sizes[1..];
    Ok(Written {
        files: files.len() * 3,
        core_bytes: core.len() as u64,
        core_br_bytes: sizes[0].1,
        term_chunks: s.terms.len(),
        doc_chunks: s.docs.len(),
        note_chunks: s.notes.len(),
        figure_chunks: s.figures.len(),
        date_chunks: s.dates.len(),
        chunk_bytes: files[1..].iter().map(|(_, b)| b.len() as u64).sum(),
        largest_gz: chunk_sizes.iter().map(|s| s.0).max().unwrap_or(0),
        largest_br: chunk_sizes.iter().map(|s| s.1).max().unwrap_or(0),
    })
}

/// Writes `bytes` to `path`, `path.gz` and `path.br`; returns the compressed sizes.
fn write_compressed(path: &Path, bytes: &[u8]) -> Result<(u64, u64), String> {
    use std::io::Write;
    let fail = |e: std::io::Error| format!("{}: cannot write it: {e}", path.display());
    std::fs::write(path, bytes).map_err(fail)?;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).map_err(fail)?;
    let gz = gz.finish().map_err(fail)?;
    let mut br = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut br, 1 << 16, 9, 22);
        w.write_all(bytes).map_err(fail)?;
    }
    let with = |ext: &str| {
        let mut p = path.as_os_str().to_owned();
        p.push(ext);
        std::path::PathBuf::from(p)
    };
    std::fs::write(with(".gz"), &gz).map_err(fail)?;
    std::fs::write(with(".br"), &br).map_err(fail)?;
    Ok((gz.len() as u64, br.len() as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_cut_where_the_size_reaches_the_target() {
        assert_eq!(bounds(5, 10, |_| 4), vec![0, 3, 5]);
        assert_eq!(bounds(3, 100, |_| 4), vec![0, 3]);
        assert_eq!(bounds(0, 10, |_| 4), vec![0]);
        // One item larger than the target is a chunk of its own.
        assert_eq!(
            bounds(3, 10, |i| if i == 1 { 50 } else { 1 }),
            vec![0, 2, 3]
        );
    }

    #[test]
    fn layout_names_parse_and_others_are_refused() {
        assert_eq!(Layout::parse("single"), Ok(Layout::Single));
        assert_eq!(Layout::parse("sharded"), Ok(Layout::Sharded));
        assert_eq!(Layout::parse("auto"), Ok(Layout::Auto));
        assert!(Layout::parse("split")
            .unwrap_err()
            .contains("single, sharded or auto"));
    }

    #[test]
    fn auto_keeps_a_small_corpus_in_one_bundle() {
        let c = Corpus::default();
        assert_eq!(Layout::Auto.resolve(&c), Layout::Single);
        assert_eq!(Layout::Sharded.resolve(&c), Layout::Sharded);
    }

    #[test]
    fn chunks_are_small_until_there_would_be_too_many() {
        let mut c = Corpus::default();
        assert_eq!(chunk_bytes_for(&c), MIN_CHUNK_BYTES);
        // 10 MB of text and postings: 80 chunks of the smallest size.
        c.index.postings = vec![0; 2_000_000];
        c.docs.push(crate::model::Doc {
            text: "x".repeat(8_000_000),
            ..Default::default()
        });
        assert_eq!(chunk_bytes_for(&c), MIN_CHUNK_BYTES);
        // 400 MB: larger chunks, no more than MAX_CHUNKS of them.
        c.docs[0].text = "x".repeat(398_000_000);
        let size = chunk_bytes_for(&c);
        assert!(size > MIN_CHUNK_BYTES);
        assert!(400_000_000usize.div_ceil(size) <= MAX_CHUNKS);
    }

    #[test]
    fn postings_chunks_are_smaller_while_the_file_count_allows() {
        let mut c = Corpus::default();
        c.index.postings = vec![0; 2_000_000];
        c.docs.push(crate::model::Doc {
            text: "x".repeat(8_000_000),
            ..Default::default()
        });
        // Few chunks: a quarter of the size.
        let t = chunk_bytes_for(&c);
        assert_eq!(postings_chunk_bytes(&c, t), t / POSTINGS_SHARE);
        // Near the limit: as small as the room left allows, never larger than the others, and
        // the chunks together stay within it.
        c.docs[0].text = "x".repeat(398_000_000);
        c.index.postings = vec![0; 100_000_000];
        let t = chunk_bytes_for(&c);
        let p = postings_chunk_bytes(&c, t);
        assert!(p > t / POSTINGS_SHARE && p <= t, "{p} of {t}");
        assert!(398_000_000usize.div_ceil(t) + 100_000_000usize.div_ceil(p) <= MAX_CHUNKS + 1);
        assert_eq!(postings_chunk_bytes(&Corpus::default(), 0), 1);
    }

    #[test]
    fn a_single_bundle_over_its_text_limit_is_refused_with_the_way_out() {
        let limit = MAX_SINGLE_BUNDLE_TEXT_BYTES;
        assert_eq!(single_text_check(limit), Ok(()));
        let e = single_text_check(limit + 1).unwrap_err();
        assert!(
            e.contains("over the limit of 256.0 MiB for a single bundle"),
            "{e}"
        );
        assert!(e.contains("CORPUS_LAYOUT=sharded"), "{e}");
        assert_eq!(check_single(&Corpus::default()), Ok(()));
    }
}

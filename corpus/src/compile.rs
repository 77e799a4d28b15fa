//! The build pipeline: read a folder, parse every document, analyse, index, and produce the
//! [`Corpus`] the bundle carries. Every problem of every file is collected, so one run reports
//! them all; a file with a problem is left out and the rest is built.

use std::path::Path;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::analyze;
use crate::config::Config;
use crate::diag::Diagnostic;
use crate::ingest::{self, BlockKind, Parsed};
use crate::model::{Corpus, Doc, Format, Passage, Section, Span};

/// A parsed document waiting to be compiled.
#[derive(Debug, Clone)]
pub struct Input {
    pub id: String,
    pub format: Format,
    pub parsed: Parsed,
}

/// A compiled corpus and the problems met on the way that did not stop the build.
#[derive(Debug)]
pub struct Compiled {
    pub corpus: Corpus,
    /// Every problem met, in file order: files left out (severity error, each naming the file,
    /// line and why) and guesses (warnings). A build goes on without the files left out; `corpus
    /// check` and a strict build (`CORPUS_STRICT=1`) fail on them.
    pub warnings: Vec<Diagnostic>,
}

impl Compiled {
    /// How many files were left out.
    pub fn left_out(&self) -> usize {
        self.warnings.iter().filter(|d| d.is_error()).count()
    }
}

/// How far reading a folder has got.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    /// Documents read and parsed, of `total`.
    pub done: usize,
    pub total: usize,
    /// Bytes of those documents' files, of `bytes_total`.
    pub bytes_done: u64,
    pub bytes_total: u64,
    pub elapsed: std::time::Duration,
}

impl Progress {
    /// Megabytes (10^6 bytes) of source read per second so far.
    pub fn mb_per_second(&self) -> f64 {
        let secs = self.elapsed.as_secs_f64();
        if secs > 0.0 {
            self.bytes_done as f64 / 1e6 / secs
        } else {
            0.0
        }
    }

    /// The time left at the rate so far, once there is a rate to go by.
    pub fn remaining(&self) -> Option<std::time::Duration> {
        if self.bytes_done == 0 || self.elapsed.is_zero() {
            return None;
        }
        let left = self.bytes_total.saturating_sub(self.bytes_done) as f64;
        let per_byte = self.elapsed.as_secs_f64() / self.bytes_done as f64;
        Some(std::time::Duration::from_secs_f64(left * per_byte))
    }
}

/// The shared counters behind [`Progress`].
struct Tally {
    total: usize,
    bytes_total: u64,
    start: std::time::Instant,
    done: AtomicUsize,
    bytes_done: AtomicU64,
}

impl Tally {
    fn add(&self, bytes: u64) -> Progress {
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        let bytes_done = self.bytes_done.fetch_add(bytes, Ordering::Relaxed) + bytes;
        Progress {
            done,
            total: self.total,
            bytes_done,
            bytes_total: self.bytes_total,
            elapsed: self.start.elapsed(),
        }
    }
}

/// Reads and compiles the corpus in `dir`. `config` overrides the folder's own `explorer.toml`.
///
/// A problem with one file leaves that file out (reported as an error naming it) and the build
/// goes on with the rest. The build stops, returning every diagnostic, only when nothing can be
/// built: the folder cannot be read or holds no document that reads, the configuration is
/// broken, or the corpus is beyond [`ingest::MAX_CORPUS_BYTES`] or [`ingest::MAX_DOCUMENTS`].
pub fn compile_dir(dir: &Path, config: Option<&Path>) -> Result<Compiled, Vec<Diagnostic>> {
    compile_dir_with(dir, config, &|_| {})
}

/// [`compile_dir`], telling `progress` how reading the documents goes.
pub fn compile_dir_with(
    dir: &Path,
    config: Option<&Path>,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<Compiled, Vec<Diagnostic>> {
    let (inputs, config, warnings) = read_dir_with(dir, config, progress)?;
    let corpus = build(&corpus_name(dir), inputs, &config);
    Ok(Compiled { corpus, warnings })
}

/// The name a corpus is shown by: its folder's.
pub fn corpus_name(dir: &Path) -> String {
    dir.canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| dir.display().to_string())
}

/// What [`read_dir`] returns: the parsed documents, the configuration and the warnings.
pub type Read = (Vec<Input>, Config, Vec<Diagnostic>);

/// Reads and parses every document of `dir` and the configuration (see [`compile_dir`] for what
/// stops and what leaves a file out).
pub fn read_dir(dir: &Path, config: Option<&Path>) -> Result<Read, Vec<Diagnostic>> {
    read_dir_with(dir, config, &|_| {})
}

/// [`read_dir`] on every core, telling `progress` after each document (from any thread).
pub fn read_dir_with(
    dir: &Path,
    config: Option<&Path>,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<Read, Vec<Diagnostic>> {
    let listing = ingest::list(dir);
    let mut diagnostics = listing.diagnostics;
    let mut fatal = listing.fatal;
    let config_path = config.map(Path::to_path_buf).or(listing.config);
    let config = match &config_path {
        Some(path) => {
            let shown = path.display().to_string();
            match ingest::read_bounded(path, &shown, ingest::MAX_CONFIG_BYTES)
                .and_then(|bytes| ingest::decode(&shown, &bytes))
                .and_then(|text| Config::parse(&shown, &text))
            {
                Ok(config) => config,
                Err(d) => {
                    fatal = true;
                    diagnostics.push(d);
                    Config::default()
                }
            }
        }
        None => Config::default(),
    };

    // Files over the per-document limit are left out, so they do not count towards the total.
    let total: u64 = listing
        .files
        .iter()
        .map(|f| f.len)
        .filter(|&len| len <= ingest::MAX_DOCUMENT_BYTES)
        .sum();
    let display = dir.display().to_string();
    if listing.files.len() > ingest::MAX_DOCUMENTS {
        fatal = true;
        diagnostics.push(Diagnostic::error(
            display.clone(),
            1,
            format!(
                "the folder has {} documents, over the limit of {}: build several explorers from parts of it",
                listing.files.len(),
                ingest::MAX_DOCUMENTS
            ),
        ));
    }
    if total > ingest::MAX_CORPUS_BYTES {
        fatal = true;
        diagnostics.push(Diagnostic::error(
            display.clone(),
            1,
            format!(
                "the documents add up to {}, over the limit of {} for one explorer: build several explorers from parts of it",
                ingest::human_bytes(total),
                ingest::human_bytes(ingest::MAX_CORPUS_BYTES)
            ),
        ));
    }
    if fatal {
        diagnostics.sort_by(|a, b| a.path.cmp(&b.path));
        return Err(diagnostics);
    }

    let tally = Tally {
        total: listing.files.len(),
        bytes_total: total,
        start: std::time::Instant::now(),
        done: AtomicUsize::new(0),
        bytes_done: AtomicU64::new(0),
    };
    // Every core reads and parses; the results come back in file order, so diagnostics and
    // document ids do not depend on the number of threads.
    let read: Vec<_> = listing
        .files
        .into_par_iter()
        .map(|file| {
            let shown = file.path.display().to_string();
            let one = read_one(&file, &shown);
            let counted = if file.len <= ingest::MAX_DOCUMENT_BYTES {
                file.len
            } else {
                0
            };
            progress(tally.add(counted));
            (file, one)
        })
        .collect();
    let mut inputs = Vec::with_capacity(read.len());
    for (file, one) in read {
        match one {
            Ok((parsed, warnings)) => {
                diagnostics.extend(warnings);
                inputs.push(Input {
                    id: file.id,
                    format: file.format,
                    parsed,
                });
            }
            Err(d) => diagnostics.push(d),
        }
    }
    check_duplicates(dir, &mut inputs, &mut diagnostics);
    diagnostics.sort_by(|a, b| a.path.cmp(&b.path));
    if inputs.is_empty() {
        diagnostics.push(Diagnostic::error(
            display,
            1,
            "no document could be read: every file was left out (see the messages above)",
        ));
        return Err(diagnostics);
    }
    Ok((inputs, config, diagnostics))
}

/// Reads, decodes and parses one listed file.
fn read_one(
    file: &ingest::SourceFile,
    shown: &str,
) -> Result<(Parsed, Vec<Diagnostic>), Diagnostic> {
    if file.len > ingest::MAX_DOCUMENT_BYTES {
        return Err(Diagnostic::error(
            shown,
            1,
            format!(
                "the file is {}, over the limit of {} per document: split it; left out",
                ingest::human_bytes(file.len),
                ingest::human_bytes(ingest::MAX_DOCUMENT_BYTES)
            ),
        ));
    }
    let bytes = ingest::read_bounded(&file.real, shown, ingest::MAX_DOCUMENT_BYTES)?;
    let text = ingest::decode(shown, &bytes)?;
    drop(bytes);
    let (parsed, warnings) = ingest::parse(file.format, shown, &text)?;
    if parsed.blocks.iter().all(|b| b.kind != BlockKind::Paragraph) {
        return Err(Diagnostic::error(
            shown,
            1,
            "the document has no paragraphs of text after page furniture was removed",
        ));
    }
    Ok((parsed, warnings))
}

/// Two documents whose ids differ only in case would share a link on case-insensitive systems:
/// the second is left out. Two documents with the same text are probably one saved twice: a
/// warning.
fn check_duplicates(dir: &Path, inputs: &mut Vec<Input>, diagnostics: &mut Vec<Diagnostic>) {
    let mut ids: std::collections::BTreeMap<String, String> = Default::default();
    let mut texts: std::collections::BTreeMap<u64, usize> = Default::default();
    let mut kept: Vec<Input> = Vec::with_capacity(inputs.len());
    for input in std::mem::take(inputs) {
        let shown = dir.join(&input.id).display().to_string();
        if let Some(first) = ids.get(&input.id.to_lowercase()) {
            diagnostics.push(Diagnostic::error(
                shown,
                1,
                format!("document id clashes with {first} (ids must differ by more than case): rename one; left out"),
            ));
            continue;
        }
        ids.insert(input.id.to_lowercase(), input.id.clone());
        let hash = fnv1a(input.parsed.blocks.iter().map(|b| b.text.as_str()));
        match texts.get(&hash) {
            Some(&first) if kept[first].parsed.blocks == input.parsed.blocks => {
                diagnostics.push(Diagnostic::warning(
                    shown,
                    1,
                    format!("same text as {}; both are kept", kept[first].id),
                ));
            }
            _ => {
                texts.insert(hash, kept.len());
            }
        }
        kept.push(input);
    }
    *inputs = kept;
}

/// FNV-1a over a sequence of strings: stable across builds and platforms.
fn fnv1a<'a>(parts: impl Iterator<Item = &'a str>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.as_bytes().iter().chain(std::iter::once(&0xff)) {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Gives each entity the names `explorer.toml` lists for it (`[[alias]]`) that the text did not
/// show, so that search knows them all: a query for any of them finds the entity's mentions.
fn add_configured_aliases(corpus: &mut Corpus, config: &Config) {
    let key = |name: &str| crate::text::name_words(name).join(" ");
    for alias in &config.aliases {
        let group: Vec<&String> = std::iter::once(&alias.name).chain(&alias.aliases).collect();
        let keys: Vec<String> = group.iter().map(|n| key(n)).collect();
        let kind = alias.kind.as_deref();
        for entity in &mut corpus.entities {
            if kind.is_some_and(|k| k != entity.kind.name()) {
                continue;
            }
            let named = std::iter::once(&entity.name)
                .chain(&entity.aliases)
                .any(|n| keys.contains(&key(n)));
            if !named {
                continue;
            }
            for name in &group {
                let k = key(name);
                let known = std::iter::once(&entity.name)
                    .chain(&entity.aliases)
                    .any(|n| key(n) == k);
                if !known {
                    entity.aliases.push(name.to_string());
                }
            }
        }
    }
}

/// Compiles parsed documents into a corpus: text, structure, analysis and index.
pub fn build(name: &str, inputs: Vec<Input>, config: &Config) -> Corpus {
    build_timed(name, inputs, config).0
}

/// [`build`], with the time each stage took: layout, every analysis stage, index.
pub fn build_timed(
    name: &str,
    inputs: Vec<Input>,
    config: &Config,
) -> (Corpus, Vec<(&'static str, std::time::Duration)>) {
    let mut stages = Vec::new();
    let t = std::time::Instant::now();
    let mut corpus = Corpus {
        name: name.to_string(),
        ..Corpus::default()
    };
    for input in inputs {
        add_document(&mut corpus, input);
    }
    stages.push(("layout", t.elapsed()));
    let analysis = analyze::analyze_timed(&mut corpus, config);
    stages.extend(analysis.stages);
    let t = std::time::Instant::now();
    add_configured_aliases(&mut corpus, config);
    corpus.acronyms = analyze::acronyms::detect(&corpus);
    corpus.index = crate::build::index::build(&corpus);
    stages.push(("index", t.elapsed()));
    // What the views read (word table, similar documents, network layout, identity).
    let (views, view_stages) = analyze::views::build_timed(&corpus);
    corpus.views = views;
    stages.extend(view_stages);
    (corpus, stages)
}

/// Lays out a document's blocks as its text and records its sections and passages.
fn add_document(corpus: &mut Corpus, input: Input) {
    let doc_id = corpus.docs.len() as u32;
    let parsed = input.parsed;
    let mut text = String::new();
    let first_section = corpus.sections.len() as u32;
    let first_passage = corpus.passages.len() as u32;
    for block in &parsed.blocks {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let span = Span::new(text.len(), text.len() + block.text.len());
        text.push_str(&block.text);
        let passage_id = corpus.passages.len() as u32;
        match block.kind {
            BlockKind::Heading(level) => corpus.sections.push(Section {
                doc: doc_id,
                heading: Some(span),
                level,
                passages: passage_id..passage_id,
            }),
            BlockKind::Paragraph => {
                if corpus.sections.len() as u32 == first_section {
                    corpus.sections.push(Section {
                        doc: doc_id,
                        heading: None,
                        level: 1,
                        passages: passage_id..passage_id,
                    });
                }
                let section = corpus.sections.len() as u32 - 1;
                corpus.sections[section as usize].passages.end = passage_id + 1;
                corpus.passages.push(Passage {
                    doc: doc_id,
                    section,
                    span,
                    sentences: Vec::new(),
                    themes: Vec::new(),
                });
            }
        }
    }
    let lang = parsed
        .lang
        .clone()
        .unwrap_or_else(|| detect_language(&text));
    let title = parsed
        .title
        .clone()
        .unwrap_or_else(|| ingest::title_from_file_name(&input.id));
    corpus.docs.push(Doc {
        id: input.id,
        title,
        date: parsed.date,
        lang,
        source: parsed.source,
        tags: parsed.tags,
        meta: parsed.meta,
        format: Some(input.format),
        text,
        sections: first_section..corpus.sections.len() as u32,
        passages: first_passage..corpus.passages.len() as u32,
        keywords: Vec::new(),
        themes: Vec::new(),
        furniture: parsed.furniture,
    });
}

/// The language of a text as an ISO 639-1 code; `und` when it cannot be told.
pub fn detect_language(text: &str) -> String {
    let script = ingest::furniture::dominant_script(text);
    match script {
        "Han" => return "zh".into(),
        "Kana" => return "ja".into(),
        "Hangul" => return "ko".into(),
        _ => {}
    }
    match whatlang::detect(text) {
        Some(info) => iso639_1(info.lang().code()).to_string(),
        None => "und".into(),
    }
}

/// Maps the ISO 639-3 codes of the detector to ISO 639-1 where one exists.
fn iso639_1(code: &str) -> &str {
    match code {
        "eng" => "en",
        "rus" => "ru",
        "tur" => "tr",
        "deu" => "de",
        "fra" => "fr",
        "spa" => "es",
        "ita" => "it",
        "por" => "pt",
        "nld" => "nl",
        "swe" => "sv",
        "dan" => "da",
        "nob" => "no",
        "fin" => "fi",
        "hun" => "hu",
        "ron" => "ro",
        "ell" => "el",
        "ara" => "ar",
        "tam" => "ta",
        "ukr" => "uk",
        "bel" => "be",
        "bul" => "bg",
        "pol" => "pl",
        "ces" => "cs",
        "slk" => "sk",
        "slv" => "sl",
        "hrv" => "hr",
        "srp" => "sr",
        "lit" => "lt",
        "lav" => "lv",
        "est" => "et",
        "aze" => "az",
        "uzb" => "uz",
        "kat" => "ka",
        "hye" => "hy",
        "heb" => "he",
        "pes" => "fa",
        "urd" => "ur",
        "hin" => "hi",
        "ben" => "bn",
        "cmn" => "zh",
        "jpn" => "ja",
        "kor" => "ko",
        "vie" => "vi",
        "tha" => "th",
        "ind" => "id",
        other => other,
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn progress_tells_the_rate_and_the_time_left() {
        let p = Progress {
            done: 10,
            total: 40,
            bytes_done: 2_000_000,
            bytes_total: 8_000_000,
            elapsed: Duration::from_secs(2),
        };
        assert_eq!(p.mb_per_second(), 1.0);
        assert_eq!(p.remaining(), Some(Duration::from_secs(6)));
    }

    #[test]
    fn progress_has_no_time_left_before_any_byte() {
        let p = Progress {
            done: 0,
            total: 4,
            bytes_done: 0,
            bytes_total: 100,
            elapsed: Duration::from_millis(5),
        };
        assert_eq!(p.remaining(), None);
    }
}

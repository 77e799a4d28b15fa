//! The build pipeline: read a folder, parse every document, analyse, index, and produce the
//! [`Corpus`] the bundle carries. Every problem of every file is collected before giving up, so
//! one run reports them all.

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

/// A compiled corpus and the warnings met on the way.
#[derive(Debug)]
pub struct Compiled {
    pub corpus: Corpus,
    pub warnings: Vec<Diagnostic>,
}

/// Reads and compiles the corpus in `dir`. `config` overrides the folder's own `explorer.toml`.
/// On failure returns every diagnostic found, errors and warnings, in file order.
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
    let name = dir
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| dir.display().to_string());
    let corpus = build(&name, inputs, &config);
    Ok(Compiled { corpus, warnings })
}

/// What [`read_dir`] returns: the parsed documents, the configuration and the warnings.
pub type Read = (Vec<Input>, Config, Vec<Diagnostic>);

/// Reads and parses every document of `dir` and the configuration.
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
    let config_path = config.map(Path::to_path_buf).or(listing.config);
    let config = match &config_path {
        Some(path) => {
            let shown = path.display().to_string();
            match std::fs::read(path) {
                Ok(bytes) => match ingest::decode(&shown, &bytes)
                    .and_then(|text| Config::parse(&shown, &text))
                {
                    Ok(config) => config,
                    Err(d) => {
                        diagnostics.push(d);
                        Config::default()
                    }
                },
                Err(e) => {
                    diagnostics.push(Diagnostic::error(
                        shown,
                        1,
                        format!("cannot read the configuration: {e}"),
                    ));
                    Config::default()
                }
            }
        }
        None => Config::default(),
    };

    let sizes: Vec<u64> = listing
        .files
        .iter()
        .map(|f| std::fs::metadata(&f.path).map_or(0, |m| m.len()))
        .collect();
    let tally = Tally {
        total: listing.files.len(),
        bytes_total: sizes.iter().sum(),
        start: std::time::Instant::now(),
        done: AtomicUsize::new(0),
        bytes_done: AtomicU64::new(0),
    };
    // Every core reads and parses; the results come back in file order, so diagnostics and
    // document ids do not depend on the number of threads.
    let read: Vec<(Option<Input>, Vec<Diagnostic>)> = listing
        .files
        .into_par_iter()
        .zip(sizes.into_par_iter())
        .map(|(file, size)| {
            let one = read_one(file);
            progress(tally.add(size));
            one
        })
        .collect();
    let mut inputs = Vec::with_capacity(read.len());
    for (input, found) in read {
        diagnostics.extend(found);
        inputs.extend(input);
    }
    check_duplicates(dir, &inputs, &mut diagnostics);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(diagnostics);
    }
    Ok((inputs, config, diagnostics))
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

/// Reads, decodes and parses one file: the document, or none and why, with any warnings.
fn read_one(file: ingest::SourceFile) -> (Option<Input>, Vec<Diagnostic>) {
    let shown = file.path.display().to_string();
    let bytes = match std::fs::read(&file.path) {
        Ok(bytes) => bytes,
        Err(e) => {
            let d = Diagnostic::error(shown, 1, format!("cannot read the file: {e}"));
            return (None, vec![d]);
        }
    };
    if bytes.len() > u32::MAX as usize / 2 {
        let d = Diagnostic::error(shown, 1, "the file is larger than 2 GiB; split it");
        return (None, vec![d]);
    }
    let text = match ingest::decode(&shown, &bytes) {
        Ok(text) => text,
        Err(d) => return (None, vec![d]),
    };
    match ingest::parse(file.format, &shown, &text) {
        Ok((parsed, mut warnings)) => {
            if parsed.blocks.iter().all(|b| b.kind != BlockKind::Paragraph) {
                warnings.push(Diagnostic::error(
                    shown,
                    1,
                    "the document has no paragraphs of text after page furniture was removed",
                ));
                return (None, warnings);
            }
            let input = Input {
                id: file.id,
                format: file.format,
                parsed,
            };
            (Some(input), warnings)
        }
        Err(d) => (None, vec![d]),
    }
}

/// Two documents whose ids differ only in case would share a link on case-insensitive systems:
/// an error. Two documents with the same text are probably one saved twice: a warning.
fn check_duplicates(dir: &Path, inputs: &[Input], diagnostics: &mut Vec<Diagnostic>) {
    let mut ids: std::collections::BTreeMap<String, &str> = Default::default();
    let mut texts: std::collections::BTreeMap<u64, &Input> = Default::default();
    for input in inputs {
        let shown = dir.join(&input.id).display().to_string();
        if let Some(first) = ids.insert(input.id.to_lowercase(), &input.id) {
            diagnostics.push(Diagnostic::error(
                shown.clone(),
                1,
                format!("document id clashes with {first} (ids must differ by more than case): rename one"),
            ));
        }
        let hash = fnv1a(input.parsed.blocks.iter().map(|b| b.text.as_str()));
        match texts.get(&hash) {
            Some(first) if first.parsed.blocks == input.parsed.blocks => {
                diagnostics.push(Diagnostic::warning(
                    shown,
                    1,
                    format!("same text as {}; both are kept", first.id),
                ));
            }
            _ => {
                texts.insert(hash, input);
            }
        }
    }
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

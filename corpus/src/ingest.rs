//! Reading documents: finding the files of a corpus folder, checking that they are text, and
//! parsing each format into the same shape, a [`Parsed`] document of blocks.

use std::path::{Path, PathBuf};

use crate::diag::{line_of, Diagnostic};
use crate::model::{Format, Furniture};

pub mod furniture;
pub mod html;
pub mod md;
pub mod txt;

/// File extensions read as documents, with their format.
pub const EXTENSIONS: &[(&str, Format)] = &[
    ("txt", Format::Text),
    ("text", Format::Text),
    ("md", Format::Markdown),
    ("markdown", Format::Markdown),
    ("html", Format::Html),
    ("htm", Format::Html),
    ("xhtml", Format::Html),
];

/// The name of the optional corpus configuration file.
pub const CONFIG_FILE: &str = "explorer.toml";

/// A document as parsed from its source, before analysis.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    pub title: Option<String>,
    pub date: Option<String>,
    pub lang: Option<String>,
    pub source: Option<String>,
    pub tags: Vec<String>,
    /// Other metadata, sorted by key.
    pub meta: Vec<(String, String)>,
    pub blocks: Vec<Block>,
    pub furniture: Vec<Furniture>,
}

/// A block of article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    /// 1-based line in the source file where the block starts.
    pub line: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading of the given level (1 = top).
    Heading(u8),
    Paragraph,
}

/// Blocks for tests: one per paragraph, numbered as lines from 1; a paragraph starting with `# `
/// is a heading of `heading_level`.
#[cfg(test)]
pub(crate) fn test_blocks<'a>(
    paragraphs: impl IntoIterator<Item = &'a str>,
    heading_level: u8,
) -> Vec<Block> {
    paragraphs
        .into_iter()
        .enumerate()
        .map(|(i, b)| {
            let (kind, text) = match b.strip_prefix("# ") {
                Some(h) => (BlockKind::Heading(heading_level), h),
                None => (BlockKind::Paragraph, b),
            };
            Block {
                kind,
                text: text.to_string(),
                line: i as u32 + 1,
            }
        })
        .collect()
}

/// Documents larger than this are left out with a message (split them): a passage list, an index
/// and a page built from one file this large would be slow to search and to open on a phone.
pub const MAX_DOCUMENT_BYTES: u64 = 16 << 20;
/// A corpus whose documents add up to more than this is refused before anything is read: the
/// build's memory grows with the text (about eleven times it at its peak at 100,000 generated
/// articles: 3.3 GB for 290 MB; BENCHMARKS.md), so this keeps a build within a 16 GB machine.
/// The single bundle has a lower limit ([`crate::build::shard::MAX_SINGLE_BUNDLE_TEXT_BYTES`]).
pub const MAX_CORPUS_BYTES: u64 = 1 << 30;
/// A corpus with more documents than this is refused before anything is read.
pub const MAX_DOCUMENTS: usize = 1_000_000;
/// `explorer.toml` larger than this is refused.
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;
/// Paragraphs longer than this are split into passages of at most this many bytes, at a sentence
/// end or a space where there is one (a line of 50 MB without a space becomes passages too).
pub const MAX_PASSAGE_BYTES: usize = 16 << 10;
/// Titles, sources, tags and other metadata values are cut to this many characters.
pub const MAX_META_CHARS: usize = 500;

/// A file found in a corpus folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The path as the user sees it (the corpus folder joined with the id), for messages.
    pub path: PathBuf,
    /// Path relative to the corpus folder with `/` separators: the document id.
    pub id: String,
    pub format: Format,
    /// The file's canonical path, checked to lie inside the corpus folder: what is read.
    pub real: PathBuf,
    /// Its size when listed.
    pub len: u64,
}

/// What a folder holds: the documents to read, and what was left aside (with why).
#[derive(Debug, Default)]
pub struct Listing {
    pub files: Vec<SourceFile>,
    pub config: Option<PathBuf>,
    pub diagnostics: Vec<Diagnostic>,
    /// The folder itself cannot be read, or holds no document: nothing can be built.
    pub fatal: bool,
    /// Symbolic links that lead outside the folder (skipped).
    pub links_outside: usize,
}

/// The format a file name maps to, by extension (case-insensitive).
pub fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    EXTENSIONS.iter().find(|(e, _)| *e == ext).map(|&(_, f)| f)
}

/// Lists the documents under `dir`, recursively, sorted by id so that builds are reproducible.
///
/// Only what lies inside the folder is read: a symbolic link is followed when it leads to a file
/// or folder inside it (each file is listed once, under its own path rather than a link's where it
/// has one, and a link back to a folder already walked ends there, so loops terminate), and is
/// skipped with a message when it leads outside, nowhere, or round in a circle. Named pipes,
/// sockets and devices are skipped with a message and never opened. Hidden files and folders are
/// skipped with a message; other files that are not documents are reported too, never dropped
/// silently. The walk keeps its own stack, so folders nested any depth cannot overflow it.
pub fn list(dir: &Path) -> Listing {
    let mut listing = Listing::default();
    let display = dir.display().to_string();
    let fatal = |listing: &mut Listing, message: String| {
        listing
            .diagnostics
            .push(Diagnostic::error(display.clone(), 1, message));
        listing.fatal = true;
    };
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            fatal(
                &mut listing,
                "not a folder: point the build at a folder of documents".into(),
            );
            return listing;
        }
        Err(e) => {
            fatal(&mut listing, format!("cannot read the corpus folder: {e}"));
            return listing;
        }
    }
    let root = match dir.canonicalize() {
        Ok(root) => root,
        Err(e) => {
            fatal(&mut listing, format!("cannot read the corpus folder: {e}"));
            return listing;
        }
    };
    let mut walk = Walk {
        dir,
        root: &root,
        visited: Default::default(),
        found: Vec::new(),
        links: Vec::new(),
    };
    walk.run(&mut listing);
    let found = std::mem::take(&mut walk.found);
    keep_each_file_once(found, &mut listing);
    listing.files.sort_by(|a, b| a.id.cmp(&b.id));
    listing.diagnostics.sort_by(|a, b| a.path.cmp(&b.path));
    if listing.files.is_empty() && !listing.fatal {
        let exts: Vec<String> = EXTENSIONS.iter().map(|(e, _)| format!(".{e}")).collect();
        fatal(
            &mut listing,
            format!(
                "the folder has no documents (looked for {})",
                exts.join(", ")
            ),
        );
    }
    listing
}

/// A document found on the walk, before files reached twice are merged.
struct Found {
    file: SourceFile,
    /// Reached through a symbolic link (to the file, or to a folder above it).
    via_link: bool,
}

/// The state of one walk over a corpus folder.
struct Walk<'a> {
    /// The folder as given, for paths shown to the user.
    dir: &'a Path,
    /// Its canonical path: everything read lies under it.
    root: &'a Path,
    /// Canonical paths of the folders walked or queued.
    visited: std::collections::BTreeSet<PathBuf>,
    found: Vec<Found>,
    /// Links to folders inside the corpus, followed once the folders themselves are walked (so
    /// that a folder's own path wins over a link's): (id of the link, canonical target).
    links: Vec<(String, PathBuf)>,
}

impl Walk<'_> {
    fn run(&mut self, listing: &mut Listing) {
        // (id of the folder, its canonical path, reached through a link)
        let mut stack: Vec<(String, PathBuf, bool)> =
            vec![(String::new(), self.root.into(), false)];
        self.visited.insert(self.root.into());
        loop {
            while let Some((id, real, via_link)) = stack.pop() {
                self.folder(&id, &real, via_link, &mut stack, listing);
            }
            if self.links.is_empty() {
                break;
            }
            // Links to folders, in order of their ids; a target walked already is a loop or a
            // second path to the same documents.
            let mut links = std::mem::take(&mut self.links);
            links.sort();
            for (id, target) in links {
                if self.visited.insert(target.clone()) {
                    stack.push((id, target, true));
                } else {
                    listing.diagnostics.push(Diagnostic::warning(
                        self.shown(&id),
                        1,
                        "skipped: a symbolic link to a folder that is read already (a loop, or a second path to the same documents)",
                    ));
                }
            }
            stack.reverse();
        }
    }

    fn shown(&self, id: &str) -> String {
        if id.is_empty() {
            self.dir.display().to_string()
        } else {
            self.dir.join(id).display().to_string()
        }
    }

    /// Lists one folder: documents into `found`, sub-folders onto `stack`.
    fn folder(
        &mut self,
        id: &str,
        real: &Path,
        via_link: bool,
        stack: &mut Vec<(String, PathBuf, bool)>,
        listing: &mut Listing,
    ) {
        let entries = match std::fs::read_dir(real) {
            Ok(entries) => entries,
            Err(e) => {
                listing.diagnostics.push(Diagnostic::error(
                    self.shown(id),
                    1,
                    format!("cannot read folder: {e}; its documents are left out"),
                ));
                return;
            }
        };
        let mut names: Vec<(std::ffi::OsString, std::io::Result<std::fs::FileType>)> = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => names.push((entry.file_name(), entry.file_type())),
                Err(e) => listing.diagnostics.push(Diagnostic::error(
                    self.shown(id),
                    1,
                    format!("cannot list a folder entry: {e}"),
                )),
            }
        }
        names.sort_by(|a, b| a.0.cmp(&b.0));
        let mut folders = Vec::new();
        for (name, file_type) in names {
            let name_str = name.to_string_lossy();
            let child_id = if id.is_empty() {
                name_str.to_string()
            } else {
                format!("{id}/{name_str}")
            };
            let shown = self.shown(&child_id);
            if name_str.starts_with('.') {
                listing.diagnostics.push(Diagnostic::warning(
                    shown,
                    1,
                    "skipped: hidden (its name starts with a dot)",
                ));
                continue;
            }
            let file_type = match file_type {
                Ok(t) => t,
                Err(e) => {
                    listing.diagnostics.push(Diagnostic::error(
                        shown,
                        1,
                        format!("cannot read: {e}; left out"),
                    ));
                    continue;
                }
            };
            let path = real.join(&name);
            // What the entry is, a link's target resolved and checked to lie inside the folder.
            let (target, metadata, is_link) = if file_type.is_symlink() {
                let target = match path.canonicalize() {
                    Ok(t) => t,
                    Err(e) => {
                        let why = if is_loop(&e) {
                            "a symbolic link that loops".to_string()
                        } else {
                            format!("a symbolic link that leads nowhere ({e})")
                        };
                        listing.diagnostics.push(Diagnostic::warning(
                            shown,
                            1,
                            format!("skipped: {why}"),
                        ));
                        continue;
                    }
                };
                if !target.starts_with(self.root) {
                    listing.links_outside += 1;
                    listing.diagnostics.push(Diagnostic::warning(
                        shown,
                        1,
                        format!(
                            "skipped: a symbolic link to {}, outside the corpus folder; it is never read",
                            target.display()
                        ),
                    ));
                    continue;
                }
                // `metadata` looks at the target without opening it: a pipe does not block here.
                match std::fs::metadata(&target) {
                    Ok(m) => (target, m, true),
                    Err(e) => {
                        listing.diagnostics.push(Diagnostic::error(
                            shown,
                            1,
                            format!("cannot read: {e}; left out"),
                        ));
                        continue;
                    }
                }
            } else {
                match std::fs::symlink_metadata(&path) {
                    Ok(m) => (path, m, false),
                    Err(e) => {
                        listing.diagnostics.push(Diagnostic::error(
                            shown,
                            1,
                            format!("cannot read: {e}; left out"),
                        ));
                        continue;
                    }
                }
            };
            if metadata.is_dir() {
                if is_link {
                    self.links.push((child_id, target));
                } else if self.visited.insert(target.clone()) {
                    folders.push((child_id, target, via_link));
                }
            } else if metadata.is_file() {
                if id.is_empty() && name_str == CONFIG_FILE {
                    listing.config = Some(target);
                } else if let Some(format) = format_of(Path::new(&name)) {
                    self.found.push(Found {
                        file: SourceFile {
                            path: PathBuf::from(&shown),
                            id: child_id,
                            format,
                            real: target,
                            len: metadata.len(),
                        },
                        via_link: via_link || is_link,
                    });
                } else {
                    listing.diagnostics.push(Diagnostic::warning(
                        shown,
                        1,
                        "skipped: not a document (the explorer reads .txt, .md and .html files)",
                    ));
                }
            } else {
                listing.diagnostics.push(Diagnostic::warning(
                    shown,
                    1,
                    format!(
                        "skipped: {}, not a regular file; it is never opened",
                        special_kind(&metadata.file_type())
                    ),
                ));
            }
        }
        // Depth first, in name order.
        folders.reverse();
        stack.extend(folders);
    }
}

/// Whether resolving a path failed because its links go round in a circle.
fn is_loop(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    {
        e.raw_os_error() == Some(libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        let _ = e;
        false
    }
}

/// What a file that is neither a folder nor a regular file is.
fn special_kind(t: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "a device";
        }
    }
    let _ = t;
    "a special file"
}

/// Lists each file once: a file reached by two paths (a link to it, a linked folder) is read
/// under its own path when it has one, else under the first link in id order.
fn keep_each_file_once(mut found: Vec<Found>, listing: &mut Listing) {
    found.sort_by(|a, b| {
        (&a.file.real, a.via_link, &a.file.id).cmp(&(&b.file.real, b.via_link, &b.file.id))
    });
    let mut kept: Option<(PathBuf, String)> = None;
    for f in found {
        match &kept {
            Some((real, id)) if *real == f.file.real => {
                listing.diagnostics.push(Diagnostic::warning(
                    f.file.path.display().to_string(),
                    1,
                    format!("skipped: the same file as {id} (reached through a symbolic link)"),
                ));
            }
            _ => {
                kept = Some((f.file.real.clone(), f.file.id.clone()));
                listing.files.push(f.file);
            }
        }
    }
}

/// Reads a listed file: opened without waiting (a file swapped for a pipe after listing cannot
/// block), checked to be a regular file within [`MAX_DOCUMENT_BYTES`] before any byte is read,
/// and read through a bounded reader (a file that grows while read is cut and refused).
pub fn read_bounded(path: &Path, shown: &str, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    use std::io::Read;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let cannot = |e: std::io::Error| {
        Diagnostic::error(shown, 1, format!("cannot read the file: {e}; left out"))
    };
    let file = options.open(path).map_err(cannot)?;
    let metadata = file.metadata().map_err(cannot)?;
    if !metadata.is_file() {
        return Err(Diagnostic::error(
            shown,
            1,
            format!(
                "skipped: {}, not a regular file",
                special_kind(&metadata.file_type())
            ),
        ));
    }
    let too_large = |len: u64| {
        Diagnostic::error(
            shown,
            1,
            format!(
                "the file is {}, over the limit of {} per document: split it; left out",
                human_bytes(len),
                human_bytes(limit)
            ),
        )
    };
    if metadata.len() > limit {
        return Err(too_large(metadata.len()));
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// A byte count for people: `512 bytes`, `16.0 MiB`.
pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} bytes");
    }
    let mut value = n as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

/// Checks that raw bytes are a readable text document and returns the text.
/// Names the line and byte offset of invalid UTF-8; rejects empty and binary files.
pub fn decode(path: &str, bytes: &[u8]) -> Result<String, Diagnostic> {
    if bytes.is_empty() {
        return Err(Diagnostic::error(
            path,
            1,
            "the file is empty: add text or remove the file",
        ));
    }
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        return Err(Diagnostic::error(
            path,
            line_of(bytes, nul),
            format!(
                "this looks like a binary file (NUL byte at offset {nul}), not a text document"
            ),
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            if text.trim().is_empty() {
                Err(Diagnostic::error(
                    path,
                    1,
                    "the file has only white space: add text or remove the file",
                ))
            } else {
                Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
            }
        }
        Err(e) => {
            let at = e.valid_up_to();
            Err(Diagnostic::error(
                path,
                line_of(bytes, at),
                format!("invalid UTF-8 at byte offset {at}: save the file as UTF-8"),
            ))
        }
    }
}

/// Parses decoded text in the given format.
pub fn parse(
    format: Format,
    path: &str,
    text: &str,
) -> Result<(Parsed, Vec<Diagnostic>), Diagnostic> {
    let (text, control_line) = replace_controls(text);
    let (mut parsed, mut warnings) = match format {
        Format::Text => (txt::parse(&text), Vec::new()),
        Format::Markdown => md::parse(path, &text)?,
        Format::Html => html::parse(path, &text)?,
    };
    if let Some(line) = control_line {
        warnings.push(Diagnostic::warning(
            path,
            line,
            "control characters (such as escape) are replaced by spaces",
        ));
    }
    bound(path, &mut parsed, &mut warnings);
    Ok((parsed, warnings))
}

/// The text with control characters other than tab and newline replaced: form feeds and vertical
/// tabs (page breaks of old text files) by newlines, the others (escape sequences and the like,
/// which no reader sees but a terminal obeys) by spaces. Also the line of the first replaced
/// character other than a page break.
fn replace_controls(text: &str) -> (std::borrow::Cow<'_, str>, Option<u32>) {
    let is_replaced = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.contains(is_replaced) {
        return (std::borrow::Cow::Borrowed(text), None);
    }
    let mut first = None;
    let mut line = 1u32;
    let out = text
        .chars()
        .map(|c| match c {
            '\n' => {
                line += 1;
                c
            }
            '\u{0b}' | '\u{0c}' => '\n',
            c if is_replaced(c) => {
                first.get_or_insert(line);
                ' '
            }
            c => c,
        })
        .collect();
    (std::borrow::Cow::Owned(out), first)
}

/// Holds a parsed document to the limits every view can show: metadata values cut to
/// [`MAX_META_CHARS`] (and at most 100 tags), headings too long to be headings read as paragraphs,
/// and paragraphs longer than [`MAX_PASSAGE_BYTES`] split into passages. Each change is a warning
/// naming the line.
fn bound(path: &str, parsed: &mut Parsed, warnings: &mut Vec<Diagnostic>) {
    let mut cut = |what: &str, value: &mut String| {
        if value.chars().count() > MAX_META_CHARS {
            let end = value
                .char_indices()
                .nth(MAX_META_CHARS)
                .map_or(value.len(), |(i, _)| i);
            value.truncate(end);
            value.push('…');
            warnings.push(Diagnostic::warning(
                path,
                1,
                format!("the {what} is longer than {MAX_META_CHARS} characters; cut"),
            ));
        }
    };
    for (what, value) in [
        ("title", parsed.title.as_mut()),
        ("date", parsed.date.as_mut()),
        ("language", parsed.lang.as_mut()),
        ("source", parsed.source.as_mut()),
    ] {
        if let Some(value) = value {
            cut(what, value);
        }
    }
    for tag in &mut parsed.tags {
        cut("tag", tag);
    }
    for (key, value) in &mut parsed.meta {
        cut("metadata key", key);
        cut("metadata value", value);
    }
    if parsed.tags.len() > 100 {
        parsed.tags.truncate(100);
        warnings.push(Diagnostic::warning(
            path,
            1,
            "more than 100 tags; the first 100 are kept",
        ));
    }
    if parsed.meta.len() > 100 {
        parsed.meta.truncate(100);
        warnings.push(Diagnostic::warning(
            path,
            1,
            "more than 100 metadata keys; the first 100 are kept",
        ));
    }
    if !parsed
        .blocks
        .iter()
        .any(|b| b.text.len() > MAX_PASSAGE_BYTES || is_long_heading(b))
    {
        return;
    }
    let mut blocks = Vec::with_capacity(parsed.blocks.len());
    for mut block in std::mem::take(&mut parsed.blocks) {
        if is_long_heading(&block) {
            warnings.push(Diagnostic::warning(
                path,
                block.line,
                format!(
                    "a heading of {} characters is read as a paragraph",
                    block.text.chars().count()
                ),
            ));
            block.kind = BlockKind::Paragraph;
        }
        if block.text.len() <= MAX_PASSAGE_BYTES {
            blocks.push(block);
            continue;
        }
        let pieces = split_long(&block.text, MAX_PASSAGE_BYTES);
        warnings.push(Diagnostic::warning(
            path,
            block.line,
            format!(
                "a paragraph of {} is split into {} passages of at most {}",
                human_bytes(block.text.len() as u64),
                pieces.len(),
                human_bytes(MAX_PASSAGE_BYTES as u64)
            ),
        ));
        blocks.extend(pieces.into_iter().map(|text| Block {
            kind: BlockKind::Paragraph,
            text: text.to_string(),
            line: block.line,
        }));
    }
    parsed.blocks = blocks;
}

/// Headings longer than this many characters are paragraphs that happen to be marked up as one.
const MAX_HEADING_CHARS: usize = 1000;

fn is_long_heading(block: &Block) -> bool {
    matches!(block.kind, BlockKind::Heading(_))
        && block.text.len() > MAX_HEADING_CHARS
        && block.text.chars().count() > MAX_HEADING_CHARS
}

/// Splits `text` into pieces of at most `max` bytes: after the last sentence end in the second
/// half of each piece, else at its last space, else (a run without spaces) at a character
/// boundary.
pub fn split_long(text: &str, max: usize) -> Vec<&str> {
    let floor = |s: &str, mut i: usize| {
        while !s.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let mut out = Vec::new();
    let mut rest = text.trim();
    while rest.len() > max {
        let end = floor(rest, max);
        let half = floor(rest, end / 2);
        let window = &rest[half..end];
        let mut sentence = None;
        let mut space = None;
        for (i, c) in window.char_indices().rev() {
            if matches!(c, '。' | '！' | '？') {
                sentence = Some(half + i + c.len_utf8());
                break;
            }
            if c.is_whitespace() {
                space.get_or_insert(half + i);
                if window[..i].ends_with(['.', '!', '?', '…']) {
                    sentence = Some(half + i);
                    break;
                }
            }
        }
        let at = sentence.or(space).filter(|&at| at > 0).unwrap_or(end);
        let piece = rest[..at].trim_end();
        if !piece.is_empty() {
            out.push(piece);
        }
        rest = rest[at..].trim_start();
    }
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// A date from metadata as ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Accepts those forms, `/` or
/// `.` separators, and date-times (`2024-06-21T10:00:00Z`); checks that month and day exist.
pub fn normalize_date(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let date = raw.split(['T', ' ']).next()?;
    let parts: Vec<&str> = date.split(['-', '/', '.']).collect();
    let num = |s: &str, lens: &[usize]| {
        (lens.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [y] => num(y, &[4]).map(|y| format!("{y:04}")),
        [y, m] => {
            let (y, m) = (num(y, &[4])?, num(m, &[1, 2])?);
            (1..=12).contains(&m).then(|| format!("{y:04}-{m:02}"))
        }
        [y, m, d] => {
            let (y, m, d) = (num(y, &[4])?, num(m, &[1, 2])?, num(d, &[1, 2])?);
            (d >= 1 && d <= days_in_month(y, m)?).then(|| format!("{y:04}-{m:02}-{d:02}"))
        }
        _ => None,
    }
}

/// Days in a month of the Gregorian calendar, `None` for a month that does not exist.
pub fn days_in_month(year: u32, month: u32) -> Option<u32> {
    Some(match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => return None,
    })
}

/// A language tag from metadata (`en`, `en-GB`, `EN_us`, `eng`) as its lower-case primary
/// subtag; `None` when it is not a language code.
pub fn normalize_lang(raw: &str) -> Option<String> {
    let primary = raw.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    ((2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase()))
        .then_some(primary)
}

/// Text with every run of white space made one space, trimmed.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether two headlines say the same, ignoring case and spacing.
pub fn same_text(a: &str, b: &str) -> bool {
    collapse(a).to_lowercase() == collapse(b).to_lowercase()
}

/// A readable title from a file name: `azerbaijan-and-the-SCO.txt` → `Azerbaijan and the SCO`.
pub fn title_from_file_name(id: &str) -> String {
    let name = id.rsplit('/').next().unwrap_or(id);
    let stem = match name.rfind('.') {
        Some(i) if i > 0 => &name[..i],
        _ => name,
    };
    let spaced: String = stem
        .chars()
        .map(|c| if c == '-' || c == '_' { ' ' } else { c })
        .collect();
    let spaced = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_file_is_an_error() {
        let e = decode("a.txt", b"").unwrap_err();
        assert!(e.is_error());
        assert!(e.message.contains("empty"));
    }

    #[test]
    fn white_space_only_is_an_error() {
        assert!(decode("a.txt", b" \n\n\t").is_err());
    }

    #[test]
    fn invalid_utf8_names_line_and_offset() {
        let e = decode("a.txt", b"line one\nline \xff two").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("byte offset 14"), "{}", e.message);
    }

    #[test]
    fn binary_file_is_refused() {
        let e = decode("a.txt", b"PK\x03\x04\x00\x00").unwrap_err();
        assert!(e.message.contains("binary"));
    }

    #[test]
    fn crlf_becomes_lf_and_bom_is_dropped() {
        assert_eq!(decode("a.txt", b"\xEF\xBB\xBFa\r\nb").unwrap(), "a\nb");
    }

    #[test]
    fn dates_from_metadata() {
        for (raw, iso) in [
            ("2015-02-10", Some("2015-02-10")),
            ("2015", Some("2015")),
            ("2015-02", Some("2015-02")),
            ("2024/6/21", Some("2024-06-21")),
            ("2024-06-21T10:00:00Z", Some("2024-06-21")),
            ("2023-02-29", None),
            ("2024-02-29", Some("2024-02-29")),
            ("2024-13-01", None),
            ("soon", None),
            ("", None),
        ] {
            assert_eq!(normalize_date(raw).as_deref(), iso, "{raw}");
        }
    }

    #[test]
    fn language_tags() {
        assert_eq!(normalize_lang("en-GB").as_deref(), Some("en"));
        assert_eq!(normalize_lang("RU").as_deref(), Some("ru"));
        assert_eq!(normalize_lang("english language"), None);
        assert_eq!(normalize_lang("1"), None);
    }

    #[test]
    fn title_from_file_name_keeps_acronyms() {
        assert_eq!(
            title_from_file_name("seeds/azerbaijan-and-the-SCO.txt"),
            "Azerbaijan and the SCO"
        );
        assert_eq!(title_from_file_name("x/my_notes.md"), "My notes");
    }

    #[test]
    fn listing_sorts_and_reports_other_files() {
        let dir = std::env::temp_dir().join(format!("corpus-list-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("b.txt"), "b").unwrap();
        std::fs::write(dir.join("sub/a.txt"), "a").unwrap();
        std::fs::write(dir.join("photo.png"), [0u8, 1]).unwrap();
        std::fs::write(dir.join(".hidden.txt"), "h").unwrap();
        let listing = list(&dir);
        let ids: Vec<&str> = listing.files.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, ["b.txt", "sub/a.txt"]);
        assert_eq!(listing.diagnostics.len(), 2);
        assert!(listing.diagnostics[0].path.ends_with(".hidden.txt"));
        assert!(listing.diagnostics[0].message.contains("hidden"));
        assert!(listing.diagnostics[1].path.ends_with("photo.png"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

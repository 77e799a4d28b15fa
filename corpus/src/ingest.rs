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

/// A file found in a corpus folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Absolute or caller-relative path, for reading.
    pub path: PathBuf,
    /// Path relative to the corpus folder with `/` separators: the document id.
    pub id: String,
    pub format: Format,
}

/// What a folder holds: the documents to read, and what was left aside (with why).
#[derive(Debug, Default)]
pub struct Listing {
    pub files: Vec<SourceFile>,
    pub config: Option<PathBuf>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The format a file name maps to, by extension (case-insensitive).
pub fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    EXTENSIONS.iter().find(|(e, _)| *e == ext).map(|&(_, f)| f)
}

/// Lists the documents under `dir`, recursively, sorted by id so that builds are reproducible.
/// Hidden files and folders are skipped; other files that are not documents are reported as
/// warnings, never dropped silently.
pub fn list(dir: &Path) -> Listing {
    let mut listing = Listing::default();
    let display = dir.display().to_string();
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            listing.diagnostics.push(Diagnostic::error(
                display,
                1,
                "not a folder: point the build at a folder of documents",
            ));
            return listing;
        }
        Err(e) => {
            listing.diagnostics.push(Diagnostic::error(
                display,
                1,
                format!("cannot read the corpus folder: {e}"),
            ));
            return listing;
        }
    }
    walk(dir, dir, &mut listing);
    listing.files.sort_by(|a, b| a.id.cmp(&b.id));
    listing.diagnostics.sort_by(|a, b| a.path.cmp(&b.path));
    if listing.files.is_empty() && !listing.diagnostics.iter().any(Diagnostic::is_error) {
        let exts: Vec<String> = EXTENSIONS.iter().map(|(e, _)| format!(".{e}")).collect();
        listing.diagnostics.push(Diagnostic::error(
            display,
            1,
            format!(
                "the folder has no documents (looked for {})",
                exts.join(", ")
            ),
        ));
    }
    listing
}

fn walk(root: &Path, dir: &Path, listing: &mut Listing) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            listing.diagnostics.push(Diagnostic::error(
                dir.display().to_string(),
                1,
                format!("cannot read folder: {e}"),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => paths.push(entry.path()),
            Err(e) => listing.diagnostics.push(Diagnostic::error(
                dir.display().to_string(),
                1,
                format!("cannot list folder entry: {e}"),
            )),
        }
    }
    paths.sort();
    for path in paths {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        let rel = relative_id(root, &path);
        if path.is_dir() {
            walk(root, &path, listing);
        } else if dir == root && name == CONFIG_FILE {
            listing.config = Some(path);
        } else if let Some(format) = format_of(&path) {
            listing.files.push(SourceFile {
                path,
                id: rel,
                format,
            });
        } else {
            listing.diagnostics.push(Diagnostic::warning(
                path.display().to_string(),
                1,
                "skipped: not a document (the explorer reads .txt, .md and .html files)",
            ));
        }
    }
}

fn relative_id(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
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
    match format {
        Format::Text => Ok((txt::parse(text), Vec::new())),
        Format::Markdown => md::parse(path, text),
        Format::Html => html::parse(path, text),
    }
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
        assert_eq!(listing.diagnostics.len(), 1);
        assert!(listing.diagnostics[0].path.ends_with("photo.png"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

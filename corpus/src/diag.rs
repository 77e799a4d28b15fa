//! Problems found in the input, each naming the file and line so that a person can act on it;
//! and the one way text from a corpus is printed to a terminal or to cargo: [`one_line`], which
//! escapes control characters so that a file name or a document can neither start a new line nor
//! steer the terminal.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    /// The corpus does not compile until this is fixed.
    Error,
    /// The corpus compiles, but something was skipped or guessed.
    Warning,
}

/// One problem with one input file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The file, as given on the command line or relative to the corpus folder.
    pub path: String,
    /// 1-based line.
    pub line: u32,
    pub severity: Severity,
    pub message: String,
}

impl Diagnostic {
    pub fn error(path: impl Into<String>, line: u32, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            line: line.max(1),
            severity: Severity::Error,
            message: message.into(),
        }
    }

    pub fn warning(path: impl Into<String>, line: u32, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            line: line.max(1),
            severity: Severity::Warning,
            message: message.into(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}: {}: {}",
            one_line(&self.path),
            self.line,
            kind,
            one_line(&self.message)
        )
    }
}

/// The 1-based line of a byte offset in `text`. Counts from the start: for many offsets in one
/// text use [`Lines`].
pub fn line_of(text: &[u8], offset: usize) -> u32 {
    let end = offset.min(text.len());
    text[..end].iter().filter(|&&b| b == b'\n').count() as u32 + 1
}

/// The line starts of a text, found once, so that each offset's line is a binary search: a
/// document of 100,000 paragraphs costs 100,000 look-ups, not 100,000 scans from the start.
#[derive(Debug, Clone)]
pub struct Lines {
    /// Byte offset where each line after the first starts.
    starts: Vec<usize>,
}

impl Lines {
    pub fn new(text: &[u8]) -> Self {
        let starts = text
            .iter()
            .enumerate()
            .filter(|&(_, &b)| b == b'\n')
            .map(|(i, _)| i + 1)
            .collect();
        Lines { starts }
    }

    /// The 1-based line of a byte offset, as [`line_of`] counts it.
    pub fn line(&self, offset: usize) -> u32 {
        let before = self.starts.partition_point(|&s| s <= offset);
        u32::try_from(before + 1).unwrap_or(u32::MAX)
    }
}

/// Whether a character must not reach a terminal as it is: control characters (newline, carriage
/// return, escape, the C1 set), the line and paragraph separators, and the invisible marks that
/// reorder text (bidirectional overrides and isolates), which can make a line read otherwise than
/// it is.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// `text` made safe to print as one line, to a terminal or to cargo's stdout (where a newline
/// would start a `cargo:` directive): tab, newline and carriage return become `\t`, `\n` and `\r`,
/// other unsafe characters (see [`is_unsafe`]) `\u{…}`. Everything else, zero-width joiners and
/// right-to-left letters included, is kept.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A line for cargo's stdout from a build script: `cargo:KEY=VALUE` with the value passed through
/// [`one_line`], so that nothing in it can become a directive of its own.
pub fn cargo_directive(key: &str, value: &str) -> String {
    format!("cargo:{}={}", one_line(key), one_line(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_file_line_message() {
        let d = Diagnostic::error("seeds/a.txt", 3, "the file is empty");
        assert_eq!(d.to_string(), "seeds/a.txt:3: error: the file is empty");
    }

    #[test]
    fn line_zero_becomes_one() {
        assert_eq!(Diagnostic::warning("x", 0, "m").line, 1);
    }

    #[test]
    fn lines_agree_with_line_of_at_every_offset() {
        let text = b"a\nbb\n\nccc\n";
        let lines = Lines::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(lines.line(offset), line_of(text, offset), "offset {offset}");
        }
    }

    #[test]
    fn newline_in_a_file_name_cannot_start_a_cargo_directive() {
        let d = Diagnostic::warning(
            "seeds/evil\ncargo:rustc-env=X=1.md",
            1,
            "date \"2020\ncargo:rustc-env=Y=1\" is not a date",
        );
        let line = cargo_directive("warning", &d.to_string());
        assert_eq!(line.lines().count(), 1, "{line}");
        assert!(line.starts_with("cargo:warning=seeds/evil\\ncargo:rustc-env=X=1.md:1: "));
        assert!(line.contains("2020\\ncargo:rustc-env=Y=1"), "{line}");
    }

    #[test]
    fn terminal_controls_are_escaped() {
        assert_eq!(one_line("a\u{1b}[2Jb\rc\td"), "a\\u{1b}[2Jb\\rc\\td");
        assert_eq!(one_line("x\u{202E}gnp.exe"), "x\\u{202e}gnp.exe");
        assert_eq!(
            one_line("next\u{2028}line\u{85}"),
            "next\\u{2028}line\\u{85}"
        );
        // Letters of any script, and the joiners some of them need, are not controls.
        assert_eq!(
            one_line("Əliyev 習近平 👩\u{200D}💻"),
            "Əliyev 習近平 👩\u{200D}💻"
        );
        assert!(matches!(one_line("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn display_escapes_path_and_message() {
        let d = Diagnostic::error("a\nb.txt", 2, "bad \u{1b}[31m");
        assert_eq!(d.to_string(), "a\\nb.txt:2: error: bad \\u{1b}[31m");
    }

    #[test]
    fn line_of_counts_newlines_before_offset() {
        assert_eq!(line_of(b"a\nb\nc", 0), 1);
        assert_eq!(line_of(b"a\nb\nc", 2), 2);
        assert_eq!(line_of(b"a\nb\nc", 4), 3);
        assert_eq!(line_of(b"a\nb\nc", 99), 3);
    }
}

//! Problems found in the input, each naming the file and line so that a person can act on it.

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
        write!(f, "{}:{}: {}: {}", self.path, self.line, kind, self.message)
    }
}

/// The 1-based line of a byte offset in `text`.
pub fn line_of(text: &[u8], offset: usize) -> u32 {
    let end = offset.min(text.len());
    text[..end].iter().filter(|&&b| b == b'\n').count() as u32 + 1
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
    fn line_of_counts_newlines_before_offset() {
        assert_eq!(line_of(b"a\nb\nc", 0), 1);
        assert_eq!(line_of(b"a\nb\nc", 2), 2);
        assert_eq!(line_of(b"a\nb\nc", 4), 3);
        assert_eq!(line_of(b"a\nb\nc", 99), 3);
    }
}

//! Folding and lower-casing a character through compact tables of runs
//! ([`case_table`](super::case_table)), rather than through `unicode-normalization`'s canonical
//! decomposition tables and the standard library's lower-case table: the same result on every
//! character (the tests check all of them against those tables), in 9 KB of the page instead of
//! 62 KB (23 KB with brotli).
//!
//! `text`'s test `fold_char_matches_nfd_on_every_char` checks folding on every character;
//! the tests below check lower-casing.
//!
//! A table is a list of runs of characters, in code point order; each run is consecutive
//! characters (or every other one) that all become the same: nothing, the character some code
//! points away, one given character, or a few given characters. It is decoded once, then looked
//! up by binary search.

use std::sync::OnceLock;

use super::case_table::{FOLD_RUNS, LOWER_RUNS};
use super::read_leb128;

#[derive(Debug, Clone, Copy)]
enum Out {
    Drop,
    Shift(i32),
    Const(char),
    /// `Table::multi[at..at + len]`.
    Multi(u16, u8),
}

#[derive(Debug, Clone, Copy)]
struct Run {
    first: u32,
    last: u32,
    stride: u32,
    out: Out,
}

struct Table {
    runs: Vec<Run>,
    multi: Vec<char>,
}

/// Decodes the runs written by `examples/case_table.rs`. The tables are the crate's own
/// constants: a value that is not a character is a bug the tests catch, and is read as U+FFFD.
fn decode(encoded: &[u8]) -> Table {
    let mut bytes = encoded.iter();
    let (mut runs, mut multi) = (Vec::new(), Vec::new());
    let mut last = 0_u32;
    let ch = |n: u64| char::from_u32(n as u32).unwrap_or(char::REPLACEMENT_CHARACTER);
    while bytes.len() > 0 {
        let first = last + read_leb128(&mut bytes) as u32;
        let count = read_leb128(&mut bytes) as u32;
        let tag = read_leb128(&mut bytes);
        let stride = if tag & 4 != 0 { 2 } else { 1 };
        let value = tag >> 3;
        let out = match tag & 3 {
            0 => Out::Drop,
            1 => Out::Shift(((value >> 1) as i64 ^ -((value & 1) as i64)) as i32),
            2 => Out::Const(ch(value)),
            _ => {
                let at = multi.len() as u16;
                multi.extend((0..value).map(|_| ch(read_leb128(&mut bytes))));
                Out::Multi(at, value as u8)
            }
        };
        last = first + (count.max(1) - 1) * stride;
        runs.push(Run {
            first,
            last,
            stride,
            out,
        });
    }
    Table { runs, multi }
}

fn fold_table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| decode(&FOLD_RUNS))
}

fn lower_table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| decode(&LOWER_RUNS))
}

/// Pushes what `table` makes of `c` (`c` itself when no run has it).
fn push(table: &Table, c: char, out: &mut String) {
    let cp = u32::from(c);
    let at = table.runs.partition_point(|r| r.first <= cp);
    let run = at.checked_sub(1).map(|i| table.runs[i]);
    match run {
        Some(r) if cp <= r.last && (cp - r.first) % r.stride == 0 => match r.out {
            Out::Drop => {}
            Out::Shift(d) => out.push(char::from_u32(cp.wrapping_add_signed(d)).unwrap_or(c)),
            Out::Const(to) => out.push(to),
            Out::Multi(at, len) => out.extend(&table.multi[usize::from(at)..][..usize::from(len)]),
        },
        _ => out.push(c),
    }
}

/// Pushes `c` folded: canonically decomposed (Hangul syllables into their jamo), lower-cased,
/// without combining marks and apostrophes.
pub(super) fn push_folded(c: char, out: &mut String) {
    let cp = u32::from(c);
    if (0xAC00..=0xD7A3).contains(&cp) {
        // Hangul syllables decompose by arithmetic (Unicode 3.12); their jamo are neither cased
        // nor marks.
        let s = cp - 0xAC00;
        let jamo = [0x1100 + s / 588, 0x1161 + s % 588 / 28, 0x11A7 + s % 28];
        let n = if s % 28 == 0 { 2 } else { 3 };
        out.extend(jamo[..n].iter().filter_map(|&j| char::from_u32(j)));
        return;
    }
    push(fold_table(), c, out);
}

/// `text` in lower case, as `str::to_lowercase` writes it: each character as
/// `char::to_lowercase`, and a capital sigma that ends a word as a final sigma (`ς`). A word
/// ends where the next character is not a letter; std also looks past case-ignorable characters
/// (apostrophes, combining marks) on either side, which the words this is asked for do not hold.
pub(super) fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let table = lower_table();
    let mut out = String::with_capacity(text.len());
    let mut prev: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == 'Σ' {
            let after_letter = prev.is_some_and(char::is_alphabetic);
            let before_letter = chars.peek().is_some_and(|n| n.is_alphabetic());
            out.push(if after_letter && !before_letter {
                'ς'
            } else {
                'σ'
            });
        } else if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            push(table, c, &mut out);
        }
        prev = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn lower_cases_every_char_as_std_does() {
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| c != 'Σ')
        {
            let s = c.to_string();
            assert_eq!(
                lowercase(&s),
                s.to_lowercase(),
                "U+{:04X}: run `cargo run -p corpus --example case_table`",
                u32::from(c)
            );
        }
    }

    #[test]
    fn a_capital_sigma_ends_a_word_as_a_final_sigma() {
        for word in [
            "ΟΔΥΣΣΕΥΣ",
            "Σ",
            "ΑΣ Β",
            "ΣΑ",
            "ΑΣ",
            "ΑΣ1",
            "ΑΣΣΑ",
            "ΟΔΥΣΣΕΥΣ ΚΑΙ ΑΣΑ",
        ] {
            assert_eq!(lowercase(word), word.to_lowercase(), "{word}");
        }
    }

    #[test]
    fn ascii_and_other_scripts_lower_case_as_std_does() {
        for word in [
            "Azerbaijan",
            "ŞANGHAY",
            "İSTANBUL",
            "Москва",
            "ÅLAND",
            "Ǆemal",
            "ǅ",
        ] {
            assert_eq!(lowercase(word), word.to_lowercase(), "{word}");
        }
    }
}

//! Writes `corpus/src/text/case_table.rs`: what folding and lower-casing do to each character,
//! as runs, from the Unicode tables of `unicode-normalization` and of the standard library.
//!
//!     cargo run -p corpus --example case_table > corpus/src/text/case_table.rs
//!
//! The page carries these runs (a few KB) instead of the canonical decomposition tables and the
//! lower-case table (some 23 KB brotli). `text::case`'s tests compare the runs with the live
//! tables on every character, so a toolchain or crate with a newer Unicode makes them fail until
//! this is run again.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// What a character becomes, as a run stores it.
#[derive(Debug, Clone, PartialEq)]
enum Out {
    /// Nothing (a combining mark, an apostrophe).
    Drop,
    /// The character `delta` code points away.
    Shift(i64),
    /// This character.
    Const(u32),
    /// These characters.
    Multi(Vec<u32>),
}

/// Must be `text::is_apostrophe`.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`')
}

/// Folding's reference: decomposed, lower-cased, without combining marks and apostrophes.
fn folded(c: char) -> Vec<u32> {
    let mut out = Vec::new();
    decompose_canonical(c, |d| {
        if is_combining_mark(d) || is_apostrophe(d) {
            return;
        }
        out.extend(
            d.to_lowercase()
                .filter(|&l| !is_combining_mark(l))
                .map(u32::from),
        );
    });
    out
}

fn lowered(c: char) -> Vec<u32> {
    c.to_lowercase().map(u32::from).collect()
}

/// The characters each function changes (Hangul syllables aside: `text::case` decomposes them
/// by arithmetic), each with what it becomes, read both as a shift and as a constant.
fn changes(f: fn(char) -> Vec<u32>) -> Vec<(u32, Vec<u32>)> {
    (0..=0x10FFFF_u32)
        .filter(|cp| !(0xAC00..=0xD7A3).contains(cp))
        .filter_map(char::from_u32)
        .filter_map(|c| {
            let out = f(c);
            (out != [u32::from(c)]).then_some((u32::from(c), out))
        })
        .collect()
}

fn as_out(cp: u32, out: &[u32], shift: bool) -> Out {
    match out {
        [] => Out::Drop,
        [one] if shift => Out::Shift(i64::from(*one) - i64::from(cp)),
        [one] => Out::Const(*one),
        many => Out::Multi(many.to_vec()),
    }
}

/// The longest run from `changes[i]`: consecutive changed characters one or two code points
/// apart that all become the same (read as a shift or as a constant). (first, count, stride, out)
fn run_at(changes: &[(u32, Vec<u32>)], i: usize) -> (u32, usize, u32, Out) {
    let (first, out) = &changes[i];
    let mut best = (1, 1, as_out(*first, out, false));
    for shift in [true, false] {
        let want = as_out(*first, out, shift);
        if matches!(want, Out::Multi(_)) {
            continue;
        }
        for stride in [1, 2] {
            let mut j = i + 1;
            while j < changes.len()
                && changes[j].0 == changes[j - 1].0 + stride
                && as_out(changes[j].0, &changes[j].1, shift) == want
            {
                j += 1;
            }
            if j - i > best.0 {
                best = (j - i, stride, want.clone());
            }
        }
    }
    (*first, best.0, best.1, best.2)
}

fn leb(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let b = (n & 0x7F) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// The runs, encoded: for each, the gap from the last character of the run before (from 0), the
/// count of characters, and a tag `kind | stride 2 << 2 | value << 3` (kind 0 drop, 1 shift by
/// the zigzag value, 2 the constant value, 3 the `value` characters that follow).
fn encode(changes: &[(u32, Vec<u32>)]) -> (Vec<u8>, usize) {
    let mut bytes = Vec::new();
    let (mut i, mut last, mut runs) = (0, 0_u32, 0);
    while i < changes.len() {
        let (first, count, stride, out) = run_at(changes, i);
        leb(&mut bytes, u64::from(first - last));
        leb(&mut bytes, count as u64);
        let wide = u64::from(stride == 2) << 2;
        match &out {
            Out::Drop => leb(&mut bytes, wide),
            Out::Shift(d) => leb(&mut bytes, 1 | wide | (((d << 1) ^ (d >> 63)) as u64) << 3),
            Out::Const(c) => leb(&mut bytes, 2 | wide | u64::from(*c) << 3),
            Out::Multi(cs) => {
                leb(&mut bytes, 3 | wide | (cs.len() as u64) << 3);
                for &c in cs {
                    leb(&mut bytes, u64::from(c));
                }
            }
        }
        last = first + (count as u32 - 1) * stride;
        i += count;
        runs += 1;
    }
    (bytes, runs)
}

fn table(name: &str, doc: &str, changes: &[(u32, Vec<u32>)]) {
    let (bytes, runs) = encode(changes);
    println!();
    println!("/// {doc}: {} characters in {runs} runs.", changes.len());
    println!("#[rustfmt::skip]");
    println!("pub static {name}: [u8; {}] = [", bytes.len());
    for line in bytes.chunks(16) {
        let cells: Vec<String> = line.iter().map(|b| format!("0x{b:02X}")).collect();
        println!("    {},", cells.join(", "));
    }
    println!("];");
}

fn main() {
    println!("//! Generated by `cargo run -p corpus --example case_table`: what folding and lower-casing");
    println!(
        "//! do to each character that they change, as runs (see `text::case` for the encoding)."
    );
    println!("//! Do not edit; run the generator again.");
    table(
        "FOLD_RUNS",
        "Folding (decomposed, lower-cased, no combining marks or apostrophes)",
        &changes(folded),
    );
    table(
        "LOWER_RUNS",
        "Lower-casing (`char::to_lowercase`)",
        &changes(lowered),
    );
}

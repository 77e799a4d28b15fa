//! Export: the current results, the entity list, the figures and the concordance as CSV and as
//! JSON, made in the core as strings (the page only offers them as downloads).
//!
//! CSV follows RFC 4180: comma-separated, CRLF line ends, a header row, and a field quoted when
//! it holds a comma, a quote, CR or LF (quotes doubled). It is UTF-8 **without** a byte-order
//! mark: the RFC and most readers (spreadsheets' import dialogs, pandas, R, LibreOffice) take
//! UTF-8 as it is, and a mark would end up inside the first column's name for those that do not
//! expect one. A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a
//! tab or a carriage return) gets a leading `'`, so opening an export never runs corpus text;
//! numbers are written by the exporter and never start that way except for negative values,
//! which are written plain.
//!
//! JSON is an array of objects with the same fields as the CSV columns.

use std::borrow::Cow;

use serde::Serialize;

use super::{Concordance, FigureRow, Selection, Views};
use crate::query::Hit;

/// A CSV field, quoted and neutralised as needed (see the module documentation).
pub fn csv_cell(value: &str) -> Cow<'_, str> {
    // Spreadsheets that trim the cell before reading it would see a formula after spaces too.
    let formula = value
        .trim_start_matches([' ', '\u{a0}', '\n'])
        .starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = value.contains([',', '"', '\r', '\n']);
    if !formula && !quote {
        return Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(value.len() + 4);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in value.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
    Cow::Owned(out)
}

/// A number as a CSV field: written plain (a negative number is not a formula) when it reads as
/// one, as `Display` writes integers and finite floats: an optional `-`, digits, and an optional
/// `.` with digits. (Checked by hand rather than by parsing a float, whose tables the page would
/// otherwise carry for this alone.)
fn number_cell(value: &str) -> Cow<'_, str> {
    let unsigned = value.strip_prefix('-').unwrap_or(value);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if digits(whole) && digits(fraction) {
        Cow::Borrowed(value)
    } else {
        csv_cell(value)
    }
}

/// A CSV document: the header, then the rows, each line ended by CRLF.
pub fn csv<I, R>(header: &[&str], rows: I) -> String
where
    I: IntoIterator<Item = R>,
    R: AsRef<[Cell]>,
{
    let mut out = String::new();
    let line = |out: &mut String, cells: &mut dyn Iterator<Item = Cow<'_, str>>| {
        for (i, c) in cells.enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&c);
        }
        out.push_str("\r\n");
    };
    line(&mut out, &mut header.iter().map(|h| csv_cell(h)));
    for row in rows {
        line(
            &mut out,
            &mut row.as_ref().iter().map(|c| match c {
                Cell::Text(t) => csv_cell(t),
                Cell::Number(n) => number_cell(n),
            }),
        );
    }
    out
}

/// A CSV field: text (neutralised) or a number the exporter wrote.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(String),
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn number(n: impl ToString) -> Cell {
    Cell::Number(n.to_string())
}

fn opt_number<T: ToString>(n: Option<T>) -> Cell {
    n.map_or(Cell::Text(String::new()), number)
}

fn json<T: Serialize>(rows: &[T]) -> String {
    // Plain data of strings and numbers: serialising cannot fail.
    serde_json::to_string_pretty(rows).unwrap_or_else(|_| "[]".to_string())
}

/// A search result as exported.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResultRow {
    pub rank: usize,
    pub doc: String,
    pub title: String,
    pub section: Option<String>,
    /// The passage's index within its document (0-based).
    pub passage: u32,
    /// The stable passage key ([`Views::passage_key`]).
    pub key: String,
    pub score: f32,
    pub text: String,
}

const RESULT_HEADER: [&str; 8] = [
    "rank", "doc", "title", "section", "passage", "key", "score", "text",
];

/// An entity as exported.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityRow {
    pub name: String,
    pub kind: &'static str,
    pub subtype: Option<String>,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    /// Mentions and documents in the selection.
    pub mentions: u32,
    pub documents: u32,
}

const ENTITY_HEADER: [&str; 7] = [
    "name",
    "kind",
    "subtype",
    "aliases",
    "roles",
    "mentions",
    "documents",
];

/// A figure as exported.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureExport {
    pub doc: String,
    pub kind: &'static str,
    pub written: String,
    pub value: f64,
    pub unit: String,
    pub year: Option<i32>,
    pub sentence: String,
}

const FIGURE_HEADER: [&str; 7] = [
    "doc", "kind", "written", "value", "unit", "year", "sentence",
];

/// A concordance line as exported.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConcordanceRow {
    pub doc: String,
    pub passage: u32,
    pub left: String,
    pub keyword: String,
    pub right: String,
    /// Byte range of the keyword in the document's text.
    pub start: usize,
    pub end: usize,
}

const CONCORDANCE_HEADER: [&str; 7] =
    ["doc", "passage", "left", "keyword", "right", "start", "end"];

fn figure_kind(k: crate::model::FigureKind) -> &'static str {
    match k {
        crate::model::FigureKind::Money => "money",
        crate::model::FigureKind::Percent => "percent",
        crate::model::FigureKind::Quantity => "quantity",
    }
}

impl Views<'_> {
    /// The rows of search hits, in their order.
    pub fn result_rows(&self, hits: &[Hit]) -> Vec<ResultRow> {
        let corpus = self.corpus;
        hits.iter()
            .enumerate()
            .map(|(i, h)| {
                let p = &corpus.passages[h.passage as usize];
                let d = &corpus.docs[p.doc as usize];
                ResultRow {
                    rank: i + 1,
                    doc: d.id.clone(),
                    title: d.title.clone(),
                    section: corpus.heading_of(h.passage).map(str::to_string),
                    passage: h.passage - d.passages.start,
                    key: self.passage_key(h.passage),
                    score: h.score,
                    text: corpus.passage_text(h.passage).to_string(),
                }
            })
            .collect()
    }

    pub fn results_csv(&self, hits: &[Hit]) -> String {
        let rows = self.result_rows(hits).into_iter().map(|r| {
            vec![
                number(r.rank),
                text(r.doc),
                text(r.title),
                text(r.section.unwrap_or_default()),
                number(r.passage),
                text(r.key),
                number(r.score),
                text(r.text),
            ]
        });
        csv(&RESULT_HEADER, rows)
    }

    pub fn results_json(&self, hits: &[Hit]) -> String {
        json(&self.result_rows(hits))
    }

    /// The entities mentioned in a selection, most mentioned first.
    pub fn entity_rows(&self, selection: &Selection) -> Vec<EntityRow> {
        let corpus = self.corpus;
        let n = corpus.entities.len();
        let mut mentions = vec![0u32; n];
        let mut docs = vec![0u32; n];
        let mut last_doc = vec![u32::MAX; n];
        for p in selection.passages.iter() {
            let d = self.doc_of(p);
            for &m in self.mentions_of(p) {
                let e = corpus.mentions[m as usize].entity as usize;
                if e < n {
                    mentions[e] += 1;
                    if last_doc[e] != d {
                        last_doc[e] = d;
                        docs[e] += 1;
                    }
                }
            }
        }
        let mut ids: Vec<usize> = (0..n).filter(|&e| mentions[e] > 0).collect();
        crate::sort::sort_by(&mut ids, &|&a, &b| {
            mentions[b]
                .cmp(&mentions[a])
                .then_with(|| corpus.entities[a].name.cmp(&corpus.entities[b].name))
        });
        ids.into_iter()
            .map(|i| {
                let e = &corpus.entities[i];
                EntityRow {
                    name: e.name.clone(),
                    kind: e.kind.name(),
                    subtype: e.subtype.clone(),
                    aliases: e.aliases.clone(),
                    roles: e.roles.clone(),
                    mentions: mentions[i],
                    documents: docs[i],
                }
            })
            .collect()
    }

    pub fn entities_csv(&self, selection: &Selection) -> String {
        let rows = self.entity_rows(selection).into_iter().map(|r| {
            vec![
                text(r.name),
                text(r.kind),
                text(r.subtype.unwrap_or_default()),
                text(r.aliases.join("; ")),
                text(r.roles.join("; ")),
                number(r.mentions),
                number(r.documents),
            ]
        });
        csv(&ENTITY_HEADER, rows)
    }

    pub fn entities_json(&self, selection: &Selection) -> String {
        json(&self.entity_rows(selection))
    }

    /// Figure rows as exported.
    pub fn figure_exports(&self, rows: &[FigureRow]) -> Vec<FigureExport> {
        let corpus = self.corpus;
        rows.iter()
            .map(|r| {
                let d = &corpus.docs[r.doc as usize];
                let text = corpus.doc_text(r.doc);
                let get = |range: &std::ops::Range<usize>| {
                    text.get(range.clone()).unwrap_or("").to_string()
                };
                FigureExport {
                    doc: d.id.clone(),
                    kind: figure_kind(r.kind),
                    written: get(&r.written),
                    value: r.value,
                    unit: r.unit.to_string(),
                    year: r.year,
                    sentence: get(&r.sentence),
                }
            })
            .collect()
    }

    pub fn figures_csv(&self, rows: &[FigureRow]) -> String {
        let rows = self.figure_exports(rows).into_iter().map(|r| {
            vec![
                text(r.doc),
                text(r.kind),
                text(r.written),
                number(r.value),
                text(r.unit),
                opt_number(r.year),
                text(r.sentence),
            ]
        });
        csv(&FIGURE_HEADER, rows)
    }

    pub fn figures_json(&self, rows: &[FigureRow]) -> String {
        json(&self.figure_exports(rows))
    }

    /// Concordance lines as exported, in their order.
    pub fn concordance_rows(&self, concordance: &Concordance) -> Vec<ConcordanceRow> {
        let corpus = self.corpus;
        concordance
            .lines
            .iter()
            .map(|l| {
                let (left, keyword, right) = l.texts(corpus);
                let d = &corpus.docs[l.doc as usize];
                ConcordanceRow {
                    doc: d.id.clone(),
                    passage: l.passage - d.passages.start,
                    left: left.to_string(),
                    keyword: keyword.to_string(),
                    right: right.to_string(),
                    start: l.keyword.start,
                    end: l.keyword.end,
                }
            })
            .collect()
    }

    pub fn concordance_csv(&self, concordance: &Concordance) -> String {
        let rows = self.concordance_rows(concordance).into_iter().map(|r| {
            vec![
                text(r.doc),
                number(r.passage),
                text(r.left),
                text(r.keyword),
                text(r.right),
                number(r.start),
                number(r.end),
            ]
        });
        csv(&CONCORDANCE_HEADER, rows)
    }

    pub fn concordance_json(&self, concordance: &Concordance) -> String {
        json(&self.concordance_rows(concordance))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_cells_are_left_alone() {
        assert_eq!(csv_cell("Baku"), "Baku");
        assert_eq!(csv_cell("Türkiye"), "Türkiye");
        assert_eq!(csv_cell(""), "");
    }

    #[test]
    fn commas_quotes_and_line_breaks_are_quoted() {
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_cell("cr\rhere"), "\"cr\rhere\"");
    }

    #[test]
    fn formula_cells_are_neutralised() {
        for (cell, want) in [
            ("=1+1", "'=1+1"),
            ("+7 cats", "'+7 cats"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tlead", "'\tlead"),
            (
                "=HYPERLINK(\"x\",\"y\")",
                "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"",
            ),
            ("\rstart", "\"'\rstart\""),
        ] {
            assert_eq!(csv_cell(cell), want, "{cell:?}");
        }
    }

    #[test]
    fn numbers_written_by_the_exporter_stay_numbers() {
        let out = csv(&["n", "t"], [vec![number(-3.5), text("-3.5")]]);
        assert_eq!(out, "n,t\r\n-3.5,'-3.5\r\n");
        let out = csv(
            &["n"],
            [[number(12)], [number(0.25)], [number(-7)], [number(1e21)]],
        );
        assert_eq!(out, "n\r\n12\r\n0.25\r\n-7\r\n1000000000000000000000\r\n");
    }

    #[test]
    fn a_number_cell_that_does_not_read_as_a_number_is_neutralised_text() {
        for (cell, want) in [
            ("-inf", "'-inf"),
            ("-", "'-"),
            ("-.5", "'-.5"),
            ("1.", "1."),
        ] {
            assert_eq!(number_cell(cell), want, "{cell:?}");
        }
    }

    #[test]
    fn a_document_has_a_header_and_crlf_lines() {
        let out = csv(
            &["a", "b"],
            [vec![text("x"), text("y,z")], vec![text("1"), number(2)]],
        );
        assert_eq!(out, "a,b\r\nx,\"y,z\"\r\n1,2\r\n");
        assert!(!out.starts_with('\u{feff}'));
    }
}

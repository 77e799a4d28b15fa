//! Markdown with optional YAML front matter (`title`, `date`, `source`, `lang`, `tags`, anything
//! else kept as metadata). The body is read with a CommonMark parser: headings, paragraphs, list
//! items, quotes, code and table rows become blocks of plain text; markup is dropped, and what a
//! browser would not show of the raw HTML in it (comments, `<script>`, `<style>`, `<template>`,
//! `<noscript>`, `<iframe>`) is left out, never published.
//!
//! Front matter is held to limits before it is loaded: at most [`MAX_FRONT_MATTER_BYTES`], and at
//! most [`MAX_YAML_NODES`] values once aliases are expanded (a "billion laughs" of anchors and
//! aliases is refused, naming its line, instead of exhausting memory), nested at most
//! [`MAX_YAML_DEPTH`] deep.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use yaml_rust2::{Yaml, YamlLoader};

use yaml_rust2::parser::{Event as YamlEvent, Parser as YamlParser};

use super::{
    collapse, furniture, normalize_date, normalize_lang, same_text, Block, BlockKind, Parsed,
};
use crate::diag::{line_of, Diagnostic, Lines};
use crate::model::Furniture;

/// Front matter longer than this is refused.
pub const MAX_FRONT_MATTER_BYTES: usize = 64 << 10;
/// At most this many YAML values in front matter, counting each alias as the values it repeats.
pub const MAX_YAML_NODES: usize = 10_000;
/// At most this many nested YAML lists and maps.
pub const MAX_YAML_DEPTH: usize = 64;

/// Parses a Markdown document. Front matter that does not parse is an error naming its line;
/// odd values (a date that is not a date) are warnings.
pub fn parse(path: &str, text: &str) -> Result<(Parsed, Vec<Diagnostic>), Diagnostic> {
    let mut parsed = Parsed::default();
    let mut warnings = Vec::new();
    let (front, body_start) = split_front_matter(path, text)?;
    if let Some((yaml, first_line)) = front {
        read_front_matter(path, yaml, first_line, &mut parsed, &mut warnings)?;
    }
    let body = &text[body_start..];
    let body_line = line_of(text.as_bytes(), body_start);
    if let Some((line, what)) = read_body(body, body_line, &mut parsed) {
        warnings.push(Diagnostic::warning(
            path,
            line,
            format!("{what} opened here is never closed: the rest of the file is left out, as a browser would hide it"),
        ));
    }

    // A first top-level heading that repeats (or stands for) the title is the title.
    if let Some(first) = parsed.blocks.first() {
        if first.kind == BlockKind::Heading(1) {
            let same = parsed
                .title
                .as_deref()
                .is_none_or(|t| same_text(t, &first.text));
            if same {
                let first = parsed.blocks.remove(0);
                parsed.title.get_or_insert(first.text);
            }
        }
    }
    Ok((parsed, warnings))
}

/// Splits `---` front matter from the body. Returns the YAML text with its first line number,
/// and the byte offset where the body starts.
#[allow(clippy::type_complexity)]
fn split_front_matter<'a>(
    path: &str,
    text: &'a str,
) -> Result<(Option<(&'a str, u32)>, usize), Diagnostic> {
    let Some(rest) = text.strip_prefix("---\n") else {
        return Ok((None, 0));
    };
    let mut offset = 4;
    for line in rest.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            let yaml = &text[4..offset];
            if yaml.len() > MAX_FRONT_MATTER_BYTES {
                return Err(Diagnostic::error(
                    path,
                    1,
                    format!(
                        "front matter is longer than {} KiB: keep it to a few key: value lines",
                        MAX_FRONT_MATTER_BYTES >> 10
                    ),
                ));
            }
            return Ok((Some((yaml, 2)), offset + line.len()));
        }
        offset += line.len();
    }
    Err(Diagnostic::error(
        path,
        1,
        "front matter opened with --- is never closed: add a --- line after it",
    ))
}

fn read_front_matter(
    path: &str,
    yaml: &str,
    first_line: u32,
    parsed: &mut Parsed,
    warnings: &mut Vec<Diagnostic>,
) -> Result<(), Diagnostic> {
    if let Some((line, message)) = yaml_over_limits(yaml) {
        return Err(Diagnostic::error(
            path,
            first_line + line.max(1) as u32 - 1,
            message,
        ));
    }
    let docs = YamlLoader::load_from_str(yaml).map_err(|e| {
        // An error found at the end of the input belongs to the last line that has text.
        let last = yaml.lines().count().max(1);
        let line = e.marker().line().clamp(1, last);
        Diagnostic::error(
            path,
            first_line + line as u32 - 1,
            format!("front matter is not valid YAML: {}", e.info()),
        )
    })?;
    let Some(doc) = docs.into_iter().next() else {
        return Ok(());
    };
    let map = match doc {
        Yaml::Hash(map) => map,
        Yaml::Null => return Ok(()),
        _ => {
            return Err(Diagnostic::error(
                path,
                first_line,
                "front matter must be key: value pairs",
            ));
        }
    };
    // The line of each key, found in one pass.
    let mut key_lines: std::collections::HashMap<&str, u32> = Default::default();
    for (i, l) in yaml.lines().enumerate() {
        if let Some((key, _)) = l.trim_start().split_once(':') {
            key_lines.entry(key).or_insert(first_line + i as u32);
        }
    }
    let key_line = |key: &str| key_lines.get(key).copied().unwrap_or(first_line);
    for (key, value) in map {
        let Some(key) = key.as_str().map(str::to_string).or_else(|| scalar(&key)) else {
            warnings.push(Diagnostic::warning(
                path,
                first_line,
                "front matter key that is not text; ignored",
            ));
            continue;
        };
        let line = key_line(&key);
        match key.to_lowercase().as_str() {
            "title" => match scalar(&value) {
                Some(t) if !t.trim().is_empty() => parsed.title = Some(t.trim().to_string()),
                _ => warnings.push(Diagnostic::warning(
                    path,
                    line,
                    "title is empty or not text; using the first heading or the file name",
                )),
            },
            "date" => match scalar(&value) {
                Some(d) => match normalize_date(&d) {
                    Some(iso) => parsed.date = Some(iso),
                    None => {
                        warnings.push(Diagnostic::warning(
                            path,
                            line,
                            format!("date \"{d}\" is not a date (use YYYY-MM-DD); kept as metadata only"),
                        ));
                        parsed.meta.push(("date".into(), d));
                    }
                },
                None => warnings.push(Diagnostic::warning(path, line, "date is not text; ignored")),
            },
            "source" | "url" | "canonical" if parsed.source.is_none() => match scalar(&value) {
                Some(s) => parsed.source = Some(s.trim().to_string()),
                None => warnings.push(Diagnostic::warning(
                    path,
                    line,
                    "source is not text; ignored",
                )),
            },
            "lang" | "language" => match scalar(&value).and_then(|l| normalize_lang(&l)) {
                Some(l) => parsed.lang = Some(l),
                None => warnings.push(Diagnostic::warning(
                    path,
                    line,
                    "lang is not a language code (like en, ru, tr); the language will be detected",
                )),
            },
            "tags" | "keywords" | "categories" => match &value {
                Yaml::Array(items) => parsed.tags.extend(items.iter().filter_map(scalar)),
                other => match scalar(other) {
                    Some(s) => parsed.tags.extend(
                        s.split(',')
                            .map(|t| t.trim().to_string())
                            .filter(|t| !t.is_empty()),
                    ),
                    None => warnings.push(Diagnostic::warning(
                        path,
                        line,
                        "tags must be a list or a comma-separated text",
                    )),
                },
            },
            _ => match &value {
                Yaml::Array(items) => {
                    let joined: Vec<String> = items.iter().filter_map(scalar).collect();
                    parsed.meta.push((key, joined.join(", ")));
                }
                other => match scalar(other) {
                    Some(s) => parsed.meta.push((key, s)),
                    None => warnings.push(Diagnostic::warning(
                        path,
                        line,
                        format!("front matter key {key} has a nested value; ignored"),
                    )),
                },
            },
        }
    }
    parsed.meta.sort();
    Ok(())
}

/// Walks the YAML's events without building it, counting values as the loader would expand them
/// (an alias counts as every value of what it names) and nesting. Returns the line and a message
/// when the front matter is over [`MAX_YAML_NODES`] or [`MAX_YAML_DEPTH`]; syntax errors are left
/// to the loader, which names them better.
fn yaml_over_limits(yaml: &str) -> Option<(usize, String)> {
    let mut parser = YamlParser::new_from_str(yaml);
    let mut nodes: usize = 0;
    // Anchor id → values it holds; the collections open, with their anchor and the count at start.
    let mut anchors: std::collections::HashMap<usize, usize> = Default::default();
    let mut open: Vec<(usize, usize)> = Vec::new();
    loop {
        let (event, mark) = match parser.next_token() {
            Ok(e) => e,
            Err(_) => return None,
        };
        match event {
            YamlEvent::StreamEnd => return None,
            YamlEvent::Scalar(_, _, anchor, _) => {
                nodes = nodes.saturating_add(1);
                if anchor > 0 {
                    anchors.insert(anchor, 1);
                }
            }
            YamlEvent::SequenceStart(anchor, _) | YamlEvent::MappingStart(anchor, _) => {
                nodes = nodes.saturating_add(1);
                open.push((anchor, nodes));
                if open.len() > MAX_YAML_DEPTH {
                    return Some((
                        mark.line(),
                        format!("front matter is nested more than {MAX_YAML_DEPTH} deep"),
                    ));
                }
            }
            YamlEvent::SequenceEnd | YamlEvent::MappingEnd => {
                if let Some((anchor, start)) = open.pop() {
                    if anchor > 0 {
                        anchors.insert(anchor, nodes - start + 1);
                    }
                }
            }
            YamlEvent::Alias(id) => {
                nodes = nodes.saturating_add(anchors.get(&id).copied().unwrap_or(1));
            }
            _ => {}
        }
        if nodes > MAX_YAML_NODES {
            return Some((
                mark.line(),
                format!(
                    "front matter expands to more than {MAX_YAML_NODES} values (YAML anchors and aliases repeat what they name): simplify it"
                ),
            ));
        }
    }
}

/// A YAML scalar as text.
fn scalar(value: &Yaml) -> Option<String> {
    match value {
        Yaml::String(s) | Yaml::Real(s) => Some(s.clone()),
        Yaml::Integer(i) => Some(i.to_string()),
        Yaml::Boolean(b) => Some(b.to_string()),
        _ => None,
    }
}

/// What the body parser is collecting.
struct Open {
    kind: BlockKind,
    text: String,
    line: u32,
}

/// Reads the body into blocks. Returns the line and kind of hidden HTML (a comment, a `<script>`)
/// left open at the end, if any.
fn read_body(body: &str, first_line: u32, parsed: &mut Parsed) -> Option<(u32, &'static str)> {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let mut open: Option<Open> = None;
    let mut in_table_cell = false;
    let lines = Lines::new(body.as_bytes());
    let line_at = |offset: usize| first_line + lines.line(offset) - 1;
    let mut raw = RawHtml::default();
    let mut hidden_since = 0;

    let mut reader = furniture::Reader::default();
    let mut finish = |open: &mut Option<Open>, parsed: &mut Parsed| {
        let Some(block) = open.take() else { return };
        if block.kind != BlockKind::Paragraph {
            reader.end_list();
            let text = collapse(&block.text);
            if !text.is_empty() {
                parsed.blocks.push(Block {
                    kind: block.kind,
                    text,
                    line: block.line,
                });
            }
            return;
        }
        // Page furniture is judged line by line: a paragraph may run a few widget lines together.
        let mut kept: Vec<&str> = Vec::new();
        let mut kept_line = block.line;
        for (i, line) in block.text.split('\n').enumerate() {
            let no = block.line + i as u32;
            match reader.classify(line) {
                Some(reason) => {
                    parsed.furniture.push(Furniture {
                        line: no,
                        text: collapse(line),
                        reason: reason.into(),
                    });
                    flush(&mut kept, kept_line, parsed);
                }
                None => {
                    if kept.is_empty() {
                        kept_line = no;
                    }
                    kept.push(line);
                }
            }
        }
        flush(&mut kept, kept_line, parsed);
    };

    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                finish(&mut open, parsed);
                open = Some(Open {
                    kind: BlockKind::Heading(level as u8),
                    text: String::new(),
                    line: line_at(range.start),
                });
            }
            Event::Start(Tag::Paragraph | Tag::CodeBlock(_) | Tag::TableRow | Tag::TableHead) => {
                open.get_or_insert_with(|| Open {
                    kind: BlockKind::Paragraph,
                    text: String::new(),
                    line: line_at(range.start),
                });
            }
            Event::Start(Tag::Item) => {
                finish(&mut open, parsed);
                open = Some(Open {
                    kind: BlockKind::Paragraph,
                    text: String::new(),
                    line: line_at(range.start),
                });
            }
            Event::Start(Tag::TableCell) => {
                if let Some(o) = open.as_mut() {
                    if in_table_cell || !o.text.is_empty() {
                        o.text.push_str(" | ");
                    }
                }
                in_table_cell = true;
            }
            Event::End(TagEnd::TableCell) => {}
            Event::End(
                TagEnd::Heading(_)
                | TagEnd::Paragraph
                | TagEnd::CodeBlock
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::Item,
            ) => {
                in_table_cell = false;
                finish(&mut open, parsed);
            }
            Event::Text(_) | Event::Code(_) if raw.hidden().is_some() => {}
            Event::Text(t) | Event::Code(t) => {
                let o = open.get_or_insert_with(|| Open {
                    kind: BlockKind::Paragraph,
                    text: String::new(),
                    line: line_at(range.start),
                });
                o.text.push_str(&t);
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                // Keep the words of raw HTML, not its tags, nor what a browser would hide.
                let was_hidden = raw.hidden().is_some();
                let mut words = String::new();
                raw.feed(&h, &mut words);
                if !was_hidden && raw.hidden().is_some() {
                    hidden_since = line_at(range.start);
                }
                if !words.trim().is_empty() {
                    let o = open.get_or_insert_with(|| Open {
                        kind: BlockKind::Paragraph,
                        text: String::new(),
                        line: line_at(range.start),
                    });
                    o.text.push_str(&words);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(o) = open.as_mut() {
                    o.text.push('\n');
                }
            }
            Event::Rule => finish(&mut open, parsed),
            _ => {}
        }
    }
    finish(&mut open, parsed);
    parsed.furniture.sort_by_key(|f| f.line);
    raw.hidden().map(|what| (hidden_since, what))
}

/// Adds the kept lines of a paragraph as one block.
fn flush(kept: &mut Vec<&str>, line: u32, parsed: &mut Parsed) {
    let text = collapse(&kept.join(" "));
    kept.clear();
    if !text.is_empty() {
        parsed.blocks.push(Block {
            kind: BlockKind::Paragraph,
            text,
            line,
        });
    }
}

/// Elements whose content a browser does not show as text.
const HIDDEN_ELEMENTS: &[&str] = &["script", "style", "template", "noscript", "iframe"];

/// Where the reading of raw HTML is: it carries over from one HTML event to the next, as a
/// comment or a script may open in one and close several events (or paragraphs) later.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum RawState {
    #[default]
    Text,
    /// Inside a tag; the element it opens hides its content when `Some`.
    Tag(Option<&'static str>),
    Comment,
    /// Inside a hidden element, until its closing tag.
    Hidden(&'static str),
}

/// Reads the raw HTML of a Markdown file the way a browser would show it: the words outside
/// tags, never the contents of comments or of hidden elements.
#[derive(Debug, Default)]
struct RawHtml {
    state: RawState,
}

impl RawHtml {
    /// What is hiding the text now, if anything: text events are then left out too.
    fn hidden(&self) -> Option<&'static str> {
        match self.state {
            RawState::Comment => Some("an HTML comment"),
            RawState::Hidden(name) | RawState::Tag(Some(name)) => Some(match name {
                "script" => "a <script> element",
                "style" => "a <style> element",
                "template" => "a <template> element",
                "noscript" => "a <noscript> element",
                _ => "an <iframe> element",
            }),
            _ => None,
        }
    }

    /// Reads `html`, appending the words a reader would see to `out` (a space for each tag).
    fn feed(&mut self, html: &str, out: &mut String) {
        let mut rest = html;
        while !rest.is_empty() {
            match self.state {
                RawState::Text => match rest.find('<') {
                    None => {
                        out.push_str(rest);
                        rest = "";
                    }
                    Some(at) => {
                        out.push_str(&rest[..at]);
                        rest = &rest[at..];
                        if rest.starts_with("<!--") {
                            self.state = RawState::Comment;
                            rest = &rest[4..];
                        } else {
                            let name: String = rest[1..]
                                .chars()
                                .take_while(|c| c.is_ascii_alphanumeric())
                                .take(16)
                                .collect::<String>()
                                .to_ascii_lowercase();
                            let hides = HIDDEN_ELEMENTS.iter().find(|&&h| h == name).copied();
                            self.state = RawState::Tag(hides);
                            rest = &rest[1..];
                        }
                    }
                },
                RawState::Tag(hides) => match rest.find('>') {
                    None => rest = "",
                    Some(at) => {
                        out.push(' ');
                        self.state = match hides {
                            Some(name) if !rest[..at].ends_with('/') => RawState::Hidden(name),
                            _ => RawState::Text,
                        };
                        rest = &rest[at + 1..];
                    }
                },
                RawState::Comment => match rest.find("-->") {
                    None => rest = "",
                    Some(at) => {
                        out.push(' ');
                        self.state = RawState::Text;
                        rest = &rest[at + 3..];
                    }
                },
                RawState::Hidden(name) => {
                    match find_closing(rest, name) {
                        None => rest = "",
                        Some(at) => {
                            // The closing tag itself is read as a tag that hides nothing.
                            self.state = RawState::Tag(None);
                            rest = &rest[at + 2..];
                        }
                    }
                }
            }
        }
    }
}

/// Where `</name` starts in `html`, ignoring case.
fn find_closing(html: &str, name: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    let mut from = 0;
    while let Some(at) = html[from..].find("</") {
        let start = from + at;
        let tag = &bytes[start + 2..];
        if tag.len() >= name.len() && tag[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            return Some(start);
        }
        from = start + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Parsed {
        parse("t.md", text).unwrap().0
    }

    #[test]
    fn front_matter_fields() {
        let p = ok("---\ntitle: \"A title\"\ndate: 2015-02-10\nsource: https://example.org/a\nlang: en\ntags: [a, b]\nauthor: Someone\n---\nBody text here.\n");
        assert_eq!(p.title.as_deref(), Some("A title"));
        assert_eq!(p.date.as_deref(), Some("2015-02-10"));
        assert_eq!(p.source.as_deref(), Some("https://example.org/a"));
        assert_eq!(p.lang.as_deref(), Some("en"));
        assert_eq!(p.tags, ["a", "b"]);
        assert_eq!(p.meta, [("author".to_string(), "Someone".to_string())]);
        assert_eq!(
            p.blocks,
            [Block {
                kind: BlockKind::Paragraph,
                text: "Body text here.".into(),
                line: 9
            }]
        );
    }

    #[test]
    fn no_front_matter() {
        let p = ok("# Heading\n\nText.\n");
        assert_eq!(p.title.as_deref(), Some("Heading"));
        assert_eq!(p.blocks.len(), 1);
    }

    #[test]
    fn bad_yaml_names_its_line() {
        let e = parse("t.md", "---\ntitle: ok\ndate: [unclosed\n---\nBody.\n").unwrap_err();
        assert!(e.line >= 3, "{e}");
        assert!(e.message.contains("YAML"));
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let e = parse("t.md", "---\ntitle: x\nBody.\n").unwrap_err();
        assert!(e.message.contains("never closed"));
    }

    #[test]
    fn bad_date_is_a_warning_and_kept_as_metadata() {
        let (p, w) = parse("t.md", "---\ndate: someday\n---\nBody.\n").unwrap();
        assert_eq!(p.date, None);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, 2);
        assert_eq!(p.meta, [("date".to_string(), "someday".to_string())]);
    }

    #[test]
    fn markup_is_dropped_and_offsets_are_lines() {
        let p = ok("Intro with **bold** and a [link](http://x.y).\n\n## Section two\n\n- item one\n- item two\n");
        let texts: Vec<&str> = p.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Intro with bold and a link.",
                "Section two",
                "item one",
                "item two"
            ]
        );
        assert_eq!(p.blocks[1].kind, BlockKind::Heading(2));
        assert_eq!(p.blocks[1].line, 3);
        assert_eq!(p.blocks[3].line, 6);
    }

    #[test]
    fn furniture_paragraphs_are_set_aside() {
        let p = ok("---\ntitle: t\n---\nSubscribe to our newsletter\n\nThe article.\n\nShare this article\nLeave a Reply\nYour email address will not be published. Required fields are marked *\n");
        let texts: Vec<&str> = p.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["The article."]);
        assert_eq!(p.furniture.len(), 4, "{:?}", p.furniture);
        assert_eq!(p.furniture[0].line, 4);
    }

    #[test]
    fn furniture_lines_inside_one_paragraph_each_count() {
        // Lines without blank lines between them form one Markdown paragraph; each line is
        // judged on its own, and the article lines around furniture are kept.
        let p = ok("Text of the article.\n\nRelated posts\n© 2025 All rights reserved.\nA real closing line.\n");
        let texts: Vec<&str> = p.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Text of the article.", "A real closing line."]);
        assert_eq!(p.blocks[1].line, 5);
        assert_eq!(p.furniture.len(), 2);
    }

    #[test]
    fn the_posts_listed_under_related_posts_are_furniture() {
        let p = ok("The article.\n\nShare this article\nRelated posts\nAzerbaijani MPs observe elections in Uzbekistan\nSubscribe to our newsletter\n");
        let texts: Vec<&str> = p.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["The article."]);
        assert_eq!(p.furniture.len(), 4, "{:?}", p.furniture);
        assert_eq!(p.furniture[2].reason, "related links");
    }

    #[test]
    fn title_heading_is_not_repeated() {
        let p = ok("---\ntitle: Same Title\n---\n# Same Title\n\nBody.\n");
        assert_eq!(p.blocks.len(), 1);
    }

    #[test]
    fn table_rows_become_passages() {
        let p = ok("| a | b |\n|---|---|\n| 1 | 2 |\n");
        let texts: Vec<&str> = p.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["a | b", "1 | 2"]);
    }
}

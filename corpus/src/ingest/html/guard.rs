//! Holds an HTML page to what the HTML parser can build in time and memory linear in its size,
//! before it is parsed.
//!
//! The HTML parsing algorithm has two costs that grow faster than the page: elements nested `d`
//! deep make every new block element search the `d` open ones (20,000 nested `<div>`s take seconds,
//! 200,000 hours), and formatting elements left open (`<b>`, `<font>`, ...) are repeated around
//! every later paragraph, so a few hundred open ones and many short paragraphs build millions of
//! elements from kilobytes. This pass reads the tags as a tokenizer would (comments, quoted
//! attributes and the raw text of `<script>` and the like skipped) and blanks out, with spaces
//! that keep every offset and line, the start tags that would nest deeper than [`MAX_NESTING`]
//! or leave more than [`MAX_OPEN_FORMATTING`] formatting elements open. The text stays; only
//! structure that no page needs is lost, and the caller says where.
//!
//! The estimate is deliberately simple: elements whose end tag is optional (`<p>`, `<li>`, `<td>`
//! ...) and void elements do not count, and an end tag closes the nearest open element of its
//! name among the last few.

/// Start tags that would nest elements deeper than this are blanked.
pub const MAX_NESTING: usize = 512;
/// Formatting start tags that would leave more than this many open are blanked.
pub const MAX_OPEN_FORMATTING: usize = 32;

/// How far back an end tag looks for the element it closes.
const CLOSE_SEARCH: usize = 64;

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr", "basefont", "bgsound", "frame", "image",
];

/// Elements whose end tag may be left out: the parser closes them itself.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dd", "dt", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "rb",
    "rt", "rp", "rtc", "colgroup", "caption", "html", "head", "body",
];

/// Elements whose content is raw text, up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// Elements the parser repeats around later text while they are open.
const FORMATTING: &[&str] = &[
    "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
];

/// What the guard changed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Guarded {
    /// Byte ranges of the start tags blanked out.
    pub blanked: Vec<std::ops::Range<usize>>,
    /// Offset of the first tag blanked for nesting, and for open formatting.
    pub too_deep: Option<usize>,
    pub too_much_formatting: Option<usize>,
}

/// Finds the start tags to blank out in `source` (see the module documentation).
pub fn check(source: &str) -> Guarded {
    let bytes = source.as_bytes();
    let mut out = Guarded::default();
    let mut open: Vec<String> = Vec::new();
    let mut formatting: std::collections::HashMap<String, usize> = Default::default();
    let mut open_formatting = 0usize;
    // Inside <svg> or <math>, `/>` closes an element, as in XML.
    let mut foreign = 0usize;
    let mut i = 0;
    while let Some(at) = memchr(b'<', &bytes[i..]) {
        let start = i + at;
        let rest = &bytes[start..];
        if rest.starts_with(b"<!--") {
            i = find(bytes, start + 4, b"-->").map_or(bytes.len(), |e| e + 3);
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i = memchr(b'>', &bytes[start..]).map_or(bytes.len(), |e| start + e + 1);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
            .count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            i = start + 1;
            continue;
        }
        let name = source[name_start..name_start + name_len].to_ascii_lowercase();
        let end = tag_end(bytes, name_start + name_len);
        let self_closing = end >= 2 && bytes[end - 2] == b'/';
        i = end;
        if closing {
            if let Some(depth) = open
                .iter()
                .rev()
                .take(CLOSE_SEARCH)
                .position(|n| *n == name)
            {
                let keep = open.len() - depth - 1;
                for closed in open.drain(keep..) {
                    if closed == "svg" || closed == "math" {
                        foreign = foreign.saturating_sub(1);
                    }
                    if let Some(n) = formatting.get_mut(&closed) {
                        if *n > 0 {
                            *n -= 1;
                            open_formatting -= 1;
                        }
                    }
                }
            }
            continue;
        }
        if RAW_TEXT.contains(&name.as_str()) {
            // Its content is text up to its end tag; the element itself opens and closes.
            i = find_end_tag(bytes, end, &name).unwrap_or(bytes.len());
            continue;
        }
        if name == "plaintext" {
            break;
        }
        if VOID.contains(&name.as_str())
            || OPTIONAL_END.contains(&name.as_str())
            || (self_closing && foreign > 0)
        {
            continue;
        }
        let is_formatting = FORMATTING.contains(&name.as_str());
        if open.len() >= MAX_NESTING {
            out.too_deep.get_or_insert(start);
            out.blanked.push(start..end);
            continue;
        }
        if is_formatting && open_formatting >= MAX_OPEN_FORMATTING {
            out.too_much_formatting.get_or_insert(start);
            out.blanked.push(start..end);
            continue;
        }
        if is_formatting {
            *formatting.entry(name.clone()).or_default() += 1;
            open_formatting += 1;
        }
        if name == "svg" || name == "math" {
            foreign += 1;
        }
        open.push(name);
    }
    out
}

/// `source` with the ranges replaced by spaces, newlines kept (so offsets and lines stay).
pub fn blank(source: &str, ranges: &[std::ops::Range<usize>]) -> String {
    let mut bytes = source.as_bytes().to_vec();
    for r in ranges {
        for b in &mut bytes[r.clone()] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    }
    // Whole tags are replaced, and every byte of a multi-byte character inside one becomes a space.
    String::from_utf8(bytes).expect("blanking whole tags keeps UTF-8 valid")
}

/// The offset just past the `>` that ends a tag whose name ends at `from`, skipping quoted
/// attribute values; the end of the source when there is none.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote: Option<u8> = None;
    for (k, &b) in bytes[from..].iter().enumerate() {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return from + k + 1,
            None => {}
        }
    }
    bytes.len()
}

/// Where `</name` next starts at or after `from`, ignoring case.
fn find_end_tag(bytes: &[u8], from: usize, name: &str) -> Option<usize> {
    let mut i = from;
    while let Some(at) = find(bytes, i, b"</") {
        let tag = &bytes[at + 2..];
        if tag.len() >= name.len() && tag[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            return Some(at);
        }
        i = at + 2;
    }
    None
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_page_is_left_alone() {
        let page = "<html><head><title>x</title><script>if (a<b) {}</script></head><body><div><p>One<p>Two <b>bold</b><br><img src=x></div><svg><path d='M0'/><path/></svg></body></html>";
        assert_eq!(check(page), Guarded::default());
    }

    #[test]
    fn nesting_past_the_limit_is_blanked() {
        let page = format!("{}text{}", "<div>".repeat(600), "</div>".repeat(600));
        let g = check(&page);
        assert_eq!(g.blanked.len(), 600 - MAX_NESTING);
        assert_eq!(g.too_deep, Some(5 * MAX_NESTING));
    }

    #[test]
    fn self_closed_divs_still_nest() {
        let page = "<div/>".repeat(600);
        assert_eq!(check(&page).blanked.len(), 600 - MAX_NESTING);
    }

    #[test]
    fn closed_elements_do_not_add_up() {
        let page = "<div><span>x</span></div>".repeat(10_000);
        assert_eq!(check(&page), Guarded::default());
    }

    #[test]
    fn open_formatting_past_the_limit_is_blanked() {
        let opens: String = (0..100).map(|i| format!("<b id={i}>")).collect();
        let page = format!("<div>{opens}</div>{}", "<p>x".repeat(10));
        let g = check(&page);
        assert_eq!(g.blanked.len(), 100 - MAX_OPEN_FORMATTING);
        assert!(g.too_much_formatting.is_some());
    }

    #[test]
    fn comments_and_quoted_angle_brackets_are_not_tags() {
        let page = format!(
            "<!-- {} --><a title='>{}'>x</a>",
            "<div>".repeat(1000),
            "<div>".repeat(1000)
        );
        assert_eq!(check(&page), Guarded::default());
    }

    #[test]
    fn blanking_keeps_offsets_lines_and_text() {
        let source = "a<b\nid=é>c";
        let tag = 1..source.len() - 1;
        let out = blank(source, std::slice::from_ref(&tag));
        assert_eq!(out.len(), source.len());
        assert_eq!(out, "a  \n      c");
    }
}

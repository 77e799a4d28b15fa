//! HTML pages: the article text only. Title from `<title>` or the first `<h1>`, date from the
//! usual meta tags, source from `<link rel="canonical">`, language from `<html lang>`. The content
//! is the largest `<article>` (else `<main>`, else `<body>`); scripts, styles, navigation, page
//! headers and footers, asides, forms and share/related/comment widgets are left out.
//!
//! Before parsing, [`guard`] blanks the start tags that would nest deeper than the parser can
//! handle in linear time or repeat open formatting around every paragraph; the parser is then fed
//! in pieces and stopped at a budget of nodes proportional to the page. The walk over the parsed
//! page is recursive only to [`MAX_DEPTH`] elements: below that, an element's text is read flat
//! (still without scripts, styles and furniture), so no page can overflow the stack. Line numbers come from one index of line starts, and the
//! search for each block's line in the source is bounded in total, so a page of 100,000
//! paragraphs takes linear time.

use ego_tree::NodeRef;
use html5ever::tendril::TendrilSink;
use scraper::{ElementRef, Html, Node, Selector};

use super::{
    collapse, furniture, normalize_date, normalize_lang, same_text, Block, BlockKind, Parsed,
};
use crate::diag::{Diagnostic, Lines};
use crate::model::Furniture;

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button",
    "iframe", "svg", "canvas", "select", "input", "textarea", "label", "object", "embed", "head",
    "menu", "dialog", "audio", "video", "map",
];

/// Elements that start and end a block of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "li",
    "blockquote",
    "pre",
    "section",
    "article",
    "main",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "figcaption",
    "figure",
    "address",
    "details",
    "summary",
    "header",
    "hgroup",
    "body",
    "center",
];

/// Words in a class or id that mark page furniture, whatever the site.
const FURNITURE_CLASSES: &[&str] = &[
    "share",
    "sharing",
    "social",
    "related",
    "comments",
    "comment",
    "newsletter",
    "subscribe",
    "subscription",
    "advert",
    "advertisement",
    "ads",
    "promo",
    "breadcrumb",
    "breadcrumbs",
    "cookie",
    "cookies",
    "sidebar",
    "menu",
    "navbar",
    "nav",
    "footer",
    "pagination",
    "tags",
    "widget",
    "popup",
    "modal",
    "banner",
];

pub mod guard;

/// Elements nested deeper than this are read as flat text.
pub const MAX_DEPTH: usize = 256;

/// The parser builds at most this many nodes, plus one per four bytes of the page.
pub const NODE_BUDGET: usize = 100_000;

/// The page is fed to the parser in pieces of this many bytes, the node budget checked between.
const PIECE: usize = 1024;

/// Parses a page within the node budget. Returns the tree and, when the budget ran out, the
/// offset where the parser stopped.
fn parse_bounded(source: &str) -> (Html, Option<usize>) {
    let budget = NODE_BUDGET + source.len() / 4;
    let mut parser = html5ever::driver::parse_document(Html::new_document(), Default::default());
    let mut at = 0;
    while at < source.len() {
        let mut end = (at + PIECE).min(source.len());
        while !source.is_char_boundary(end) {
            end += 1;
        }
        parser.process(source[at..end].into());
        at = end;
        if parser.tokenizer.sink.sink.tree.values().len() > budget {
            return (parser.finish(), Some(at));
        }
    }
    (parser.finish(), None)
}

/// Parses an HTML page.
pub fn parse(path: &str, source: &str) -> Result<(Parsed, Vec<Diagnostic>), Diagnostic> {
    if !looks_like_html(source) {
        return Err(Diagnostic::error(
            path,
            1,
            "this .html file has no HTML tags; if it is plain text, name it .txt",
        ));
    }
    let lines = Lines::new(source.as_bytes());
    let mut warnings = Vec::new();
    let guarded = guard::check(source);
    if let Some(at) = guarded.too_deep {
        warnings.push(Diagnostic::warning(
            path,
            lines.line(at),
            format!(
                "elements are nested more than {} deep from here on: their tags are ignored and their text kept",
                guard::MAX_NESTING
            ),
        ));
    }
    if let Some(at) = guarded.too_much_formatting {
        warnings.push(Diagnostic::warning(
            path,
            lines.line(at),
            format!(
                "more than {} formatting elements (<b>, <font>, <a>, ...) are left open from here on: the tags of the others are ignored",
                guard::MAX_OPEN_FORMATTING
            ),
        ));
    }
    let blanked;
    let source = if guarded.blanked.is_empty() {
        source
    } else {
        blanked = guard::blank(source, &guarded.blanked);
        blanked.as_str()
    };
    let (doc, stopped) = parse_bounded(source);
    if let Some(at) = stopped {
        warnings.push(Diagnostic::warning(
            path,
            lines.line(at),
            format!(
                "the page builds more than {} elements by here; the rest is left out",
                NODE_BUDGET + source.len() / 4
            ),
        ));
    }
    let mut parsed = Parsed {
        lang: select_attr(&doc, "html[lang]", "lang").and_then(|l| normalize_lang(&l)),
        source: select_attr(&doc, "link[rel=canonical]", "href")
            .or_else(|| select_attr(&doc, "meta[property='og:url']", "content")),
        ..Parsed::default()
    };
    if let Some(raw) = date_meta(&doc) {
        match normalize_date(&raw) {
            Some(iso) => parsed.date = Some(iso),
            None => {
                warnings.push(Diagnostic::warning(
                    path,
                    locate_line(source, &lines, &raw),
                    format!("date \"{raw}\" is not a date (use YYYY-MM-DD); kept as metadata only"),
                ));
                parsed.meta.push(("date".into(), raw));
            }
        }
    }
    if let Some(k) = select_attr(&doc, "meta[name=keywords]", "content") {
        parsed.tags.extend(
            k.split(',')
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty()),
        );
    }
    for (name, key) in [("author", "author"), ("description", "description")] {
        if let Some(v) = select_attr(&doc, &format!("meta[name={name}]"), "content") {
            parsed.meta.push((key.into(), v));
        }
    }
    parsed.meta.sort();

    let mut walker = Walker {
        source,
        lines,
        // Each block's line is searched for from the last one found; searches that find nothing
        // may read the rest of the source, and together they read at most this much.
        scan_budget: source.len().saturating_mul(4).saturating_add(1 << 20),
        depth: 0,
        too_deep: None,
        from: 0,
        blocks: Vec::new(),
        furniture: Vec::new(),
        reader: furniture::Reader::default(),
        current: String::new(),
        root: content_root(&doc).map(|r| r.id()),
        inside: false,
    };
    // Walk the whole body so that what lies outside the article is recorded, not lost.
    if let Some(body) = doc.select(&selector("body")).next() {
        walker.inside = walker.root == Some(body.id());
        walker.walk(*body);
        walker.flush();
    }
    // Said once: the guard's warning covers a page it flattened.
    if let (Some(line), None) = (walker.too_deep, guarded.too_deep) {
        warnings.push(Diagnostic::warning(
            path,
            line,
            format!("elements are nested more than {MAX_DEPTH} deep here; their text is read without its structure"),
        ));
    }
    let first_h1 = walker
        .blocks
        .iter()
        .position(|b| b.kind == BlockKind::Heading(1));
    let page_title = select_text(&doc, "title");
    parsed.title = match (page_title, first_h1.map(|i| walker.blocks[i].text.clone())) {
        // `<title>` often carries the site name after the headline: prefer the headline.
        (Some(t), Some(h)) if t.starts_with(&h) || same_text(&t, &h) => Some(h),
        (Some(t), _) => Some(t),
        (None, Some(h)) => Some(h),
        (None, None) => None,
    };
    // The headline is the title; do not repeat it as a heading.
    if let (Some(i), Some(title)) = (first_h1, &parsed.title) {
        if same_text(&walker.blocks[i].text, title)
            && walker.blocks[..i]
                .iter()
                .all(|b| b.kind != BlockKind::Paragraph)
        {
            walker.blocks.remove(i);
        }
    }
    parsed.blocks = walker.blocks;
    parsed.furniture = walker.furniture;
    parsed.furniture.sort_by_key(|f| f.line);
    Ok((parsed, warnings))
}

fn looks_like_html(source: &str) -> bool {
    let bytes = source.as_bytes();
    bytes
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'!'))
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("selectors in this file are valid")
}

fn select_attr(doc: &Html, css: &str, attr: &str) -> Option<String> {
    doc.select(&selector(css))
        .filter_map(|e| e.value().attr(attr))
        .map(str::trim)
        .find(|v| !v.is_empty())
        .map(str::to_string)
}

fn select_text(doc: &Html, css: &str) -> Option<String> {
    doc.select(&selector(css))
        .map(|e| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .find(|t| !t.is_empty())
}

/// The publication date from the meta tags sites use, or the article's `<time datetime>`.
fn date_meta(doc: &Html) -> Option<String> {
    const CSS: &[&str] = &[
        "meta[name=date]",
        "meta[name='article:published_time']",
        "meta[property='article:published_time']",
        "meta[property='og:published_time']",
        "meta[name='dc.date']",
        "meta[name='DC.date']",
        "meta[name='dcterms.date']",
        "meta[name=pubdate]",
        "meta[name=publishdate]",
        "meta[name='parsely-pub-date']",
        "meta[itemprop=datePublished]",
    ];
    CSS.iter()
        .find_map(|css| select_attr(doc, css, "content"))
        .or_else(|| {
            select_attr(
                doc,
                "article time[datetime][itemprop=datePublished]",
                "datetime",
            )
        })
        .or_else(|| select_attr(doc, "article time[pubdate][datetime]", "datetime"))
}

/// The element holding the article: the `<article>` with the most text, else `<main>`, else
/// `<body>`.
fn content_root(doc: &Html) -> Option<ElementRef<'_>> {
    let text_len = |e: &ElementRef| e.text().map(|t| t.trim().len()).sum::<usize>();
    // The first of the largest: of nested elements with the same text, the outermost.
    let largest = |css: &str| {
        doc.select(&selector(css))
            .map(|e| (text_len(&e), e))
            .fold(
                None,
                |best: Option<(usize, ElementRef)>, (n, e)| match best {
                    Some((m, _)) if m >= n => best,
                    _ => Some((n, e)),
                },
            )
            .map(|(_, e)| e)
    };
    largest("article")
        .or_else(|| largest("main, [role=main]"))
        .or_else(|| doc.select(&selector("body")).next())
}

fn is_furniture_element(e: &scraper::node::Element) -> bool {
    if SKIP.contains(&e.name())
        || e.attr("hidden").is_some()
        || e.attr("aria-hidden") == Some("true")
    {
        return true;
    }
    if matches!(
        e.attr("role"),
        Some("navigation" | "banner" | "contentinfo" | "complementary" | "search")
    ) {
        return true;
    }
    let words = e
        .attr("class")
        .into_iter()
        .chain(e.attr("id"))
        .flat_map(|v| {
            v.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                .map(str::to_ascii_lowercase)
        });
    let mut found = false;
    for w in words {
        if FURNITURE_CLASSES.contains(&w.as_str()) {
            found = true;
        }
    }
    found
}

struct Walker<'s> {
    source: &'s str,
    lines: Lines,
    /// Bytes that searches for a block's line may still read.
    scan_budget: usize,
    /// Elements open above the one being walked.
    depth: usize,
    /// The line where elements first nest deeper than [`MAX_DEPTH`].
    too_deep: Option<u32>,
    /// Where to start looking for the next block in the source, for line numbers.
    from: usize,
    blocks: Vec<Block>,
    furniture: Vec<Furniture>,
    /// Reads the furniture of the article's blocks in order (a related-links list).
    reader: furniture::Reader,
    current: String,
    /// The element holding the article.
    root: Option<ego_tree::NodeId>,
    /// Whether the walk is inside `root`.
    inside: bool,
}

impl Walker<'_> {
    fn walk(&mut self, node: NodeRef<'_, Node>) {
        if self.depth >= MAX_DEPTH {
            self.walk_flat(node);
            return;
        }
        self.depth += 1;
        self.walk_children(node);
        self.depth -= 1;
    }

    /// Reads the text under `node` without recursion: what furniture elements hold is left out,
    /// and block elements separate words.
    fn walk_flat(&mut self, node: NodeRef<'_, Node>) {
        if self.too_deep.is_none() {
            self.too_deep = Some(self.lines.line(self.from));
        }
        let mut skipping = 0usize;
        for edge in node.traverse().skip(1) {
            match edge {
                ego_tree::iter::Edge::Open(n) => match n.value() {
                    Node::Element(_) if Some(n.id()) == self.root => {
                        self.flush();
                        self.inside = true;
                    }
                    Node::Element(e) => {
                        if skipping > 0 || is_furniture_element(e) {
                            skipping += 1;
                        } else if BLOCKS.contains(&e.name()) || heading_level(e.name()).is_some() {
                            self.current.push(' ');
                        }
                    }
                    Node::Text(t) if skipping == 0 => self.current.push_str(t),
                    _ => {}
                },
                ego_tree::iter::Edge::Close(n) => {
                    if Some(n.id()) == self.root {
                        self.flush();
                        self.inside = false;
                    } else if let Node::Element(_) = n.value() {
                        skipping = skipping.saturating_sub(1);
                    }
                }
            }
        }
    }

    fn walk_children(&mut self, node: NodeRef<'_, Node>) {
        for child in node.children() {
            match child.value() {
                Node::Text(t) => self.current.push_str(t),
                Node::Element(e) => {
                    let name = e.name();
                    if Some(child.id()) == self.root {
                        self.flush();
                        self.inside = true;
                        self.walk(child);
                        self.flush();
                        self.inside = false;
                        continue;
                    }
                    if name == "header"
                        && !has_descendant(child, "nav")
                        && e.attr("role") != Some("banner")
                    {
                        // An article's own header (headline, byline) is content.
                        self.flush();
                        self.walk(child);
                        self.flush();
                        continue;
                    }
                    if is_furniture_element(e) {
                        self.flush();
                        self.set_aside(child, name);
                        continue;
                    }
                    if let Some(level) = heading_level(name) {
                        self.flush();
                        let text = collapse(
                            &ElementRef::wrap(child)
                                .map(|el| el.text().collect::<String>())
                                .unwrap_or_default(),
                        );
                        if !text.is_empty() {
                            self.current = text;
                            if self.inside {
                                let text = std::mem::take(&mut self.current);
                                let line = self.locate(&text);
                                self.reader.end_list();
                                self.blocks.push(Block {
                                    kind: BlockKind::Heading(level),
                                    text,
                                    line,
                                });
                            } else {
                                self.flush();
                            }
                        }
                        continue;
                    }
                    match name {
                        "br" => self.current.push(' '),
                        "td" | "th" => {
                            if !self.current.trim().is_empty() {
                                self.current.push_str(" | ");
                            }
                            self.walk(child);
                        }
                        _ if BLOCKS.contains(&name) => {
                            self.flush();
                            self.walk(child);
                            self.flush();
                        }
                        _ => self.walk(child),
                    }
                }
                _ => {}
            }
        }
    }

    /// Records a skipped element's text as furniture, so nothing disappears unexplained.
    fn set_aside(&mut self, node: NodeRef<'_, Node>, name: &str) {
        if matches!(
            name,
            "script" | "style" | "noscript" | "template" | "svg" | "head"
        ) {
            return;
        }
        let text = collapse(
            &ElementRef::wrap(node)
                .map(|el| el.text().collect::<String>())
                .unwrap_or_default(),
        );
        if text.is_empty() {
            return;
        }
        let line = self.locate(&text);
        let shown: String = text.chars().take(100).collect();
        self.furniture.push(Furniture {
            line,
            text: shown,
            reason: format!("<{name}> page furniture"),
        });
    }

    fn flush(&mut self) {
        let text = collapse(&std::mem::take(&mut self.current));
        if text.is_empty() {
            return;
        }
        let line = self.locate(&text);
        if !self.inside {
            let shown: String = text.chars().take(100).collect();
            let reason = "outside the article".to_string();
            self.furniture.push(Furniture {
                line,
                text: shown,
                reason,
            });
            return;
        }
        match self.reader.classify(&text) {
            Some(reason) => self.furniture.push(Furniture {
                line,
                text,
                reason: reason.into(),
            }),
            None => self.blocks.push(Block {
                kind: BlockKind::Paragraph,
                text,
                line,
            }),
        }
    }

    /// Best-effort source line of a block: where its first long word next occurs. A search that
    /// finds the word moves past it, so found words read the source once in all; searches that
    /// find nothing draw on `scan_budget`, and once it is spent a block takes the last line found.
    fn locate(&mut self, text: &str) -> u32 {
        let probe = text
            .split_whitespace()
            .find(|w| w.len() >= 4 && w.chars().all(char::is_alphanumeric));
        if let Some(probe) = probe {
            let rest = &self.source[self.from..];
            let mut end = rest.len().min(self.scan_budget);
            while !rest.is_char_boundary(end) {
                end -= 1;
            }
            match rest[..end].find(probe) {
                // Past the word: the next block starts after this one's first word.
                Some(at) => self.from += at + probe.len(),
                None => self.scan_budget -= end,
            }
        }
        self.lines.line(self.from)
    }
}

fn has_descendant(node: NodeRef<'_, Node>, name: &str) -> bool {
    node.descendants()
        .any(|d| matches!(d.value(), Node::Element(e) if e.name() == name))
}

fn heading_level(name: &str) -> Option<u8> {
    match name {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

fn locate_line(source: &str, lines: &Lines, needle: &str) -> u32 {
    source.find(needle).map(|at| lines.line(at)).unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r##"<!DOCTYPE html>
<html lang="en-GB">
<head>
<title>Rail link opens | Example News</title>
<meta name="date" content="2025-02-26">
<link rel="canonical" href="https://news.example/rail">
<script>var x = "not text";</script>
</head>
<body>
<header class="site-header"><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
<main>
<article>
<h1>Rail link opens</h1>
<p>The line opened on <b>Monday</b>, officials said.</p>
<h2>Background</h2>
<p>Work began in 2019.</p>
<div class="share-links"><a href="#">Email</a> <a href="#">Print</a></div>
</article>
<aside><p>Share this article</p></aside>
</main>
<footer><p>© 2025 All rights reserved.</p></footer>
</body>
</html>
"##;

    fn ok(source: &str) -> Parsed {
        parse("t.html", source).unwrap().0
    }

    #[test]
    fn metadata_from_head() {
        let p = ok(PAGE);
        assert_eq!(p.title.as_deref(), Some("Rail link opens"));
        assert_eq!(p.date.as_deref(), Some("2025-02-26"));
        assert_eq!(p.source.as_deref(), Some("https://news.example/rail"));
        assert_eq!(p.lang.as_deref(), Some("en"));
    }

    #[test]
    fn article_text_only() {
        let p = ok(PAGE);
        let blocks: Vec<(BlockKind, &str)> =
            p.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            blocks,
            [
                (
                    BlockKind::Paragraph,
                    "The line opened on Monday, officials said."
                ),
                (BlockKind::Heading(2), "Background"),
                (BlockKind::Paragraph, "Work began in 2019."),
            ]
        );
    }

    #[test]
    fn blocks_know_their_lines() {
        let p = ok(PAGE);
        assert_eq!(p.blocks[0].line, 14);
        assert_eq!(p.blocks[2].line, 16);
    }

    #[test]
    fn left_out_text_is_recorded_as_furniture() {
        let p = ok(PAGE);
        let reasons: Vec<&str> = p.furniture.iter().map(|f| f.reason.as_str()).collect();
        assert!(reasons.iter().any(|r| r.contains("<nav>")), "{reasons:?}");
        assert!(
            reasons.iter().any(|r| r.contains("<footer>")),
            "{reasons:?}"
        );
        assert!(!p.blocks.iter().any(|b| b.text.contains("2025")));
        assert!(!p.blocks.iter().any(|b| b.text.contains("not text")));
    }

    #[test]
    fn title_falls_back_to_first_h1() {
        let p = ok("<html><body><h1>Only a headline</h1><p>Body text.</p></body></html>");
        assert_eq!(p.title.as_deref(), Some("Only a headline"));
        assert_eq!(p.blocks.len(), 1);
    }

    #[test]
    fn page_without_article_uses_body() {
        let p = ok("<html><body><p>First.</p><div>Second <i>part</i>.</div></body></html>");
        let texts: Vec<&str> = p.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["First.", "Second part."]);
    }

    #[test]
    fn text_without_tags_is_not_html() {
        let e = parse("t.html", "Just some words, no markup at all.").unwrap_err();
        assert!(e.message.contains("no HTML tags"));
    }

    #[test]
    fn bad_date_meta_is_a_warning() {
        let (p, w) = parse(
            "t.html",
            "<html><head><meta name=date content=\"soon\"></head><body><p>x</p></body></html>",
        )
        .unwrap();
        assert_eq!(p.date, None);
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn table_row_is_one_passage() {
        let p = ok("<html><body><table><tr><td>Baku</td><td>3.5%</td></tr></table></body></html>");
        assert_eq!(p.blocks[0].text, "Baku | 3.5%");
    }
}

//! Marks (byte ranges that are query matches, entity mentions, dates, figures) nested into a
//! tree, so that a mention with a match inside it is one link with a `<mark>` in it. Pure.

use std::ops::Range;

/// A mark placed in the tree: its index among the marks, its (possibly clipped) range, and the
/// marks inside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    pub mark: usize,
    pub range: Range<usize>,
    pub children: Vec<Node>,
}

/// Nests `ranges` (sorted by start, the longer first at one start) that fall in `within`. A mark
/// that starts inside another and ends beyond it is cut where the other ends; empty and
/// out-of-range marks are left out.
pub fn nest(ranges: &[Range<usize>], within: Range<usize>) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::new();
    for (i, r) in ranges.iter().enumerate() {
        let start = r.start.max(within.start);
        let end = r.end.min(within.end);
        if start >= end {
            continue;
        }
        insert(&mut out, i, start..end);
    }
    out
}

fn insert(level: &mut Vec<Node>, mark: usize, range: Range<usize>) {
    if let Some(last) = level.last_mut() {
        if range.start < last.range.end {
            if range.end <= last.range.end {
                insert(&mut last.children, mark, range);
                return;
            }
            // Overlaps the end of the last one: keep the part after it.
            let rest = last.range.end..range.end;
            level.push(Node {
                mark,
                range: rest,
                children: Vec::new(),
            });
            return;
        }
    }
    level.push(Node {
        mark,
        range,
        children: Vec::new(),
    });
}

/// Whether `url` may be a link: an `http` or `https` URL with a host, and nothing that a
/// browser would read otherwise (no spaces, control characters, quotes or angle brackets).
/// Anything else (`javascript:`, `data:`, relative paths) is shown as text.
pub fn is_web_link(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && !host.starts_with(['.', '@', ':'])
        && !url.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(mark: usize, range: Range<usize>, children: Vec<Node>) -> Node {
        Node {
            mark,
            range,
            children,
        }
    }

    #[test]
    fn a_match_inside_a_mention_is_its_child() {
        // "Ilham Aliyev" (0..12) with the match "Aliyev" (6..12).
        assert_eq!(
            nest(&[0..12, 6..12], 0..20),
            [node(0, 0..12, vec![node(1, 6..12, vec![])])]
        );
    }

    #[test]
    fn side_by_side_marks_stay_side_by_side() {
        assert_eq!(
            nest(&[0..3, 5..8], 0..10),
            [node(0, 0..3, vec![]), node(1, 5..8, vec![])]
        );
    }

    #[test]
    fn an_overlapping_mark_is_cut_where_the_other_ends() {
        assert_eq!(
            nest(&[0..5, 3..9], 0..10),
            [node(0, 0..5, vec![]), node(1, 5..9, vec![])]
        );
    }

    #[test]
    fn marks_outside_the_passage_are_clipped_or_dropped() {
        assert_eq!(
            nest(&[0..4, 8..12, 20..25], 2..10),
            [node(0, 2..4, vec![]), node(1, 8..10, vec![])]
        );
        assert!(nest(&[3..3, 4..4], 0..10).is_empty());
    }

    #[test]
    fn three_levels_nest() {
        assert_eq!(
            nest(&[0..10, 2..8, 4..6], 0..10),
            [node(
                0,
                0..10,
                vec![node(1, 2..8, vec![node(2, 4..6, vec![])])]
            )]
        );
    }

    #[test]
    fn only_http_and_https_urls_are_links() {
        for ok in [
            "https://example.org/a?b=c#d",
            "http://example.org",
            "HTTPS://Example.org/x",
            "https://xn--80ak6aa92e.com/путь",
        ] {
            assert!(is_web_link(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "/relative/path",
            "example.org",
            "https://",
            "https:///path",
            "http://exa mple.org",
            "https://example.org/\"><script>",
            " https://example.org",
            "https://example.org\n",
            "ftp://example.org",
            "vbscript:x",
            "https:example.org",
        ] {
            assert!(!is_web_link(bad), "{bad}");
        }
    }
}

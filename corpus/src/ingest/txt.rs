//! Plain text: paragraphs are lines or blank-line-separated groups (hard-wrapped lines are
//! joined), short title-like lines before a paragraph are headings, a short first line is the
//! title, and page furniture is set aside.

use super::furniture;
use super::{Block, BlockKind, Parsed};
use crate::model::Furniture;

/// Headings are at most this long.
const MAX_HEADING_CHARS: usize = 100;
const MAX_HEADING_WORDS: usize = 14;

pub fn parse(text: &str) -> Parsed {
    let lines: Vec<(u32, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i as u32 + 1, l.trim()))
        .collect();
    let script = furniture::dominant_script(text);
    let mut parsed = Parsed::default();

    // 1. Lines → raw blocks: a line break inside a blank-line group ends a block unless the line
    //    is a hard-wrapped piece of a longer sentence.
    let mut raw: Vec<(u32, String)> = Vec::new();
    let mut open = false;
    let mut reader = furniture::Reader::default();
    for &(no, line) in &lines {
        if line.is_empty() {
            open = false;
            continue;
        }
        if let Some(reason) = reader.classify(line) {
            parsed.furniture.push(Furniture {
                line: no,
                text: line.to_string(),
                reason: reason.to_string(),
            });
            open = false;
            continue;
        }
        if open {
            let (_, prev) = raw.last_mut().expect("open block exists");
            if continues(prev, line) {
                prev.push(' ');
                prev.push_str(line);
                continue;
            }
        }
        raw.push((no, line.to_string()));
        open = true;
    }

    // 2. Stray widget labels at the edges, in another script than the document.
    while let Some((no, line)) = raw.last() {
        if raw.len() > 1 && furniture::is_stray_edge_line(line, script) {
            parsed.furniture.push(Furniture {
                line: *no,
                text: line.clone(),
                reason: format!(
                    "short line in another script ({}) at the end",
                    furniture::dominant_script(line)
                ),
            });
            raw.pop();
        } else {
            break;
        }
    }
    while raw.len() > 1 && furniture::is_stray_edge_line(&raw[0].1, script) {
        let (no, line) = raw.remove(0);
        let reason = format!(
            "short line in another script ({}) at the start",
            furniture::dominant_script(&line)
        );
        parsed.furniture.push(Furniture {
            line: no,
            text: line,
            reason,
        });
    }
    parsed.furniture.sort_by_key(|f| f.line);

    // 3. Title: a short first line that reads like a headline, followed by more text.
    let mut start = 0;
    if raw.len() > 1 && is_title_like(&raw[0].1) {
        parsed.title = Some(raw[0].1.clone());
        start = 1;
    }

    // 4. Header lines after the title, as a scraper or a mail writes them: "Date: 2025-07-18",
    //    "Source: https://...", "Language: en", "Author: ...". A value that does not read as
    //    what its key names stays in the text.
    while let Some((_, line)) = raw.get(start) {
        if !header_line(line, &mut parsed) {
            break;
        }
        start += 1;
    }

    // 5. Headings: title-like lines followed by a paragraph.
    for i in start..raw.len() {
        let (no, ref line) = raw[i];
        let next_is_body = raw
            .get(i + 1)
            .is_some_and(|(_, n)| !is_heading_like(n) || n.len() > MAX_HEADING_CHARS);
        // "Kubanychbek Asanov, Osh" under a letter: a sign-off, not a heading.
        let signoff =
            i > start && raw[i - 1].1.ends_with(['.', '!', '?', '"', '”', '…']) && is_signoff(line);
        let kind = if next_is_body && is_heading_like(line) && !signoff {
            BlockKind::Heading(2)
        } else {
            BlockKind::Paragraph
        };
        parsed.blocks.push(Block {
            kind,
            text: line.clone(),
            line: no,
        });
    }
    parsed
}

/// Takes a header line ("Date: 2025-07-18") into the metadata; false for any other line, and for
/// a value its key cannot take (a date that is no date, a source that is no web address).
fn header_line(line: &str, parsed: &mut Parsed) -> bool {
    let Some((key, value)) = line.split_once(':') else {
        return false;
    };
    let (key, value) = (key.trim().to_lowercase(), value.trim());
    if value.is_empty() {
        return false;
    }
    match key.as_str() {
        "date" | "published" | "дата" | "tarih" | "tarix" if parsed.date.is_none() => {
            match super::normalize_date(value) {
                Some(d) => parsed.date = Some(d),
                None => return false,
            }
        }
        "source" | "url" | "источник" | "kaynak" | "mənbə" if parsed.source.is_none() => {
            if !(value.starts_with("http://") || value.starts_with("https://"))
                || value.contains(char::is_whitespace)
            {
                return false;
            }
            parsed.source = Some(value.to_string());
        }
        "language" | "lang" if parsed.lang.is_none() => match super::normalize_lang(value) {
            Some(l) => parsed.lang = Some(l),
            None => return false,
        },
        "author" | "автор" | "yazar" | "müəllif" if value.chars().count() <= 80 => {
            parsed.meta.push(("author".into(), value.to_string()));
        }
        _ => return false,
    }
    true
}

/// Whether `next` continues the hard-wrapped paragraph ending in `prev`.
fn continues(prev: &str, next: &str) -> bool {
    let ends_sentence = prev.ends_with([
        '.', '!', '?', ':', ';', '"', '”', '’', ')', '…', '。', '！', '？',
    ]);
    if ends_sentence {
        return false;
    }
    // "Date: 2025-06-10" under a long headline: a header line is never a wrapped piece.
    if header_line(next, &mut Parsed::default()) {
        return false;
    }
    let next_lower = next
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    next_lower || (prev.chars().count() >= 60 && !is_heading_like(prev))
}

/// A line that could be a heading: short, no closing sentence punctuation, starts with a capital
/// or digit, and most of its longer words are capitalised (or it has a colon, as subtitled
/// headings do).
pub fn is_heading_like(line: &str) -> bool {
    let chars = line.chars().count();
    let words: Vec<&str> = line.split_whitespace().collect();
    if chars == 0 || chars > MAX_HEADING_CHARS || words.len() > MAX_HEADING_WORDS {
        return false;
    }
    if line.ends_with(['.', ',', ';', '"', '”']) {
        return false;
    }
    let first = line.chars().next().unwrap_or(' ');
    if !(first.is_uppercase()
        || first.is_ascii_digit()
        || !first.is_alphabetic() && first.is_alphanumeric())
    {
        // Scripts without case (Han, Arabic...) pass through `is_alphanumeric` but not `is_uppercase`.
        if first.is_lowercase() || !first.is_alphanumeric() {
            return false;
        }
    }
    let long: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3)
        .collect();
    if long.is_empty() {
        return true;
    }
    let capitalised = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        .count();
    capitalised * 2 >= long.len() || line.contains(':')
}

/// A line that signs a letter: a name of two to four words (initials and "Dr" allowed), a comma,
/// and a place of one or two capitalised words ("Kubanychbek Asanov, Osh", "Dr R. Aliyeva,
/// Gabala").
fn is_signoff(line: &str) -> bool {
    let Some((name, place)) = line.split_once(',') else {
        return false;
    };
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let name: Vec<&str> = name.split_whitespace().collect();
    let place: Vec<&str> = place.split_whitespace().collect();
    (2..=4).contains(&name.len())
        && (1..=2).contains(&place.len())
        && name.iter().all(capitalised)
        && place.iter().all(capitalised)
        && !line.contains([':', ';'])
        && name
            .last()
            .is_some_and(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
}

/// A first line that reads like a headline: short, no closing period, not a sentence that runs on.
fn is_title_like(line: &str) -> bool {
    let chars = line.chars().count();
    chars <= 150 && line.split_whitespace().count() <= 20 && !line.ends_with(['.', ',', ';', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(p: &Parsed) -> Vec<(BlockKind, &str)> {
        p.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect()
    }

    #[test]
    fn header_lines_after_the_title_are_metadata() {
        let p = parse("Caspian markets: manat steady\n\nDate: 2025-07-18\nSource: https://example.com/a\nAuthor: Sara Lind\n\nBAKU, 18 July — The manat held at its rate this week.\n");
        assert_eq!(p.title.as_deref(), Some("Caspian markets: manat steady"));
        assert_eq!(p.date.as_deref(), Some("2025-07-18"));
        assert_eq!(p.source.as_deref(), Some("https://example.com/a"));
        assert_eq!(p.meta, [("author".to_string(), "Sara Lind".to_string())]);
        assert_eq!(
            kinds(&p),
            [(
                BlockKind::Paragraph,
                "BAKU, 18 July — The manat held at its rate this week."
            )]
        );
        // Under a headline of sixty characters or more, with no blank line between.
        let p = parse("Space agency picks a partner for a new observation satellite at last\nDate: 2025-06-10\nSource: https://example.net/x\n\nThe company announced the deal in the capital on June 9.\n");
        assert_eq!(
            p.title.as_deref(),
            Some("Space agency picks a partner for a new observation satellite at last")
        );
        assert_eq!(p.date.as_deref(), Some("2025-06-10"));
        assert_eq!(p.source.as_deref(), Some("https://example.net/x"));
        // A value its key cannot take stays in the text, and so does a header in the body.
        let p = parse("Title of the piece\n\nDate: sometime next spring\n\nThe text goes on here at length.\n\nDate: 2025-01-01\n");
        assert_eq!(p.date, None);
        assert_eq!(p.blocks.len(), 3, "{:?}", kinds(&p));
    }

    #[test]
    fn one_paragraph_per_line() {
        let p = parse("First paragraph is long enough to be prose.\nSecond one, also prose.\n");
        assert_eq!(p.blocks.len(), 2);
        assert_eq!(p.title, None);
    }

    #[test]
    fn short_first_line_is_the_title() {
        let p = parse(
            "Trade Fair Opens in Qingdao\n\nThe fair opened on Monday with many exhibitors.\n",
        );
        assert_eq!(p.title.as_deref(), Some("Trade Fair Opens in Qingdao"));
        assert_eq!(
            kinds(&p),
            [(
                BlockKind::Paragraph,
                "The fair opened on Monday with many exhibitors."
            )]
        );
    }

    #[test]
    fn title_case_line_before_paragraph_is_a_heading() {
        let text = "A first paragraph that is long enough to be prose and ends.\n\
                    Riding the Multipolar Wave: Why Azerbaijan is Hedging its Bets\n\
                    The shifting global power dynamic is a catalyst.\n";
        let p = parse(text);
        assert_eq!(p.blocks[1].kind, BlockKind::Heading(2));
        assert_eq!(p.blocks[1].line, 2);
        assert_eq!(p.blocks[2].kind, BlockKind::Paragraph);
    }

    #[test]
    fn sentence_line_is_not_a_heading() {
        let text = "Prose comes first and ends here.\nThe ministers met in the city.\nMore prose follows here.\n";
        let p = parse(text);
        assert!(p.blocks.iter().all(|b| b.kind == BlockKind::Paragraph));
    }

    #[test]
    fn a_letter_s_sign_off_is_no_heading() {
        let text = "Letters to the editor\n\nSir, — The new bridge is welcome.\nMarat Kenesov, Taraz\n\nSir, — The ferry is late again.\nDr A. Rustamova, Lankaran\n\nMore letters follow on this page.\n";
        let p = parse(text);
        for signoff in ["Marat Kenesov, Taraz", "Dr A. Rustamova, Lankaran"] {
            let b = p.blocks.iter().find(|b| b.text == signoff).expect(signoff);
            assert_eq!(b.kind, BlockKind::Paragraph, "{signoff}");
        }
        // A heading with a comma after a paragraph is still a heading.
        let p = parse("Prose comes first and ends here.\nBaku, Beijing and the New Corridor Plans\nThe corridor plans go on at length here.\n");
        assert_eq!(p.blocks[1].kind, BlockKind::Heading(2));
    }

    #[test]
    fn last_line_is_never_a_heading() {
        let p = parse("Prose comes first and ends here.\nClosing Words Here\n");
        assert_eq!(p.blocks.last().unwrap().kind, BlockKind::Paragraph);
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let text = "The delegation travelled to the fair in the city of Qingdao where it\n\
                    met officials from many countries.\n\nNext paragraph.\n";
        let p = parse(text);
        assert_eq!(p.blocks.len(), 2);
        assert!(p.blocks[0]
            .text
            .ends_with("where it met officials from many countries."));
    }

    #[test]
    fn trailing_comment_form() {
        let text = "Prose comes first and it is long enough.\nMore prose, the closing paragraph.\n发表回复\n";
        let p = parse(text);
        assert_eq!(p.blocks.len(), 2);
        assert_eq!(p.furniture.len(), 1);
        assert_eq!(p.furniture[0].line, 3);
        assert_eq!(p.furniture[0].text, "发表回复");
    }

    #[test]
    fn stray_line_in_other_script_without_lexicon_entry() {
        let text = "Prose comes first and it is long enough.\nMore prose, the closing paragraph.\n返回顶部\n";
        let p = parse(text);
        assert_eq!(p.blocks.len(), 2);
        assert!(p.furniture[0].reason.contains("Han"));
    }

    #[test]
    fn chinese_document_keeps_chinese_lines() {
        let text = "上海合作组织成员国举行会议。\n会议在青岛举行\n";
        let p = parse(text);
        assert_eq!(p.blocks.len() + usize::from(p.title.is_some()), 2);
        assert!(p.furniture.is_empty());
    }
}

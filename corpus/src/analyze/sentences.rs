//! Sentence boundaries: Unicode's (UAX #29, via [`crate::text::sentences`]), then a boundary is
//! taken back where the sentence before it ends in an abbreviation ("Co. Ltd", "vol. 13, no. 61"),
//! an initial ("J. Smith"), a dotted acronym followed by a name ("U.S. Congress"), or where the
//! next piece starts in lower case or with a digit.

use std::ops::Range;

use crate::text;

/// Abbreviations that do not end a sentence (folded, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "co", "ltd", "inc", "corp", "llc", "plc", "jsc", "cjsc", "ojsc", "vol", "no", "nos", "pp", "p",
    "fig", "art", "ch", "sec", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col",
    "lt", "sgt", "capt", "gov", "sen", "rep", "amb", "dept", "est", "approx", "vs", "etc", "e.g",
    "i.e", "cf", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mt", "ft", "bn", "mln", "mn", "г", "гг", "т", "тыс", "млн", "млрд", "им", "ул", "д",
    "вв", "см", "проф", "акад",
];

/// Words that begin a new sentence even after a dotted acronym (folded).
const SENTENCE_STARTERS: &[&str] = &[
    "the", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "in", "on",
    "at", "but", "and", "a", "an", "as", "after", "its", "his", "her", "their", "there",
];

/// Byte ranges of the sentences of `text`, trimmed of spaces.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let raw = text::sentences(text);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(raw.len());
    for r in raw {
        match out.last_mut() {
            Some(prev) if continues(&text[prev.clone()], &text[r.clone()]) => prev.end = r.end,
            _ => out.push(r),
        }
    }
    out
}

/// Whether `next` continues the sentence `prev` rather than starting a new one.
fn continues(prev: &str, next: &str) -> bool {
    let Some(first) = next.chars().next() else {
        return true;
    };
    // "阿納托利．米哈伊洛夫": a full-width point between Chinese characters joins the parts of a
    // foreign name (Traditional writing often uses it for the middle dot).
    if let Some(body) = prev.strip_suffix('．') {
        let han = |c: char| ('\u{3400}'..='\u{9fff}').contains(&c);
        if body.chars().next_back().is_some_and(han) && han(first) {
            return true;
        }
    }
    if !prev.ends_with('.') {
        // "?" and "!" end sentences; UAX #29 only splits elsewhere at paragraph separators.
        return false;
    }
    if first.is_lowercase() || first.is_ascii_digit() {
        return true;
    }
    let body = &prev[..prev.len() - 1];
    let last = body
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '«' | '['))
        .next()
        .unwrap_or("");
    if last.is_empty() {
        return false;
    }
    let folded = text::fold(last);
    // An initial: one capital letter ("J. Smith").
    if super::lex::is_initial(last) {
        return true;
    }
    if ABBREVIATIONS.contains(&folded.as_str()) {
        return true;
    }
    // A dotted acronym ("U.S", "U.K"): continues unless the next word usually starts a sentence.
    if last.contains('.') && last.split('.').all(|p| p.chars().count() <= 2) {
        let next_word: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
        return !SENTENCE_STARTERS.contains(&text::fold(&next_word).as_str());
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn cases() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "company_abbreviation",
                "China Datang Overseas Investment Co. Ltd signed. Then more.",
                &[
                    "China Datang Overseas Investment Co. Ltd signed.",
                    "Then more.",
                ],
            ),
            (
                "volume_and_number",
                "Eurasia Daily Monitor (vol. 13, no. 61) reported it. Next one.",
                &[
                    "Eurasia Daily Monitor (vol. 13, no. 61) reported it.",
                    "Next one.",
                ],
            ),
            (
                "dotted_country_acronym",
                "Talks with the U.S. Congress went on. Then they ended.",
                &["Talks with the U.S. Congress went on.", "Then they ended."],
            ),
            (
                "dotted_acronym_at_the_end",
                "He flew to the U.S. The talks ended.",
                &["He flew to the U.S.", "The talks ended."],
            ),
            (
                "full_width_point_inside_a_chinese_name",
                "俄羅斯總理阿納托利．米哈伊洛夫出席。會議結束。",
                &["俄羅斯總理阿納托利．米哈伊洛夫出席。", "會議結束。"],
            ),
            (
                "initial",
                "It was written by J. Smith in Baku. Another.",
                &["It was written by J. Smith in Baku.", "Another."],
            ),
            (
                "decimal_number",
                "Trade reached USD 3.744 billion. It grew.",
                &["Trade reached USD 3.744 billion.", "It grew."],
            ),
            (
                "title_abbreviation",
                "Dr. Aliyeva spoke. Mr. Wang agreed.",
                &["Dr. Aliyeva spoke.", "Mr. Wang agreed."],
            ),
            (
                "question_and_exclamation",
                "Who? Check! Done.",
                &["Who?", "Check!", "Done."],
            ),
            (
                "russian_year_abbreviation",
                "В 2015 г. Азербайджан подал заявку. Потом.",
                &["В 2015 г. Азербайджан подал заявку.", "Потом."],
            ),
        ];
        for (name, text, want) in cases {
            assert_eq!(pieces(text), *want, "{name}");
        }
    }
}

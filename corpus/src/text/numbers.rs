//! Numbers as values, whatever the writing: a decimal point or comma (`1.5`, `1,5`), thousands
//! separated by commas, points, spaces or thin spaces (`1,500,000`, `1.500.000`, `1 500 000`),
//! and a magnitude word or character after (`billion`, `bn`, `млрд`, `milyard`, `milyar`, `億`,
//! `亿`, `万`). The index files each number of the text under a key of its exact value, and a
//! query for a number looks the same keys up, so `1.5 billion` finds `1,5 milyard` and
//! `15億`. Figures ([`crate::analyze`]) read amounts with the same rules.

use std::ops::Range;

/// An exact decimal value: significant digits and a power of ten (`1.5e9` is `("15", 8)`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Decimal {
    /// Significant digits, without leading or trailing zeros; empty for zero.
    digits: String,
    exp: i32,
}

impl Decimal {
    /// Parses plain digits with at most one `.` as the decimal point.
    fn parse(s: &str) -> Option<Decimal> {
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        if !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        let all: String = format!("{int}{frac}");
        let exp = -(frac.len() as i32);
        Some(Decimal::normal(&all, exp))
    }

    fn normal(digits: &str, exp: i32) -> Decimal {
        let lead = digits.trim_start_matches('0');
        let trimmed = lead.trim_end_matches('0');
        if trimmed.is_empty() {
            return Decimal {
                digits: String::new(),
                exp: 0,
            };
        }
        Decimal {
            digits: trimmed.to_string(),
            exp: exp + (lead.len() - trimmed.len()) as i32,
        }
    }

    /// The value times ten to the `power`.
    pub fn scaled(&self, power: i32) -> Decimal {
        if self.digits.is_empty() {
            return self.clone();
        }
        Decimal {
            digits: self.digits.clone(),
            exp: self.exp + power,
        }
    }

    /// The index key of the value: `#` (which no word of text contains), the significant digits,
    /// `e` and the exponent: `1.5e9` → `#15e8`.
    pub fn key(&self) -> String {
        if self.digits.is_empty() {
            return "#0".to_string();
        }
        format!("#{}e{}", self.digits, self.exp)
    }

    /// The value as written without separators, when it is a whole number of at most 18 digits:
    /// the token a plain-digits writing of it is indexed under.
    pub fn plain_integer(&self) -> Option<String> {
        if self.digits.is_empty() {
            return Some("0".into());
        }
        if self.exp < 0 || self.digits.len() as i32 + self.exp > 18 {
            return None;
        }
        let mut s = self.digits.clone();
        s.extend(std::iter::repeat_n('0', self.exp as usize));
        Some(s)
    }

    pub fn to_f64(&self) -> f64 {
        if self.digits.is_empty() {
            return 0.0;
        }
        format!("{}e{}", self.digits, self.exp)
            .parse()
            .unwrap_or(f64::NAN)
    }
}

/// How a language writes the decimal separator, which decides what `1,500` and `1.500` mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Convention {
    /// `1,500.5`: English, Chinese, Japanese, Korean and others.
    Point,
    /// `1.500,5` or `1 500,5`: Russian, Turkish, Azerbaijani and most of continental Europe.
    Comma,
    /// Unknown (a query): a lone separator before three digits is read both ways.
    Either,
}

impl Convention {
    /// The convention of a language (ISO 639-1 code).
    pub fn of(lang: &str) -> Convention {
        match lang {
            "ru" | "tr" | "az" | "uk" | "be" | "kk" | "uz" | "ky" | "tg" | "de" | "fr" | "es"
            | "it" | "pt" | "nl" | "sv" | "da" | "no" | "nb" | "nn" | "fi" | "pl" | "cs" | "sk"
            | "hu" | "ro" | "bg" | "sr" | "hr" | "sl" | "el" | "ka" | "hy" | "id" | "vi" => {
                Convention::Comma
            }
            _ => Convention::Point,
        }
    }
}

/// Magnitude words written after a number (folded), and their power of ten.
const MAGNITUDE_WORDS: &[(&str, i32)] = &[
    ("thousand", 3),
    ("thousands", 3),
    ("тыс", 3),
    ("тысяч", 3),
    ("тысячи", 3),
    ("тысяча", 3),
    ("bin", 3),
    ("min", 3),
    ("million", 6),
    ("millions", 6),
    ("mn", 6),
    ("mln", 6),
    ("млн", 6),
    ("миллион", 6),
    ("миллиона", 6),
    ("миллионов", 6),
    ("milyon", 6),
    ("milyonu", 6),
    ("billion", 9),
    ("billions", 9),
    ("bn", 9),
    ("bln", 9),
    ("млрд", 9),
    ("миллиард", 9),
    ("миллиарда", 9),
    ("миллиардов", 9),
    ("milyar", 9),
    ("milyard", 9),
    ("milyardı", 9),
    ("milyarı", 9),
    ("mlrd", 9),
    ("trillion", 12),
    ("tn", 12),
    ("трлн", 12),
    ("триллион", 12),
    ("триллиона", 12),
    ("триллионов", 12),
    ("trilyon", 12),
];

/// Magnitudes written in Chinese characters right after a number (Simplified and Traditional).
const MAGNITUDE_HAN: &[(&str, i32)] = &[
    ("万亿", 12),
    ("萬億", 12),
    ("十亿", 9),
    ("十億", 9),
    ("千万", 7),
    ("千萬", 7),
    ("百万", 6),
    ("百萬", 6),
    ("亿", 8),
    ("億", 8),
    ("万", 4),
    ("萬", 4),
    ("千", 3),
];

/// Magnitude suffixes glued to a number (`1.2bn`, `5m`, `3k`), folded.
const MAGNITUDE_GLUED: &[(&str, i32)] = &[
    ("k", 3),
    ("m", 6),
    ("mn", 6),
    ("mln", 6),
    ("b", 9),
    ("bn", 9),
    ("bln", 9),
    ("tn", 12),
];

/// The power of ten of a magnitude word (folded, a trailing `.` allowed: `mln.`).
pub fn magnitude_word(folded: &str) -> Option<i32> {
    let f = folded.trim_end_matches('.');
    MAGNITUDE_WORDS
        .iter()
        .find(|(w, _)| *w == f)
        .map(|&(_, p)| p)
}

/// A magnitude in Chinese characters at the start of `text`: (its power of ten, its byte length).
pub fn magnitude_han(text: &str) -> Option<(i32, usize)> {
    MAGNITUDE_HAN
        .iter()
        .find(|(w, _)| text.starts_with(w))
        .map(|&(w, p)| (p, w.len()))
}

/// Currencies written in Chinese after an amount (folded to Simplified characters).
pub const CURRENCY_HAN: &[(&str, &str)] = &[
    ("美元", "USD"),
    ("人民币", "CNY"),
    ("元", "CNY"),
    ("欧元", "EUR"),
    ("英镑", "GBP"),
    ("日元", "JPY"),
    ("卢布", "RUB"),
    ("马纳特", "AZN"),
    ("坚戈", "KZT"),
    ("里拉", "TRY"),
];

/// A number in the text: where it is, its possible values, and the value with a magnitude after
/// it applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    /// The digits and separators, and the magnitude when there is one.
    pub range: Range<usize>,
    /// The digits and separators alone.
    pub digits: Range<usize>,
    /// The values the digits can be read as (two when the convention is [`Convention::Either`]
    /// and a lone separator precedes three digits), without the magnitude.
    pub values: Vec<Decimal>,
    /// The magnitude's power of ten, when one follows.
    pub magnitude: Option<i32>,
}

impl Number {
    /// Every value the number may stand for: with its magnitude when it has one, and the digits
    /// alone.
    pub fn all_values(&self) -> Vec<Decimal> {
        let mut out: Vec<Decimal> = Vec::new();
        if let Some(p) = self.magnitude {
            out.extend(self.values.iter().map(|v| v.scaled(p)));
        }
        out.extend(self.values.iter().cloned());
        out.dedup();
        out
    }

    /// Whether it is plain digits, with no separator and no magnitude: indexed as a word already.
    pub fn is_plain(&self, text: &str) -> bool {
        self.magnitude.is_none()
            && text[self.digits.clone()]
                .bytes()
                .all(|b| b.is_ascii_digit())
    }
}

/// Characters that separate groups of thousands besides `,` and `.`: space, no-break space, thin
/// space, narrow no-break space, figure space, and the apostrophe used in Switzerland.
fn is_group_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{A0}' | '\u{2009}' | '\u{202F}' | '\u{2007}' | '\'' | '’'
    )
}

/// The values a run of digits and separators can be read as (`1,500` → 1500, or 1.5 under the
/// comma convention). `None` when the separators make no number (`1,2,3`).
pub fn read_digits(s: &str, convention: Convention) -> Vec<Decimal> {
    // Group separators are spaces (already known to separate thousands) or `,` / `.`.
    let seps: Vec<(usize, char)> = s
        .char_indices()
        .filter(|&(_, c)| !c.is_ascii_digit())
        .collect();
    let groups: Vec<&str> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    if groups.is_empty() || groups.len() != seps.len() + 1 {
        return Vec::new();
    }
    let digits_only = |g: &[&str]| g.concat();
    let thousands =
        |gs: &[&str]| gs.len() > 1 && gs[0].len() <= 3 && gs[1..].iter().all(|g| g.len() == 3);
    let kinds: Vec<char> = seps
        .iter()
        .map(|&(_, c)| if is_group_space(c) { ' ' } else { c })
        .collect();
    let mut out = Vec::new();
    if kinds.is_empty() {
        out.extend(Decimal::parse(s));
        return out;
    }
    let last = *kinds.last().unwrap_or(&' ');
    let all_same = kinds.iter().all(|&k| k == kinds[0]);
    if all_same {
        let k = kinds[0];
        if k == ' ' {
            if thousands(&groups) {
                out.extend(Decimal::parse(&digits_only(&groups)));
            }
        } else if kinds.len() > 1 {
            // `1,500,000` or `1.500.000`: thousands.
            if thousands(&groups) {
                out.extend(Decimal::parse(&digits_only(&groups)));
            }
        } else {
            // One `,` or `.`: a decimal separator, or a thousands separator before three digits.
            let decimal = Decimal::parse(&format!("{}.{}", groups[0], groups[1]));
            let grouped = Decimal::parse(&digits_only(&groups));
            let three = groups[1].len() == 3 && groups[0].len() <= 3 && groups[0] != "0";
            let point_is_decimal = match convention {
                Convention::Point => Some(k == '.'),
                Convention::Comma => Some(k == ','),
                Convention::Either => None,
            };
            match (three, point_is_decimal) {
                (false, _) => out.extend(decimal),
                (true, Some(true)) => out.extend(decimal),
                (true, Some(false)) => out.extend(grouped),
                (true, None) => {
                    out.extend(grouped);
                    out.extend(decimal);
                }
            }
        }
        return out;
    }
    // Mixed: the last separator is the decimal one when it occurs once and the groups before it
    // are thousands (`1,234.5`, `1.234,5`, `1 234,5`).
    let before = &kinds[..kinds.len() - 1];
    if before.contains(&last) || last == ' ' {
        return out;
    }
    let head = &groups[..groups.len() - 1];
    if (head.len() == 1 || thousands(head)) && before.iter().all(|&k| k == before[0]) {
        out.extend(Decimal::parse(&format!(
            "{}.{}",
            digits_only(head),
            groups[groups.len() - 1]
        )));
    }
    out
}

/// Every number in `text`, with its byte range and values, in order.
pub fn numbers(text: &str, convention: Convention) -> Vec<Number> {
    let mut out = Vec::new();
    for_each_number(text, convention, |n| out.push(n));
    out
}

/// Calls `f` with every number in `text` (see [`numbers`]).
pub fn for_each_number(text: &str, convention: Convention, mut f: impl FnMut(Number)) {
    numbers_dyn(text, convention, &mut f)
}

fn numbers_dyn(text: &str, convention: Convention, f: &mut dyn FnMut(Number)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        // A digit inside a word (`G20`, `A4`) starts no number.
        let glued_before = text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphabetic() && !crate::text::is_unspaced_script(c));
        let start = i;
        let mut end = scan_digits(text, i);
        let mut groups_end = end;
        // Groups of three digits after spaces: `1 500 000`.
        let head_len = end - start;
        if head_len <= 3 && !text[start..end].contains([',', '.']) {
            let mut at = end;
            while let Some(c) = text[at..].chars().next() {
                if !is_group_space(c) || c == '\'' || c == '’' {
                    break;
                }
                let g = at + c.len_utf8();
                let g_end = g + text[g..].bytes().take_while(u8::is_ascii_digit).count();
                let next = text[g_end..].chars().next();
                if g_end - g != 3
                    || next.is_some_and(|c| {
                        c.is_ascii_digit()
                            || c.is_alphabetic() && !is_magnitude_start(&text[g_end..])
                    })
                {
                    break;
                }
                at = g_end;
                groups_end = g_end;
            }
            // A decimal part after the groups: `1 234,5`.
            end = scan_digits(text, groups_end);
        }
        if glued_before {
            i = end;
            continue;
        }
        let digits = start..end;
        let values = read_digits(&text[digits.clone()], convention);
        if values.is_empty() {
            i = end;
            continue;
        }
        let mut range = digits.clone();
        let mut magnitude = None;
        let rest = &text[end..];
        if let Some((p, len)) = magnitude_han(rest) {
            magnitude = Some(p);
            range.end = end + len;
        } else {
            // A glued suffix (`1.2bn`) or a word after a space (`1,5 milyard`).
            let word_len = rest
                .char_indices()
                .find(|&(_, c)| !c.is_alphanumeric() && c != '.')
                .map_or(rest.len(), |(k, _)| k);
            let glued = rest[..word_len].trim_end_matches('.');
            if !glued.is_empty() {
                let g = crate::text::fold(glued);
                if let Some(&(_, p)) = MAGNITUDE_GLUED.iter().find(|(w, _)| *w == g) {
                    magnitude = Some(p);
                    range.end = end + glued.len();
                } else if glued.chars().all(|c| c.is_alphabetic()) {
                    // A number glued to a word (`3D`, `5G`) is no amount.
                    i = end + word_len;
                    continue;
                }
            } else if let Some(space) = rest
                .chars()
                .next()
                .filter(|&c| is_group_space(c) && c != '\'')
            {
                let after = &rest[space.len_utf8()..];
                let w_len = after
                    .char_indices()
                    .find(|&(_, c)| !c.is_alphabetic())
                    .map_or(after.len(), |(k, _)| k);
                if w_len > 0 {
                    if let Some(p) = magnitude_word(&crate::text::fold(&after[..w_len])) {
                        magnitude = Some(p);
                        range.end = end + space.len_utf8() + w_len;
                    }
                }
            }
        }
        i = range.end;
        f(Number {
            range,
            digits,
            values,
            magnitude,
        });
    }
}

/// Whether `text` starts with a magnitude glued to a number.
fn is_magnitude_start(text: &str) -> bool {
    let word: String = text.chars().take_while(|c| c.is_alphabetic()).collect();
    MAGNITUDE_GLUED
        .iter()
        .any(|(w, _)| word.eq_ignore_ascii_case(w))
}

/// The end of the run of digits starting at `i`, with single `,` or `.` between digits.
fn scan_digits(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() {
        let separator = matches!(bytes[i], b',' | b'.')
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
            && i > 0
            && bytes[i - 1].is_ascii_digit();
        if !(bytes[i].is_ascii_digit() || separator) {
            break;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use Convention::*;

    fn keys(text: &str, convention: Convention) -> Vec<Vec<String>> {
        numbers(text, convention)
            .iter()
            .map(|n| n.all_values().iter().map(Decimal::key).collect())
            .collect()
    }

    fn ranges(text: &str, convention: Convention) -> Vec<&str> {
        numbers(text, convention)
            .into_iter()
            .map(|n| &text[n.range])
            .collect()
    }

    #[test]
    fn decimal_point_and_decimal_comma_are_one_value() {
        assert_eq!(keys("1.5", Point), [["#15e-1"]]);
        assert_eq!(keys("1,5", Comma), [["#15e-1"]]);
        assert_eq!(keys("1,5", Point), [["#15e-1"]]);
    }

    #[test]
    fn thousands_separators() {
        for (text, conv) in [
            ("1,500,000", Point),
            ("1.500.000", Comma),
            ("1 500 000", Comma),
            ("1\u{2009}500\u{2009}000", Point),
            ("1\u{202F}500\u{202F}000", Comma),
        ] {
            assert_eq!(keys(text, conv), [["#15e5"]], "{text}");
        }
    }

    #[test]
    fn lone_separator_before_three_digits_follows_the_language() {
        assert_eq!(keys("1,500", Point), [["#15e2"]]);
        assert_eq!(keys("1,500", Comma), [["#15e-1"]]);
        assert_eq!(keys("1.500", Comma), [["#15e2"]]);
        assert_eq!(keys("1,500", Either), [["#15e2", "#15e-1"]]);
    }

    #[test]
    fn mixed_separators() {
        assert_eq!(keys("1,234.5", Point), [["#12345e-1"]]);
        assert_eq!(keys("1.234,5", Comma), [["#12345e-1"]]);
        assert_eq!(keys("1 234,5", Comma), [["#12345e-1"]]);
    }

    #[test]
    fn magnitudes_in_several_languages() {
        let billion_and_a_half = "#15e8";
        for (text, conv) in [
            ("1.5 billion", Point),
            ("1.5bn", Point),
            ("1,5 milyard", Comma),
            ("1,5 milyar", Comma),
            ("1,5 млрд", Comma),
            ("15亿", Point),
            ("15億", Point),
        ] {
            let got = keys(text, conv);
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!(got[0][0], billion_and_a_half, "{text}");
        }
        assert_eq!(ranges("投资37.44億美元", Point), ["37.44億"]);
        assert_eq!(keys("37.44億", Point)[0][0], "#3744e6");
        assert_eq!(keys("USD 3.744 billion", Point)[0][0], "#3744e6");
    }

    #[test]
    fn a_number_in_a_word_is_not_a_number() {
        assert!(numbers("G20 and A4", Point).is_empty());
        assert!(numbers("5G networks", Point).is_empty());
    }

    #[test]
    fn years_and_counts_stay_apart() {
        assert_eq!(ranges("In 2015 100 people came", Point), ["2015", "100"]);
        assert_eq!(ranges("on 3 July 2015", Point), ["3", "2015"]);
    }

    #[test]
    fn sentence_full_stop_is_no_decimal_point() {
        assert_eq!(ranges("It grew by 5. Then 6.", Point), ["5", "6"]);
    }

    #[test]
    fn plain_integer_and_float() {
        let d = Decimal::parse("1500").unwrap();
        assert_eq!(d.plain_integer().as_deref(), Some("1500"));
        assert_eq!(d.to_f64(), 1500.0);
        assert_eq!(Decimal::parse("1.5").unwrap().plain_integer(), None);
        assert_eq!(Decimal::parse("0.0").unwrap().key(), "#0");
    }

    #[test]
    fn bad_grouping_reads_no_value() {
        assert!(read_digits("1,2,3", Point).is_empty());
        assert!(read_digits("1.234.5", Point).is_empty());
    }

    proptest::proptest! {
        #[test]
        fn scanning_never_panics_and_ranges_are_in_the_text(text in "[0-9 ,.\u{2009}億万a-zé]{0,24}") {
            for n in numbers(&text, Either) {
                proptest::prop_assert!(text.get(n.range.clone()).is_some());
                proptest::prop_assert!(n.range.start <= n.digits.start && n.digits.end <= n.range.end);
            }
        }
    }
}

//! The tokens the extractors work on: words, numbers and punctuation of one sentence, with byte
//! offsets into the document, and the word lists every extractor shares (stop words, months).
//! Unlike [`crate::text::tokenize`], punctuation is kept: extraction needs commas, brackets and
//! hyphens.

use unicode_segmentation::UnicodeSegmentation;

use crate::text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    /// A possessive or case suffix split off a word (`’s`, `'da`).
    Suffix,
    Punct,
}

/// A token with its byte range in the document text.
#[derive(Debug, Clone)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Folded form (lower case, no diacritics), empty for punctuation.
    pub folded: String,
    /// Whether white space separates it from the previous token.
    pub space_before: bool,
}

impl Tok {
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        &doc[self.start..self.end]
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
}

/// Tokens of `doc[range]`, in document coordinates.
pub fn tokens(doc: &str, range: std::ops::Range<usize>) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    let mut space = true;
    for (at, piece) in doc[range.clone()].split_word_bound_indices() {
        let start = range.start + at;
        if piece.chars().all(char::is_whitespace) {
            space = true;
            continue;
        }
        if piece.chars().any(char::is_alphanumeric) {
            let (base, suffix) = split_suffix(piece);
            let kind = if base.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                Kind::Number
            } else {
                Kind::Word
            };
            out.push(Tok {
                start,
                end: start + base.len(),
                kind,
                folded: text::fold(base),
                space_before: space,
            });
            if !suffix.is_empty() {
                out.push(Tok {
                    start: start + base.len(),
                    end: start + piece.len(),
                    kind: Kind::Suffix,
                    folded: text::fold(suffix),
                    space_before: false,
                });
            }
        } else {
            for (i, c) in piece.char_indices() {
                out.push(Tok {
                    start: start + i,
                    end: start + i + c.len_utf8(),
                    kind: Kind::Punct,
                    folded: String::new(),
                    space_before: space && i == 0,
                });
            }
        }
        space = false;
    }
    out
}

pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`')
}

/// `Azerbaijan’s` → (`Azerbaijan`, `’s`); `Ufa'da` → (`Ufa`, `'da`); `O'Connell` and `Qo'qon`
/// stay whole.
fn split_suffix(word: &str) -> (&str, &str) {
    if let Some((idx, c)) = word.char_indices().find(|&(_, c)| is_apostrophe(c)) {
        let rest = &word[idx + c.len_utf8()..];
        if crate::text::is_suffix_after(&word[..idx], rest) {
            return (&word[..idx], &word[idx..]);
        }
    }
    if let Some(base) = word.strip_suffix(['\'', '’']) {
        if !base.is_empty() {
            return (base, &word[base.len()..]);
        }
    }
    (word, "")
}

/// Whether a month name (folded) may be written in lower case: the Turkish and Azerbaijani names
/// are ("31 avqust", "12 mart"); the English ones are not ("may" and "march" are verbs). "may" is
/// Azerbaijani too, and taken so only in an Azerbaijani document (`lang`).
/// A month written in the genitive in Azerbaijani or Turkish, as a date before its day is
/// ("mayın 10-da", "avqustun 31-də", "mayısın 18'inde", "aralığın 3'ü"): the month's number.
/// The genitive suffix is -ın/-in/-un/-ün, -nın/-nin/-nun/-nün after a vowel (folded here to
/// -in/-un/-nin/-nun), and a final k turns to ğ before it (ocak → ocağın, aralık → aralığın).
/// Only for Turkic documents: in English "Martin" is a name.
pub fn turkic_genitive_month(folded: &str) -> Option<u32> {
    let f = folded.trim_end_matches('.');
    for suffix in ["nin", "nun", "in", "un"] {
        let Some(stem) = f.strip_suffix(suffix) else {
            continue;
        };
        let stem = match stem.strip_suffix('g') {
            Some(s) => format!("{s}k"),
            None => stem.to_string(),
        };
        // "may" is "mayıs" in Turkish and "may" in Azerbaijani: both are listed.
        if let Some(m) = month(&stem).filter(|_| stem.chars().count() >= 3) {
            if stem.chars().all(|c| c.is_ascii_lowercase())
                && !["mar", "jun", "jul"].contains(&stem.as_str())
            {
                return Some(m);
            }
        }
    }
    None
}

pub fn lower_case_month(folded: &str, lang: &str) -> bool {
    const NAMES: &[&str] = &[
        "ocak", "subat", "mart", "nisan", "mayis", "haziran", "temmuz", "agustos", "eylul", "ekim",
        "kasim", "aralik", "yanvar", "fevral", "aprel", "iyun", "iyul", "avqust", "sentyabr",
        "oktyabr", "noyabr", "dekabr",
    ];
    NAMES.contains(&folded) || (folded == "may" && lang == "az")
}

/// Whether a token joins the words on either side as a hyphen does: `-`, the non-breaking `‑`,
/// or an en dash written without a space before it ("Baku–Tbilisi–Kars", as typesetting joins
/// names; a spaced dash sets a clause apart).
pub fn is_joining_hyphen(t: &Tok, text: &str) -> bool {
    t.kind == Kind::Punct
        && match t.text(text) {
            "-" | "‑" => true,
            "–" => !t.space_before,
            _ => false,
        }
}

/// Whether a word starts with a capital letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A person's initial: one capital letter ("J" of "J. Smith"), or the two letters of a
/// romanised one ("Ch", "Yu").
pub fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    let (Some(first), second, None) = (chars.next(), chars.next(), chars.next()) else {
        return false;
    };
    // A romanised Cyrillic or Turkic letter is two Latin letters: "Javid Ch. Rzayev" (Ç, Ч),
    // "Sh.", "Zh.", "Kh.", "Yu." (Ю), "Ya." (Я).
    let digraph = |f: char, s: char| {
        matches!(
            (f, s),
            ('C' | 'S' | 'Z' | 'K' | 'G', 'h') | ('Y', 'u' | 'a' | 'o' | 'e')
        )
    };
    first.is_uppercase() && second.is_none_or(|s| digraph(first, s))
}

/// Whether a word is written in capitals only (`SCO`, `UFA`), at least two letters.
pub fn is_all_caps(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// Words that are never part of a name on their own, in the languages of the corpora: function
/// words, and words that start sentences or headings in capitals.
pub fn is_stop_word(folded: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| STOP_WORDS.iter().copied().collect())
        .contains(folded)
}

/// Folded forms.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "across",
    "after",
    "again",
    "against",
    "all",
    "also",
    "although",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "either",
    "even",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "least",
    "less",
    "like",
    "many",
    "may",
    "me",
    "meanwhile",
    "more",
    "most",
    "much",
    "must",
    "my",
    "neither",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "own",
    "per",
    "same",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "ve",
    "ya",
    "ile",
    "bir",
    "bu",
    "da",
    "de",
    "icin",
    "gibi",
    "olarak",
    "ise",
    "ancak",
    "в",
    "во",
    "и",
    "на",
    "не",
    "но",
    "о",
    "об",
    "от",
    "по",
    "с",
    "со",
    "у",
    "к",
    "как",
    "что",
    "это",
    "этот",
    "эта",
    "также",
    "тогда",
    "сегодня",
    "для",
    "из",
    "за",
    "при",
    // Russian words that open a sentence before a name ("Затем Ермекбаев посетил").
    "затем",
    "однако",
    "кроме",
    "поэтому",
    "вчера",
    "ранее",
    "позднее",
    "позже",
    "после",
    "теперь",
    "сейчас",
    "впрочем",
    "наконец",
    "между",
    "среди",
    "кстати",
    "именно",
    "вместе",
    "уже",
    "еще",
    "лишь",
    "только",
    "даже",
    "если",
    "когда",
    "хотя",
    "где",
    "там",
    "здесь",
    "так",
    "он",
    "она",
    "они",
    "мы",
    // Turkish ones ("Ayrıca Aliyev ..."; "önce" folds to "once", listed above).
    "ayrica",
    "daha",
    "sonra",
    "ardindan",
    "simdi",
    "dun",
    "bugun",
];

/// Month names and their number, in English, Russian (every case), Turkish and Azerbaijani;
/// folded.
pub fn month(folded: &str) -> Option<u32> {
    let f = folded.trim_end_matches('.');
    const EN: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    const EN_SHORT: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    const RU: [&str; 12] = [
        "январ",
        "феврал",
        "март",
        "апрел",
        "ма",
        "июн",
        "июл",
        "август",
        "сентябр",
        "октябр",
        "ноябр",
        "декабр",
    ];
    const TR: [&str; 12] = [
        "ocak", "subat", "mart", "nisan", "mayis", "haziran", "temmuz", "agustos", "eylul", "ekim",
        "kasim", "aralik",
    ];
    const AZ: [&str; 12] = [
        "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
        "oktyabr", "noyabr", "dekabr",
    ];
    if let Some(i) = EN.iter().position(|m| *m == f) {
        return Some(i as u32 + 1);
    }
    if let Some(i) = TR.iter().position(|m| *m == f) {
        return Some(i as u32 + 1);
    }
    if let Some(i) = AZ.iter().position(|m| *m == f) {
        return Some(i as u32 + 1);
    }
    if let Some(i) = EN_SHORT.iter().position(|m| *m == f) {
        // "Sept" as well.
        return Some(i as u32 + 1);
    }
    if f == "sept" {
        return Some(9);
    }
    // Russian: stem plus a case ending (января, январе, мая, мае, май).
    for (i, stem) in RU.iter().enumerate() {
        if let Some(rest) = f.strip_prefix(stem) {
            let ok = if i == 4 {
                matches!(rest, "й" | "я" | "е" | "ю" | "ем")
            } else if i == 2 || i == 7 {
                matches!(rest, "" | "а" | "е" | "у" | "ом")
            } else {
                matches!(rest, "ь" | "я" | "е" | "ю" | "ем")
            };
            if ok {
                return Some(i as u32 + 1);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_folded() {
        for w in STOP_WORDS {
            assert_eq!(text::fold(w), *w);
        }
        assert!(is_stop_word("the"));
        assert!(!is_stop_word("baku"));
    }

    #[test]
    fn initials_are_one_capital_or_a_romanised_letter() {
        for w in ["J", "Ş", "Н", "Ch", "Sh", "Zh", "Kh", "Yu", "Ya"] {
            assert!(is_initial(w), "{w}");
        }
        for w in ["", "j", "Co", "St", "Dr", "CH", "Yun", "Jr"] {
            assert!(!is_initial(w), "{w}");
        }
    }

    #[test]
    fn possessive_is_a_suffix_token() {
        let text = "Azerbaijan’s SCO";
        let toks = tokens(text, 0..text.len());
        assert_eq!(toks[0].text(text), "Azerbaijan");
        assert_eq!(toks[1].kind, Kind::Suffix);
        assert_eq!(toks[2].text(text), "SCO");
        assert!(toks[2].space_before);
    }

    #[test]
    fn punctuation_is_kept() {
        let text = "Rasht-Astara (SCO), 3.744";
        let toks = tokens(text, 0..text.len());
        let got: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        assert_eq!(got, ["Rasht", "-", "Astara", "(", "SCO", ")", ",", "3.744"]);
        assert_eq!(toks[7].kind, Kind::Number);
    }

    #[test]
    fn months_in_three_languages() {
        for (word, m) in [
            ("february", 2),
            ("sept.", 9),
            ("июля", 7),
            ("мая", 5),
            ("марте", 3),
            ("subat", 2),
            ("mayis", 5),
        ] {
            assert_eq!(month(word), Some(m), "{word}");
        }
        assert_eq!(month("mart"), Some(3));
        assert_eq!(month("marsh"), None);
    }
}

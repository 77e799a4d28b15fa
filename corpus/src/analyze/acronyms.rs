//! Acronyms the documents define: "the Shanghai Cooperation Organisation (SCO)", or the other way
//! round, "SCO (Shanghai Cooperation Organisation)". A definition in any document lets a query for
//! either form find the other in every document (see `query::expand`).
//!
//! The long form is found with the algorithm of Schwartz and Hearst (2003): the letters of the
//! acronym, read from the last, must appear in order in the words before the parenthesis, the
//! first letter at the start of a word, within `min(n + 5, 2n)` words for an acronym of `n`
//! letters. It works in any alphabetic script (`Шанхайская организация сотрудничества (ШОС)`).

use std::collections::BTreeMap;

use crate::model::{Acronym, Corpus};
use crate::text;

/// Every acronym definition in the corpus, one entry per distinct (acronym, long form) in folded
/// form, sorted by folded acronym, then by how many documents define it.
pub fn detect(corpus: &Corpus) -> Vec<Acronym> {
    // (folded short, folded long) → (short, long as first written, documents)
    let mut found: BTreeMap<(String, String), (String, String, u32)> = BTreeMap::new();
    for doc in &corpus.docs {
        let mut seen: Vec<(String, String)> = Vec::new();
        for (short, long) in definitions(&doc.text) {
            let key = (text::fold(short), long_key(long));
            if seen.contains(&key) {
                continue;
            }
            seen.push(key.clone());
            found
                .entry(key)
                .and_modify(|e| e.2 += 1)
                .or_insert_with(|| (short.to_string(), long.to_string(), 1));
        }
    }
    let mut out: Vec<Acronym> = found
        .into_values()
        .map(|(short, long, docs)| Acronym { short, long, docs })
        .collect();
    out.sort_by(|a, b| {
        (text::fold(&a.short), std::cmp::Reverse(a.docs), &a.long).cmp(&(
            text::fold(&b.short),
            std::cmp::Reverse(b.docs),
            &b.long,
        ))
    });
    out
}

/// The folded words of a long form joined by spaces: what two writings of it share.
pub fn long_key(long: &str) -> String {
    text::tokenize(long)
        .into_iter()
        .map(|t| t.folded)
        .collect::<Vec<_>>()
        .join(" ")
}

/// (acronym, long form) for each definition in `text`, as slices of it.
pub fn definitions(text: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    for (open, _) in text.match_indices(['(', '（']) {
        let inner_start = open + text[open..].chars().next().map_or(1, char::len_utf8);
        let Some(close_rel) = text[inner_start..].find([')', '）']) else {
            continue;
        };
        let inner = text[inner_start..inner_start + close_rel].trim();
        if inner.is_empty() || inner.len() > 120 {
            continue;
        }
        let before = clause_before(&text[..open]);
        if is_acronym(inner) {
            // "Long Form (ACR)"
            if let Some(long) = long_form(inner, before) {
                out.push((inner, long));
            }
        } else if let Some(short) = before.split_whitespace().next_back() {
            // "ACR (Long Form)"
            let short = short.trim_matches(|c: char| !c.is_alphanumeric());
            if is_acronym(short) {
                if let Some(long) = long_form(short, inner) {
                    if long.len() == inner.len() {
                        out.push((short, long));
                    }
                }
            }
        }
    }
    out
}

/// The text before a parenthesis back to the start of its clause (a sentence end, colon,
/// semicolon, comma, bracket or quote).
fn clause_before(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .find(|&(_, c)| {
            matches!(
                c,
                '.' | '!'
                    | '?'
                    | ';'
                    | ':'
                    | ','
                    | '('
                    | ')'
                    | '"'
                    | '“'
                    | '”'
                    | '«'
                    | '»'
                    | '\n'
                    | '。'
                    | '，'
                    | '；'
                    | '（'
                    | '）'
            )
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    text[start..].trim()
}

/// A short form: one word of 2 to 10 letters or digits, starting with a letter, mostly capitals
/// (`SCO`, `ШОС`, `ŞİÖ`, `CoE`).
pub fn is_acronym(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    if !(2..=10).contains(&chars.len()) || !chars[0].is_alphabetic() {
        return false;
    }
    if !chars
        .iter()
        .all(|c| c.is_alphanumeric() || matches!(c, '&' | '-'))
    {
        return false;
    }
    if chars.iter().any(|&c| text::is_unspaced_script(c)) {
        return false;
    }
    let upper = chars.iter().filter(|c| c.is_uppercase()).count();
    upper >= 2 && upper * 3 >= chars.len() * 2
}

/// The long form of `short` at the end of `before` (Schwartz and Hearst), as a slice of it.
pub fn long_form<'t>(short: &str, before: &'t str) -> Option<&'t str> {
    let letters: Vec<char> = short.chars().filter(|c| c.is_alphanumeric()).collect();
    let n = letters.len();
    let max_words = (n + 5).min(2 * n);
    // The candidate: the last `max_words` words of `before`.
    let words: Vec<(usize, &str)> = word_starts(before);
    if words.len() < 2 {
        return None;
    }
    let first = words.len().saturating_sub(max_words);
    // First, each letter the initial of a word, short words in between skipped ("Commonwealth of
    // Independent States").
    let fold = |c: char| text::fold(&c.to_string());
    let mut s = n;
    let mut w = words.len();
    let mut initials = true;
    while s > 0 && initials {
        loop {
            if w == first {
                initials = false;
                break;
            }
            w -= 1;
            let word = words[w].1;
            let initial = word.chars().find(|c| c.is_alphanumeric());
            if initial.is_some_and(|c| fold(c) == fold(letters[s - 1])) {
                break;
            }
            if word.chars().filter(|c| c.is_alphabetic()).count() > 3 {
                initials = false;
                break;
            }
        }
        s -= 1;
    }
    if initials && words.len() - w >= 2 {
        return Some(before[words[w].0..].trim());
    }
    let cand_start = words[first].0;
    let cand = &before[cand_start..];
    let chars: Vec<(usize, char)> = cand.char_indices().collect();
    let lower = |c: char| text::fold(&c.to_string());
    let mut s = n;
    let mut l = chars.len();
    let mut used: Vec<usize> = Vec::with_capacity(n);
    while s > 0 {
        let c = lower(letters[s - 1]);
        loop {
            if l == 0 {
                return None;
            }
            let (_, lc) = chars[l - 1];
            let at_word_start = l == 1 || !chars[l - 2].1.is_alphanumeric();
            if lower(lc) == c && (s > 1 || at_word_start) {
                break;
            }
            l -= 1;
        }
        l -= 1;
        used.push(chars[l].0);
        s -= 1;
    }
    let long = &cand[chars[l].0..];
    // Every word of four letters or more gives a letter: "Confidence Building Measures in Asia"
    // is no long form of CICA.
    let base = chars[l].0;
    for (at, word) in word_starts(long) {
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let range = base + at..base + at + word.len();
        if letters >= 4 && !used.iter().any(|u| range.contains(u)) {
            return None;
        }
    }
    // At least two words, longer than the acronym, and not the acronym itself.
    let long_words = word_starts(long).len();
    if long_words < 2 || long_words > max_words || long.chars().count() <= n {
        return None;
    }
    Some(long.trim())
}

/// Byte offsets and words of `text`, split at white space.
fn word_starts(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        type Case<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);
        let cases: &[Case] = &[
            (
                "long_form_then_acronym",
                "Baku joined the Shanghai Cooperation Organisation (SCO) in 2015.",
                &[("SCO", "Shanghai Cooperation Organisation")],
            ),
            (
                "acronym_then_long_form",
                "The SCO (Shanghai Cooperation Organization) met.",
                &[("SCO", "Shanghai Cooperation Organization")],
            ),
            (
                "function_words_inside",
                "members of the Commonwealth of Independent States (CIS) met",
                &[("CIS", "Commonwealth of Independent States")],
            ),
            (
                "long_form_beyond_the_word_limit",
                "the Conference on Interaction and Confidence Building Measures in Asia (CICA)",
                &[],
            ),
            (
                "cyrillic",
                "Шанхайская организация сотрудничества (ШОС) расширяется.",
                &[("ШОС", "Шанхайская организация сотрудничества")],
            ),
            (
                "turkish_dotted_capital",
                "Şanghay İşbirliği Örgütü (ŞİÖ) toplantısı",
                &[("ŞİÖ", "Şanghay İşbirliği Örgütü")],
            ),
            (
                "letters_inside_words",
                "information and communication technologies (ICT) spread",
                &[("ICT", "information and communication technologies")],
            ),
            ("no_match_of_letters", "He met the press (UN) today.", &[]),
            ("a_year_is_no_acronym", "The summit (2015) ended.", &[]),
            ("lower_case_is_no_acronym", "The summit (here) ended.", &[]),
            ("one_word_is_no_long_form", "Astana (KZ) hosted.", &[]),
            (
                "full_width_brackets",
                "Shanghai Cooperation Organisation（SCO）",
                &[("SCO", "Shanghai Cooperation Organisation")],
            ),
        ];
        let mut failures = Vec::new();
        for (name, text, want) in cases {
            let got = definitions(text);
            if got != *want {
                failures.push(format!("{name}: {got:?} != {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn long_forms_compare_folded() {
        assert_eq!(
            long_key("Shanghai  Cooperation Organisation"),
            "shanghai cooperation organisation"
        );
    }
}

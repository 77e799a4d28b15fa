//! Traditional and Simplified Chinese folded to one form: each Traditional character is replaced
//! by its Simplified form, so that `經濟` and `经济` index and match alike. A character-for-character
//! folding from the Unicode Han Database (see [`han_table`](super::han_table) for the source and
//! its licence), not a converter: it never changes the text the reader sees, only the keys.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::han_table::{PAIRS, SIMPLIFIED, TRADITIONAL_GAPS};

/// The table as (Traditional, Simplified) pairs sorted by Traditional, decoded once.
fn pairs() -> &'static [(u16, u16)] {
    static TABLE: OnceLock<Vec<(u16, u16)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut out = Vec::with_capacity(PAIRS);
        let mut bytes = TRADITIONAL_GAPS.iter();
        let mut last: u32 = 0;
        for &s in &SIMPLIFIED {
            last += super::read_leb128(&mut bytes) as u32;
            out.push((last as u16, s));
        }
        out
    })
}

/// The Simplified form of a Traditional Chinese character; any other character as it is.
/// Idempotent: the result folds to itself.
pub fn fold_han_char(c: char) -> char {
    let cp = c as u32;
    if !(0x3400..=0xFFFF).contains(&cp) {
        return c;
    }
    let table = pairs();
    table
        .binary_search_by_key(&(cp as u16), |&(t, _)| t)
        .ok()
        .and_then(|i| char::from_u32(table[i].1 as u32))
        .unwrap_or(c)
}

/// `text` with every Traditional Chinese character in its Simplified form (see
/// [`fold_han_char`]). Borrows when nothing changes, which is always the case for text without
/// Han characters. Each character keeps its UTF-8 length (both forms are three or four bytes), so
/// byte offsets in the folded text are those of the original.
pub fn fold_han(text: &str) -> Cow<'_, str> {
    let Some(first) = text
        .char_indices()
        .find(|&(_, c)| fold_han_char(c) != c)
        .map(|(i, _)| i)
    else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    out.extend(text[first..].chars().map(fold_han_char));
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_word_folds_to_simplified() {
        assert_eq!(fold_han("經濟"), "经济");
        assert_eq!(fold_han("上海合作組織"), "上海合作组织");
        assert_eq!(fold_han("習近平會見阿利耶夫"), "习近平会见阿利耶夫");
    }

    #[test]
    fn simplified_text_is_borrowed_unchanged() {
        assert!(matches!(fold_han("经济合作"), Cow::Borrowed("经济合作")));
        assert!(matches!(fold_han("Baku, Bakı, Баку"), Cow::Borrowed(_)));
        assert!(matches!(fold_han(""), Cow::Borrowed("")));
    }

    #[test]
    fn two_traditional_characters_share_one_simplified() {
        // 發 (to issue) and 髮 (hair) are both 发 in Simplified writing.
        assert_eq!(fold_han_char('發'), '发');
        assert_eq!(fold_han_char('髮'), '发');
    }

    #[test]
    fn character_kept_in_some_simplified_words_still_folds_one_way() {
        // 著 stays in 著名 but is 着 in 着急; folding picks one form for both sides of a match.
        assert_eq!(fold_han("著名"), fold_han(&fold_han("著名")));
        assert_eq!(fold_han_char('乾'), '干');
    }

    #[test]
    fn mixed_text_keeps_other_scripts_and_byte_lengths() {
        let text = "SCO 峰會 in Qingdao, 2025年";
        let folded = fold_han(text);
        assert_eq!(folded, "SCO 峰会 in Qingdao, 2025年");
        assert_eq!(folded.len(), text.len());
    }

    #[test]
    fn supplementary_characters_are_kept() {
        // U+311A5 has a Simplified form in the BMP; folding it would change its length.
        assert_eq!(fold_han_char('\u{311A5}'), '\u{311A5}');
    }

    #[test]
    fn table_is_sorted_and_idempotent() {
        let table = pairs();
        assert_eq!(table.len(), PAIRS);
        assert!(table.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(fold_han_char('\u{346F}'), '\u{3454}', "the first pair");
        for &(t, s) in table {
            let s = char::from_u32(s as u32).unwrap();
            assert_eq!(fold_han_char(s), s, "U+{t:04X}");
        }
    }

    proptest::proptest! {
        #[test]
        fn folding_twice_changes_nothing(text in "[\\u{3400}-\\u{9FFF}\\u{20000}-\\u{2A6DF}a-z ]{0,20}") {
            let once = fold_han(&text).into_owned();
            proptest::prop_assert_eq!(fold_han(&once).into_owned(), once.clone());
            proptest::prop_assert_eq!(once.len(), text.len());
        }
    }
}

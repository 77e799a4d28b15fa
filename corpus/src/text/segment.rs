//! Chinese words: a run of Han characters is cut into the longest words a lexicon knows, from the
//! left, each character alone where no word starts (forward maximum matching).
//!
//! The build takes its lexicon from a dictionary segmenter (jieba, see
//! [`crate::index::chinese_lexicon`]) run over the corpus; the index's term dictionary then holds
//! exactly the words that cut produced. At query time the term dictionary itself is the lexicon,
//! so a query and the passages are cut the same way, with no dictionary in the app: cutting the
//! corpus's text with the words cutting it produced gives the same words again.

use std::collections::HashSet;

use super::fold_han_char;

/// Words a segmenter may cut a run of Han characters into.
pub trait Lexicon {
    /// The byte length of the longest word of the lexicon that `run` (Han characters, folded to
    /// Simplified) starts with and that is longer than one character; 0 when there is none.
    fn longest(&self, run: &str) -> usize;
}

/// No words: every character stands alone (what a corpus without Chinese has).
pub struct Characters;

impl Lexicon for Characters {
    fn longest(&self, _run: &str) -> usize {
        0
    }
}

/// A set of words, for the build.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    words: HashSet<String>,
    /// The longest word, in characters.
    max_chars: usize,
}

impl WordSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a word (folded, Han characters only, two or more).
    pub fn insert(&mut self, word: &str) {
        let n = word.chars().count();
        if n >= 2 && word.chars().all(is_han) {
            self.max_chars = self.max_chars.max(n);
            self.words.insert(word.to_string());
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether the set holds `word`.
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }
}

impl Lexicon for WordSet {
    fn longest(&self, run: &str) -> usize {
        let ends: Vec<usize> = run
            .char_indices()
            .skip(1)
            .map(|(i, _)| i)
            .chain(std::iter::once(run.len()))
            .take(self.max_chars)
            .collect();
        for &end in ends.iter().rev().take_while(|&&e| e > 0) {
            let len_chars = run[..end].chars().count();
            if len_chars >= 2 && self.words.contains(&run[..end]) {
                return end;
            }
        }
        0
    }
}

impl<D: AsRef<[u8]>> Lexicon for fst::Map<D> {
    fn longest(&self, run: &str) -> usize {
        let fst = self.as_fst();
        let mut node = fst.root();
        let mut best = 0;
        let mut chars = 0;
        for (i, c) in run.char_indices() {
            let mut buf = [0u8; 4];
            for &b in c.encode_utf8(&mut buf).as_bytes() {
                match node.find_input(b) {
                    Some(t) => node = fst.node(node.transition(t).addr),
                    None => return best,
                }
            }
            chars += 1;
            if chars >= 2 && node.is_final() {
                best = i + c.len_utf8();
            }
        }
        best
    }
}

/// Han ideographs: the characters that are cut into words.
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Cuts a run of Han characters (already folded, or not: the lexicon is asked with the folded
/// run) into words: calls `f` with each word's byte range in `run`.
pub fn cut(run: &str, lexicon: &dyn Lexicon, f: &mut dyn FnMut(std::ops::Range<usize>)) {
    // Folding keeps byte lengths, so ranges in the folded run are ranges in `run`.
    let folded: String = run.chars().map(fold_han_char).collect();
    let mut at = 0;
    while at < folded.len() {
        let n = lexicon.longest(&folded[at..]);
        let len = if n > 0 {
            n
        } else {
            folded[at..].chars().next().map_or(1, char::len_utf8)
        };
        f(at..at + len);
        at += len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words<'a>(run: &'a str, lexicon: &dyn Lexicon) -> Vec<&'a str> {
        let mut out = Vec::new();
        cut(run, lexicon, &mut |r| out.push(&run[r]));
        out
    }

    fn set(words: &[&str]) -> WordSet {
        let mut s = WordSet::new();
        for w in words {
            s.insert(w);
        }
        s
    }

    #[test]
    fn longest_words_from_the_left() {
        let s = set(&["上海", "合作", "组织", "上海合作组织", "峰会"]);
        assert_eq!(words("上海合作组织峰会", &s), ["上海合作组织", "峰会"]);
        assert_eq!(words("合作组织", &s), ["合作", "组织"]);
    }

    #[test]
    fn unknown_characters_stand_alone() {
        let s = set(&["合作"]);
        assert_eq!(words("在合作中", &s), ["在", "合作", "中"]);
        assert_eq!(words("在合作中", &Characters), ["在", "合", "作", "中"]);
    }

    #[test]
    fn traditional_text_is_cut_with_simplified_words() {
        let s = set(&["经济", "合作"]);
        assert_eq!(words("經濟合作", &s), ["經濟", "合作"]);
    }

    #[test]
    fn term_dictionary_cuts_like_the_word_set() {
        let mut b = fst::SetBuilder::memory();
        let mut keys = vec!["上海", "上海合作组织", "合作", "峰会", "baku"];
        keys.sort();
        for k in keys {
            b.insert(k).unwrap();
        }
        let bytes = b.into_inner().unwrap();
        let map = fst::Map::new(bytes).unwrap();
        assert_eq!(words("上海合作组织峰会", &map), ["上海合作组织", "峰会"]);
        assert_eq!(words("上海的合作", &map), ["上海", "的", "合作"]);
    }
}

//! Typo tolerance: a Levenshtein automaton run over the term dictionary, so that only the terms
//! within the allowed distance are visited.

use fst::Automaton;

/// Query words longer than this (in characters) are not matched with typos.
pub const MAX_CHARS: usize = 32;

/// The edit distance allowed for a word of `chars` characters: 1 for 4–7, 2 for longer, else 0.
pub fn allowed_distance(chars: usize) -> u8 {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Matches the keys within `max` edits of `word` that start with the same character (a typo in
/// the first letter is rare, and requiring it keeps the search small).
pub struct Levenshtein {
    word: Vec<char>,
    max: u8,
}

/// The automaton's state: one row of the edit-distance table, and the UTF-8 bytes of a character
/// not yet complete. `None` once no key going this way can match.
#[derive(Clone, Copy)]
pub struct State {
    row: [u8; MAX_CHARS + 1],
    /// Characters consumed so far (saturating).
    depth: u8,
    /// A character being decoded, and how many continuation bytes it still needs.
    partial: u32,
    need: u8,
    dead: bool,
}

impl Levenshtein {
    /// `None` when the word is empty or longer than [`MAX_CHARS`].
    pub fn new(word: &str, max: u8) -> Option<Levenshtein> {
        let word: Vec<char> = word.chars().collect();
        if word.is_empty() || word.len() > MAX_CHARS {
            return None;
        }
        Some(Levenshtein { word, max })
    }

    fn step(&self, state: &State, c: char) -> State {
        let mut next = *state;
        next.partial = 0;
        next.need = 0;
        if state.depth == 0 && c != self.word[0] {
            next.dead = true;
            return next;
        }
        next.depth = state.depth.saturating_add(1);
        let n = self.word.len();
        let cap = self.max + 1;
        next.row[0] = state.row[0].saturating_add(1).min(cap);
        let mut best = next.row[0];
        for j in 1..=n {
            let subst = state.row[j - 1] + u8::from(self.word[j - 1] != c);
            let v = subst
                .min(state.row[j].saturating_add(1))
                .min(next.row[j - 1].saturating_add(1))
                .min(cap);
            next.row[j] = v;
            best = best.min(v);
        }
        next.dead = best > self.max;
        next
    }
}

impl Automaton for Levenshtein {
    type State = State;

    fn start(&self) -> State {
        let mut row = [0u8; MAX_CHARS + 1];
        for (j, r) in row.iter_mut().enumerate().take(self.word.len() + 1) {
            *r = (j as u8).min(self.max + 1);
        }
        State {
            row,
            depth: 0,
            partial: 0,
            need: 0,
            dead: false,
        }
    }

    fn is_match(&self, state: &State) -> bool {
        !state.dead && state.need == 0 && state.row[self.word.len()] <= self.max
    }

    fn can_match(&self, state: &State) -> bool {
        !state.dead
    }

    fn accept(&self, state: &State, byte: u8) -> State {
        if state.dead {
            return *state;
        }
        let mut s = *state;
        if s.need > 0 {
            if byte & 0xC0 != 0x80 {
                s.dead = true;
                return s;
            }
            s.partial = (s.partial << 6) | (byte & 0x3F) as u32;
            s.need -= 1;
            if s.need > 0 {
                return s;
            }
            return match char::from_u32(s.partial) {
                Some(c) => self.step(&s, c),
                None => State { dead: true, ..s },
            };
        }
        let (bits, need) = match byte {
            0x00..=0x7F => return self.step(&s, byte as char),
            0xC0..=0xDF => (byte & 0x1F, 1),
            0xE0..=0xEF => (byte & 0x0F, 2),
            0xF0..=0xF7 => (byte & 0x07, 3),
            _ => {
                s.dead = true;
                return s;
            }
        };
        s.partial = bits as u32;
        s.need = need;
        s
    }
}

/// The edit distance between two words (in characters), or `None` when above `max`.
pub fn distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            cur[j] = (prev[j - 1] + usize::from(a[i - 1] != b[j - 1]))
                .min(prev[j] + 1)
                .min(cur[j - 1] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    (prev[b.len()] <= max).then_some(prev[b.len()])
}

#[cfg(test)]
mod tests {
    use super::*;
    use fst::{IntoStreamer, Streamer};

    fn matches(keys: &[&str], word: &str, max: u8) -> Vec<String> {
        let mut sorted = keys.to_vec();
        crate::sort::sort(&mut sorted);
        let set = fst::Set::from_iter(sorted).unwrap();
        let aut = Levenshtein::new(word, max).unwrap();
        let mut stream = set.search(aut).into_stream();
        let mut out = Vec::new();
        while let Some(k) = stream.next() {
            out.push(String::from_utf8(k.to_vec()).unwrap());
        }
        out
    }

    #[test]
    fn one_typo() {
        assert_eq!(
            matches(
                &["shanghai", "shang", "shanghaied", "changhai"],
                "shangai",
                1
            ),
            ["shanghai"]
        );
    }

    #[test]
    fn two_typos() {
        assert_eq!(
            matches(&["mammadyarov", "mamedov", "mammadiarov"], "mamedyarov", 2),
            ["mammadyarov"]
        );
    }

    #[test]
    fn first_letter_must_match() {
        assert!(matches(&["baku"], "vaku", 1).is_empty());
    }

    #[test]
    fn multibyte_characters_count_as_one_edit() {
        assert_eq!(matches(&["алимов", "алиев"], "алимав", 1), ["алимов"]);
    }

    #[test]
    fn distance_by_characters() {
        assert_eq!(distance("türk", "turk", 1), Some(1));
        assert_eq!(distance("abc", "abcdef", 2), None);
        assert_eq!(distance("kitten", "sitting", 3), Some(3));
    }

    #[test]
    fn distances_allowed_by_length() {
        assert_eq!(allowed_distance(3), 0);
        assert_eq!(allowed_distance(4), 1);
        assert_eq!(allowed_distance(7), 1);
        assert_eq!(allowed_distance(8), 2);
    }
}

//! The word table: every content word and frequent two-word phrase of the corpus, counted
//! corpus-wide and listed per passage (see [`WordTable`]).
//!
//! A content word is a word of letters (two or more), not a stop word of its document's language
//! (the Snowball lists that NLTK ships, through the `stop-words` crate) nor one of the project's
//! own function words ([`super::super::lex::is_stop_word`]). A phrase is two content words next
//! to each other in a sentence. In corpora of more than [`SMALL`] passages, words seen once and
//! phrases seen fewer than three times are left out: they cannot be frequent, and hardly
//! distinctive, and they would be most of the table.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::model::Corpus;
use crate::text;
use crate::views::tables::{write_entries, WordTable};

/// Corpora with at most this many passages keep every word and every repeated phrase.
pub const SMALL: usize = 2000;

/// No word: a stop word, a number or punctuation between two words (no phrase spans it).
const GAP: u32 = u32::MAX;

/// Longer "words" are no words a reader follows (a hash, an encoded blob, a line with no spaces):
/// left out of the table, they never make a link a static host would refuse as too long.
const MAX_WORD_CHARS: usize = 64;

/// Stop words by language, folded, loaded on first use.
struct StopWords {
    by_lang: HashMap<String, HashSet<String>>,
}

impl StopWords {
    fn new() -> Self {
        StopWords {
            by_lang: HashMap::new(),
        }
    }

    fn is_stop(&mut self, lang: &str, folded: &str) -> bool {
        if crate::analyze::lex::is_stop_word(folded) {
            return true;
        }
        let set = self.by_lang.entry(lang.to_string()).or_insert_with(|| {
            stop_words::lookup(lang)
                .unwrap_or(&[])
                .iter()
                .map(|w| text::fold(w))
                .collect()
        });
        set.contains(folded)
    }
}

/// A word while counting.
struct Seen {
    count: u32,
    /// Occurrences written in capitals (an acronym).
    caps: u32,
    /// Lower-cased form of its first occurrence.
    lower: String,
}

fn is_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// Builds the word table of a corpus whose passages and sentences are laid out.
pub fn build(corpus: &Corpus) -> WordTable {
    let small = corpus.passages.len() <= SMALL;
    let (min_word, min_phrase) = if small { (1, 2) } else { (2, 3) };
    let mut stop = StopWords::new();

    // Pass 1: each passage's words as provisional ids (GAP between sentences and at stop
    // words), and counts.
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut seen: Vec<Seen> = Vec::new();
    let mut seq: Vec<u32> = Vec::new();
    let mut seq_start: Vec<usize> = Vec::with_capacity(corpus.passages.len() + 1);
    for passage in &corpus.passages {
        seq_start.push(seq.len());
        let doc = &corpus.docs[passage.doc as usize];
        let spans: Vec<std::ops::Range<usize>> = if passage.sentences.is_empty() {
            vec![passage.span.range()]
        } else {
            passage.sentences.iter().map(|s| s.range()).collect()
        };
        for span in spans {
            let Some(sentence) = doc.text.get(span) else {
                continue;
            };
            text::for_each_word(sentence, |_, word| {
                let folded = text::fold(word);
                let keep = (2..=MAX_WORD_CHARS).contains(&folded.chars().count())
                    && folded.chars().all(char::is_alphabetic)
                    && !stop.is_stop(&doc.lang, &folded);
                if !keep {
                    seq.push(GAP);
                    return;
                }
                let next = seen.len() as u32;
                let id = *ids.entry(folded).or_insert(next);
                if id == next {
                    seen.push(Seen {
                        count: 0,
                        caps: 0,
                        lower: word.to_lowercase(),
                    });
                }
                let s = &mut seen[id as usize];
                s.count += 1;
                s.caps += u32::from(is_caps(word));
                seq.push(id);
            });
            seq.push(GAP);
        }
    }
    seq_start.push(seq.len());

    // The vocabulary: words by descending count, then text.
    let mut folded_of: Vec<&str> = vec![""; seen.len()];
    for (w, &id) in &ids {
        folded_of[id as usize] = w.as_str();
    }
    let mut vocab: Vec<u32> = (0..seen.len() as u32)
        .filter(|&i| seen[i as usize].count >= min_word)
        .collect();
    vocab.sort_by(|&a, &b| {
        (seen[b as usize].count.cmp(&seen[a as usize].count))
            .then_with(|| folded_of[a as usize].cmp(folded_of[b as usize]))
    });
    let mut final_id = vec![GAP; seen.len()];
    for (i, &w) in vocab.iter().enumerate() {
        final_id[w as usize] = i as u32;
    }

    // Phrases: pairs of kept words, counted, then numbered by descending count.
    let mut pair_counts: HashMap<(u32, u32), u32> = HashMap::new();
    for w in seq.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a == GAP || b == GAP {
            continue;
        }
        let (a, b) = (final_id[a as usize], final_id[b as usize]);
        if a != GAP && b != GAP {
            *pair_counts.entry((a, b)).or_default() += 1;
        }
    }
    let mut phrases: Vec<((u32, u32), u32)> = pair_counts
        .into_iter()
        .filter(|&(_, n)| n >= min_phrase)
        .collect();
    phrases.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let phrase_id: HashMap<(u32, u32), u32> = phrases
        .iter()
        .enumerate()
        .map(|(i, &(p, _))| (p, i as u32))
        .collect();
    let words_len = vocab.len() as u32;

    // Pass 2: each passage's entries.
    let mut table = WordTable {
        words: vocab
            .iter()
            .map(|&w| {
                let s = &seen[w as usize];
                if s.caps * 2 > s.count {
                    s.lower.to_uppercase()
                } else {
                    s.lower.clone()
                }
            })
            .collect(),
        phrases: phrases.iter().map(|&(p, _)| p).collect(),
        counts: vocab
            .iter()
            .map(|&w| seen[w as usize].count)
            .chain(phrases.iter().map(|&(_, n)| n))
            .collect(),
        ..WordTable::default()
    };
    let mut keys: BTreeMap<&str, u32> = BTreeMap::new();
    for (i, &w) in vocab.iter().enumerate() {
        keys.insert(folded_of[w as usize], i as u32);
    }
    let mut map = fst::MapBuilder::memory();
    for (k, v) in keys {
        map.insert(k, v as u64)
            .expect("keys arrive sorted and unique");
    }
    table.keys = map.into_inner().expect("in-memory fst");

    let mut entries: Vec<u32> = Vec::new();
    let mut list: Vec<(u32, u32)> = Vec::new();
    table.passage_bytes = Vec::with_capacity(corpus.passages.len());
    for p in 0..corpus.passages.len() {
        entries.clear();
        let s = &seq[seq_start[p]..seq_start[p + 1]];
        let mut prev = GAP;
        for &w in s {
            let id = if w == GAP { GAP } else { final_id[w as usize] };
            if id != GAP {
                entries.push(id);
                if prev != GAP {
                    if let Some(&ph) = phrase_id.get(&(prev, id)) {
                        entries.push(words_len + ph);
                    }
                }
            }
            prev = id;
        }
        entries.sort_unstable();
        list.clear();
        for &e in &entries {
            match list.last_mut() {
                Some((last, n)) if *last == e => *n += 1,
                _ => list.push((e, 1)),
            }
        }
        let before = table.entries.len();
        write_entries(&mut table.entries, &list);
        table
            .passage_bytes
            .push((table.entries.len() - before) as u32);
    }
    table
}

#[cfg(test)]
mod tests {
    use crate::analyze::testing::{compile, doc, TestDoc};
    use crate::config::Config;
    use crate::views::tables::EntryIter;

    #[test]
    fn stop_words_and_numbers_are_left_out() {
        let c = compile(
            &[doc(
                "The pipeline and the pipeline carried 30 tonnes of gas.",
            )],
            &Config::default(),
        );
        let t = &c.views.words;
        assert_eq!(t.words[0], "pipeline");
        assert_eq!(t.counts[0], 2);
        for w in ["the", "and", "of", "30"] {
            assert!(t.word_id(w).is_none(), "{w}");
        }
        assert!(t.word_id("gas").is_some());
    }

    #[test]
    fn a_word_too_long_to_follow_is_left_out() {
        let long = "x".repeat(super::MAX_WORD_CHARS + 1);
        let longest = "y".repeat(super::MAX_WORD_CHARS);
        let text = format!("The pipeline carried {long}, {longest} and {long} to the port.");
        let c = compile(&[doc(&text)], &Config::default());
        let t = &c.views.words;
        assert!(t.word_id("pipeline").is_some());
        assert!(t.word_id(&longest).is_some());
        assert!(t.word_id(&long).is_none());
    }

    #[test]
    fn stop_words_follow_the_document_language() {
        // "die" is a German article and an English verb.
        let c = compile(
            &[
                TestDoc {
                    text: "Die Pipeline wurde eröffnet.",
                    lang: "de",
                    date: None,
                },
                doc("Old habits die hard."),
            ],
            &Config::default(),
        );
        let t = &c.views.words;
        let die = t.word_id("die").expect("the English verb is kept");
        assert_eq!(t.counts[die as usize], 1);
    }

    #[test]
    fn repeated_pairs_become_phrases_within_sentences() {
        let c = compile(
            &[doc(
                "Energy security matters. Energy security again. Security energy.",
            )],
            &Config::default(),
        );
        let t = &c.views.words;
        let energy = t.word_id("energy").unwrap();
        let security = t.word_id("security").unwrap();
        assert_eq!(t.phrases, [(energy, security)]);
        let phrase = t.words.len() as u32;
        assert_eq!(t.entry_text(phrase), "energy security");
        assert_eq!(t.counts[phrase as usize], 2);
        // "matters. Energy" spans a sentence end: no phrase.
        let all: Vec<(u32, u32)> = EntryIter::new(&t.entries).collect();
        assert!(all.contains(&(phrase, 2)), "{all:?}");
    }

    #[test]
    fn acronyms_keep_their_capitals() {
        let c = compile(
            &[doc("The SCO met. SCO members agreed. Sco is rare.")],
            &Config::default(),
        );
        let t = &c.views.words;
        let sco = t.word_id("sco").unwrap();
        assert_eq!(t.words[sco as usize], "SCO");
    }

    #[test]
    fn every_passage_has_a_list() {
        let c = compile(
            &[doc("Baku hosted talks.\n\nThe.\n\nTalks ended in Baku.")],
            &Config::default(),
        );
        let t = &c.views.words;
        assert_eq!(t.passage_bytes.len(), c.passages.len());
        assert_eq!(t.passage_bytes[1], 0);
        let total: u32 = t.passage_bytes.iter().sum();
        assert_eq!(total as usize, t.entries.len());
    }
}

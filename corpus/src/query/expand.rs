//! What a run of query words stands for besides the words themselves: an entity the words name
//! (by its name or any alias, in any script the build knows: `Putin` → the mentions of `普京`), a
//! number's value (`1.5 billion` → `1,5 milyard`), or the other form of an acronym a document
//! defines (`SCO` ↔ `Shanghai Cooperation Organisation`). Such matches count for the words, ranked
//! just below literal matches, and are highlighted.
//!
//! A run is one or more consecutive plain words or phrases of the query (`Vladimir Putin`
//! unquoted is a run of two), read greedily, longest first. A single word written in lower case
//! is taken for a name only when the corpus never uses it as a common word (`chad` is a word,
//! `Chad` the country), so common words do not flood the results with mentions.

use std::ops::Range;

use super::parse::{Atom, Clause};
use super::Engine;
use crate::model::EntityKind;
use crate::text::{self, numbers};

/// At most this many consecutive clauses make one run.
const MAX_RUN: usize = 6;
/// At most this many entities are read as candidates for one run.
const MAX_CANDIDATES: usize = 64;
/// At most this many other names of the entities a run names are looked for in the text.
const MAX_ALIASES: usize = 32;

/// What a run stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Meaning {
    /// Entities the words name, ascending ids.
    Entities(Vec<u32>),
    /// Number values: index keys ([`numbers::Decimal::key`]) and plain digit words of the value.
    Values(Vec<String>),
    /// Other forms of an acronym the corpus defines: each a list of folded words.
    Forms(Vec<Vec<String>>),
    /// The other names of the entities the words name (`普京`, `Путин` for `Putin`), each a list
    /// of folded words: found in the text even where the analysis recognised no mention.
    Aliases(Vec<Vec<String>>),
}

/// Consecutive clauses and what they stand for together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub clauses: Range<usize>,
    /// The words as typed, joined by spaces.
    pub text: String,
    pub meanings: Vec<Meaning>,
}

/// The text of a clause that can be part of a run: one plain word or phrase, not negated.
fn plain_text(clause: &Clause) -> Option<&str> {
    match clause.alternatives.as_slice() {
        [Atom::Word(w)] | [Atom::Phrase(w)] if !clause.negated => Some(w),
        _ => None,
    }
}

impl Engine<'_> {
    /// The runs of `clauses` that stand for something besides their words.
    pub(super) fn runs(&self, clauses: &[Clause]) -> Vec<Run> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < clauses.len() {
            let mut len = 0;
            while len < MAX_RUN
                && i + len < clauses.len()
                && plain_text(&clauses[i + len]).is_some()
            {
                len += 1;
            }
            let mut found = None;
            for n in (1..=len).rev() {
                let text = clauses[i..i + n]
                    .iter()
                    .filter_map(plain_text)
                    .collect::<Vec<_>>()
                    .join(" ");
                let meanings = self.meanings(&text);
                if !meanings.is_empty() {
                    found = Some(Run {
                        clauses: i..i + n,
                        text,
                        meanings,
                    });
                    break;
                }
            }
            match found {
                Some(run) => {
                    i = run.clauses.end;
                    out.push(run);
                }
                None => i += 1,
            }
        }
        out
    }

    /// What the words of `text` stand for.
    pub(super) fn meanings(&self, text: &str) -> Vec<Meaning> {
        let mut out = Vec::new();
        if let Some(values) = value_keys(text) {
            out.push(Meaning::Values(values));
            return out;
        }
        let words = text::name_words(text);
        if words.is_empty() {
            return out;
        }
        let as_name = written_as_name(text);
        let common = words.len() == 1
            && !as_name
            && self
                .corpus
                .index
                .common_name_words
                .binary_search(&words[0])
                .is_ok();
        if common {
            return out;
        }
        let named = self.uninflected(&words);
        let entities = self.named_entities(&named);
        if !entities.is_empty() {
            let aliases = self.other_names(&entities, &named);
            out.push(Meaning::Entities(entities));
            if !aliases.is_empty() {
                out.push(Meaning::Aliases(aliases));
            }
        }
        let forms = self.acronym_forms(&words);
        if !forms.is_empty() {
            out.push(Meaning::Forms(forms));
        }
        out
    }

    /// The entities with `word` among their names' words (folded or by variant key), unsorted.
    fn with_name_word(&self, word: &str) -> Vec<u32> {
        let groups = &self.corpus.index.entity_words;
        let mut found: Vec<u32> = groups.get(word).to_vec();
        let key = text::variant_key(word);
        if key != word {
            found.extend_from_slice(groups.get(&key));
        }
        found
    }

    /// The words of a name as the corpus's names write them: a word no name holds, written with
    /// a case ending (`Астане`, `Moskvada`), is replaced by the first of its base forms that a
    /// name holds (`астана`, `moskva`): a Russian nominative for a Cyrillic word, the word
    /// without an Azerbaijani or Turkish ending for a Latin one, or the word with the h that
    /// Russian writes as g (`gasanova`, `гасанова` → `hasanova`). Other words stay as they are.
    fn uninflected(&self, words: &[String]) -> Vec<String> {
        words
            .iter()
            .map(|w| {
                if !self.with_name_word(w).is_empty() {
                    return w.clone();
                }
                let bases: Vec<String> = if w.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
                {
                    text::inflect::russian_nominatives(w)
                } else if w.chars().all(|c| c.is_alphabetic() && !is_caseless(c)) {
                    text::inflect::turkic_bases(w)
                        .into_iter()
                        .map(str::to_string)
                        .collect()
                } else {
                    Vec::new()
                };
                // Russian writes the h of Azerbaijani, Turkish and Arabic names as г, romanised g
                // ("Гасанова", "Gasanova" for Hasanova; "Guseynov" for Huseynov).
                // Only for a person's name of five letters or more: "Gong" is no "Hong".
                let with_h = |b: &String| {
                    let key = text::variant_key(b);
                    if key.chars().count() < 5 {
                        return None;
                    }
                    let h = format!("h{}", key.strip_prefix('g')?);
                    let person = self.with_name_word(&h).iter().any(|&e| {
                        self.corpus.entities.get(e as usize).map(|x| x.kind)
                            == Some(EntityKind::Person)
                    });
                    person.then_some(h)
                };
                bases
                    .iter()
                    .find(|b| !self.with_name_word(b).is_empty())
                    .cloned()
                    .or_else(|| std::iter::once(w).chain(&bases).find_map(with_h))
                    .unwrap_or_else(|| w.clone())
            })
            .collect()
    }

    /// The entities that hold every word among their names' words (folded or by variant key).
    fn candidates(&self, words: &[String]) -> Vec<u32> {
        let mut out: Option<Vec<u32>> = None;
        for w in words {
            let mut found = self.with_name_word(w);
            found.sort_unstable();
            found.dedup();
            out = Some(match out {
                None => found,
                Some(prev) => prev
                    .into_iter()
                    .filter(|e| found.binary_search(e).is_ok())
                    .collect(),
            });
            if out.as_ref().is_some_and(Vec::is_empty) {
                break;
            }
        }
        let mut out = out.unwrap_or_default();
        out.truncate(MAX_CANDIDATES);
        out
    }

    /// The entities these words name: those whose canonical name they are; else those with an
    /// alias of exactly these words (each word folded, or with the same spelling-variant key);
    /// else, for one word, the people whose surname (last word of a name of capitalised words)
    /// it is; else the places whose names' words (the gazetteer's names among them) hold them.
    /// The first of these that finds any is the answer, so that `Pellucia` names the
    /// place, not a misread "Marvania and Pellucia".
    fn named_entities(&self, words: &[String]) -> Vec<u32> {
        let candidates = self.candidates(words);
        let mut tiers: [Vec<u32>; 4] = [Vec::new(), Vec::new(), Vec::new(), Vec::new()];
        // Last, a place whose words hold these under a name the corpus never writes: the index
        // lists the gazetteer's other names of its places ("Urumchi" for Urumqi, "Гянджа" for
        // Ganja), for words of four letters or two Chinese characters at least.
        let long = words.iter().all(|w| {
            let han = w.chars().all(crate::text::segment::is_han);
            w.chars().count() >= if han { 2 } else { 4 }
        });
        for e in candidates {
            let Some(entity) = self.corpus.entities.get(e as usize) else {
                continue;
            };
            if entity.kind == EntityKind::Place && long {
                tiers[3].push(e);
            }
            if same_words(&text::name_words(&entity.name), words) {
                tiers[0].push(e);
                continue;
            }
            let mut surname = false;
            for name in std::iter::once(&entity.name).chain(&entity.aliases) {
                let parts = name.split_whitespace().count();
                let person = entity.kind == EntityKind::Person && words.len() == 1;
                if parts != words.len() && !(person && parts >= 2) {
                    continue;
                }
                let nw = text::name_words(name);
                if same_words(&nw, words) {
                    tiers[1].push(e);
                    surname = false;
                    break;
                }
                let capitalised = name
                    .split_whitespace()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase));
                if person && capitalised && nw.len() >= 2 && same_words(&nw[nw.len() - 1..], words)
                {
                    surname = true;
                }
            }
            if surname {
                tiers[2].push(e);
            }
        }
        tiers
            .into_iter()
            .find(|t| !t.is_empty())
            .unwrap_or_default()
    }

    /// The names and aliases of `entities` that a search for `words` would not find anyway (they
    /// do not hold the words), that are not a part of them (`Marini` for `Hugo Marini`), and that
    /// name no other entity (`Estovia` as a misread alias is the place), as the query tokenizer
    /// cuts them.
    fn other_names(&self, entities: &[u32], words: &[String]) -> Vec<Vec<String>> {
        let mut out: Vec<Vec<String>> = Vec::new();
        for &e in entities {
            let Some(entity) = self.corpus.entities.get(e as usize) else {
                continue;
            };
            for name in std::iter::once(&entity.name).chain(&entity.aliases) {
                let nw = text::name_words(name);
                let same = |a: &String, b: &String| {
                    same_words(std::slice::from_ref(a), std::slice::from_ref(b))
                };
                // A name holding the words is found by them; a part of them (a surname alone)
                // may be someone else's, and the analysis already tied its mentions that are his.
                let holds_words = words.iter().all(|w| nw.iter().any(|n| same(n, w)));
                let part_of_words = nw.iter().all(|n| words.iter().any(|w| same(n, w)));
                if holds_words || part_of_words || nw.is_empty() {
                    continue;
                }
                let names_another = self.candidates(&nw).into_iter().any(|o| {
                    !entities.contains(&o)
                        && self
                            .corpus
                            .entities
                            .get(o as usize)
                            .is_some_and(|x| same_words(&text::name_words(&x.name), &nw))
                });
                if names_another {
                    continue;
                }
                let form: Vec<String> = self.tokenize(name).into_iter().map(|t| t.folded).collect();
                if !form.is_empty() && !out.contains(&form) && out.len() < MAX_ALIASES {
                    out.push(form);
                }
            }
        }
        out
    }

    /// The other forms of an acronym, or the acronyms of a long form, the corpus defines.
    fn acronym_forms(&self, words: &[String]) -> Vec<Vec<String>> {
        let acronyms = &self.corpus.acronyms;
        let mut out: Vec<Vec<String>> = Vec::new();
        if words.len() == 1 {
            let first = acronyms.partition_point(|a| text::fold(&a.short) < words[0]);
            for a in acronyms[first..]
                .iter()
                .take_while(|a| text::fold(&a.short) == words[0])
            {
                let long: Vec<String> = self
                    .tokenize(&a.long)
                    .into_iter()
                    .map(|t| t.folded)
                    .collect();
                if !out.contains(&long) {
                    out.push(long);
                }
            }
        } else {
            let key = words.join(" ");
            for (i, _) in (self.acronym_longs.iter().enumerate()).filter(|(_, k)| **k == key) {
                let short = vec![text::fold(&acronyms[i].short)];
                if !out.contains(&short) {
                    out.push(short);
                }
            }
        }
        out
    }
}

/// Words equal one by one, folded or by spelling-variant key (`Aliyev` = `Əliyev`).
fn same_words(a: &[String], b: &[String]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x == y || text::variant_key(x) == text::variant_key(y))
}

/// Whether a letter belongs to a script without case (Chinese, Arabic ...).
fn is_caseless(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase()
}

/// Whether a query word is written as a name: with a capital letter, or in a script without
/// case (Chinese, Arabic ...).
pub fn written_as_name(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
}

/// Currency symbols a query may write before a number.
const CURRENCY_SYMBOLS: &[&str] = &["$", "€", "£", "¥", "₼", "₽", "₺", "₸"];

/// The index keys of a query that is one number (`1,5`, `1.5 billion`, `1 500 000`, `15亿`), or
/// `None`. A lone separator before three digits is read both ways (`1,500` is 1500 or 1.5); plain
/// digits need only the key (the word itself is indexed as written).
pub fn value_keys(text: &str) -> Option<Vec<String>> {
    let text = text.trim();
    let found = numbers::numbers(text, numbers::Convention::Either);
    let [n] = found.as_slice() else {
        return None;
    };
    // The number alone, or with a currency written onto it: a symbol before (`$120`) or a
    // Chinese currency after (`1.2亿美元`), which the analysis reads as the same sum.
    let before = &text[..n.range.start];
    let after = text::fold_han(&text[n.range.end..]);
    let symbol = before.is_empty() || CURRENCY_SYMBOLS.contains(&before);
    let han = after.is_empty() || numbers::CURRENCY_HAN.iter().any(|(w, _)| *w == after);
    if !(symbol && han) {
        return None;
    }
    if n.is_plain(text) {
        // The word itself is indexed; other writings of the value are under its key.
        return Some(n.values.iter().map(numbers::Decimal::key).collect());
    }
    let values: Vec<numbers::Decimal> = match n.magnitude {
        Some(p) => n.values.iter().map(|v| v.scaled(p)).collect(),
        None => n.values.clone(),
    };
    let mut keys: Vec<String> = values.iter().map(numbers::Decimal::key).collect();
    // The first reading written as plain digits (`1,500` → `1500`).
    if let Some(plain) = values.first().and_then(numbers::Decimal::plain_integer) {
        keys.push(plain);
    }
    Some(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_query_has_the_keys_of_its_values() {
        assert_eq!(value_keys("1.5 billion").unwrap(), ["#15e8", "1500000000"]);
        assert_eq!(value_keys("1,500").unwrap(), ["#15e2", "#15e-1", "1500"]);
        assert_eq!(value_keys("1,5").unwrap(), ["#15e-1"]);
        assert_eq!(value_keys("2015").unwrap(), ["#2015e0"]);
        assert_eq!(value_keys("1.5 billion dollars"), None);
        // A currency written onto the number.
        assert_eq!(value_keys("1.2亿美元"), value_keys("1.2亿"));
        assert_eq!(value_keys("1.2億美元"), value_keys("1.2亿"));
        assert_eq!(value_keys("$120").unwrap(), ["#12e1"]);
        assert_eq!(value_keys("1.2亿元"), value_keys("1.2亿"));
        assert_eq!(value_keys("x120"), None);
        assert_eq!(value_keys("1.2亿人"), None);
    }

    #[test]
    fn names_are_written_with_capitals_or_without_case() {
        assert!(written_as_name("Chad"));
        assert!(written_as_name("普京"));
        assert!(!written_as_name("chad"));
    }
}

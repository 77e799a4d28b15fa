//! The inverted index over passages, built once at compile time and read in place in the browser:
//! nothing here is rebuilt at load, every table is a byte blob (`fst` maps, varint lists) or a
//! flat vector.
//!
//! - Term dictionary (`fst`): folded term → term id (its rank in byte order).
//! - Body postings: for each term, the passages it occurs in with its frequency. **No positions**:
//!   phrases, proximity and highlights are worked out from the passage text itself, which the
//!   bundle carries anyway; positions would cost about as much again as the postings (see
//!   `docs/query-syntax.md`, "How matching works").
//! - Field postings: the documents whose title and the sections whose heading hold a term.
//! - Key groups: stem key → terms (inflections), spelling-variant key → terms (romanisations,
//!   doubled letters), name word → entities.
//! - Entity postings: entity → passages that mention it.
//! - Chinese: Traditional characters are folded to Simplified, and runs of Han characters are
//!   cut into words ([`text::segment`]) with a lexicon a dictionary segmenter draws from the
//!   corpus at build time ([`chinese_lexicon`]). A word also stands for the shorter words of the
//!   lexicon inside it (`上海合作组织` for `合作`), so that a query for one finds it.
//! - Number values: every number written with separators or a magnitude (`1,5 milyard`,
//!   `1 500 000`, `15億`) is also a term of the dictionary, keyed by its exact value
//!   ([`text::numbers::Decimal::key`], `#15e8`), so a query for the value finds every writing.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::{Corpus, Doc};
use crate::text::{self, segment, Stemmers, WordSet};

/// The inverted index. Term ids are the ranks of the folded terms in byte order.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Index {
    /// `fst::Map` bytes: folded term → term id.
    pub terms: Vec<u8>,
    /// Term id → start of its postings in `postings`; one extra entry at the end.
    pub offsets: Vec<u32>,
    /// For each term, its passages in ascending order as LEB128 varints: `gap << 1 | (tf > 1)`,
    /// followed by `tf - 2` when the flag is set. Most words occur once in a passage, so the
    /// frequency mostly costs one bit.
    pub postings: Vec<u8>,
    /// Term id → number of passages it occurs in (0 for words only in titles or headings).
    pub df: Vec<u32>,
    /// Stem key → terms with that stem.
    pub stems: Groups,
    /// Spelling-variant key ([`text::variant_key`]) → terms, for terms whose key differs from them.
    pub variants: Groups,
    /// Ascending ids of the terms that occur in a title or heading.
    pub field_terms: Vec<u32>,
    /// `field_terms` index → start in `field_postings`; one extra entry at the end.
    pub field_offsets: Vec<u32>,
    /// For each field term: the count of documents whose title holds it, their id gaps, then the
    /// count of sections whose heading holds it, their id gaps (all varints).
    pub field_postings: Vec<u8>,
    /// Folded word of an entity's name or alias, and its spelling-variant key → entities. A run
    /// of Chinese (or other unspaced) characters in a name is also one key ([`text::name_words`]).
    pub entity_words: Groups,
    /// Words of entity names and acronyms that the text also writes in lower case, as common
    /// words (`chad`, `bill`, `who`), sorted: a query written in lower case does not take them
    /// for the name.
    pub common_name_words: Vec<String>,
    /// Entity id → start in `entity_postings`; one extra entry at the end.
    pub entity_offsets: Vec<u32>,
    /// Passages that mention each entity, ascending, as varint gaps.
    pub entity_postings: Vec<u8>,
    /// Passage id → number of tokens.
    pub passage_len: Vec<u32>,
    pub avg_passage_len: f32,
    /// Passage id → how many facts it states as far as the text alone tells: numbers, and runs of
    /// capitalised words inside sentences (names). Used when analysis found no entities or facts.
    pub passage_facts: Vec<u8>,
}

/// A map from string keys to lists of ids: `fst` key → group, group → ids.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Groups {
    /// `fst::Map` bytes: key → group id.
    pub keys: Vec<u8>,
    /// Group id → start in `members`; one extra entry at the end.
    pub offsets: Vec<u32>,
    /// Ids of each group, ascending.
    pub members: Vec<u32>,
}

impl Groups {
    fn build(map: BTreeMap<String, BTreeSet<u32>>) -> Groups {
        let mut keys = fst::MapBuilder::memory();
        let mut groups = Groups {
            offsets: vec![0],
            ..Groups::default()
        };
        for (g, (key, ids)) in map.into_iter().enumerate() {
            keys.insert(&key, g as u64)
                .expect("keys arrive sorted and unique");
            groups.members.extend(ids);
            groups.offsets.push(groups.members.len() as u32);
        }
        groups.keys = keys.into_inner().expect("in-memory fst");
        groups
    }

    /// The key dictionary.
    pub fn map(&self) -> Option<fst::Map<&[u8]>> {
        fst::Map::new(self.keys.as_slice()).ok()
    }

    /// The members of a group id (as stored in the dictionary).
    pub fn group(&self, group: u64) -> &[u32] {
        let g = group as usize;
        match (self.offsets.get(g), self.offsets.get(g + 1)) {
            (Some(&a), Some(&b)) => self.members.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The members filed under `key`.
    pub fn get(&self, key: &str) -> &[u32] {
        match self.map().and_then(|m| m.get(key)) {
            Some(g) => self.group(g),
            None => &[],
        }
    }
}

/// One passage's occurrences of a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    pub passage: u32,
    /// Occurrences in the passage.
    pub tf: u32,
}

/// Where a term occurs besides passage bodies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldPostings {
    /// Documents whose title holds the term, ascending.
    pub docs: Vec<u32>,
    /// Sections whose heading holds the term, ascending.
    pub sections: Vec<u32>,
}

/// Builds the index of a corpus whose text, structure and analysis are complete.
pub fn build(corpus: &Corpus) -> Index {
    let mut b = IndexBuilder::with_lexicon(chinese_lexicon(corpus));
    for (p, passage) in corpus.passages.iter().enumerate() {
        let lang = &corpus.docs[passage.doc as usize].lang;
        b.add_passage(corpus.passage_text(p as u32), lang);
    }
    for (d, doc) in corpus.docs.iter().enumerate() {
        b.add_title(d as u32, &doc.title, &doc.lang);
        // The year a document is from reads like a word of its title: `2015` finds the documents
        // of 2015 even when their text never writes the year.
        if let Some(year) = doc_year(doc) {
            b.add_title(d as u32, &year.to_string(), &doc.lang);
        }
    }
    for (s, section) in corpus.sections.iter().enumerate() {
        if let Some(h) = section.heading {
            let doc = &corpus.docs[section.doc as usize];
            if let Some(heading) = doc.text.get(h.range()) {
                b.add_heading(s as u32, heading, &doc.lang);
            }
        }
    }
    let lower = std::mem::take(&mut b.lower);
    let mut index = b.finish();
    index_entities(corpus, &mut index, &lower);
    index
}

/// The year a document is from: that of its date, else a year in its source URL's path
/// (`/2015/07/...`, `/2015-07-10-...`), as news sites write them.
pub fn doc_year(doc: &Doc) -> Option<i32> {
    if let Some(y) = doc.date.as_deref().and_then(|d| d.get(..4)?.parse().ok()) {
        return Some(y);
    }
    let source = doc.source.as_deref()?;
    let path = source.split_once("://").map_or(source, |(_, rest)| rest);
    path.split('/').skip(1).find_map(|seg| {
        let head = seg.get(..4)?;
        let tail = &seg[4..];
        let year: i32 = head.parse().ok()?;
        let plausible = (1900..=2100).contains(&year) && head.bytes().all(|b| b.is_ascii_digit());
        (plausible && (tail.is_empty() || tail.starts_with(['-', '_']))).then_some(year)
    })
}

/// The Chinese words of the corpus, as jieba (a dictionary and HMM segmenter, MIT licence) cuts
/// each run of Han characters of its documents and titles (folded to Simplified). Empty for a
/// corpus without Chinese, and without the `ingest` feature.
pub fn chinese_lexicon(corpus: &Corpus) -> WordSet {
    #[cfg(feature = "ingest")]
    {
        let mut set = WordSet::new();
        let mut runs: Vec<String> = Vec::new();
        for doc in &corpus.docs {
            for text in [doc.text.as_str(), doc.title.as_str()] {
                let mut run = String::new();
                for c in text.chars() {
                    if segment::is_han(c) {
                        run.push(text::fold_han_char(c));
                    } else if !run.is_empty() {
                        runs.push(std::mem::take(&mut run));
                    }
                }
                if !run.is_empty() {
                    runs.push(run);
                }
            }
        }
        if runs.iter().any(|r| r.chars().count() >= 2) {
            let jieba = jieba_rs::Jieba::new();
            for run in &runs {
                for word in jieba.cut(run, true) {
                    set.insert(word.word);
                }
            }
        }
        set
    }
    #[cfg(not(feature = "ingest"))]
    {
        let _ = corpus;
        WordSet::new()
    }
}

/// Entity name words and entity → passages. `lower` counts, per term, the passages that write it
/// in lower case.
fn index_entities(corpus: &Corpus, index: &mut Index, lower: &BTreeMap<String, u32>) {
    let mut words: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
    for (e, entity) in corpus.entities.iter().enumerate() {
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            for word in text::tokenize(name)
                .into_iter()
                .map(|t| t.folded)
                .chain(text::name_words(name))
            {
                let key = text::variant_key(&word);
                if key != word {
                    words.entry(key).or_default().insert(e as u32);
                }
                words.entry(word).or_default().insert(e as u32);
            }
        }
    }
    // Acronyms are names too: `who` in lower case is not the World Health Organization.
    let shorts: BTreeSet<String> = corpus
        .acronyms
        .iter()
        .map(|a| text::fold(&a.short))
        .collect();
    index.common_name_words = words
        .keys()
        .chain(shorts.iter().filter(|s| !words.contains_key(s.as_str())))
        .filter(|w| {
            let Some(&low) = lower.get(w.as_str()) else {
                return false;
            };
            let df = index.term_id(w).map_or(0, |t| index.df[t as usize]);
            is_common(low, df)
        })
        .cloned()
        .collect();
    index.common_name_words.sort();
    index.common_name_words.dedup();
    index.entity_words = Groups::build(words);
    let mut passages: Vec<Vec<u32>> = vec![Vec::new(); corpus.entities.len()];
    for m in &corpus.mentions {
        if let Some(list) = passages.get_mut(m.entity as usize) {
            list.push(m.passage);
        }
    }
    index.entity_offsets.push(0);
    for mut list in passages {
        list.sort_unstable();
        list.dedup();
        write_ids(&mut index.entity_postings, &list);
        index
            .entity_offsets
            .push(index.entity_postings.len() as u32);
    }
}

/// Whether a word the text writes in lower case in `lower` of its `df` passages is a common word
/// rather than a name: in lower case at least twice, or in at least a tenth of its passages.
fn is_common(lower: u32, df: u32) -> bool {
    lower >= 2 || (lower >= 1 && lower * 10 >= df)
}

/// Documents (by title) and sections (by heading) holding a term, while building.
type Fields = (Vec<u32>, Vec<u32>);

/// Collects tokens passage by passage (and titles and headings), then writes the index.
#[derive(Default)]
pub struct IndexBuilder {
    /// folded term → (passage, frequency) in passage order.
    terms: BTreeMap<String, Vec<(u32, u32)>>,
    /// folded term → the documents and sections whose title or heading holds it.
    fields: BTreeMap<String, Fields>,
    /// stem key → folded terms.
    stems: BTreeMap<String, BTreeSet<String>>,
    /// folded term → passages that write it in lower case (only for words with letters that have
    /// case).
    lower: BTreeMap<String, u32>,
    passage_len: Vec<u32>,
    passage_facts: Vec<u8>,
    stemmers: Stemmers,
    /// The words Chinese is cut into.
    lexicon: WordSet,
}

impl IndexBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// A builder that cuts Chinese into the words of `lexicon`.
    pub fn with_lexicon(lexicon: WordSet) -> Self {
        IndexBuilder {
            lexicon,
            ..Self::default()
        }
    }

    /// The words of `text`, and the shorter lexicon words inside its Chinese words (with the
    /// range of the word they are in): what a passage, title or heading is indexed under.
    fn words(&self, text: &str) -> (Vec<text::Token>, Vec<text::Token>) {
        let tokens = text::tokenize_with(text, &self.lexicon);
        let mut out = Vec::new();
        if self.lexicon.is_empty() {
            return (tokens, out);
        }
        for tok in &tokens {
            let chars: Vec<(usize, char)> = tok.folded.char_indices().collect();
            let inner = chars.len() >= 3 && chars.iter().all(|&(_, c)| segment::is_han(c));
            let range = tok.range.clone();
            let folded = &tok.folded;
            if !inner {
                continue;
            }
            let end_of = |k: usize| chars.get(k).map_or(folded.len(), |&(i, _)| i);
            for a in 0..chars.len() {
                for b in a + 2..=chars.len() {
                    if a == 0 && b == chars.len() {
                        continue;
                    }
                    let sub = &folded[chars[a].0..end_of(b)];
                    if self.lexicon.contains(sub) {
                        out.push(text::Token {
                            range: range.clone(),
                            folded: sub.to_string(),
                        });
                    }
                }
            }
        }
        (tokens, out)
    }

    /// Adds the next passage (ids are consecutive from 0). `lang` picks the stemmer and how
    /// numbers are read (decimal point or comma).
    pub fn add_passage(&mut self, text: &str, lang: &str) -> u32 {
        let id = self.passage_len.len() as u32;
        let (tokens, inner) = self.words(text);
        for tok in tokens.iter().chain(&inner) {
            let entry = self.terms.entry(tok.folded.clone()).or_default();
            match entry.last_mut() {
                Some((p, tf)) if *p == id => *tf += 1,
                _ => {
                    entry.push((id, 1));
                    let word = &text[tok.range.clone()];
                    if word.chars().any(char::is_lowercase) && !word.chars().any(char::is_uppercase)
                    {
                        *self.lower.entry(tok.folded.clone()).or_default() += 1;
                    }
                }
            }
        }
        // Numbers under the keys of their values.
        text::numbers::for_each_number(text, text::numbers::Convention::of(lang), |n| {
            if n.is_plain(text) {
                return;
            }
            for value in n.all_values() {
                let entry = self.terms.entry(value.key()).or_default();
                match entry.last_mut() {
                    Some((p, tf)) if *p == id => *tf += 1,
                    _ => entry.push((id, 1)),
                }
            }
        });
        self.add_stems(text, &tokens, lang);
        self.passage_len.push(tokens.len() as u32);
        self.passage_facts
            .push(fact_count(text, &tokens).min(255) as u8);
        id
    }

    /// Adds the title of document `doc`.
    pub fn add_title(&mut self, doc: u32, title: &str, lang: &str) {
        self.add_field(title, lang, |f| &mut f.0, doc);
    }

    /// Adds the heading of section `section`.
    pub fn add_heading(&mut self, section: u32, heading: &str, lang: &str) {
        self.add_field(heading, lang, |f| &mut f.1, section);
    }

    fn add_field(
        &mut self,
        text: &str,
        lang: &str,
        list: fn(&mut Fields) -> &mut Vec<u32>,
        id: u32,
    ) {
        let (tokens, inner) = self.words(text);
        for tok in tokens.iter().chain(&inner) {
            let ids = list(self.fields.entry(tok.folded.clone()).or_default());
            if ids.last() != Some(&id) {
                ids.push(id);
            }
        }
        self.add_stems(text, &tokens, lang);
    }

    fn add_stems(&mut self, text: &str, tokens: &[text::Token], lang: &str) {
        let Some(alg) = text::stemmer_for(lang) else {
            return;
        };
        for tok in tokens {
            let key = self.stemmers.stem(alg, &text[tok.range.clone()]);
            self.stems
                .entry(key)
                .or_default()
                .insert(tok.folded.clone());
        }
    }

    pub fn finish(self) -> Index {
        let mut index = Index::default();
        let mut all: BTreeSet<&str> = self.terms.keys().map(String::as_str).collect();
        all.extend(self.fields.keys().map(String::as_str));
        let mut map = fst::MapBuilder::memory();
        let mut term_ids: BTreeMap<&str, u32> = BTreeMap::new();
        let mut variants: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
        index.field_offsets.push(0);
        for (id, &term) in all.iter().enumerate() {
            let id = id as u32;
            map.insert(term, id as u64)
                .expect("terms arrive sorted and unique");
            term_ids.insert(term, id);
            let key = text::variant_key(term);
            if key != term {
                variants.entry(key).or_default().insert(id);
            }
            index.offsets.push(index.postings.len() as u32);
            let postings = self.terms.get(term).map(Vec::as_slice).unwrap_or(&[]);
            index.df.push(postings.len() as u32);
            let mut last = 0u32;
            for &(passage, tf) in postings {
                let gap = passage - last;
                last = passage;
                write_varint(&mut index.postings, gap << 1 | u32::from(tf > 1));
                if tf > 1 {
                    write_varint(&mut index.postings, tf - 2);
                }
            }
            if let Some((docs, sections)) = self.fields.get(term) {
                index.field_terms.push(id);
                write_ids(&mut index.field_postings, docs);
                write_ids(&mut index.field_postings, sections);
                index.field_offsets.push(index.field_postings.len() as u32);
            }
        }
        index.offsets.push(index.postings.len() as u32);
        index.terms = map.into_inner().expect("in-memory fst");

        let stems: BTreeMap<String, BTreeSet<u32>> = self
            .stems
            .into_iter()
            .map(|(key, terms)| {
                let ids = terms.iter().map(|t| term_ids[t.as_str()]).collect();
                (key, ids)
            })
            .collect();
        index.stems = Groups::build(stems);
        index.variants = Groups::build(variants);

        let total: u64 = self.passage_len.iter().map(|&n| n as u64).sum();
        index.avg_passage_len = if self.passage_len.is_empty() {
            0.0
        } else {
            total as f32 / self.passage_len.len() as f32
        };
        index.passage_len = self.passage_len;
        index.passage_facts = self.passage_facts;
        index
    }
}

/// Numbers and in-sentence runs of capitalised words: a rough count of what a passage states,
/// from its text alone.
fn fact_count(text: &str, tokens: &[text::Token]) -> u32 {
    let mut count = 0;
    let mut in_run = false;
    let mut prev_end = 0;
    for (i, tok) in tokens.iter().enumerate() {
        let word = &text[tok.range.clone()];
        let gap = &text[prev_end..tok.range.start];
        prev_end = tok.range.end;
        let joined = gap.chars().all(|c| c.is_whitespace() || c == '-');
        if word.chars().any(|c| c.is_ascii_digit()) {
            count += 1;
            in_run = false;
            continue;
        }
        let sentence_start = i == 0 || gap.contains(['.', '!', '?', ':', '\n']);
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        if capital && !sentence_start {
            if !(in_run && joined) {
                count += 1;
            }
            in_run = true;
        } else {
            in_run = false;
        }
    }
    count
}

impl Index {
    /// The term dictionary.
    pub fn term_map(&self) -> Option<fst::Map<&[u8]>> {
        fst::Map::new(self.terms.as_slice()).ok()
    }

    /// The id of a folded term.
    pub fn term_id(&self, folded: &str) -> Option<u32> {
        self.term_map()?.get(folded).map(|v| v as u32)
    }

    /// The terms that share a stem key.
    pub fn stem_group(&self, key: &str) -> &[u32] {
        self.stems.get(key)
    }

    pub fn term_count(&self) -> usize {
        self.df.len()
    }

    pub fn passage_count(&self) -> usize {
        self.passage_len.len()
    }

    /// Iterates over a term's postings.
    pub fn postings(&self, term: u32) -> PostingIter<'_> {
        let t = term as usize;
        let bytes = match (self.offsets.get(t), self.offsets.get(t + 1)) {
            (Some(&a), Some(&b)) => self.postings.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        };
        PostingIter { bytes, passage: 0 }
    }

    /// The titles and headings that hold a term.
    pub fn field_postings(&self, term: u32) -> FieldPostings {
        let Ok(i) = self.field_terms.binary_search(&term) else {
            return FieldPostings::default();
        };
        let mut bytes = match (self.field_offsets.get(i), self.field_offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => self
                .field_postings
                .get(a as usize..b as usize)
                .unwrap_or(&[]),
            _ => &[],
        };
        let docs = read_ids(&mut bytes);
        let sections = read_ids(&mut bytes);
        FieldPostings { docs, sections }
    }

    /// Passages that mention an entity, ascending.
    pub fn entity_passages(&self, entity: u32) -> Vec<u32> {
        let e = entity as usize;
        let mut bytes = match (self.entity_offsets.get(e), self.entity_offsets.get(e + 1)) {
            (Some(&a), Some(&b)) => self
                .entity_postings
                .get(a as usize..b as usize)
                .unwrap_or(&[]),
            _ => &[],
        };
        read_ids(&mut bytes)
    }
}

/// Decodes one term's postings lazily.
pub struct PostingIter<'a> {
    bytes: &'a [u8],
    passage: u32,
}

impl Iterator for PostingIter<'_> {
    type Item = Posting;

    fn next(&mut self) -> Option<Posting> {
        if self.bytes.is_empty() {
            return None;
        }
        let v = read_varint(&mut self.bytes)?;
        self.passage = self.passage.checked_add(v >> 1)?;
        let tf = if v & 1 == 1 {
            read_varint(&mut self.bytes)?.checked_add(2)?
        } else {
            1
        };
        Some(Posting {
            passage: self.passage,
            tf,
        })
    }
}

/// A count, then ascending ids as gaps.
fn write_ids(out: &mut Vec<u8>, ids: &[u32]) {
    write_varint(out, ids.len() as u32);
    let mut last = 0;
    for &id in ids {
        write_varint(out, id - last);
        last = id;
    }
}

fn read_ids(bytes: &mut &[u8]) -> Vec<u32> {
    let n = read_varint(bytes).unwrap_or(0) as usize;
    let mut out = Vec::with_capacity(n.min(bytes.len()));
    let mut last = 0u32;
    for _ in 0..n {
        let Some(gap) = read_varint(bytes) else { break };
        last = last.saturating_add(gap);
        out.push(last);
    }
    out
}

fn write_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn read_varint(bytes: &mut &[u8]) -> Option<u32> {
    let mut v: u32 = 0;
    let mut shift = 0;
    loop {
        let (&b, rest) = bytes.split_first()?;
        *bytes = rest;
        v |= ((b & 0x7f) as u32).checked_shl(shift)?;
        if b & 0x80 == 0 {
            return Some(v);
        }
        shift += 7;
        if shift > 28 {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip() {
        let values = [0u32, 1, 127, 128, 300, 16_383, 16_384, u32::MAX];
        let mut buf = Vec::new();
        for &v in &values {
            write_varint(&mut buf, v);
        }
        let mut slice = buf.as_slice();
        for &v in &values {
            assert_eq!(read_varint(&mut slice), Some(v));
        }
        assert!(slice.is_empty());
    }

    #[test]
    fn postings_keep_passages_and_frequencies() {
        let mut b = IndexBuilder::new();
        b.add_passage("trade and more trade and trade", "en");
        b.add_passage("no match here", "en");
        b.add_passage("Trade!", "en");
        let index = b.finish();
        let id = index.term_id("trade").unwrap();
        let got: Vec<Posting> = index.postings(id).collect();
        assert_eq!(
            got,
            vec![Posting { passage: 0, tf: 3 }, Posting { passage: 2, tf: 1 },]
        );
        assert_eq!(index.df[id as usize], 2);
        assert_eq!(index.passage_len, vec![6, 3, 1]);
    }

    #[test]
    fn title_and_heading_words_have_field_postings() {
        let mut b = IndexBuilder::new();
        b.add_passage("body words", "en");
        b.add_title(0, "Karamay meeting", "en");
        b.add_heading(3, "Meeting notes", "en");
        let index = b.finish();
        let id = index.term_id("meeting").unwrap();
        assert_eq!(
            index.field_postings(id),
            FieldPostings {
                docs: vec![0],
                sections: vec![3]
            }
        );
        assert_eq!(index.df[id as usize], 0);
        assert!(index.postings(id).next().is_none());
    }

    #[test]
    fn stem_groups_join_inflections() {
        let mut b = IndexBuilder::new();
        b.add_passage("meetings", "en");
        b.add_passage("meeting", "en");
        let index = b.finish();
        let group = index.stem_group(&text::stem(text::Algorithm::English, "meetings"));
        assert_eq!(group.len(), 2);
    }

    #[test]
    fn variant_groups_hold_cyrillic_terms_under_latin_keys() {
        let mut b = IndexBuilder::new();
        b.add_passage("Рашид Алимов", "ru");
        let index = b.finish();
        let id = index.term_id("алимов").unwrap();
        assert_eq!(index.variants.get("alimov"), &[id]);
    }

    #[test]
    fn a_chinese_word_is_also_found_by_the_words_inside_it() {
        let mut lexicon = WordSet::new();
        for w in ["上海合作组织", "上海", "合作", "组织", "峰会"] {
            lexicon.insert(w);
        }
        let mut b = IndexBuilder::with_lexicon(lexicon);
        b.add_passage("上海合作組織峰會今天開幕。", "zh");
        b.add_title(0, "上海合作組織", "zh");
        let index = b.finish();
        for word in ["上海合作组织", "合作", "组织", "峰会"] {
            let id = index.term_id(word).unwrap_or_else(|| panic!("{word}"));
            assert_eq!(index.df[id as usize], 1, "{word}");
        }
        // The passage's length counts the words it was cut into, not the words inside them.
        assert_eq!(index.passage_len, [6]);
    }

    #[test]
    fn unknown_term_has_no_id() {
        let index = IndexBuilder::new().finish();
        assert_eq!(index.term_id("anything"), None);
        assert!(index.stem_group("anything").is_empty());
        assert!(index.postings(7).next().is_none());
    }

    #[test]
    fn document_year_from_date_or_source_path() {
        let doc = |date: Option<&str>, source: Option<&str>| Doc {
            date: date.map(str::to_string),
            source: source.map(str::to_string),
            ..Doc::default()
        };
        assert_eq!(doc_year(&doc(Some("2024-06-13"), None)), Some(2024));
        assert_eq!(
            doc_year(&doc(None, Some("https://x.com/2015/07/a-b/"))),
            Some(2015)
        );
        assert_eq!(
            doc_year(&doc(None, Some("https://x.com/news/2015-07-10-ufa"))),
            Some(2015)
        );
        assert_eq!(
            doc_year(&doc(None, Some("https://x.com/news/2506724.html"))),
            None
        );
        assert_eq!(doc_year(&doc(None, Some("https://2015.com/a"))), None);
        assert_eq!(doc_year(&doc(None, None)), None);
    }

    #[test]
    fn facts_count_numbers_and_names_inside_sentences() {
        let text = "Trade reached USD 3.7 billion in 2024. Ilham Aliyev met Xi Jinping.";
        let toks = text::tokenize(text);
        // USD, 3.7, 2024, "Xi Jinping"; "Trade" and "Ilham" open sentences, "Aliyev" follows one.
        assert_eq!(fact_count(text, &toks), 5);
    }
}

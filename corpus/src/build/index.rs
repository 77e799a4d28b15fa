//! The index builder: collects the tokens of every passage, title and heading, the entities'
//! names and the passages that mention them, and writes the [`Index`] the bundle carries. Only
//! the build runs this; the engine reads the result through [`crate::index`].

use std::collections::{BTreeMap, BTreeSet};

use crate::index::{write_varint, Groups, Index};
use crate::model::Corpus;
use crate::text::{self, segment, Stemmers, WordSet};
use crate::years::doc_year;

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

/// The other names the gazetteer lists for a place entity (by its canonical name), so that a
/// search finds it under a spelling or a script the corpus never writes ("Urumchi", "Гянджа").
fn gazetteer_names(entity: &crate::model::Entity) -> Vec<&'static str> {
    #[cfg(feature = "ingest")]
    {
        use crate::analyze::gazetteer::{self, Entry, Gazetteer};
        if entity.kind != crate::model::EntityKind::Place {
            return Vec::new();
        }
        let gaz = Gazetteer::get();
        let key = gazetteer::key_of(&entity.name);
        match gaz.lookup(&key).first() {
            Some(&Entry::Place(i)) => gaz.places[i as usize].names.split('|').collect(),
            _ => Vec::new(),
        }
    }
    #[cfg(not(feature = "ingest"))]
    {
        let _ = entity;
        Vec::new()
    }
}

/// Entity name words and entity → passages. `lower` counts, per term, the passages that write it
/// in lower case.
fn index_entities(corpus: &Corpus, index: &mut Index, lower: &BTreeMap<String, u32>) {
    let mut words: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
    for (e, entity) in corpus.entities.iter().enumerate() {
        let names = std::iter::once(&entity.name)
            .chain(&entity.aliases)
            .map(String::as_str)
            .chain(gazetteer_names(entity));
        for name in names {
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
    index.entity_words = groups(words);
    (index.entity_offsets, index.entity_postings) =
        crate::index::entity_postings(&corpus.mentions, corpus.entities.len());
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
        index.stems = groups(stems);
        index.variants = groups(variants);

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

/// Builds a [`Groups`] table from keys in order and their ids.
fn groups(map: BTreeMap<String, BTreeSet<u32>>) -> Groups {
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

/// A count, then ascending ids as gaps.
fn write_ids(out: &mut Vec<u8>, ids: &[u32]) {
    write_varint(out, ids.len() as u32);
    let mut last = 0;
    for &id in ids {
        write_varint(out, id - last);
        last = id;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::{read_varint, FieldPostings, Posting};

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
    fn facts_count_numbers_and_names_inside_sentences() {
        let text = "Trade reached USD 3.7 billion in 2024. Ilham Aliyev met Xi Jinping.";
        let toks = text::tokenize(text);
        // USD, 3.7, 2024, "Xi Jinping"; "Trade" and "Ilham" open sentences, "Aliyev" follows one.
        assert_eq!(fact_count(text, &toks), 5);
    }
}

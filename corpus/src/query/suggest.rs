//! Suggestions as one types: completions of the last word, from the index's words (most frequent
//! first) and from entity names (most mentioned first, with their kind). Both are prefix searches
//! in an `fst`, reading a bounded number of entries.

use fst::{Automaton, IntoStreamer, Streamer};

use super::parse::Field;
use super::terms::MAX_SCAN;
use crate::model::{Corpus, EntityKind};
use crate::text;

/// What a suggestion completes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuggestionKind {
    Word,
    Entity(EntityKind),
}

/// A completion of what is being typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// The completed word (folded) or the entity's name.
    pub text: String,
    /// What to put in the search box in place of the last word: the word, or a quoted field
    /// filter for an entity (`person:"Ilham Aliyev"`).
    pub query: String,
    pub kind: SuggestionKind,
    /// Passages holding the word, or mentions of the entity.
    pub count: u32,
}

/// Completions of the last word of `input`. After `person:`, `org:` or `place:` only entities
/// of that kind are suggested.
pub fn suggest(corpus: &Corpus, input: &str, limit: usize) -> Vec<Suggestion> {
    let last = input.rsplit(char::is_whitespace).next().unwrap_or("");
    let last = last.trim_start_matches(['-', '"', '(']);
    let (field, word) = match last.split_once(':') {
        Some((f, w)) => (Field::from_name(f), w.trim_start_matches('"')),
        None => (None, last),
    };
    let prefix = text::fold(word);
    if prefix.is_empty() || limit == 0 {
        return Vec::new();
    }
    let only_kind = match field {
        Some(Field::Person) => Some(EntityKind::Person),
        Some(Field::Org) => Some(EntityKind::Organization),
        Some(Field::Place) => Some(EntityKind::Place),
        _ => None,
    };
    let share = if field.is_some() {
        limit
    } else {
        limit.div_ceil(2)
    };
    let mut out = entities(corpus, &prefix, only_kind, share);
    if field.is_none() {
        let room = limit - out.len();
        out.extend(words(corpus, &prefix, room));
    }
    out.truncate(limit);
    out
}

/// Entities with a name word starting with `prefix`, most mentioned first.
fn entities(
    corpus: &Corpus,
    prefix: &str,
    kind: Option<EntityKind>,
    limit: usize,
) -> Vec<Suggestion> {
    let groups = &corpus.index.entity_words;
    let Some(map) = groups.map() else {
        return Vec::new();
    };
    let mut found: Vec<u32> = Vec::new();
    let mut stream = map
        .search(fst::automaton::Str::new(prefix).starts_with())
        .into_stream();
    let mut read = 0;
    while let Some((_, g)) = stream.next() {
        read += 1;
        if read > MAX_SCAN {
            break;
        }
        found.extend_from_slice(groups.group(g));
    }
    found.sort_unstable();
    found.dedup();
    let mut out: Vec<Suggestion> = found
        .into_iter()
        .filter_map(|e| corpus.entities.get(e as usize))
        .filter(|e| kind.is_none_or(|k| e.kind == k))
        .map(|e| {
            let field = match e.kind {
                EntityKind::Person => "person",
                EntityKind::Organization => "org",
                EntityKind::Place => "place",
            };
            Suggestion {
                text: e.name.clone(),
                query: format!("{field}:\"{}\"", e.name),
                kind: SuggestionKind::Entity(e.kind),
                count: e.mention_count,
            }
        })
        .collect();
    crate::sort::sort_by(&mut out, &|a, b| {
        b.count.cmp(&a.count).then(a.text.cmp(&b.text))
    });
    out.truncate(limit);
    out
}

/// Index words starting with `prefix`, most frequent first.
fn words(corpus: &Corpus, prefix: &str, limit: usize) -> Vec<Suggestion> {
    let index = &corpus.index;
    let Some(map) = index.term_map() else {
        return Vec::new();
    };
    let mut found: Vec<(u32, String)> = Vec::new();
    let mut stream = map
        .search(fst::automaton::Str::new(prefix).starts_with())
        .into_stream();
    let mut read = 0;
    while let Some((k, v)) = stream.next() {
        read += 1;
        if read > MAX_SCAN {
            break;
        }
        let df = index.df.get(v as usize).copied().unwrap_or(0);
        if df == 0 {
            continue;
        }
        // Keep only the best `limit` as we go, so a one-letter prefix does not collect them all.
        if found.len() == limit.max(1) * 4 {
            crate::sort::sort_by(&mut found, &|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            found.truncate(limit);
        }
        if let Ok(word) = std::str::from_utf8(k) {
            found.push((df, word.to_string()));
        }
    }
    crate::sort::sort_by(&mut found, &|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    found.truncate(limit);
    found
        .into_iter()
        .map(|(df, word)| Suggestion {
            query: word.clone(),
            text: word,
            kind: SuggestionKind::Word,
            count: df,
        })
        .collect()
}

//! Facets: people, organisations, places, themes, documents, years and languages, each value a
//! set of passages. Query filters (`person:Aliyev`) and facet selections are the same sets.
//! Within a facet the selected values combine with OR, across facets with AND, and each facet is
//! counted as if its own selection were lifted, so that its other values keep meaningful counts.

use std::collections::BTreeMap;

use fst::{IntoStreamer, Streamer};

use super::features::Counts;
use super::fuzzy::{self, Levenshtein};
use super::parse::{Field, FilterValue, QueryError};
use super::set::PassageSet;
use super::{filter_words, Engine, SearchRequest};
use crate::model::EntityKind;
use crate::text;

/// Adds the selected values that nothing matched, with a count of 0, so that they can still be
/// unselected.
fn add_unmatched(out: &mut Vec<FacetValue>, selected: &[String]) {
    for s in selected {
        if !out.iter().any(|v| &v.id == s) {
            out.push(FacetValue {
                id: s.clone(),
                label: s.clone(),
                count: 0,
                selected: true,
            });
        }
    }
}

/// One facet and its values with live counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facet {
    /// The facet key, also the query field name: `person`, `org`, `place`, `theme`, `doc`,
    /// `year`, `lang`.
    pub key: &'static str,
    pub label: &'static str,
    /// Most passages first, then by label; selected values always included.
    pub values: Vec<FacetValue>,
}

/// A facet value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    /// What to put in [`SearchRequest::selections`]: an entity's name, a theme label, a document
    /// id, a year, a language code.
    pub id: String,
    /// What to show.
    pub label: String,
    /// Matching passages with this value, under the other facets' selections.
    pub count: u32,
    pub selected: bool,
}

fn label(field: Field) -> &'static str {
    match field {
        Field::Person => "People",
        Field::Org => "Organisations",
        Field::Place => "Places",
        Field::Theme => "Themes",
        Field::Doc => "Documents",
        Field::Year => "Years",
        Field::Lang => "Languages",
    }
}

pub(super) fn entity_kind(field: Field) -> Option<EntityKind> {
    match field {
        Field::Person => Some(EntityKind::Person),
        Field::Org => Some(EntityKind::Organization),
        Field::Place => Some(EntityKind::Place),
        _ => None,
    }
}

impl Engine<'_> {
    /// The entities of `kind` whose name or alias holds every word of `words` (each allowing a
    /// typo, or another romanisation).
    pub(super) fn entity_ids(&self, kind: EntityKind, words: &[String]) -> Vec<u32> {
        let corpus = self.corpus;
        if words.is_empty() {
            return Vec::new();
        }
        let groups = &corpus.index.entity_words;
        let mut entities: Option<Vec<u32>> = None;
        for w in words {
            let mut found: Vec<u32> = Vec::new();
            for key in [w.clone(), text::variant_key(w)] {
                found.extend_from_slice(groups.get(&key));
                let max = fuzzy::allowed_distance(key.chars().count());
                if let (true, Some(aut), Some(map)) =
                    (max > 0, Levenshtein::new(&key, max), groups.map())
                {
                    let mut stream = map.search(aut).into_stream();
                    let mut read = 0;
                    while let Some((_, g)) = stream.next() {
                        read += 1;
                        if read > super::terms::MAX_SCAN {
                            break;
                        }
                        found.extend_from_slice(groups.group(g));
                    }
                }
            }
            found.sort_unstable();
            found.dedup();
            entities = Some(match entities {
                None => found,
                Some(prev) => prev
                    .into_iter()
                    .filter(|e| found.binary_search(e).is_ok())
                    .collect(),
            });
        }
        let mut ids = entities.unwrap_or_default();
        ids.retain(|&e| corpus.entities.get(e as usize).map(|x| x.kind) == Some(kind));
        ids
    }

    /// The passages of some entities.
    pub(super) fn entity_passages(&self, ids: &[u32]) -> PassageSet {
        let mut out = PassageSet::empty(self.passage_count());
        for &e in ids {
            for p in self.corpus.index.entity_passages(e) {
                out.insert(p);
            }
        }
        out
    }

    /// The entities a facet selection names, by exact name.
    pub(super) fn selected_entities(&self, field: Field, values: &[String]) -> Vec<u32> {
        let kind = entity_kind(field);
        self.corpus
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| kind == Some(e.kind) && values.contains(&e.name))
            .map(|(i, _)| i as u32)
            .collect()
    }

    /// Passages of the themes `pick` accepts (by theme id): those the analysis tagged with the
    /// theme, and every passage of a document that has it only as a whole.
    fn theme_filter(&self, pick: impl Fn(usize) -> bool) -> PassageSet {
        let f = &self.features;
        let first = f.entities as u32;
        let end = first + f.themes as u32;
        f.passages_with(self.passage_count(), |x| {
            (first..end).contains(&x) && pick((x - first) as usize)
        })
    }

    /// Passages of the documents `pick` accepts.
    fn doc_filter(&self, pick: impl Fn(&crate::model::Doc) -> bool) -> PassageSet {
        let mut out = PassageSet::empty(self.passage_count());
        for doc in &self.corpus.docs {
            if pick(doc) {
                out.insert_range(doc.passages.clone());
            }
        }
        out
    }

    /// Passages of documents dated in, or stating a date in, `lo..=hi`.
    fn year_filter(&self, lo: i32, hi: i32) -> PassageSet {
        let f = &self.features;
        let first = f.entities + f.themes;
        let from = first + f.years.partition_point(|&y| y < lo);
        let to = first + f.years.partition_point(|&y| y <= hi);
        let (from, to) = (from as u32, to as u32);
        f.passages_with(self.passage_count(), |x| (from..to).contains(&x))
    }

    /// The passages a query filter (`person:Aliyev`, `year:2015..2020`) lets through.
    pub fn filter_set(&self, field: Field, value: &FilterValue) -> PassageSet {
        let text_value = match value {
            FilterValue::Text(t) => text::fold(t.trim()),
            FilterValue::Years(lo, hi) => return self.year_filter(*lo, *hi),
        };
        if let Some(kind) = entity_kind(field) {
            return self.entity_passages(&self.entity_ids(kind, &filter_words(value)));
        }
        match field {
            Field::Theme => {
                let themes: Vec<String> =
                    self.corpus.themes.iter().map(|t| text::fold(t)).collect();
                self.theme_filter(|t| themes.get(t).is_some_and(|l| l.contains(&text_value)))
            }
            Field::Doc => self.doc_filter(|d| {
                text::fold(&d.id).contains(&text_value)
                    || text::fold(&d.title).contains(&text_value)
            }),
            Field::Lang => self.doc_filter(|d| d.lang.eq_ignore_ascii_case(&text_value)),
            Field::Year => match text_value.parse::<i32>() {
                Ok(y) => self.year_filter(y, y),
                Err(_) => PassageSet::empty(self.passage_count()),
            },
            Field::Person | Field::Org | Field::Place => unreachable!("handled above"),
        }
    }

    /// The passages of one facet's selected values (OR), by exact value id.
    fn selection_set(&self, field: Field, values: &[String]) -> PassageSet {
        let corpus = self.corpus;
        let mut out = PassageSet::empty(self.passage_count());
        match field {
            Field::Person | Field::Org | Field::Place => {
                out = self.entity_passages(&self.selected_entities(field, values));
            }
            Field::Theme => {
                out =
                    self.theme_filter(|t| corpus.themes.get(t).is_some_and(|l| values.contains(l)));
            }
            Field::Doc => out = self.doc_filter(|d| values.contains(&d.id)),
            Field::Lang => out = self.doc_filter(|d| values.contains(&d.lang)),
            Field::Year => {
                for v in values {
                    if let Ok(y) = v.parse::<i32>() {
                        out.union_with(&self.year_filter(y, y));
                    }
                }
            }
        }
        out
    }

    /// The sets of the request's facet selections, in field order. Unknown facet keys are
    /// reported.
    pub(super) fn selection_sets(
        &self,
        selections: &BTreeMap<String, Vec<String>>,
        errors: &mut Vec<QueryError>,
    ) -> Vec<(Field, PassageSet)> {
        let mut out = Vec::new();
        for (key, values) in selections {
            if values.is_empty() {
                continue;
            }
            match Field::from_name(key) {
                Some(field) => out.push((field, self.selection_set(field, values))),
                None => errors.push(QueryError {
                    span: 0..0,
                    message: format!("unknown facet `{key}`; its selection is ignored"),
                }),
            }
        }
        crate::sort::sort_by_key(&mut out, &|(f, _)| *f);
        out
    }

    /// The facets of a search: `base` is what the query matches, `selections` the facet
    /// selections.
    pub(super) fn facets(
        &self,
        base: &PassageSet,
        selections: &[(Field, PassageSet)],
        request: &SearchRequest,
    ) -> Vec<Facet> {
        // The set each facet is counted over: the query's passages under every *other* facet's
        // selection. Facets without a selection share one.
        let under = |skip: Option<Field>| {
            let mut s = base.clone();
            for (f, set) in selections {
                if Some(*f) != skip {
                    s.intersect_with(set);
                }
            }
            s
        };
        let all = self.features.count(self.corpus, &under(None));
        let mut own: BTreeMap<Field, Counts> = BTreeMap::new();
        for (f, _) in selections {
            own.insert(*f, self.features.count(self.corpus, &under(Some(*f))));
        }
        Field::ALL
            .into_iter()
            .map(|field| {
                let counts = own.get(&field).unwrap_or(&all);
                let selected = request
                    .selections
                    .get(field.name())
                    .map(Vec::as_slice)
                    .unwrap_or(&[]);
                let values = self.values(field, counts, selected, request.facet_limit);
                Facet {
                    key: field.name(),
                    label: label(field),
                    values,
                }
            })
            .collect()
    }

    fn values(
        &self,
        field: Field,
        counts: &Counts,
        selected: &[String],
        limit: usize,
    ) -> Vec<FacetValue> {
        let corpus = self.corpus;
        let f = &self.features;
        let is_selected = |id: &str| selected.iter().any(|s| s == id);
        // Entities and documents are many: (index, count, tie-break rank) of those with a count,
        // labels read only for the kept ones. The rest are few and listed whole.
        let (candidates, entity): (Vec<(usize, u32, u32)>, bool) = match field {
            Field::Person | Field::Org | Field::Place => {
                let kind = entity_kind(field);
                let found = counts
                    .touched
                    .iter()
                    .map(|&x| x as usize)
                    .take_while(|&e| e < f.entities)
                    .filter(|&e| Some(f.entity_kinds[e]) == kind)
                    .map(|e| (e, counts.features[e], f.entity_rank[e]))
                    .collect();
                (found, true)
            }
            Field::Doc => {
                let found = counts
                    .docs
                    .iter()
                    .enumerate()
                    .filter(|(_, &n)| n > 0)
                    .map(|(d, &n)| (d, n, f.doc_rank[d]))
                    .collect();
                (found, false)
            }
            Field::Theme => {
                return self.owned_values(
                    corpus
                        .themes
                        .iter()
                        .enumerate()
                        .map(|(t, label)| (label.clone(), counts.features[f.entities + t])),
                    selected,
                    limit,
                )
            }
            Field::Year => {
                let first = f.entities + f.themes;
                return self.owned_values(
                    f.years
                        .iter()
                        .enumerate()
                        .map(|(i, y)| (y.to_string(), counts.features[first + i])),
                    selected,
                    limit,
                );
            }
            Field::Lang => {
                return self.owned_values(
                    f.langs.iter().cloned().zip(counts.langs.iter().copied()),
                    selected,
                    limit,
                )
            }
        };
        let id_label = |i: usize| -> (&str, &str) {
            if entity {
                let name = corpus.entities[i].name.as_str();
                (name, name)
            } else {
                let d = &corpus.docs[i];
                (d.id.as_str(), d.title.as_str())
            }
        };
        // The selected values, whatever their count, then the best of the rest by count (then
        // label), `limit` in all; shown by count then label, so a selection does not move a value.
        let keep = limit.max(selected.len());
        let (mut kept, mut rest): (Vec<_>, Vec<_>) = candidates
            .into_iter()
            .partition(|&(i, _, _)| !selected.is_empty() && is_selected(id_label(i).0));
        let by_count =
            |a: &(usize, u32, u32), b: &(usize, u32, u32)| b.1.cmp(&a.1).then(a.2.cmp(&b.2));
        let room = keep.saturating_sub(kept.len());
        // Sorted once, with the selected values.
        crate::sort::keep_first(&mut rest, room, &by_count);
        kept.extend(rest);
        crate::sort::sort_by(&mut kept, &by_count);
        let mut out: Vec<FacetValue> = kept
            .into_iter()
            .map(|(i, count, _)| {
                let (id, label) = id_label(i);
                FacetValue {
                    id: id.to_string(),
                    label: label.to_string(),
                    count,
                    selected: is_selected(id),
                }
            })
            .collect();
        add_unmatched(&mut out, selected);
        // Most passages first; ties keep the order of labels (the rank).
        crate::sort::sort_by_key(&mut out, &|v| std::cmp::Reverse(v.count));
        out
    }

    /// [`Engine::values`] for facets whose values are few and made on the fly.
    fn owned_values(
        &self,
        values: impl Iterator<Item = (String, u32)>,
        selected: &[String],
        limit: usize,
    ) -> Vec<FacetValue> {
        let mut out: Vec<FacetValue> = values
            .filter(|(id, n)| *n > 0 || selected.contains(id))
            .map(|(id, count)| FacetValue {
                selected: selected.contains(&id),
                label: id.clone(),
                id,
                count,
            })
            .collect();
        add_unmatched(&mut out, selected);
        crate::sort::sort_by(&mut out, &|a, b| {
            b.selected
                .cmp(&a.selected)
                .then(b.count.cmp(&a.count))
                .then(a.label.cmp(&b.label))
        });
        out.truncate(limit.max(selected.len()));
        crate::sort::sort_by(&mut out, &|a, b| {
            b.count.cmp(&a.count).then(a.label.cmp(&b.label))
        });
        out
    }
}

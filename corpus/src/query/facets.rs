//! Facets: people, organisations, places, themes, documents, years and languages, each value a
//! set of passages. Query filters (`person:Aliyev`) and facet selections are the same sets.
//! Within a facet the selected values combine with OR, across facets with AND, and each facet is
//! counted as if its own selection were lifted, so that its other values keep meaningful counts.

use std::collections::BTreeMap;

use fst::{IntoStreamer, Streamer};

use super::fuzzy::{self, Levenshtein};
use super::parse::{Field, FilterValue, QueryError};
use super::set::PassageSet;
use super::{filter_words, Engine, SearchRequest};
use crate::model::EntityKind;
use crate::text;

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

fn entity_kind(field: Field) -> Option<EntityKind> {
    match field {
        Field::Person => Some(EntityKind::Person),
        Field::Org => Some(EntityKind::Organization),
        Field::Place => Some(EntityKind::Place),
        _ => None,
    }
}

/// Value counts of every facet over one set of passages.
struct Counts {
    entities: Vec<u32>,
    themes: Vec<u32>,
    docs: Vec<u32>,
    years: BTreeMap<i32, u32>,
    langs: BTreeMap<String, u32>,
}

impl Engine<'_> {
    /// The passages of the entities of `kind` whose name or alias holds every word of `words`
    /// (each allowing a typo, or another romanisation).
    fn entity_filter(&self, kind: EntityKind, words: &[String]) -> PassageSet {
        let corpus = self.corpus;
        let n = self.passage_count();
        let mut out = PassageSet::empty(n);
        if words.is_empty() {
            return out;
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
        for e in entities.unwrap_or_default() {
            if corpus.entities.get(e as usize).map(|x| x.kind) == Some(kind) {
                for p in corpus.index.entity_passages(e) {
                    out.insert(p);
                }
            }
        }
        out
    }

    /// Passages of the themes `pick` accepts (by theme id).
    fn theme_filter(&self, pick: impl Fn(usize) -> bool) -> PassageSet {
        let corpus = self.corpus;
        let mut out = PassageSet::empty(self.passage_count());
        for doc in &corpus.docs {
            let whole = doc.themes.iter().any(|&t| pick(t as usize));
            for p in doc.passages.clone() {
                if whole
                    || corpus.passages[p as usize]
                        .themes
                        .iter()
                        .any(|&t| pick(t as usize))
                {
                    out.insert(p);
                }
            }
        }
        out
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
        let mut out = self.doc_filter(|_| false);
        for (d, doc) in self.corpus.docs.iter().enumerate() {
            if self.doc_year[d].is_some_and(|y| (lo..=hi).contains(&y)) {
                out.insert_range(doc.passages.clone());
            }
        }
        for p in 0..self.passage_count() as u32 {
            if self.years_of(p).iter().any(|y| (lo..=hi).contains(y)) {
                out.insert(p);
            }
        }
        out
    }

    /// The passages a query filter (`person:Aliyev`, `year:2015..2020`) lets through.
    pub fn filter_set(&self, field: Field, value: &FilterValue) -> PassageSet {
        let text_value = match value {
            FilterValue::Text(t) => text::fold(t.trim()),
            FilterValue::Years(lo, hi) => return self.year_filter(*lo, *hi),
        };
        if let Some(kind) = entity_kind(field) {
            return self.entity_filter(kind, &filter_words(value));
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
                let kind = entity_kind(field);
                for (e, entity) in corpus.entities.iter().enumerate() {
                    if Some(entity.kind) == kind && values.contains(&entity.name) {
                        for p in corpus.index.entity_passages(e as u32) {
                            out.insert(p);
                        }
                    }
                }
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
        out.sort_by_key(|(f, _)| *f);
        out
    }

    /// Counts every facet's values over `set`.
    fn count(&self, set: &PassageSet) -> Counts {
        let corpus = self.corpus;
        let mut c = Counts {
            entities: vec![0; corpus.entities.len()],
            themes: vec![0; corpus.themes.len()],
            docs: vec![0; corpus.docs.len()],
            years: BTreeMap::new(),
            langs: BTreeMap::new(),
        };
        // What belongs to a passage itself is counted passage by passage; what it has from its
        // document (language, date, document themes) is counted once per document at the end.
        let mut seen_entity: Vec<u32> = vec![u32::MAX; corpus.entities.len()];
        let mut theme_seen: Vec<u32> = vec![u32::MAX; corpus.themes.len()];
        for p in set.iter() {
            let passage = &corpus.passages[p as usize];
            let d = passage.doc as usize;
            c.docs[d] += 1;
            for &m in self.mentions_of(p) {
                let e = corpus.mentions[m as usize].entity as usize;
                if let Some(seen) = seen_entity.get_mut(e) {
                    if *seen != p {
                        *seen = p;
                        c.entities[e] += 1;
                    }
                }
            }
            let doc = &corpus.docs[d];
            for &t in &passage.themes {
                if let Some(seen) = theme_seen.get_mut(t as usize) {
                    if *seen != p && !doc.themes.contains(&t) {
                        *seen = p;
                        c.themes[t as usize] += 1;
                    }
                }
            }
            let years = self.years_of(p);
            for (i, &y) in years.iter().enumerate() {
                if Some(y) != self.doc_year[d] && !years[..i].contains(&y) && y != i32::MIN {
                    *c.years.entry(y).or_default() += 1;
                }
            }
        }
        for (d, &n) in c.docs.iter().enumerate() {
            if n == 0 {
                continue;
            }
            let doc = &corpus.docs[d];
            match c.langs.get_mut(&doc.lang) {
                Some(v) => *v += n,
                None => {
                    c.langs.insert(doc.lang.clone(), n);
                }
            }
            if let Some(y) = self.doc_year[d] {
                *c.years.entry(y).or_default() += n;
            }
            let mut seen: Vec<u16> = Vec::new();
            for &t in &doc.themes {
                if !seen.contains(&t) {
                    seen.push(t);
                    if let Some(x) = c.themes.get_mut(t as usize) {
                        *x += n;
                    }
                }
            }
        }
        c
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
        let all = self.count(&under(None));
        let mut own: BTreeMap<Field, Counts> = BTreeMap::new();
        for (f, _) in selections {
            own.insert(*f, self.count(&under(Some(*f))));
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
        let mut all: Vec<FacetValue> = match field {
            Field::Person | Field::Org | Field::Place => {
                let kind = entity_kind(field);
                corpus
                    .entities
                    .iter()
                    .zip(&counts.entities)
                    .filter(|(e, &n)| Some(e.kind) == kind && (n > 0 || selected.contains(&e.name)))
                    .map(|(e, &n)| (e.name.clone(), e.name.clone(), n))
                    .map(|(id, label, count)| FacetValue {
                        id,
                        label,
                        count,
                        selected: false,
                    })
                    .collect()
            }
            Field::Theme => corpus
                .themes
                .iter()
                .zip(&counts.themes)
                .map(|(t, &n)| FacetValue {
                    id: t.clone(),
                    label: t.clone(),
                    count: n,
                    selected: false,
                })
                .collect(),
            Field::Doc => corpus
                .docs
                .iter()
                .zip(&counts.docs)
                .filter(|(d, &n)| n > 0 || selected.contains(&d.id))
                .map(|(d, &n)| FacetValue {
                    id: d.id.clone(),
                    label: d.title.clone(),
                    count: n,
                    selected: false,
                })
                .collect(),
            Field::Year => counts
                .years
                .iter()
                .map(|(y, &n)| FacetValue {
                    id: y.to_string(),
                    label: y.to_string(),
                    count: n,
                    selected: false,
                })
                .collect(),
            Field::Lang => counts
                .langs
                .iter()
                .map(|(l, &n)| FacetValue {
                    id: l.clone(),
                    label: l.clone(),
                    count: n,
                    selected: false,
                })
                .collect(),
        };
        for v in &mut all {
            v.selected = selected.contains(&v.id);
        }
        for s in selected {
            if !all.iter().any(|v| &v.id == s) {
                all.push(FacetValue {
                    id: s.clone(),
                    label: s.clone(),
                    count: 0,
                    selected: true,
                });
            }
        }
        all.retain(|v| v.count > 0 || v.selected);
        all.sort_by(|a, b| {
            b.selected
                .cmp(&a.selected)
                .then(b.count.cmp(&a.count))
                .then(a.label.cmp(&b.label))
        });
        let keep = limit.max(all.iter().filter(|v| v.selected).count());
        all.truncate(keep);
        all.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label)));
        all
    }
}

//! What each passage contributes to the facets, flattened once at load so that counting a result
//! set is one pass of increments.
//!
//! Every facet value that belongs to passages (an entity, a theme, a year) gets a *feature id*:
//! entities first (`0..E`), then themes (`E..E+T`), then the years that occur (`E+T..`). Each
//! passage lists its feature ids once each, so counting the passages of a set per value is
//! `counts[f] += 1` over the set's passages. Documents and languages are counted per document
//! from the set's bit ranges instead (a document's passages are consecutive).

use crate::model::{Corpus, EntityKind};
use crate::years::doc_year;

use super::set::PassageSet;

/// The per-passage facet values of a corpus.
pub(super) struct Features {
    /// Passage `p` has features `ids[start[p]..start[p + 1]]`.
    start: Vec<u32>,
    ids: Vec<u32>,
    pub entities: usize,
    pub themes: usize,
    /// The years that occur, ascending; year feature `i` is `years[i]`.
    pub years: Vec<i32>,
    /// Languages that occur, ascending, and each document's (index into `langs`).
    pub langs: Vec<String>,
    pub doc_lang: Vec<u16>,
    /// Position of each entity in the order of names, and of each document in the order of
    /// titles: ties in counts are broken by these, integers rather than strings.
    pub entity_rank: Vec<u32>,
    /// Each entity's kind, packed (the facets read it for every counted entity).
    pub entity_kinds: Vec<EntityKind>,
    pub doc_rank: Vec<u32>,
    /// Each document's passages, packed: what counting a set by document reads (walking the
    /// documents themselves touched a cache line each).
    doc_passages: Vec<(u32, u32)>,
    /// Counts over every passage: a set larger than half the corpus is counted as these minus
    /// the counts of its complement.
    full: Vec<u32>,
}

/// Counts of every facet value over one set of passages.
pub(super) struct Counts {
    /// By feature id.
    pub features: Vec<u32>,
    /// Feature ids with a count above zero, ascending.
    pub touched: Vec<u32>,
    pub docs: Vec<u32>,
    pub langs: Vec<u32>,
}

fn year_of(iso: &str) -> Option<i32> {
    let y: i32 = iso.get(..4)?.parse().ok()?;
    Some(y)
}

fn ranks<'a>(n: usize, key: impl Fn(usize) -> &'a str) -> Vec<u32> {
    let mut order: Vec<u32> = (0..n as u32).collect();
    crate::sort::sort_by(&mut order, &|&a, &b| {
        key(a as usize).cmp(key(b as usize)).then(a.cmp(&b))
    });
    let mut rank = vec![0u32; n];
    for (r, &i) in order.iter().enumerate() {
        rank[i as usize] = r as u32;
    }
    rank
}

impl Features {
    pub fn new(corpus: &Corpus) -> Self {
        let n = corpus.passages.len();
        let entities = corpus.entities.len();
        let themes = corpus.themes.len();

        // Years: of the passages' dates and of their documents.
        let doc_years: Vec<Option<i32>> = corpus.docs.iter().map(doc_year).collect();
        let date_years: Vec<Option<i32>> = (0..corpus.date_count() as u32)
            .map(|i| year_of(corpus.date_iso(i)))
            .collect();
        let mut years: Vec<i32> = doc_years
            .iter()
            .chain(&date_years)
            .flatten()
            .copied()
            .collect();
        years.sort_unstable();
        years.dedup();
        let year_feature =
            |y: i32| -> u32 { (entities + themes + years.binary_search(&y).unwrap_or(0)) as u32 };

        // Every (passage, feature) pair, emitted twice: once to count each passage's pairs and
        // once to place them (a counting sort, no vector per passage).
        let unplaced: Vec<Vec<u16>> = corpus
            .docs
            .iter()
            .map(|doc| {
                // A document theme none of its passages carries (from its title, say) stands for
                // every passage of the document.
                let own = corpus
                    .passages
                    .get(doc.passages.start as usize..doc.passages.end as usize)
                    .unwrap_or(&[]);
                doc.themes
                    .iter()
                    .copied()
                    .filter(|t| !own.iter().any(|p| p.themes.contains(t)))
                    .collect()
            })
            .collect();
        let pairs = |emit: &mut dyn FnMut(usize, u32)| {
            for m in &corpus.mentions {
                if (m.entity as usize) < entities {
                    emit(m.passage as usize, m.entity);
                }
            }
            for (d, y) in date_years.iter().enumerate() {
                if let Some(y) = y {
                    emit(corpus.date_passage(d as u32) as usize, year_feature(*y));
                }
            }
            for (d, doc) in corpus.docs.iter().enumerate() {
                for p in doc.passages.clone() {
                    let Some(passage) = corpus.passages.get(p as usize) else {
                        continue;
                    };
                    for &t in passage.themes.iter().chain(&unplaced[d]) {
                        if (t as usize) < themes {
                            emit(p as usize, (entities + t as usize) as u32);
                        }
                    }
                    if let Some(y) = doc_years[d] {
                        emit(p as usize, year_feature(y));
                    }
                }
            }
        };
        let mut start = vec![0u32; n + 1];
        pairs(&mut |p, _| {
            if p < n {
                start[p + 1] += 1;
            }
        });
        for p in 0..n {
            start[p + 1] += start[p];
        }
        let mut ids = vec![0u32; start[n] as usize];
        let mut fill = start.clone();
        pairs(&mut |p, f| {
            if p < n {
                ids[fill[p] as usize] = f;
                fill[p] += 1;
            }
        });
        // Each passage's features once, ascending; compacted in place.
        let mut out = 0usize;
        for p in 0..n {
            let (a, b) = (start[p] as usize, start[p + 1] as usize);
            start[p] = out as u32;
            let seg = &mut ids[a..b];
            seg.sort_unstable();
            let mut last = None;
            for i in a..b {
                let f = ids[i];
                if last != Some(f) {
                    ids[out] = f;
                    out += 1;
                    last = Some(f);
                }
            }
        }
        start[n] = out as u32;
        ids.truncate(out);

        let mut langs: Vec<String> = corpus.docs.iter().map(|d| d.lang.clone()).collect();
        crate::sort::sort(&mut langs);
        langs.dedup();
        let doc_lang = corpus
            .docs
            .iter()
            .map(|d| langs.binary_search(&d.lang).unwrap_or(0) as u16)
            .collect();

        let mut full = vec![0u32; entities + themes + years.len()];
        for &f in &ids {
            full[f as usize] += 1;
        }
        Features {
            full,
            doc_passages: (corpus.docs.iter())
                .map(|d| (d.passages.start, d.passages.end))
                .collect(),
            start,
            ids,
            entities,
            themes,
            years,
            langs,
            doc_lang,
            entity_kinds: corpus.entities.iter().map(|e| e.kind).collect(),
            entity_rank: ranks(entities, |e| corpus.entities[e].name.as_str()),
            doc_rank: ranks(corpus.docs.len(), |d| corpus.docs[d].title.as_str()),
        }
    }

    /// The feature ids of a passage.
    pub fn of(&self, passage: u32) -> &[u32] {
        let p = passage as usize;
        match (self.start.get(p), self.start.get(p + 1)) {
            (Some(&a), Some(&b)) => &self.ids[a as usize..b as usize],
            _ => &[],
        }
    }

    pub fn feature_count(&self) -> usize {
        self.entities + self.themes + self.years.len()
    }

    /// The passages having any of the features `pick` accepts.
    pub fn passages_with(&self, len: usize, pick: impl Fn(u32) -> bool) -> PassageSet {
        let mut out = PassageSet::empty(len);
        for p in 0..len.min(self.start.len().saturating_sub(1)) {
            if self.of(p as u32).iter().any(|&f| pick(f)) {
                out.insert(p as u32);
            }
        }
        out
    }

    /// Adds one to `counts[f]` for each feature `f` of each passage of `set`.
    fn add(&self, set: &PassageSet, counts: &mut [u32]) {
        let (start, ids) = (&self.start[..], &self.ids[..]);
        for (w, &word) in set.words().iter().enumerate() {
            let mut bits = word;
            while bits != 0 {
                let p = w * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if p + 1 >= start.len() {
                    return;
                }
                for &f in &ids[start[p] as usize..start[p + 1] as usize] {
                    if let Some(x) = counts.get_mut(f as usize) {
                        *x += 1;
                    }
                }
            }
        }
    }

    /// Counts every value over `set`.
    pub fn count(&self, corpus: &Corpus, set: &PassageSet) -> Counts {
        let mut c = Counts {
            features: vec![0; self.feature_count()],
            touched: Vec::new(),
            docs: vec![0; corpus.docs.len()],
            langs: vec![0; self.langs.len()],
        };
        for (d, &(first, end)) in self.doc_passages.iter().enumerate() {
            let k = set.count_range(first..end) as u32;
            c.docs[d] = k;
            if k > 0 {
                c.langs[self.doc_lang[d] as usize] += k;
            }
        }
        let n = corpus.passages.len();
        if set.count() > n / 2 {
            let mut rest = PassageSet::full(n);
            rest.subtract(set);
            self.add(&rest, &mut c.features);
            for (x, &all) in c.features.iter_mut().zip(&self.full) {
                *x = all - *x;
            }
        } else {
            self.add(set, &mut c.features);
        }
        c.touched = (0..c.features.len() as u32)
            .filter(|&f| c.features[f as usize] > 0)
            .collect();
        c
    }
}

//! The entity page: an entity looked up by its canonical name (as `corpus entities` prints it,
//! with a kind when two share a name), and everything the corpus says about it: roles, aliases,
//! how it was recognised, its mentions in context, documents and years, the entities found with
//! it, and the dates and figures of the passages that mention it. Counts are over the selection
//! and over the whole corpus.

use std::collections::BTreeMap;

use super::{context, Kwic, Page, Paged, Selection, Views, CONTEXT_CHARS};
use crate::model::{EntityKind, Span};
use crate::text;
use crate::years::doc_year;

/// At most this many co-occurring entities, documents, dates and figures are listed (the
/// profile says how many there are).
pub const PROFILE_LIST: usize = 50;

/// What a name (and kind) finds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntityLookup {
    Found(u32),
    /// Several entities have this name (of different kinds): ask for a kind.
    Ambiguous(Vec<u32>),
    /// No entity has the name: the closest names, for "did you mean".
    NotFound {
        suggestions: Vec<u32>,
    },
}

/// How many mentions one rule or gazetteer found, and with what confidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Recognition {
    pub rule: String,
    pub mentions: u32,
    pub min_confidence: f32,
    pub max_confidence: f32,
    pub mean_confidence: f32,
}

/// A document the entity is mentioned in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocMentions {
    pub doc: u32,
    /// Its mentions there (in the selection).
    pub mentions: u32,
}

/// An entity found in the same passages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Related {
    pub entity: u32,
    /// Passages (in the selection) where both are mentioned.
    pub passages: u32,
}

/// Everything about one entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub entity: u32,
    pub kind: EntityKind,
    pub name: String,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub subtype: Option<String>,
    /// By rule, most mentions first.
    pub recognition: Vec<Recognition>,
    /// Mentions in the selection, and in the whole corpus.
    pub mentions: usize,
    pub mentions_total: usize,
    /// Passages and documents that mention it, in the selection.
    pub passages: usize,
    pub documents: usize,
    /// Documents that mention it in the whole corpus.
    pub documents_total: usize,
    /// Its mentions in context, in corpus order, one page.
    pub lines: Paged<Kwic>,
    /// Documents by most mentions (at most [`PROFILE_LIST`]).
    pub docs: Vec<DocMentions>,
    /// Years of the documents that mention it (from their date), with its mentions there,
    /// ascending.
    pub years: Vec<(i32, u32)>,
    /// Entities in the same passages, most passages first (at most [`PROFILE_LIST`]), and how
    /// many there are in all.
    pub related: Vec<Related>,
    pub related_total: usize,
    /// Ids into `corpus.dates` and `corpus.figures` stated in the passages that mention it (at
    /// most [`PROFILE_LIST`] each, in corpus order), and how many in all.
    pub dates: Vec<u32>,
    pub dates_total: usize,
    pub figures: Vec<u32>,
    pub figures_total: usize,
}

impl Views<'_> {
    /// Finds an entity by name: its canonical name exactly, else ignoring case and accents, else
    /// an alias; `kind` picks among entities that share a name.
    pub fn find_entity(&self, name: &str, kind: Option<EntityKind>) -> EntityLookup {
        let entities = &self.corpus.entities;
        let of_kind = |i: &usize| kind.is_none_or(|k| entities[*i].kind == k);
        let pick = |hits: Vec<usize>| -> Option<EntityLookup> {
            match hits.len() {
                0 => None,
                1 => Some(EntityLookup::Found(hits[0] as u32)),
                _ => Some(EntityLookup::Ambiguous(
                    hits.into_iter().map(|i| i as u32).collect(),
                )),
            }
        };
        let name = name.trim();
        let exact: Vec<usize> = (0..entities.len())
            .filter(|&i| entities[i].name == name)
            .filter(of_kind)
            .collect();
        if let Some(found) = pick(exact) {
            return found;
        }
        let folded = text::fold(name);
        let loose: Vec<usize> = (0..entities.len())
            .filter(|&i| text::fold(&entities[i].name) == folded)
            .filter(of_kind)
            .collect();
        if let Some(found) = pick(loose) {
            return found;
        }
        let alias: Vec<usize> = (0..entities.len())
            .filter(|&i| entities[i].aliases.iter().any(|a| text::fold(a) == folded))
            .filter(of_kind)
            .collect();
        if let Some(found) = pick(alias) {
            return found;
        }
        // Suggestions: names holding the name's words, most mentioned first.
        let words: Vec<String> = text::tokenize(name).into_iter().map(|t| t.folded).collect();
        let mut suggestions: Vec<usize> = if words.is_empty() {
            Vec::new()
        } else {
            (0..entities.len())
                .filter(|&i| {
                    let n = text::fold(&entities[i].name);
                    words.iter().any(|w| n.contains(w.as_str()))
                })
                .collect()
        };
        crate::sort::sort_by_key(&mut suggestions, &|&i| {
            (std::cmp::Reverse(entities[i].mention_count), i)
        });
        suggestions.truncate(5);
        EntityLookup::NotFound {
            suggestions: suggestions.into_iter().map(|i| i as u32).collect(),
        }
    }

    /// The profile of an entity over a selection; `lines` pages its mentions in context.
    /// Returns `None` for an id out of range.
    pub fn profile(&self, entity: u32, selection: &Selection, lines: Page) -> Option<Profile> {
        let corpus = self.corpus;
        let e = corpus.entities.get(entity as usize)?;
        let all = self.mentions_of_entity(entity);
        let mentions: Vec<u32> = all
            .iter()
            .copied()
            .filter(|&m| selection.contains(corpus.mentions[m as usize].passage))
            .collect();

        let mut rules: BTreeMap<&str, (u32, f32, f32, f32)> = BTreeMap::new();
        for &m in all {
            let m = &corpus.mentions[m as usize];
            let r = rules
                .entry(&m.rule)
                .or_insert((0, f32::INFINITY, f32::NEG_INFINITY, 0.0));
            r.0 += 1;
            r.1 = r.1.min(m.confidence);
            r.2 = r.2.max(m.confidence);
            r.3 += m.confidence;
        }
        let mut recognition: Vec<Recognition> = rules
            .into_iter()
            .map(|(rule, (n, lo, hi, sum))| Recognition {
                rule: rule.to_string(),
                mentions: n,
                min_confidence: lo,
                max_confidence: hi,
                mean_confidence: sum / n as f32,
            })
            .collect();
        crate::sort::sort_by(&mut recognition, &|a, b| {
            b.mentions.cmp(&a.mentions).then(a.rule.cmp(&b.rule))
        });

        let mut passages: Vec<u32> = mentions
            .iter()
            .map(|&m| corpus.mentions[m as usize].passage)
            .collect();
        passages.dedup();
        let mut per_doc: BTreeMap<u32, u32> = BTreeMap::new();
        let mut per_year: BTreeMap<i32, u32> = BTreeMap::new();
        for &m in &mentions {
            let doc = self.doc_of(corpus.mentions[m as usize].passage);
            *per_doc.entry(doc).or_default() += 1;
        }
        for (&doc, &n) in &per_doc {
            if let Some(y) = doc_year(&corpus.docs[doc as usize]) {
                *per_year.entry(y).or_default() += n;
            }
        }
        let mut docs: Vec<DocMentions> = per_doc
            .iter()
            .map(|(&doc, &mentions)| DocMentions { doc, mentions })
            .collect();
        crate::sort::sort_by(&mut docs, &|a, b| {
            b.mentions.cmp(&a.mentions).then(a.doc.cmp(&b.doc))
        });
        docs.truncate(PROFILE_LIST);

        // Entities of the same passages: a count per entity, each passage counted once.
        let mut together = vec![0u32; corpus.entities.len()];
        let mut last = vec![u32::MAX; corpus.entities.len()];
        let mut touched: Vec<u32> = Vec::new();
        let (mut dates, mut figures) = (Vec::new(), Vec::new());
        for &p in &passages {
            for &m in self.mentions_of(p) {
                let o = corpus.mentions[m as usize].entity;
                let i = o as usize;
                if o == entity || i >= together.len() || last[i] == p {
                    continue;
                }
                last[i] = p;
                if together[i] == 0 {
                    touched.push(o);
                }
                together[i] += 1;
            }
            dates.extend_from_slice(self.dates_of(p));
            figures.extend_from_slice(self.figures_of(p));
        }
        let mut related: Vec<Related> = touched
            .into_iter()
            .map(|e| Related {
                entity: e,
                passages: together[e as usize],
            })
            .collect();
        let related_total = related.len();
        crate::sort::sort_by(&mut related, &|a, b| {
            b.passages.cmp(&a.passages).then(a.entity.cmp(&b.entity))
        });
        related.truncate(PROFILE_LIST);
        let (dates_total, figures_total) = (dates.len(), figures.len());
        dates.truncate(PROFILE_LIST);
        figures.truncate(PROFILE_LIST);

        let r = lines.range(mentions.len());
        let line_items = mentions[r.clone()]
            .iter()
            .map(|&i| {
                let m = &corpus.mentions[i as usize];
                // On a sharded site, the place is in the document's chunk: until it is in, the
                // line is empty at the passage's start (the page shows "Loading…").
                let at = corpus.passages[m.passage as usize].span.start;
                let keyword = corpus
                    .mention_span(i)
                    .unwrap_or(Span { start: at, end: at })
                    .range();
                let (left, right) = context(corpus, m.passage, keyword.clone(), CONTEXT_CHARS);
                Kwic {
                    doc: self.doc_of(m.passage),
                    passage: m.passage,
                    left,
                    keyword,
                    right,
                }
            })
            .collect();

        Some(Profile {
            entity,
            kind: e.kind,
            name: e.name.clone(),
            aliases: e.aliases.clone(),
            roles: e.roles.clone(),
            subtype: e.subtype.clone(),
            recognition,
            mentions: mentions.len(),
            mentions_total: all.len(),
            passages: passages.len(),
            documents: per_doc.len(),
            documents_total: e.doc_count as usize,
            lines: Paged {
                items: line_items,
                total: mentions.len(),
                offset: r.start,
            },
            docs,
            years: per_year.into_iter().collect(),
            related,
            related_total,
            dates,
            dates_total,
            figures,
            figures_total,
        })
    }
}

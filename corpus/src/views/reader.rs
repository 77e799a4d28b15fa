//! The reader: one document with everything the build found in it marked, as byte ranges into
//! its text (never markup): entity mentions (with kind and entity), dates, figures, and the
//! current query's matches; its table of contents; its most similar documents.
//! [`segments`] cuts the text into runs under the same marks, which is what a renderer walks.

use std::ops::Range;

use super::tables::SimilarDoc;
use super::{Selection, Views};
use crate::model::{EntityKind, FigureKind};
use crate::query::snippet::TermCache;

/// What a mark stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// A word or phrase the query matched.
    Match,
    /// A mention of an entity.
    Entity { entity: u32, kind: EntityKind },
    /// A date the text states (id into `corpus.dates`).
    Date { date: u32 },
    /// A figure the text states (id into `corpus.figures`).
    Figure { figure: u32, kind: FigureKind },
}

/// A marked byte range of the document's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub range: Range<usize>,
    pub kind: MarkKind,
}

/// A heading of the document, for its table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TocEntry {
    pub section: u32,
    /// 1 for the top level.
    pub level: u8,
    /// The heading's byte range in the text.
    pub heading: Range<usize>,
    /// The first passage under it, if any.
    pub passage: Option<u32>,
}

/// A document ready to read.
#[derive(Debug, Clone, PartialEq)]
pub struct Reader {
    pub doc: u32,
    /// Every mark, by start (then longest first).
    pub marks: Vec<Mark>,
    /// How many of `marks` are query matches (for "match 3 of 12").
    pub matches: usize,
    /// The document's passages in the selection (ascending).
    pub selected_passages: Vec<u32>,
    pub toc: Vec<TocEntry>,
    /// The most similar documents, most similar first.
    pub similar: Vec<SimilarDoc>,
}

impl Reader {
    /// The byte ranges of the query's matches, in text order: for previous/next match.
    pub fn match_ranges(&self) -> impl Iterator<Item = &Range<usize>> {
        self.marks
            .iter()
            .filter(|m| m.kind == MarkKind::Match)
            .map(|m| &m.range)
    }
}

/// A run of text under the same marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub range: Range<usize>,
    /// Indices into the marks of the runs's marks, outermost (earliest, longest) first; empty
    /// for plain text.
    pub marks: Vec<usize>,
}

/// Cuts `0..len` into consecutive runs at every mark's start and end; each run lists the marks
/// that cover it. Marks out of range are clipped; empty ones are ignored.
pub fn segments(len: usize, marks: &[Mark]) -> Vec<Segment> {
    let mut cuts: Vec<usize> = vec![0, len];
    for m in marks {
        if m.range.start < m.range.end {
            cuts.push(m.range.start.min(len));
            cuts.push(m.range.end.min(len));
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    // Marks by start; a sweep keeps those open.
    let mut order: Vec<usize> = (0..marks.len())
        .filter(|&i| marks[i].range.start < marks[i].range.end && marks[i].range.start < len)
        .collect();
    crate::sort::sort_by(&mut order, &|&a, &b| {
        let (x, y) = (&marks[a].range, &marks[b].range);
        x.start
            .cmp(&y.start)
            .then(y.end.cmp(&x.end))
            .then(a.cmp(&b))
    });
    let mut out = Vec::with_capacity(cuts.len());
    let mut open: Vec<usize> = Vec::new();
    let mut next = 0;
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a >= b {
            continue;
        }
        open.retain(|&i| marks[i].range.end > a);
        while next < order.len() && marks[order[next]].range.start <= a {
            if marks[order[next]].range.end > a {
                open.push(order[next]);
            }
            next += 1;
        }
        out.push(Segment {
            range: a..b,
            marks: open.clone(),
        });
    }
    out
}

impl Views<'_> {
    /// A document with its marks; the query's matches come from `selection` (every passage of
    /// the document is searched for them, selected or not). `None` for an id out of range.
    pub fn reader(&self, doc: u32, selection: &Selection) -> Option<Reader> {
        let corpus = self.corpus;
        let d = corpus.docs.get(doc as usize)?;
        let mut marks = Vec::new();
        let mut matches = 0;
        let mut matcher = selection.matcher();
        // Entity mentions are marked as entities already.
        matcher.entities.clear();
        let mut cache = TermCache::default();
        let mut selected_passages = Vec::new();
        for p in d.passages.clone() {
            if selection.contains(p) {
                selected_passages.push(p);
            }
            let base = corpus.passages[p as usize].span.start as usize;
            for &i in self.mentions_of(p) {
                let m = &corpus.mentions[i as usize];
                let kind = corpus.entities.get(m.entity as usize).map(|e| e.kind);
                // On a sharded site, marked once the document's chunk is in.
                let span = corpus.mention_span(i);
                if let (Some(kind), Some(span)) = (kind, span) {
                    marks.push(Mark {
                        range: span.range(),
                        kind: MarkKind::Entity {
                            entity: m.entity,
                            kind,
                        },
                    });
                }
            }
            for &i in self.dates_of(p) {
                // On a sharded site, marked once the dates' chunk is in.
                let Some(d) = corpus.date(i) else { continue };
                marks.push(Mark {
                    range: d.span.range(),
                    kind: MarkKind::Date { date: i },
                });
            }
            for &i in self.figures_of(p) {
                // On a sharded site, marked once the figures' chunk is in.
                let Some(f) = corpus.figure(i) else { continue };
                marks.push(Mark {
                    range: f.span.range(),
                    kind: MarkKind::Figure {
                        figure: i,
                        kind: f.kind,
                    },
                });
            }
            if !matcher.is_empty() {
                // The passage's mentions, so that entities the query's words name are matched
                // in the text as the search matches them.
                let mentions = corpus.passage_mentions(p, self.mentions_of(p));
                let a = matcher.analyze(
                    &corpus.index,
                    corpus.passage_text(p),
                    &mentions,
                    &mut cache,
                    crate::text::numbers::Convention::of(&d.lang),
                );
                matches += a.highlights.len();
                marks.extend(a.highlights.into_iter().map(|r| Mark {
                    range: base + r.start..base + r.end,
                    kind: MarkKind::Match,
                }));
            }
        }
        crate::sort::sort_by(&mut marks, &|a, b| {
            (a.range.start.cmp(&b.range.start)).then(b.range.end.cmp(&a.range.end))
        });
        let toc = corpus
            .sections
            .get(d.sections.start as usize..d.sections.end as usize)
            .unwrap_or(&[])
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                let h = s.heading?;
                Some(TocEntry {
                    section: d.sections.start + i as u32,
                    level: s.level,
                    heading: h.range(),
                    passage: (s.passages.start < s.passages.end).then_some(s.passages.start),
                })
            })
            .collect();
        Some(Reader {
            doc,
            marks,
            matches,
            selected_passages,
            toc,
            similar: self.similar(doc).to_vec(),
        })
    }

    /// The documents most similar to `doc` (cosine of TF-IDF vectors, computed at build time),
    /// most similar first.
    pub fn similar(&self, doc: u32) -> &[SimilarDoc] {
        let corpus = self.corpus;
        match &corpus.index.residency {
            // On a sharded site, in the document's chunk (which the reader loads).
            Some(r) => r.doc_notes(doc).map_or(&[], |n| n.similar.as_slice()),
            None => corpus
                .views
                .similar
                .get(doc as usize)
                .map_or(&[], Vec::as_slice),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(r: Range<usize>) -> Mark {
        Mark {
            range: r,
            kind: MarkKind::Match,
        }
    }

    #[test]
    fn segments_cover_the_text_once() {
        let marks = [mark(2..5), mark(4..8)];
        let s = segments(10, &marks);
        let ranges: Vec<_> = s.iter().map(|s| s.range.clone()).collect();
        assert_eq!(ranges, [0..2, 2..4, 4..5, 5..8, 8..10]);
        let under: Vec<_> = s.iter().map(|s| s.marks.clone()).collect();
        assert_eq!(under, [vec![], vec![0], vec![0, 1], vec![1], vec![]]);
    }

    #[test]
    fn nested_marks_list_the_outer_first() {
        let marks = [mark(3..4), mark(0..6)];
        let s = segments(6, &marks);
        assert_eq!(s[1].range, 3..4);
        assert_eq!(s[1].marks, [1, 0]);
    }

    #[test]
    fn marks_beyond_the_text_are_clipped_and_empty_ones_ignored() {
        let marks = [mark(4..4), mark(5..50)];
        let s = segments(8, &marks);
        let ranges: Vec<_> = s.iter().map(|s| s.range.clone()).collect();
        assert_eq!(ranges, [0..5, 5..8]);
        assert_eq!(s[1].marks, [1]);
        assert!(segments(0, &marks).is_empty());
    }
}

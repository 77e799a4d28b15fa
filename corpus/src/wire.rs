//! How the corpus's large tables are laid out in the bundle: as columns rather than as records,
//! positions as differences from the previous one (zigzag varints, so that small steps take one
//! byte whatever their sign), repeated strings (rules, units, dates, roles, languages) as indices
//! into a table of each distinct value, paths and source URLs as what they add to the previous
//! one, ranges as a start after the previous end and a count, and nothing twice: a passage's
//! document and section, and a section's document, are those whose ranges hold it ([`owners`]).
//!
//! The in-memory types stay records (see [`crate::model`]); these modules are their
//! `#[serde(with = ...)]` encodings. Columns of one kind of number next to each other are also
//! what a host's gzip or brotli compress best: a mention table costs a third of its record form
//! on the wire.

use std::collections::HashMap;
use std::sync::Arc;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::{DateFact, DatePrecision, Figure, FigureKind, Mention, Passage, Relation, Span};

fn zigzag(d: i64) -> u64 {
    ((d << 1) ^ (d >> 63)) as u64
}

fn unzigzag(z: u64) -> i64 {
    ((z >> 1) as i64) ^ -((z & 1) as i64)
}

/// Writes a sequence of numbers as differences from the previous one.
#[derive(Default)]
struct Deltas {
    prev: i64,
    out: Vec<u64>,
}

impl Deltas {
    fn push(&mut self, x: impl Into<i64>) {
        let x = x.into();
        self.out.push(zigzag(x - self.prev));
        self.prev = x;
    }
}

/// Reads a column written by [`Deltas`].
struct Undeltas<'a> {
    prev: i64,
    it: std::slice::Iter<'a, u64>,
}

impl<'a> Undeltas<'a> {
    fn new(col: &'a [u64]) -> Self {
        Undeltas {
            prev: 0,
            it: col.iter(),
        }
    }

    fn next<E: serde::de::Error>(&mut self) -> Result<u32, E> {
        let z = *self
            .it
            .next()
            .ok_or_else(|| E::custom("a column is short"))?;
        self.prev += unzigzag(z);
        u32::try_from(self.prev).map_err(|_| E::custom("a position is out of range"))
    }
}

/// Distinct strings, each written once.
#[derive(Default)]
struct Interner<'s> {
    strings: Vec<&'s str>,
    ids: HashMap<&'s str, u32>,
}

impl<'s> Interner<'s> {
    fn id(&mut self, s: &'s str) -> u32 {
        if let Some(&i) = self.ids.get(s) {
            return i;
        }
        let i = self.strings.len() as u32;
        self.strings.push(s);
        self.ids.insert(s, i);
        i
    }
}

fn lookup<T: Clone, E: serde::de::Error>(table: &[T], i: u32) -> Result<T, E> {
    table
        .get(i as usize)
        .cloned()
        .ok_or_else(|| E::custom("a string index is out of range"))
}

fn table(strings: Vec<String>) -> Vec<Arc<str>> {
    strings.into_iter().map(Arc::from).collect()
}

fn get<T: Copy, E: serde::de::Error>(col: &[T], i: usize) -> Result<T, E> {
    col.get(i)
        .copied()
        .ok_or_else(|| E::custom("a column is short"))
}

/// A range as a step from the previous range's `end` and a count: `(0, n)`, small numbers, for
/// ranges that follow one another.
fn range_step(r: &std::ops::Range<u32>, end: &mut u32) -> (u32, u32) {
    let out = (r.start.wrapping_sub(*end), r.end.wrapping_sub(r.start));
    *end = r.end;
    out
}

/// Reads a range written by [`range_step`].
fn step_range((gap, n): (u32, u32), end: &mut u32) -> std::ops::Range<u32> {
    let start = end.wrapping_add(gap);
    *end = start.wrapping_add(n);
    start..*end
}

/// Mentions as columns. A sharded site's core keeps its mentions without their places in the
/// text (every span `0..0`, which no mention of a bundle has): then the `start` and `len`
/// columns are empty, and each span travels with its document's text
/// ([`crate::shard::DocsChunk::mentions`]).
pub mod mentions {
    use super::*;

    #[derive(Serialize, Deserialize)]
    struct Columns<R> {
        /// Distinct (rule, confidence bits) pairs.
        rules: Vec<(R, u32)>,
        entity: Vec<u32>,
        /// In passage order (as a compiled corpus has them): how many mentions each passage
        /// has, up to the last passage with one, and `passage` is empty; else empty, and
        /// `passage` has each one's passage as a step from the previous one.
        per_passage: Vec<u32>,
        passage: Vec<u64>,
        start: Vec<u64>,
        len: Vec<u32>,
        rule: Vec<u32>,
    }

    /// Whether no mention has a place in the text (a sharded site's core).
    fn unplaced(ms: &[Mention]) -> bool {
        ms.iter().all(|m| m.span == Span::default())
    }

    pub fn serialize<S: Serializer>(ms: &[Mention], s: S) -> Result<S::Ok, S::Error> {
        let mut rules: Vec<(&str, u32)> = Vec::new();
        let mut ids: HashMap<(&str, u32), u32> = HashMap::new();
        let (mut passage, mut start) = (Deltas::default(), Deltas::default());
        let mut c = Columns::<&str> {
            rules: Vec::new(),
            entity: Vec::with_capacity(ms.len()),
            per_passage: Vec::new(),
            passage: Vec::new(),
            start: Vec::new(),
            len: Vec::with_capacity(ms.len()),
            rule: Vec::with_capacity(ms.len()),
        };
        let placed = !unplaced(ms);
        let in_order = ms.windows(2).all(|w| w[0].passage <= w[1].passage);
        if in_order {
            for m in ms {
                let p = m.passage as usize;
                if c.per_passage.len() <= p {
                    c.per_passage.resize(p + 1, 0);
                }
                c.per_passage[p] += 1;
            }
        }
        for m in ms {
            let key = (&*m.rule, m.confidence.to_bits());
            let id = *ids.entry(key).or_insert_with(|| {
                rules.push(key);
                rules.len() as u32 - 1
            });
            c.entity.push(m.entity);
            if !in_order {
                passage.push(m.passage);
            }
            if placed {
                start.push(m.span.start);
                c.len.push(m.span.end.wrapping_sub(m.span.start));
            }
            c.rule.push(id);
        }
        c.rules = rules;
        c.passage = passage.out;
        c.start = start.out;
        c.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Mention>, D::Error> {
        let c = Columns::<String>::deserialize(d)?;
        let rules: Vec<(Arc<str>, f32)> = c
            .rules
            .into_iter()
            .map(|(r, bits)| (Arc::from(r), f32::from_bits(bits)))
            .collect();
        let (mut passage, mut start) = (Undeltas::new(&c.passage), Undeltas::new(&c.start));
        let placed = !(c.start.is_empty() && c.len.is_empty());
        // Counts read from the bundle: expanded no further than the mentions there are.
        let counted: Vec<u32> = c
            .per_passage
            .iter()
            .enumerate()
            .flat_map(|(p, &n)| std::iter::repeat_n(p as u32, n as usize))
            .take(c.entity.len() + 1)
            .collect();
        if !c.per_passage.is_empty() && counted.len() != c.entity.len() {
            return Err(D::Error::custom(
                "the mentions per passage do not add up to the mentions",
            ));
        }
        let mut out = Vec::with_capacity(c.entity.len());
        for (i, &entity) in c.entity.iter().enumerate() {
            let (from, len) = match placed {
                true => (start.next()?, get(&c.len, i)?),
                false => (0, 0),
            };
            let (rule, confidence) = rules
                .get(get::<u32, D::Error>(&c.rule, i)? as usize)
                .cloned()
                .ok_or_else(|| D::Error::custom("a rule index is out of range"))?;
            out.push(Mention {
                entity,
                passage: match counted.get(i) {
                    Some(&p) => p,
                    None => passage.next()?,
                },
                span: Span {
                    start: from,
                    end: from.wrapping_add(len),
                },
                rule,
                confidence,
            });
        }
        Ok(out)
    }
}

const PRECISIONS: [DatePrecision; 3] = [
    DatePrecision::Year,
    DatePrecision::Month,
    DatePrecision::Day,
];
const KINDS: [FigureKind; 3] = [FigureKind::Money, FigureKind::Percent, FigureKind::Quantity];

/// Where a fact sits: its passage, span and sentence, as columns.
#[derive(Default, Serialize, Deserialize)]
struct Places {
    passage: Vec<u64>,
    start: Vec<u64>,
    len: Vec<u32>,
    /// The sentence's start relative to the span's, and its length.
    sentence_start: Vec<u64>,
    sentence_len: Vec<u32>,
}

#[derive(Default)]
struct PlaceWriter {
    passage: Deltas,
    start: Deltas,
    len: Vec<u32>,
    sentence_start: Vec<u64>,
    sentence_len: Vec<u32>,
}

impl PlaceWriter {
    fn push(&mut self, passage: u32, span: Span, sentence: Span) {
        self.passage.push(passage);
        self.start.push(span.start);
        self.len.push(span.end.wrapping_sub(span.start));
        self.sentence_start
            .push(zigzag(sentence.start as i64 - span.start as i64));
        self.sentence_len
            .push(sentence.end.wrapping_sub(sentence.start));
    }

    fn finish(self) -> Places {
        Places {
            passage: self.passage.out,
            start: self.start.out,
            len: self.len,
            sentence_start: self.sentence_start,
            sentence_len: self.sentence_len,
        }
    }
}

struct PlaceReader<'a> {
    p: &'a Places,
    passage: Undeltas<'a>,
    start: Undeltas<'a>,
}

impl<'a> PlaceReader<'a> {
    fn new(p: &'a Places) -> Self {
        PlaceReader {
            p,
            passage: Undeltas::new(&p.passage),
            start: Undeltas::new(&p.start),
        }
    }

    fn read<E: serde::de::Error>(&mut self, i: usize) -> Result<(u32, Span, Span), E> {
        let passage = self.passage.next()?;
        let start = self.start.next()?;
        let span = Span {
            start,
            end: start.wrapping_add(get(&self.p.len, i)?),
        };
        let s = start as i64 + unzigzag(get(&self.p.sentence_start, i)?);
        let s = u32::try_from(s).map_err(|_| E::custom("a sentence is out of range"))?;
        let sentence = Span {
            start: s,
            end: s.wrapping_add(get(&self.p.sentence_len, i)?),
        };
        Ok((passage, span, sentence))
    }
}

pub mod dates {
    use super::*;

    #[derive(Serialize, Deserialize)]
    struct Columns<R> {
        strings: Vec<R>,
        places: Places,
        iso: Vec<u32>,
        rule: Vec<u32>,
        precision: Vec<u8>,
    }

    pub fn serialize<S: Serializer>(ds: &[DateFact], s: S) -> Result<S::Ok, S::Error> {
        let mut strings = Interner::default();
        let mut places = PlaceWriter::default();
        let (mut iso, mut rule, mut precision) = (Vec::new(), Vec::new(), Vec::new());
        for d in ds {
            places.push(d.passage, d.span, d.sentence);
            iso.push(strings.id(&d.iso));
            rule.push(strings.id(&d.rule));
            precision.push(
                PRECISIONS
                    .iter()
                    .position(|&p| p == d.precision)
                    .unwrap_or(0) as u8,
            );
        }
        Columns {
            strings: strings.strings,
            places: places.finish(),
            iso,
            rule,
            precision,
        }
        .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<DateFact>, D::Error> {
        let c = Columns::<String>::deserialize(d)?;
        let strings = table(c.strings);
        let mut places = PlaceReader::new(&c.places);
        (0..c.iso.len())
            .map(|i| {
                let (passage, span, sentence) = places.read(i)?;
                Ok(DateFact {
                    passage,
                    span,
                    iso: lookup(&strings, c.iso[i])?,
                    precision: *PRECISIONS
                        .get(get::<u8, D::Error>(&c.precision, i)? as usize)
                        .ok_or_else(|| D::Error::custom("unknown date precision"))?,
                    sentence,
                    rule: lookup(&strings, get(&c.rule, i)?)?,
                })
            })
            .collect()
    }
}

pub mod figures {
    use super::*;

    /// Whole values below this are written as integers.
    const WHOLE: f64 = 9_007_199_254_740_992.0; // 2^53

    #[derive(Serialize, Deserialize)]
    struct Columns<R> {
        units: Vec<R>,
        places: Places,
        kind: Vec<u8>,
        /// `zigzag(v) << 1` for a whole value `v`; `1` for the next of `fractional`.
        value: Vec<u64>,
        fractional: Vec<f64>,
        unit: Vec<u32>,
        /// `0` for none, else `zigzag(year) + 1`.
        year: Vec<u64>,
    }

    pub fn serialize<S: Serializer>(fs: &[Figure], s: S) -> Result<S::Ok, S::Error> {
        let mut units = Interner::default();
        let mut places = PlaceWriter::default();
        let mut c = Columns::<&str> {
            units: Vec::new(),
            places: Places::default(),
            kind: Vec::new(),
            value: Vec::new(),
            fractional: Vec::new(),
            unit: Vec::new(),
            year: Vec::new(),
        };
        for f in fs {
            places.push(f.passage, f.span, f.sentence);
            c.kind
                .push(KINDS.iter().position(|&k| k == f.kind).unwrap_or(0) as u8);
            if f.value.fract() == 0.0
                && f.value.abs() < WHOLE
                && f.value.to_bits() != (-0.0f64).to_bits()
            {
                c.value.push(zigzag(f.value as i64) << 1);
            } else {
                c.value.push(1);
                c.fractional.push(f.value);
            }
            c.unit.push(units.id(&f.unit));
            c.year.push(f.year.map_or(0, |y| zigzag(y as i64) + 1));
        }
        c.units = units.strings;
        c.places = places.finish();
        c.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Figure>, D::Error> {
        let c = Columns::<String>::deserialize(d)?;
        let units = table(c.units);
        let mut places = PlaceReader::new(&c.places);
        let mut fractional = c.fractional.iter();
        (0..c.kind.len())
            .map(|i| {
                let (passage, span, sentence) = places.read(i)?;
                let code = get::<u64, D::Error>(&c.value, i)?;
                let value = if code & 1 == 0 {
                    unzigzag(code >> 1) as f64
                } else {
                    *fractional
                        .next()
                        .ok_or_else(|| D::Error::custom("a column is short"))?
                };
                let year = match get::<u64, D::Error>(&c.year, i)? {
                    0 => None,
                    y => Some(
                        i32::try_from(unzigzag(y - 1))
                            .map_err(|_| D::Error::custom("a year is out of range"))?,
                    ),
                };
                Ok(Figure {
                    passage,
                    span,
                    kind: KINDS[c.kind[i] as usize % KINDS.len()],
                    value,
                    unit: lookup(&units, get(&c.unit, i)?)?,
                    year,
                    sentence,
                })
            })
            .collect()
    }
}

pub mod relations {
    use super::*;

    #[derive(Serialize, Deserialize)]
    struct Columns {
        a: Vec<u32>,
        /// `zigzag(b - a)`.
        b: Vec<u64>,
        /// Passages both appear in.
        count: Vec<u32>,
    }

    pub fn serialize<S: Serializer>(rs: &[Relation], s: S) -> Result<S::Ok, S::Error> {
        Columns {
            a: rs.iter().map(|r| r.a).collect(),
            b: rs.iter().map(|r| zigzag(r.b as i64 - r.a as i64)).collect(),
            count: rs.iter().map(|r| r.passages).collect(),
        }
        .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Relation>, D::Error> {
        let c = Columns::deserialize(d)?;
        let mut out = Vec::with_capacity(c.a.len());
        for (i, &a) in c.a.iter().enumerate() {
            let b = u32::try_from(a as i64 + unzigzag(get(&c.b, i)?))
                .map_err(|_| D::Error::custom("an entity is out of range"))?;
            let passages = get::<u32, D::Error>(&c.count, i)?;
            out.push(Relation { a, b, passages });
        }
        Ok(out)
    }
}

pub mod passages {
    use super::*;

    /// No document or section column: each passage's are those whose ranges hold it
    /// ([`owners`], run on every decoded corpus).
    #[derive(Serialize, Deserialize)]
    struct Columns {
        /// Each passage's start after the previous passage's end (a blank line or two within a
        /// document: one byte, and the same few bytes again and again).
        start: Vec<u64>,
        len: Vec<u32>,
        /// Sentences per passage, then each sentence's start after the previous end (the
        /// passage's start for the first), and its length.
        sentences: Vec<u32>,
        sentence_gap: Vec<u64>,
        sentence_len: Vec<u32>,
        themes: Vec<u32>,
        theme: Vec<u16>,
    }

    pub fn serialize<S: Serializer>(ps: &[Passage], s: S) -> Result<S::Ok, S::Error> {
        let mut end = 0i64;
        let mut c = Columns {
            start: Vec::with_capacity(ps.len()),
            len: Vec::with_capacity(ps.len()),
            sentences: Vec::with_capacity(ps.len()),
            sentence_gap: Vec::new(),
            sentence_len: Vec::new(),
            themes: Vec::with_capacity(ps.len()),
            theme: Vec::new(),
        };
        for p in ps {
            c.start.push(zigzag(p.span.start as i64 - end));
            end = p.span.end as i64;
            c.len.push(p.span.end.wrapping_sub(p.span.start));
            c.sentences.push(p.sentences.len() as u32);
            let mut prev = p.span.start as i64;
            for s in &p.sentences {
                c.sentence_gap.push(zigzag(s.start as i64 - prev));
                c.sentence_len.push(s.end.wrapping_sub(s.start));
                prev = s.end as i64;
            }
            c.themes.push(p.themes.len() as u32);
            c.theme.extend_from_slice(&p.themes);
        }
        c.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Passage>, D::Error> {
        let c = Columns::deserialize(d)?;
        let mut end = 0i64;
        let (mut gaps, mut lens, mut themes) =
            (c.sentence_gap.iter(), c.sentence_len.iter(), c.theme.iter());
        let short = || D::Error::custom("a column is short");
        let mut out = Vec::with_capacity(c.len.len());
        for (i, &len) in c.len.iter().enumerate() {
            let from = end + unzigzag(get::<u64, D::Error>(&c.start, i)?);
            let from =
                u32::try_from(from).map_err(|_| D::Error::custom("a position is out of range"))?;
            end = from.wrapping_add(len) as i64;
            // Counts read from the bundle: reserve no more than the columns can still hold.
            let mut sentences = Vec::with_capacity(
                (get::<u32, D::Error>(&c.sentences, i)? as usize).min(gaps.len()),
            );
            let mut prev = from as i64;
            for _ in 0..c.sentences[i] {
                let s = prev + unzigzag(*gaps.next().ok_or_else(short)?);
                let s =
                    u32::try_from(s).map_err(|_| D::Error::custom("a sentence is out of range"))?;
                let e = s.wrapping_add(*lens.next().ok_or_else(short)?);
                sentences.push(Span { start: s, end: e });
                prev = e as i64;
            }
            let n = get::<u32, D::Error>(&c.themes, i)? as usize;
            let mut ts = Vec::with_capacity(n.min(themes.len()));
            for _ in 0..n {
                ts.push(*themes.next().ok_or_else(short)?);
            }
            out.push(Passage {
                doc: UNSET,
                section: UNSET,
                span: Span {
                    start: from,
                    end: from.wrapping_add(len),
                },
                sentences,
                themes: ts,
            });
        }
        Ok(out)
    }
}

/// What a decoded passage or section names as its document or section until [`owners`] sets it.
const UNSET: u32 = u32::MAX;

/// Sections as columns: no document (that whose range holds it, set by [`owners`]), the heading's
/// start after the previous heading's (or the previous section's first passage's start), and
/// its length; the passages as a start after the previous section's end and a count.
pub mod sections {
    use super::*;
    use crate::model::Section;

    #[derive(Serialize, Deserialize)]
    struct Columns {
        /// 0 for no heading, else 1 + its length.
        heading: Vec<u32>,
        heading_start: Vec<u64>,
        level: Vec<u8>,
        passage_gap: Vec<u32>,
        passages: Vec<u32>,
    }

    pub fn serialize<S: Serializer>(ss: &[Section], s: S) -> Result<S::Ok, S::Error> {
        let mut starts = Deltas::default();
        let mut end = 0u32;
        let mut c = Columns {
            heading: Vec::with_capacity(ss.len()),
            heading_start: Vec::new(),
            level: Vec::with_capacity(ss.len()),
            passage_gap: Vec::with_capacity(ss.len()),
            passages: Vec::with_capacity(ss.len()),
        };
        for x in ss {
            match x.heading {
                Some(h) => {
                    c.heading.push(1 + h.end.wrapping_sub(h.start));
                    starts.push(h.start);
                }
                None => c.heading.push(0),
            }
            c.level.push(x.level);
            let (gap, n) = range_step(&x.passages, &mut end);
            c.passage_gap.push(gap);
            c.passages.push(n);
        }
        c.heading_start = starts.out;
        c.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Section>, D::Error> {
        let c = Columns::deserialize(d)?;
        let mut starts = Undeltas::new(&c.heading_start);
        let mut end = 0u32;
        let mut out = Vec::with_capacity(c.heading.len());
        for (i, &h) in c.heading.iter().enumerate() {
            let heading = match h {
                0 => None,
                n => {
                    let start = starts.next()?;
                    Some(Span {
                        start,
                        end: start.wrapping_add(n - 1),
                    })
                }
            };
            let step = (get(&c.passage_gap, i)?, get(&c.passages, i)?);
            out.push(Section {
                doc: UNSET,
                heading,
                level: get(&c.level, i)?,
                passages: step_range(step, &mut end),
            });
        }
        Ok(out)
    }
}

/// Sets each section's document and each passage's document and section from the ranges that
/// hold them (the bundle does not write them twice): the documents' ranges of sections and of
/// passages, and the sections' ranges of passages, must each follow one another from the first
/// row to the last, as the build writes them. Linear; the first gap or overlap is the error.
pub fn owners(c: &mut crate::model::Corpus) -> Result<(), String> {
    fn tile<'a>(
        ranges: impl Iterator<Item = &'a std::ops::Range<u32>>,
        rows: usize,
        (owner, row): (&str, &str),
        mut set: impl FnMut(usize, u32),
    ) -> Result<(), String> {
        let mut end = 0u32;
        for (i, r) in ranges.enumerate() {
            if r.start != end || r.end < r.start {
                return Err(format!(
                    "{owner} {i}'s {row} {}..{} do not start where the previous {owner}'s end \
                     ({end})",
                    r.start, r.end
                ));
            }
            if r.end as usize > rows {
                return Err(format!(
                    "{owner} {i}'s {row} {}..{} reach past the {rows} {row}",
                    r.start, r.end
                ));
            }
            for k in r.clone() {
                set(k as usize, i as u32);
            }
            end = r.end;
        }
        if end as usize != rows {
            return Err(format!("the {owner}s' {row} end at {end} of {rows}"));
        }
        Ok(())
    }
    let (sections, passages) = (&mut c.sections, &mut c.passages);
    let (ns, np) = (sections.len(), passages.len());
    tile(
        c.docs.iter().map(|d| &d.sections),
        ns,
        ("document", "sections"),
        |i, d| sections[i].doc = d,
    )?;
    tile(
        c.docs.iter().map(|d| &d.passages),
        np,
        ("document", "passages"),
        |i, d| passages[i].doc = d,
    )?;
    tile(
        sections.iter().map(|s| &s.passages),
        np,
        ("section", "passages"),
        |i, s| passages[i].section = s,
    )
}

/// Writes each string as the number of bytes it shares with the previous one and the rest:
/// document paths and source URLs sorted by folder share most of their beginnings.
#[derive(Default)]
struct FrontCoder<'s> {
    prev: &'s str,
}

impl<'s> FrontCoder<'s> {
    fn code(&mut self, s: &'s str) -> (u32, &'s str) {
        let mut shared = self
            .prev
            .bytes()
            .zip(s.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        while !s.is_char_boundary(shared) {
            shared -= 1;
        }
        self.prev = s;
        (shared as u32, &s[shared..])
    }
}

/// Reads strings written by [`FrontCoder`].
#[derive(Default)]
struct FrontDecoder {
    prev: String,
}

impl FrontDecoder {
    fn decode<E: serde::de::Error>(&mut self, shared: u32, rest: &str) -> Result<String, E> {
        let head = self
            .prev
            .get(..shared as usize)
            .ok_or_else(|| E::custom("a shared beginning is longer than the previous string"))?;
        let s = format!("{head}{rest}");
        self.prev.clone_from(&s);
        Ok(s)
    }
}

/// Documents as records, with their paths and sources front-coded ([`FrontCoder`]), their dates
/// and languages as indices into tables of the distinct ones, and their ranges of sections and
/// passages as a start after the previous document's end and a count.
pub mod docs {
    use super::*;
    use crate::model::{Doc, Format, Furniture};

    #[derive(Serialize, Deserialize)]
    struct Row<S> {
        id: (u32, S),
        title: S,
        /// 0 for none, else 1 + an index into `dates`.
        date: u32,
        lang: u32,
        source: Option<(u32, S)>,
        tags: Vec<S>,
        meta: Vec<(S, S)>,
        format: Option<Format>,
        text: S,
        sections: (u32, u32),
        passages: (u32, u32),
        keywords: Vec<S>,
        themes: Vec<u16>,
        furniture: Vec<Furniture>,
    }

    #[derive(Serialize, Deserialize)]
    struct Table<S> {
        dates: Vec<S>,
        langs: Vec<S>,
        rows: Vec<Row<S>>,
    }

    pub fn serialize<S: Serializer>(ds: &[Doc], s: S) -> Result<S::Ok, S::Error> {
        let (mut dates, mut langs) = (Interner::default(), Interner::default());
        let (mut ids, mut sources) = (FrontCoder::default(), FrontCoder::default());
        let (mut sections, mut passages) = (0u32, 0u32);
        let rows: Vec<Row<&str>> = ds
            .iter()
            .map(|d| Row {
                id: ids.code(&d.id),
                title: &d.title,
                date: d.date.as_deref().map_or(0, |x| 1 + dates.id(x)),
                lang: langs.id(&d.lang),
                source: d.source.as_deref().map(|x| sources.code(x)),
                tags: d.tags.iter().map(String::as_str).collect(),
                meta: d
                    .meta
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect(),
                format: d.format,
                text: &d.text,
                sections: range_step(&d.sections, &mut sections),
                passages: range_step(&d.passages, &mut passages),
                keywords: d.keywords.iter().map(String::as_str).collect(),
                themes: d.themes.clone(),
                furniture: d.furniture.clone(),
            })
            .collect();
        Table {
            dates: dates.strings,
            langs: langs.strings,
            rows,
        }
        .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Doc>, D::Error> {
        let Table { dates, langs, rows } = Table::<String>::deserialize(d)?;
        let (mut ids, mut sources) = (FrontDecoder::default(), FrontDecoder::default());
        let (mut sections, mut passages) = (0u32, 0u32);
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            out.push(Doc {
                id: ids.decode(r.id.0, &r.id.1)?,
                title: r.title,
                date: match r.date {
                    0 => None,
                    i => Some(lookup(&dates, i - 1)?),
                },
                lang: lookup(&langs, r.lang)?,
                source: match r.source {
                    Some((shared, rest)) => Some(sources.decode(shared, &rest)?),
                    None => None,
                },
                tags: r.tags,
                meta: r.meta,
                format: r.format,
                text: r.text,
                sections: step_range(r.sections, &mut sections),
                passages: step_range(r.passages, &mut passages),
                keywords: r.keywords,
                themes: r.themes,
                furniture: r.furniture,
            });
        }
        Ok(out)
    }
}

/// Entities as records, but each role and place subtype as an index into a table of the distinct
/// ones: across a corpus many people hold the same role ("spokesperson of the ministry") and
/// places share a handful of subtypes.
pub mod entities {
    use super::*;
    use crate::model::{Entity, EntityKind};

    #[derive(Serialize, Deserialize)]
    struct Row<S> {
        kind: EntityKind,
        name: S,
        aliases: Vec<S>,
        roles: Vec<u32>,
        subtype: Option<u32>,
        doc_count: u32,
        mention_count: u32,
    }

    #[derive(Serialize, Deserialize)]
    struct Table<S> {
        strings: Vec<S>,
        rows: Vec<Row<S>>,
    }

    pub fn serialize<S: Serializer>(es: &[Entity], s: S) -> Result<S::Ok, S::Error> {
        let mut strings = Interner::default();
        let rows = es
            .iter()
            .map(|e| Row {
                kind: e.kind,
                name: e.name.as_str(),
                aliases: e.aliases.iter().map(String::as_str).collect(),
                roles: e.roles.iter().map(|r| strings.id(r)).collect(),
                subtype: e.subtype.as_deref().map(|t| strings.id(t)),
                doc_count: e.doc_count,
                mention_count: e.mention_count,
            })
            .collect();
        Table {
            strings: strings.strings,
            rows,
        }
        .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Entity>, D::Error> {
        let Table { strings, rows } = Table::<String>::deserialize(d)?;
        let string = |i: u32| lookup::<String, D::Error>(&strings, i);
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            out.push(Entity {
                kind: r.kind,
                name: r.name,
                aliases: r.aliases,
                roles: r
                    .roles
                    .iter()
                    .map(|&i| string(i))
                    .collect::<Result<_, _>>()?,
                subtype: r.subtype.map(string).transpose()?,
                doc_count: r.doc_count,
                mention_count: r.mention_count,
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Corpus, Doc, Entity, EntityKind, Section};

    fn span(a: u32, b: u32) -> Span {
        Span { start: a, end: b }
    }

    fn doc(sections: std::ops::Range<u32>, passages: std::ops::Range<u32>) -> Doc {
        Doc {
            sections,
            passages,
            ..Doc::default()
        }
    }

    fn section(heading: Option<Span>, doc_level: u8, passages: std::ops::Range<u32>) -> Section {
        Section {
            doc: u32::from(doc_level > 1),
            heading,
            level: doc_level,
            passages,
        }
    }

    fn entity(
        kind: EntityKind,
        name: &str,
        aliases: &[&str],
        roles: &[&str],
        subtype: Option<&str>,
    ) -> Entity {
        let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
        Entity {
            kind,
            name: name.into(),
            aliases: strings(aliases),
            roles: strings(roles),
            subtype: subtype.map(str::to_string),
            doc_count: 2,
            mention_count: 3,
        }
    }

    /// Every table with awkward values: steps backwards, zero-length spans, sentences starting
    /// before their span, fractional and negative figures, no year, a passage without sentences.
    fn awkward() -> Corpus {
        let passage = |doc, section, start, end, sentences: Vec<Span>, themes: Vec<u16>| Passage {
            doc,
            section,
            span: span(start, end),
            sentences,
            themes,
        };
        let figure = |value: f64, year| Figure {
            passage: 1,
            span: span(40, 52),
            kind: FigureKind::Percent,
            value,
            unit: "%".into(),
            year,
            sentence: span(30, 60),
        };
        Corpus {
            passages: vec![
                passage(0, 0, 0, 100, vec![span(0, 40), span(41, 100)], vec![2, 0]),
                passage(0, 0, 101, 101, vec![], vec![]),
                passage(1, 2, 0, 7, vec![span(0, 7)], vec![1]),
            ],
            mentions: vec![
                Mention {
                    entity: 7,
                    passage: 2,
                    span: span(3, 7),
                    rule: "gazetteer:countries".into(),
                    confidence: 0.95,
                },
                Mention {
                    entity: 0,
                    passage: 0,
                    span: span(0, 0),
                    rule: "surname".into(),
                    confidence: 0.6,
                },
                Mention {
                    entity: 3,
                    passage: 0,
                    span: span(90, 99),
                    rule: "gazetteer:countries".into(),
                    confidence: 0.8,
                },
            ],
            dates: vec![DateFact {
                passage: 0,
                span: span(50, 60),
                iso: "2024-05".into(),
                precision: DatePrecision::Month,
                sentence: span(41, 100),
                rule: "month-year".into(),
            }],
            figures: vec![
                figure(3_744_000_000.0, Some(2024)),
                figure(-2.5, None),
                figure(-0.0, Some(-44)),
                figure(f64::MAX, None),
            ],
            docs: vec![doc(0..1, 0..2), doc(1..3, 2..3)],
            sections: vec![
                section(Some(span(0, 0)), 1, 0..2),
                section(Some(span(300, 290)), 2, 2..2),
                section(None, 3, 2..3),
            ],
            entities: vec![
                entity(
                    EntityKind::Person,
                    "Ayla Kaya",
                    &["Kaya"],
                    &["spokesperson", "envoy"],
                    None,
                ),
                entity(
                    EntityKind::Person,
                    "Omar Demir",
                    &[],
                    &["envoy", "spokesperson"],
                    None,
                ),
                entity(
                    EntityKind::Place,
                    "Baku",
                    &["Bakı", "Баку"],
                    &[],
                    Some("city"),
                ),
                entity(EntityKind::Place, "Ganja", &[], &[], Some("city")),
                entity(EntityKind::Organization, "", &[], &[], Some("")),
            ],
            relations: vec![
                Relation {
                    a: 9,
                    b: 2,
                    passages: 90_000,
                },
                Relation {
                    a: 0,
                    b: 1,
                    passages: 0,
                },
            ],
            ..Corpus::default()
        }
    }

    #[test]
    fn every_table_round_trips() {
        let c = awkward();
        // The columns alone: the awkward tables point at documents this corpus does not have, so
        // `Corpus::from_bytes` would refuse them (rightly) after decoding.
        let mut back: Corpus =
            postcard::from_bytes(&c.to_bytes()[crate::model::HEADER_LEN..]).expect("decodes");
        owners(&mut back).expect("the ranges follow one another");
        assert_eq!(format!("{:?}", back.passages), format!("{:?}", c.passages));
        assert_eq!(format!("{:?}", back.sections), format!("{:?}", c.sections));
        assert_eq!(format!("{:?}", back.entities), format!("{:?}", c.entities));
        assert_eq!(format!("{:?}", back.mentions), format!("{:?}", c.mentions));
        assert_eq!(format!("{:?}", back.dates), format!("{:?}", c.dates));
        assert_eq!(format!("{:?}", back.figures), format!("{:?}", c.figures));
        assert_eq!(
            format!("{:?}", back.relations),
            format!("{:?}", c.relations)
        );
        assert!(back.figures[2].value.is_sign_negative());
    }

    #[test]
    fn mentions_in_passage_order_round_trip_as_counts() {
        let mut c = awkward();
        c.mentions.sort_by_key(|m| m.passage);
        let ordered = postcard::to_allocvec(&c).expect("serialises");
        let back: Corpus = postcard::from_bytes(&ordered).expect("decodes");
        assert_eq!(format!("{:?}", back.mentions), format!("{:?}", c.mentions));
        // Out of order, each mention's passage is written as a step instead.
        c.mentions.swap(0, 2);
        let back: Corpus =
            postcard::from_bytes(&postcard::to_allocvec(&c).expect("serialises")).expect("decodes");
        assert_eq!(format!("{:?}", back.mentions), format!("{:?}", c.mentions));
    }

    #[test]
    fn ranges_that_do_not_follow_one_another_are_refused() {
        let mut c = awkward();
        owners(&mut c).expect("the awkward corpus's ranges follow one another");
        c.docs[1].passages = 1..3;
        let e = owners(&mut c).expect_err("overlapping passages");
        assert!(
            e.contains("document 1's passages 1..3 do not start where the previous"),
            "{e}"
        );
        let mut c = awkward();
        c.sections[2].passages = 2..2;
        let e = owners(&mut c).expect_err("a passage in no section");
        assert!(e.contains("the sections' passages end at 2 of 3"), "{e}");
        let mut c = awkward();
        c.docs[1].sections = 1..9;
        let e = owners(&mut c).expect_err("sections past the end");
        assert!(e.contains("reach past the 3 sections"), "{e}");
    }

    #[test]
    fn a_truncated_bundle_is_an_error_not_a_panic() {
        let bytes = awkward().to_bytes();
        for cut in (12..bytes.len()).step_by(3) {
            assert!(Corpus::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn zigzag_round_trips() {
        for d in [
            0i64,
            1,
            -1,
            2,
            -2,
            1 << 40,
            -(1 << 40),
            i32::MAX as i64,
            i32::MIN as i64,
        ] {
            assert_eq!(unzigzag(zigzag(d)), d);
        }
        assert_eq!(zigzag(-1), 1);
        assert_eq!(zigzag(1), 2);
    }
}

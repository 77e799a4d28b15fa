//! The timeline: documents by their date and the dates their passages state, on one axis whose
//! buckets (years, months or days) fit the span, counted over the selection. Dates coarser than
//! the buckets (a bare year on an axis of months) are counted apart, and undated documents are
//! counted and listed, never dropped.

use std::collections::BTreeMap;

use super::{DateKey, Page, Paged, Selection, Views};

/// Axes longer than this many buckets list only the buckets with something in them.
pub const MAX_CONTIGUOUS: usize = 400;

/// The size of a bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Year,
    Month,
    Day,
}

impl Unit {
    pub fn name(self) -> &'static str {
        match self {
            Unit::Year => "year",
            Unit::Month => "month",
            Unit::Day => "day",
        }
    }

    /// The bucket of a date at this unit, or `None` when the date is coarser.
    fn key(self, d: DateKey) -> Option<DateKey> {
        match self {
            Unit::Year => Some(DateKey {
                month: 0,
                day: 0,
                ..d
            }),
            Unit::Month if d.month > 0 => Some(DateKey { day: 0, ..d }),
            Unit::Day if d.day > 0 => Some(d),
            _ => None,
        }
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the key.
pub fn iso(k: DateKey) -> String {
    match (k.month, k.day) {
        (0, _) => format!("{:04}", k.year),
        (m, 0) => format!("{:04}-{m:02}", k.year),
        (m, d) => format!("{:04}-{m:02}-{d:02}", k.year),
    }
}

/// One bucket of the axis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bucket {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the timeline's unit (or coarser, for
    /// [`Timeline::coarse`]): what [`Views::bucket_items`] takes.
    pub key: String,
    /// Documents dated in the bucket that have a passage in the selection.
    pub documents: u32,
    /// Dates stated in selected passages that fall in the bucket.
    pub stated: u32,
    /// Selected passages in the bucket either way (dated document or stated date).
    pub passages: u32,
}

/// The timeline of a selection.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub unit: Unit,
    /// Ascending; every bucket from the first to the last when there are at most
    /// [`MAX_CONTIGUOUS`] (`contiguous`), else only those with something in them.
    pub buckets: Vec<Bucket>,
    pub contiguous: bool,
    /// Dates too coarse for the unit (a bare year on an axis of months), by their own key.
    pub coarse: Vec<Bucket>,
    /// Documents with a selected passage and no date, and their selected passages.
    pub undated_documents: u32,
    pub undated_passages: u32,
    /// Selected passages and dated documents with a selected passage.
    pub passages: usize,
    pub dated_documents: u32,
}

/// Something placed on the timeline: a selected passage, dated by its document or by a date it
/// states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineItem {
    pub passage: u32,
    pub doc: u32,
    /// The date, as precise as known.
    pub iso: String,
    /// Id into `corpus.dates` when the passage states the date; `None` for the document's date.
    pub stated: Option<u32>,
}

/// The unit that fits dates from `lo` to `hi`: years beyond three years, months beyond three
/// months, else days.
fn fit(lo: DateKey, hi: DateKey, any_day: bool, any_month: bool) -> Unit {
    let months = (hi.year - lo.year) * 12 + hi.month.max(1) as i32 - lo.month.max(1) as i32;
    if hi.year - lo.year >= 3 || !any_month {
        Unit::Year
    } else if months >= 3 || !any_day {
        Unit::Month
    } else {
        Unit::Day
    }
}

/// Days from 1970-01-01 to a civil date (proleptic Gregorian; H. Hinnant's algorithm).
fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = y as i64 - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number from [`days_from_civil`].
fn civil_from_days(z: i64) -> DateKey {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    DateKey {
        year: y,
        month: m,
        day: d,
    }
}

/// The number of a date's bucket at a unit: consecutive buckets have consecutive numbers. A
/// date coarser than the unit counts as its first month or day.
fn ordinal(unit: Unit, k: DateKey) -> i64 {
    let m = k.month.max(1);
    match unit {
        Unit::Year => k.year as i64,
        Unit::Month => k.year as i64 * 12 + m as i64 - 1,
        Unit::Day => days_from_civil(k.year, m, k.day.max(1)),
    }
}

/// The bucket of an ordinal ([`ordinal`]).
fn from_ordinal(unit: Unit, n: i64) -> DateKey {
    match unit {
        Unit::Year => DateKey {
            year: n as i32,
            month: 0,
            day: 0,
        },
        Unit::Month => DateKey {
            year: n.div_euclid(12) as i32,
            month: (n.rem_euclid(12) + 1) as u8,
            day: 0,
        },
        Unit::Day => civil_from_days(n),
    }
}

impl Views<'_> {
    /// Each selected passage's dates: its document's (`None` stated) and those it states.
    fn passage_dates(&self, p: u32, mut f: impl FnMut(DateKey, Option<u32>)) {
        if let Some(d) = self.doc_dates[self.doc_of(p) as usize] {
            f(d, None);
        }
        for &i in self.dates_of(p) {
            if let Some(d) = self.date_keys[i as usize] {
                f(d, Some(i));
            }
        }
    }

    /// The timeline of a selection.
    pub fn timeline(&self, selection: &Selection) -> Timeline {
        let corpus = self.corpus;
        // Documents with selected passages, and how many.
        let docs: Vec<(u32, u32)> = (corpus.docs.iter().enumerate())
            .map(|(d, doc)| {
                (
                    d as u32,
                    selection.passages.count_range(doc.passages.clone()) as u32,
                )
            })
            .filter(|&(_, n)| n > 0)
            .collect();
        let mut undated_documents = 0;
        let mut undated_passages = 0;
        let mut dated_documents = 0;
        for &(d, n) in &docs {
            match self.doc_dates[d as usize] {
                Some(_) => dated_documents += 1,
                None => {
                    undated_documents += 1;
                    undated_passages += n;
                }
            }
        }
        let passages = selection.count();
        // Pass 1: the span and the precision present.
        let (mut lo, mut hi) = (None::<DateKey>, None::<DateKey>);
        let (mut any_month, mut any_day) = (false, false);
        let mut extend = |k: DateKey| {
            lo = Some(lo.map_or(k, |l| l.min(k)));
            hi = Some(hi.map_or(k, |h| h.max(k)));
            any_month |= k.month > 0;
            any_day |= k.day > 0;
        };
        for &(d, _) in &docs {
            if let Some(k) = self.doc_dates[d as usize] {
                extend(k);
            }
        }
        self.stated_dates(selection, |_, _, k| extend(k));
        let (Some(lo), Some(hi)) = (lo, hi) else {
            return Timeline {
                unit: Unit::Year,
                buckets: Vec::new(),
                contiguous: true,
                coarse: Vec::new(),
                undated_documents,
                undated_passages,
                passages,
                dated_documents,
            };
        };
        let unit = fit(lo, hi, any_day, any_month);
        // Pass 2: counts, in a slot per bucket from the first to the last (dates coarser than
        // the unit apart).
        #[derive(Default, Clone)]
        struct Counts {
            documents: u32,
            stated: u32,
            passages: u32,
        }
        let base = ordinal(unit, lo);
        let len = (ordinal(unit, hi) - base + 1).max(1) as usize;
        let mut fine: Vec<Counts> = vec![Counts::default(); len];
        let mut coarse: BTreeMap<DateKey, Counts> = BTreeMap::new();
        let slot = |k: DateKey| -> (Option<usize>, DateKey) {
            match unit.key(k) {
                Some(key) => (
                    Some((ordinal(unit, key) - base).clamp(0, len as i64 - 1) as usize),
                    key,
                ),
                None => (None, k),
            }
        };
        // A document's date: the document, and its selected passages.
        for &(d, n) in &docs {
            if let Some(k) = self.doc_dates[d as usize] {
                let c = match slot(k) {
                    (Some(i), _) => &mut fine[i],
                    (None, key) => coarse.entry(key).or_default(),
                };
                c.documents += 1;
                c.passages += n;
            }
        }
        // Stated dates: each passage counted once per bucket, and not again in its document's.
        let mut seen: Vec<DateKey> = Vec::new();
        let mut at = u32::MAX;
        self.stated_dates(selection, |p, doc, k| {
            if p != at {
                at = p;
                seen.clear();
                if let Some(dk) = self.doc_dates[doc as usize] {
                    seen.push(slot(dk).1);
                }
            }
            let (i, key) = slot(k);
            let c = match i {
                Some(i) => &mut fine[i],
                None => coarse.entry(key).or_default(),
            };
            c.stated += 1;
            if !seen.contains(&key) {
                seen.push(key);
                c.passages += 1;
            }
        });
        let bucket = |k: DateKey, c: &Counts| Bucket {
            key: iso(k),
            documents: c.documents,
            stated: c.stated,
            passages: c.passages,
        };
        let used = |c: &Counts| c.documents + c.stated + c.passages > 0;
        let first = fine.iter().position(used);
        let last = fine.iter().rposition(used);
        let mut buckets = Vec::new();
        let mut contiguous = true;
        if let (Some(first), Some(last)) = (first, last) {
            contiguous = last - first < MAX_CONTIGUOUS;
            for (i, c) in fine.iter().enumerate().take(last + 1).skip(first) {
                if contiguous || used(c) {
                    buckets.push(bucket(from_ordinal(unit, base + i as i64), c));
                }
            }
        }
        Timeline {
            unit,
            buckets,
            contiguous,
            coarse: coarse.iter().map(|(&k, c)| bucket(k, c)).collect(),
            undated_documents,
            undated_passages,
            passages,
            dated_documents,
        }
    }

    /// Calls `f(passage, doc, date)` for each date stated in a selected passage, passage by
    /// passage: over the selection's passages when it is small, else over every date.
    fn stated_dates(&self, selection: &Selection, mut f: impl FnMut(u32, u32, DateKey)) {
        let corpus = self.corpus;
        if selection.count() * 4 < corpus.date_count() {
            for p in selection.passages.iter() {
                for &i in self.dates_of(p) {
                    if let Some(k) = self.date_keys[i as usize] {
                        f(p, self.doc_of(p), k);
                    }
                }
            }
        } else {
            for (i, k) in self.date_keys.iter().enumerate() {
                let passage = corpus.date_passage(i as u32);
                if let (Some(k), true) = (k, selection.contains(passage)) {
                    f(passage, self.doc_of(passage), *k);
                }
            }
        }
    }

    /// What a bucket holds (its key as in [`Bucket::key`]): the selected passages dated in it
    /// by their document or by a date they state, in corpus order, one page. A bucket key of
    /// a coarser precision (`2024` when the unit is months) holds the dates of that precision only
    /// when `exact`, else every date inside it.
    pub fn bucket_items(
        &self,
        selection: &Selection,
        key: &str,
        exact: bool,
        page: Page,
    ) -> Paged<TimelineItem> {
        let Some(want) = DateKey::parse(key) else {
            return Paged::of(Vec::new(), page);
        };
        let inside = |k: DateKey| {
            if exact {
                return k == want;
            }
            k.year == want.year
                && (want.month == 0 || k.month == want.month)
                && (want.day == 0 || k.day == want.day)
        };
        let mut items = Vec::new();
        for p in selection.passages.iter() {
            let doc = self.doc_of(p);
            self.passage_dates(p, |k, stated| {
                if inside(k) {
                    items.push(TimelineItem {
                        passage: p,
                        doc,
                        iso: iso(k),
                        stated,
                    });
                }
            });
        }
        // A document's date once per document: its first selected passage stands for it.
        let mut last_doc = None;
        items.retain(|it| {
            if it.stated.is_some() {
                return true;
            }
            let keep = last_doc != Some(it.doc);
            last_doc = Some(it.doc);
            keep
        });
        Paged::of(items, page)
    }

    /// Documents with a selected passage and no date, in corpus order, one page.
    pub fn undated_documents(&self, selection: &Selection, page: Page) -> Paged<u32> {
        let docs = (self.corpus.docs.iter().enumerate())
            .filter(|(d, doc)| {
                self.doc_dates[*d].is_none()
                    && selection.passages.count_range(doc.passages.clone()) > 0
            })
            .map(|(d, _)| d as u32)
            .collect();
        Paged::of(docs, page)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(s: &str) -> DateKey {
        DateKey::parse(s).unwrap()
    }

    #[test]
    fn the_unit_fits_the_span() {
        assert_eq!(
            fit(k("2001-01-01"), k("2024-06-13"), true, true),
            Unit::Year
        );
        assert_eq!(
            fit(k("2024-01-05"), k("2024-09-13"), true, true),
            Unit::Month
        );
        assert_eq!(fit(k("2024-06-01"), k("2024-06-13"), true, true), Unit::Day);
        // Only years known: years, however short the span.
        assert_eq!(fit(k("2024"), k("2024"), false, false), Unit::Year);
        assert_eq!(fit(k("2024-06"), k("2024-07"), false, true), Unit::Month);
    }

    #[test]
    fn next_bucket_rolls_over_months_and_years() {
        let next = |unit, s: &str| iso(from_ordinal(unit, ordinal(unit, k(s)) + 1));
        assert_eq!(next(Unit::Day, "2024-02-28"), "2024-02-29");
        assert_eq!(next(Unit::Day, "2023-02-28"), "2023-03-01");
        assert_eq!(next(Unit::Day, "2024-12-31"), "2025-01-01");
        assert_eq!(next(Unit::Month, "2024-12"), "2025-01");
        assert_eq!(next(Unit::Year, "1999"), "2000");
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for n in [-800_000, -1, 0, 59, 11_016, 19_723, 2_932_896] {
            let d = civil_from_days(n);
            assert_eq!(days_from_civil(d.year, d.month, d.day), n);
        }
    }
}

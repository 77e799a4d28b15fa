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

fn days_in(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// The bucket after `k`.
fn next(unit: Unit, k: DateKey) -> DateKey {
    match unit {
        Unit::Year => DateKey {
            year: k.year + 1,
            ..k
        },
        Unit::Month if k.month >= 12 => DateKey {
            year: k.year + 1,
            month: 1,
            day: 0,
        },
        Unit::Month => DateKey {
            month: k.month + 1,
            ..k
        },
        Unit::Day if k.day >= days_in(k.year, k.month) => {
            next(Unit::Month, DateKey { day: 0, ..k }).with_day(1)
        }
        Unit::Day => DateKey {
            day: k.day + 1,
            ..k
        },
    }
}

impl DateKey {
    fn with_day(self, day: u8) -> DateKey {
        DateKey { day, ..self }
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
        // Pass 1: the span and the precision present.
        let (mut lo, mut hi) = (None::<DateKey>, None::<DateKey>);
        let (mut any_month, mut any_day) = (false, false);
        let mut undated_documents = 0;
        let mut undated_passages = 0;
        let mut dated_documents = 0;
        for (d, doc) in corpus.docs.iter().enumerate() {
            let n = selection.passages.count_range(doc.passages.clone()) as u32;
            if n == 0 {
                continue;
            }
            match self.doc_dates[d] {
                Some(_) => dated_documents += 1,
                None => {
                    undated_documents += 1;
                    undated_passages += n;
                }
            }
        }
        let passages = selection.count();
        for p in selection.passages.iter() {
            self.passage_dates(p, |k, _| {
                lo = Some(lo.map_or(k, |l| l.min(k)));
                hi = Some(hi.map_or(k, |h| h.max(k)));
                any_month |= k.month > 0;
                any_day |= k.day > 0;
            });
        }
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
        // Pass 2: counts.
        #[derive(Default)]
        struct Counts {
            documents: u32,
            stated: u32,
            passages: u32,
        }
        let mut fine: BTreeMap<DateKey, Counts> = BTreeMap::new();
        let mut coarse: BTreeMap<DateKey, Counts> = BTreeMap::new();
        let mut seen: Vec<DateKey> = Vec::new();
        let mut last_doc = u32::MAX;
        for p in selection.passages.iter() {
            seen.clear();
            let doc = self.doc_of(p);
            self.passage_dates(p, |k, stated| {
                let (map, key) = match unit.key(k) {
                    Some(key) => (&mut fine, key),
                    None => (&mut coarse, k),
                };
                let c = map.entry(key).or_default();
                match stated {
                    None if doc != last_doc => c.documents += 1,
                    None => {}
                    Some(_) => c.stated += 1,
                }
                if !seen.contains(&key) {
                    seen.push(key);
                    c.passages += 1;
                }
            });
            last_doc = doc;
        }
        let bucket = |k: DateKey, c: Option<&Counts>| Bucket {
            key: iso(k),
            documents: c.map_or(0, |c| c.documents),
            stated: c.map_or(0, |c| c.stated),
            passages: c.map_or(0, |c| c.passages),
        };
        let (first, last) = match (fine.keys().next(), fine.keys().next_back()) {
            (Some(&a), Some(&b)) => (Some(a), Some(b)),
            _ => (None, None),
        };
        let mut buckets = Vec::new();
        let mut contiguous = true;
        if let (Some(first), Some(last)) = (first, last) {
            let mut k = first;
            while k <= last && buckets.len() <= MAX_CONTIGUOUS {
                buckets.push(bucket(k, fine.get(&k)));
                k = next(unit, k);
            }
            if buckets.len() > MAX_CONTIGUOUS {
                contiguous = false;
                buckets = fine.iter().map(|(&k, c)| bucket(k, Some(c))).collect();
            }
        }
        Timeline {
            unit,
            buckets,
            contiguous,
            coarse: coarse.iter().map(|(&k, c)| bucket(k, Some(c))).collect(),
            undated_documents,
            undated_passages,
            passages,
            dated_documents,
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
        assert_eq!(iso(next(Unit::Day, k("2024-02-28"))), "2024-02-29");
        assert_eq!(iso(next(Unit::Day, k("2023-02-28"))), "2023-03-01");
        assert_eq!(iso(next(Unit::Day, k("2024-12-31"))), "2025-01-01");
        assert_eq!(iso(next(Unit::Month, k("2024-12"))), "2025-01");
        assert_eq!(iso(next(Unit::Year, k("1999"))), "2000");
    }
}

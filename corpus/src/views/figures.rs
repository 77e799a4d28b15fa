//! The figures: money amounts, percentages and quantities stated in the selection, as rows (the
//! value as written, normalised, its unit or currency, the year it refers to, the document and
//! the sentence), sortable by each column and paged; and money totals by year and currency for
//! a chart. The sort orders over the whole corpus are made once, when first asked for, so that a
//! page of a sorted selection is a walk down one order.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use super::{Page, Paged, Selection, Views};
use crate::model::{Figure, FigureKind};

/// A column to sort by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum FigureSort {
    /// Corpus order (document, then position).
    #[default]
    Document,
    /// The value as written, alphabetically.
    Written,
    /// The normalised value (then the unit).
    Value,
    /// Unit or currency (then the value).
    Unit,
    /// The year it refers to (figures with no year last), then the value.
    Year,
    /// Money, percentages, quantities.
    Kind,
}

impl FigureSort {
    pub const ALL: [FigureSort; 6] = [
        FigureSort::Document,
        FigureSort::Written,
        FigureSort::Value,
        FigureSort::Unit,
        FigureSort::Year,
        FigureSort::Kind,
    ];

    pub fn name(self) -> &'static str {
        match self {
            FigureSort::Document => "document",
            FigureSort::Written => "written",
            FigureSort::Value => "value",
            FigureSort::Unit => "unit",
            FigureSort::Year => "year",
            FigureSort::Kind => "kind",
        }
    }

    pub fn from_name(name: &str) -> Option<FigureSort> {
        FigureSort::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// Which figures to list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FigureFilter {
    /// Only this kind, or every kind.
    pub kind: Option<FigureKind>,
}

/// One figure as a row.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureRow {
    /// Id into `corpus.figures`.
    pub figure: u32,
    pub doc: u32,
    pub passage: u32,
    pub kind: FigureKind,
    /// Byte range of the figure as written, in the document's text.
    pub written: Range<usize>,
    /// The value with its magnitude applied.
    pub value: f64,
    /// ISO 4217 currency, `%`, or the unit.
    pub unit: Arc<str>,
    pub year: Option<i32>,
    /// Byte range of its sentence in the document's text.
    pub sentence: Range<usize>,
}

/// The money stated for one year in one currency.
#[derive(Debug, Clone, PartialEq)]
pub struct MoneyYear {
    pub year: i32,
    pub currency: Arc<str>,
    pub total: f64,
    pub count: u32,
}

/// The figures of a selection.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureTable {
    pub rows: Paged<FigureRow>,
    /// Figures of the selection by kind: money, percentages, quantities (before the filter).
    pub money: usize,
    pub percentages: usize,
    pub quantities: usize,
    /// Money with a year, by year then currency.
    pub money_by_year: Vec<MoneyYear>,
    /// Money in the selection with no year.
    pub money_without_year: usize,
    /// Whether every figure was in memory (on a sharded site, false while their chunks are
    /// loading: the counts cover those loaded).
    pub complete: bool,
}

/// The corpus's figures sorted by each column, made on first use.
#[derive(Default)]
pub(crate) struct Orders {
    orders: [OnceLock<Vec<u32>>; 6],
}

fn kind_rank(k: FigureKind) -> u8 {
    match k {
        FigureKind::Money => 0,
        FigureKind::Percent => 1,
        FigureKind::Quantity => 2,
    }
}

impl Views<'_> {
    /// The figures' ids sorted by a column. Kept once every figure (and, to sort by the
    /// written form, every figure's text) is in memory; until then (on a sharded site still
    /// loading them) made for the call, and in document order while the figures are missing.
    fn figure_order(&self, sort: FigureSort) -> Cow<'_, [u32]> {
        let i = FigureSort::ALL.iter().position(|&s| s == sort).unwrap_or(0);
        let slot = &self.figure_orders.orders[i];
        if let Some(order) = slot.get() {
            return Cow::Borrowed(order);
        }
        let corpus = self.corpus;
        let all: Vec<u32> = (0..corpus.figure_count() as u32).collect();
        if !corpus.figures_ready() {
            return Cow::Owned(all);
        }
        let ready = sort != FigureSort::Written
            || all
                .iter()
                .all(|&i| corpus.doc_ready(self.doc_of(corpus.figure_passage(i))));
        let order = self.sorted_figures(all, sort);
        if ready {
            Cow::Borrowed(slot.get_or_init(|| order))
        } else {
            Cow::Owned(order)
        }
    }

    /// `order` (every figure, loaded) sorted by a column.
    fn sorted_figures(&self, mut order: Vec<u32>, sort: FigureSort) -> Vec<u32> {
        let corpus = self.corpus;
        // Each figure looked up once (by id: `order` is every id in order).
        let figures: Vec<&Figure> = order.iter().filter_map(|&i| corpus.figure(i)).collect();
        if figures.len() != order.len() {
            return order;
        }
        let f = |i: u32| figures[i as usize];
        let written = |i: u32| {
            let f = f(i);
            corpus
                .doc_text(self.doc_of(f.passage))
                .get(f.span.range())
                .unwrap_or("")
        };
        match sort {
            FigureSort::Document => {}
            FigureSort::Written => {
                let keys: Vec<String> = order
                    .iter()
                    .map(|&i| crate::text::fold(written(i)))
                    .collect();
                crate::sort::sort_by(&mut order, &|&a, &b| {
                    keys[a as usize].cmp(&keys[b as usize]).then(a.cmp(&b))
                });
            }
            FigureSort::Value => crate::sort::sort_by(&mut order, &|&a, &b| {
                (f(a).value.total_cmp(&f(b).value))
                    .then_with(|| f(a).unit.cmp(&f(b).unit))
                    .then(a.cmp(&b))
            }),
            FigureSort::Unit => crate::sort::sort_by(&mut order, &|&a, &b| {
                (f(a).unit.cmp(&f(b).unit))
                    .then_with(|| f(a).value.total_cmp(&f(b).value))
                    .then(a.cmp(&b))
            }),
            FigureSort::Year => crate::sort::sort_by(&mut order, &|&a, &b| {
                let y = |i: u32| f(i).year.map_or((1, 0), |y| (0, y));
                (y(a).cmp(&y(b)))
                    .then_with(|| f(a).value.total_cmp(&f(b).value))
                    .then(a.cmp(&b))
            }),
            FigureSort::Kind => crate::sort::sort_by(&mut order, &|&a, &b| {
                (kind_rank(f(a).kind).cmp(&kind_rank(f(b).kind)))
                    .then_with(|| f(a).unit.cmp(&f(b).unit))
                    .then_with(|| f(a).value.total_cmp(&f(b).value))
                    .then(a.cmp(&b))
            }),
        }
        order
    }

    fn figure_row(&self, i: u32) -> Option<FigureRow> {
        let f = self.corpus.figure(i)?;
        Some(FigureRow {
            figure: i,
            doc: self.doc_of(f.passage),
            passage: f.passage,
            kind: f.kind,
            written: f.span.range(),
            value: f.value,
            unit: f.unit.clone(),
            year: f.year,
            sentence: f.sentence.range(),
        })
    }

    /// The figures of a selection, sorted by `sort` (descending when `descending`), one page.
    pub fn figures(
        &self,
        selection: &Selection,
        filter: FigureFilter,
        sort: FigureSort,
        descending: bool,
        page: Page,
    ) -> FigureTable {
        let corpus = self.corpus;
        let mut table = FigureTable {
            rows: Paged {
                items: Vec::new(),
                total: 0,
                offset: page.offset,
            },
            money: 0,
            percentages: 0,
            quantities: 0,
            money_by_year: Vec::new(),
            money_without_year: 0,
            complete: corpus.figures_ready(),
        };
        // Counts and totals: the selection's figures, passage by passage (or all of them).
        let mut by_year: BTreeMap<(i32, Arc<str>), (f64, u32)> = BTreeMap::new();
        let mut visit = |i: u32| {
            let Some(f) = corpus.figure(i) else { return };
            match f.kind {
                FigureKind::Money => {
                    table.money += 1;
                    match f.year {
                        Some(y) => {
                            let e = by_year.entry((y, f.unit.clone())).or_insert((0.0, 0));
                            e.0 += f.value;
                            e.1 += 1;
                        }
                        None => table.money_without_year += 1,
                    }
                }
                FigureKind::Percent => table.percentages += 1,
                FigureKind::Quantity => table.quantities += 1,
            }
        };
        if selection.everything {
            (0..corpus.figure_count() as u32).for_each(&mut visit);
        } else {
            for p in selection.passages.iter() {
                self.figures_of(p).iter().copied().for_each(&mut visit);
            }
        }
        table.money_by_year = by_year
            .into_iter()
            .map(|((year, currency), (total, count))| MoneyYear {
                year,
                currency,
                total,
                count,
            })
            .collect();
        table.rows.total = match filter.kind {
            None => table.money + table.percentages + table.quantities,
            Some(FigureKind::Money) => table.money,
            Some(FigureKind::Percent) => table.percentages,
            Some(FigureKind::Quantity) => table.quantities,
        };

        // The page: walk the order, skipping what is not selected.
        let wanted = |i: &u32| {
            corpus.figure(*i).is_some_and(|f| {
                filter.kind.is_none_or(|k| k == f.kind) && selection.contains(f.passage)
            })
        };
        let order = self.figure_order(sort);
        let r = page.range(table.rows.total);
        table.rows.offset = r.start;
        // One walk for both directions (a boxed iterator: one copy of the code).
        let walk: Box<dyn Iterator<Item = &u32>> = if descending {
            Box::new(order.iter().rev())
        } else {
            Box::new(order.iter())
        };
        let rows: Vec<FigureRow> = walk
            .filter(|i| wanted(i))
            .skip(r.start)
            .take(r.len())
            .filter_map(|&i| self.figure_row(i))
            .collect();
        table.rows.items = rows;
        table
    }

    /// Every row of a selection's figures in an order, for export (no page).
    pub fn figure_rows(
        &self,
        selection: &Selection,
        filter: FigureFilter,
        sort: FigureSort,
        descending: bool,
    ) -> Vec<FigureRow> {
        self.figures(selection, filter, sort, descending, Page::first(usize::MAX))
            .rows
            .items
    }
}

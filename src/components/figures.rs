//! The figures: money, percentages and quantities stated in the selected passages, as written
//! and normalised, with the year they refer to, the document and the sentence; sortable by each
//! column; and a chart of the money by year.

use corpus::model::FigureKind;
use corpus::views::figures::FigureFilter;
use corpus::views::{FigureSort, Page};
use yew::prelude::*;

use crate::components::chart::{bar_chart, Bar};
use crate::components::downloads::{named, Downloads, Format};
use crate::components::link::link;
use crate::components::views::view_header;
use crate::components::{format_number, plural};
use crate::download;
use crate::explorer::{use_explorer, use_selection, ByPtr};

/// Rows shown at first, and added by each "Show more".
const ROWS: usize = 50;

fn kind_name(kind: FigureKind) -> &'static str {
    match kind {
        FigureKind::Money => "money",
        FigureKind::Percent => "percentage",
        FigureKind::Quantity => "quantity",
    }
}

#[function_component]
pub fn FiguresView() -> Html {
    let explorer = use_explorer();
    let selection = use_selection();
    let corpus = explorer.corpus;
    let sort = use_state(|| (FigureSort::Document, false));
    let kind = use_state(|| None::<FigureKind>);
    let shown = use_state(|| ROWS);
    {
        let shown = shown.clone();
        use_effect_with((selection.clone(), *sort, *kind), move |_| shown.set(ROWS));
    }
    let table = explorer.cache.figures.get(
        (ByPtr(selection.clone()), *sort, *kind, *shown),
        |(s, (sort, desc), kind, limit)| {
            explorer.views.figures(
                &s.0,
                FigureFilter { kind: *kind },
                *sort,
                *desc,
                Page::first(*limit),
            )
        },
    );
    let t = &*table;
    let make = {
        let explorer = explorer.clone();
        let selection = selection.clone();
        let (s, desc) = *sort;
        let kind = *kind;
        Callback::from(move |format: Format| {
            let rows = explorer
                .views
                .figure_rows(&selection, FigureFilter { kind }, s, desc);
            let text = match format {
                Format::Csv => explorer.views.figures_csv(&rows),
                Format::Json => download::json(&explorer.views.figure_exports(&rows)),
            };
            named(&explorer, "figures", text)
        })
    };
    // The chart: money by year in the currency stated most often.
    let mut currencies: Vec<(&str, u32)> = Vec::new();
    for m in &t.money_by_year {
        match currencies.iter_mut().find(|(c, _)| *c == &*m.currency) {
            Some(c) => c.1 += m.count,
            None => currencies.push((&*m.currency, m.count)),
        }
    }
    let main = currencies
        .iter()
        .max_by_key(|c| (c.1, std::cmp::Reverse(c.0)))
        .map(|c| c.0.to_string());
    let bars: Vec<Bar> = t
        .money_by_year
        .iter()
        .filter(|m| Some(&*m.currency) == main.as_deref())
        .map(|m| Bar {
            label: m.year.to_string(),
            value: m.total,
            stacked: 0.0,
            description: format!(
                "{}: {} {} in {}",
                m.year,
                m.currency,
                format_number(m.total),
                plural(m.count as usize, "figure", "figures")
            ),
            to: None,
            selected: false,
        })
        .collect();
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            kind.set(match v.as_str() {
                "money" => Some(FigureKind::Money),
                "percentage" => Some(FigureKind::Percent),
                "quantity" => Some(FigureKind::Quantity),
                _ => None,
            });
        })
    };
    let more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + ROWS))
    };
    let header = |label: &str, column: FigureSort, num: bool| {
        let (current, desc) = *sort;
        let active = current == column;
        let aria = if active {
            Some(if desc { "descending" } else { "ascending" })
        } else {
            None
        };
        let onclick = {
            let sort = sort.clone();
            Callback::from(move |_| {
                let (c, d) = *sort;
                sort.set((column, if c == column { !d } else { false }));
            })
        };
        html! {
            <th scope="col" aria-sort={aria} class={classes!(num.then_some("num"))}>
                <button type="button" class="sort-button" {onclick}>
                    { label.to_string() }
                    <span aria-hidden="true">{ if active { if desc { " ▼" } else { " ▲" } } else { "" } }</span>
                </button>
            </th>
        }
    };
    let total = t.money + t.percentages + t.quantities;
    let scope = format!(
        "{} · {} ({} money, {} percentages, {} quantities)",
        selection.describe(),
        plural(total, "figure", "figures"),
        t.money,
        t.percentages,
        t.quantities
    );
    html! {
        <section class="figures-view">
            { view_header(&explorer, "Figures", Some(scope), html! {
                // A download is of every figure: offered once they are all in.
                if t.complete { <Downloads what="the figures" {make} /> }
            }) }
            if !t.complete {
                <p class="notice loading" role="status" aria-busy="true">{ "Loading the figures… The counts and the table cover those loaded so far." }</p>
            }
            if total == 0 {
                if t.complete {
                    <p class="notice empty">{ "The selected passages state no amount of money, percentage or quantity." }</p>
                }
            } else {
                if let Some(currency) = &main {
                    { bar_chart(&explorer, &format!("Money by year, in {currency}"), &bars, &format!("total {currency} stated for the year"), None) }
                    if currencies.len() > 1 || t.money_without_year > 0 {
                        <p class="note">
                            if currencies.len() > 1 { { format!("Also stated in {}. ", currencies.iter().map(|c| c.0).filter(|c| Some(*c) != main.as_deref()).collect::<Vec<_>>().join(", ")) } }
                            if t.money_without_year > 0 { { format!("{} with no year.", plural(t.money_without_year, "amount", "amounts")) } }
                        </p>
                    }
                }
                <div class="bar">
                    <label class="sort">
                        { "Show " }
                        <select onchange={on_kind}>
                            <option value="all" selected={kind.is_none()}>{ "every kind" }</option>
                            <option value="money" selected={*kind == Some(FigureKind::Money)}>{ "money" }</option>
                            <option value="percentage" selected={*kind == Some(FigureKind::Percent)}>{ "percentages" }</option>
                            <option value="quantity" selected={*kind == Some(FigureKind::Quantity)}>{ "quantities" }</option>
                        </select>
                    </label>
                </div>
                <div class="table-scroll">
                    <table class="data figures">
                        <caption class="visually-hidden">{ "Figures; the column buttons sort the table" }</caption>
                        <thead><tr>
                            { header("As written", FigureSort::Written, false) }
                            { header("Value", FigureSort::Value, true) }
                            { header("Unit", FigureSort::Unit, false) }
                            { header("Year", FigureSort::Year, true) }
                            { header("Kind", FigureSort::Kind, false) }
                            { header("Document", FigureSort::Document, false) }
                            <th scope="col">{ "Sentence" }</th>
                        </tr></thead>
                        <tbody>
                            { for t.rows.items.iter().map(|r| {
                                let doc = &corpus.docs[r.doc as usize];
                                let text = corpus.doc_text(r.doc);
                                html! {
                                    <tr>
                                        <td>{ link(&explorer, explorer.passage_action(r.passage), classes!(), html! { <>{ text.get(r.written.clone()).unwrap_or("") }</> }) }</td>
                                        <td class="num">{ format_number(r.value) }</td>
                                        <td>{ r.unit.to_string() }</td>
                                        <td class="num">{ r.year.map(|y| y.to_string()).unwrap_or_default() }</td>
                                        <td>{ kind_name(r.kind) }</td>
                                        <td>{ &doc.title }</td>
                                        <td class="sentence">{ text.get(r.sentence.clone()).unwrap_or("") }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                if t.rows.total > t.rows.items.len() {
                    <button class="more" onclick={more}>{ format!("Show more ({} of {})", t.rows.items.len(), t.rows.total) }</button>
                }
            }
        </section>
    }
}

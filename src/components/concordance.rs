//! The concordance: every occurrence of the query's words or phrase as a line aligned on the
//! keyword, ordered by the corpus or by the words before or after it, each opening the reader;
//! and the words found near it: the most frequent, and the most strongly associated
//! (log-likelihood against the rest of the corpus).

use std::rc::Rc;

use corpus::views::{Collocate, ConcordanceOptions, ContextSort};
use yew::prelude::*;

use crate::components::downloads::{named, Downloads, Format};
use crate::components::kwic::kwic_lines;
use crate::components::plural;
use crate::components::views::view_header;
use crate::download;
use crate::explorer::{use_explorer, use_selection};
use crate::state::LineOrder;

/// Lines shown at first, and added by each "Show more".
const LINES: usize = 100;
/// Rows of each collocate table.
const COLLOCATES: usize = 25;

fn context_sort(order: LineOrder) -> ContextSort {
    match order {
        LineOrder::Corpus => ContextSort::Corpus,
        LineOrder::Left => ContextSort::Left,
        LineOrder::Right => ContextSort::Right,
        LineOrder::Keyword => ContextSort::Keyword,
    }
}

#[function_component]
pub fn ConcordanceView() -> Html {
    let explorer = use_explorer();
    let selection = use_selection();
    let order = explorer.state.order;
    let concordance = {
        let views = explorer.views.clone();
        use_memo((selection.clone(), order), move |(s, order)| {
            let options = ConcordanceOptions {
                sort: context_sort(*order),
                ..ConcordanceOptions::default()
            };
            Rc::new(views.concordance(s, &options))
        })
    };
    let shown = use_state(|| LINES);
    {
        let shown = shown.clone();
        use_effect_with((selection.clone(), order), move |_| shown.set(LINES));
    }
    let c = &**concordance;
    let make = {
        let explorer = explorer.clone();
        let c = (*concordance).clone();
        Callback::from(move |format: Format| {
            let text = match format {
                Format::Csv => explorer.views.concordance_csv(&c),
                Format::Json => download::json(&explorer.views.concordance_rows(&c)),
            };
            named(&explorer, "concordance", text)
        })
    };
    let on_order = {
        let explorer = explorer.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            explorer.set_order(LineOrder::from_key(&value).unwrap_or_default());
        })
    };
    let more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + LINES))
    };

    if !c.has_keyword {
        return html! {
            <section class="concordance-view">
                { view_header(&explorer, "Concordance", Some(selection.describe()), html! {}) }
                <div class="notice empty">
                    <h2>{ "Type a word or a phrase" }</h2>
                    <p>{ "The concordance lists every occurrence of the query's words in their context: type in the search box, for example " }<code>{ "SCO" }</code>{ " or " }<code>{ "\"energy security\"" }</code>{ "." }</p>
                </div>
            </section>
        };
    }
    let total = if c.total_exact {
        plural(c.total, "occurrence", "occurrences")
    } else {
        format!("at least {}", plural(c.total, "occurrence", "occurrences"))
    };
    let scope = format!(
        "{} · {total} in {}",
        selection.describe(),
        plural(c.passages, "passage", "passages")
    );
    html! {
        <section class="concordance-view" data-order={order.key()}>
            { view_header(&explorer, "Concordance", Some(scope), html! {
                <Downloads what="the concordance" {make} />
            }) }
            if c.lines.is_empty() {
                <p class="notice empty">{ "The query's words do not occur in the selected passages." }</p>
            } else {
                <div class="bar">
                    <label class="sort">
                        { "Order lines by " }
                        <select onchange={on_order}>
                            { for [(LineOrder::Corpus, "corpus order"), (LineOrder::Left, "words before"), (LineOrder::Right, "words after"), (LineOrder::Keyword, "the keyword")]
                                .into_iter()
                                .map(|(o, label)| html! { <option value={o.key()} selected={order == o}>{ label }</option> }) }
                        </select>
                    </label>
                    if !c.forms.is_empty() {
                        <p class="note forms">{ "Forms: " }{ c.forms.iter().take(8).map(|(f, n)| format!("{f} ({n})")).collect::<Vec<_>>().join(", ") }</p>
                    }
                </div>
                { kwic_lines(&explorer, &c.lines[..c.lines.len().min(*shown)], "Concordance lines") }
                if c.lines.len() > *shown {
                    <button class="more" onclick={more}>{ format!("Show more lines ({} of {})", *shown, c.lines.len()) }</button>
                }
                if !c.is_complete() {
                    <p class="note">{ format!("The first {} lines are listed; narrow the query or filters to see the rest.", c.lines.len()) }</p>
                }
                <div class="collocates">
                    { collocate_table("Most frequent neighbours", &c.frequent[..c.frequent.len().min(COLLOCATES)]) }
                    { collocate_table("Most strongly associated neighbours", &c.collocates[..c.collocates.len().min(COLLOCATES)]) }
                </div>
            }
        </section>
    }
}

/// Neighbouring words with their counts and association.
fn collocate_table(title: &str, rows: &[Collocate]) -> Html {
    html! {
        <section class="collocate-table">
            <h2>{ title }</h2>
            if rows.is_empty() {
                <p class="note">{ "None within five words." }</p>
            } else {
                <table class="data compact">
                    <caption class="visually-hidden">{ format!("{title}, within five words") }</caption>
                    <thead><tr>
                        <th scope="col">{ "Word" }</th><th scope="col" class="num">{ "Near" }</th>
                        <th scope="col" class="num">{ "Left" }</th><th scope="col" class="num">{ "Right" }</th>
                        <th scope="col" class="num"><abbr title="log-likelihood (G²): 3.84 is p < 0.05, 10.83 is p < 0.001">{ "G²" }</abbr></th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|c| html! {
                            <tr>
                                <th scope="row">{ &c.text }</th><td class="num">{ c.count }</td>
                                <td class="num">{ c.left }</td><td class="num">{ c.right }</td>
                                <td class="num">{ format!("{:.1}", c.log_likelihood) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}

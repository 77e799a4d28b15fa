//! The ranked hits of a search, with the sort order and what the search made of the query.
//!
//! The list is windowed (`window.rs`): the cards down to about the bottom of the screen are
//! drawn whole, the rest light (their title links, in boxes of about a card's height).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::downloads::result_downloads;
use crate::components::hit::HitCard;
use crate::components::search_view::Outcome;
use crate::components::{fixed, plural};
use crate::explorer::use_explorer;
use crate::state::{sort_from_key, sort_key, Field, Sort};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub outcome: Rc<Outcome>,
    pub on_more: Callback<()>,
    /// How many cards from the top are drawn whole (the search view's window over the list,
    /// every card when keyboard focus is in the results or the filters); the search asked
    /// highlights and snippets for those.
    pub whole: usize,
    /// The list element, which the window watches.
    pub list: NodeRef,
}

/// The height a card is taken to have when the first window is chosen (at least: most are
/// higher, and the list starts below the search box); the stylesheet gives a light card this
/// height (`.hit.light article`).
pub const CARD_PX: f64 = 200.0;

#[function_component]
pub fn Results(props: &ResultsProps) -> Html {
    let explorer = use_explorer();
    let state = &*explorer.state;
    let response = &props.outcome.response;
    let query = state.query.clone();

    let whole = props.whole;
    let list = props.list.clone();

    let chips = html! {
        if !state.filters.is_empty() {
            <ul class="chips" aria-label="Selected filters">
                { for state.filters.iter().map(|(field, value)| {
                    let remove = {
                        let explorer = explorer.clone();
                        let (field, value) = (*field, value.clone());
                        Callback::from(move |_| explorer.toggle_filter(field, value.clone()))
                    };
                    let label = filter_label(&explorer, *field, value);
                    html! {
                        <li>
                            <button class="chip" onclick={remove} aria-label={format!("Remove filter {}: {label}", field.name())}>
                                <span class="field">{ field.name() }{ ":" }</span>{ label }<span aria-hidden="true">{ " ×" }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        }
    };

    let loading = explorer.chunks.loading();
    if response.total == 0 && loading {
        return html! {
            <section class="results" aria-label="Search results" data-query={query.clone()} aria-busy="true">
                { chips }
                <p class="status" role="status" aria-live="polite">{ "Searching: loading the part of the index this query needs…" }</p>
            </section>
        };
    }
    if response.total == 0 {
        return html! {
            <section class="results" aria-label="Search results" data-query={query.clone()}>
                { chips }
                <div class="notice empty" aria-live="polite">
                    <h2>
                        if query.trim().is_empty() { { "Nothing has all the selected filters" } }
                        else { { format!("Nothing matches “{}”", query.trim()) } }
                    </h2>
                    if !response.unknown.is_empty() {
                        <p>{ format!("Not in the corpus: {}.", response.unknown.join(", ")) }</p>
                    }
                    <p>{ "Check the spelling, use fewer words or filters, or try a word's beginning followed by *." }</p>
                </div>
            </section>
        };
    }

    let on_sort = {
        let explorer = explorer.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            explorer.set_sort(sort_from_key(&value).unwrap_or_default());
        })
    };
    let more = {
        let on_more = props.on_more.clone();
        Callback::from(move |_| on_more.emit(()))
    };
    let listed = response.total + response.partial_total;
    let mut status = plural(response.total, "passage", "passages");
    if response.approximate {
        status = format!("at least {status}");
    }
    let status = if loading {
        format!("{status} so far (estimated: still loading)")
    } else {
        format!("{status} · {} ms", fixed(props.outcome.millis, 1))
    };
    html! {
        <section class="results" aria-label="Search results" data-query={query.clone()} aria-busy={loading.to_string()}>
            { chips }
            <div class="results-bar">
                <p class="status" role="status" aria-live="polite">{ status }</p>
                { result_downloads(&explorer) }
                <label class="sort">
                    { "Order " }
                    <select onchange={on_sort}>
                        { for [(Sort::Relevance, "best match"), (Sort::Newest, "newest first"), (Sort::Oldest, "oldest first"), (Sort::Document, "document order")]
                            .into_iter()
                            .map(|(s, label)| html! {
                                <option value={sort_key(s)} selected={state.sort == s}>{ label }</option>
                            }) }
                    </select>
                </label>
            </div>
            if !response.matched_all {
                <p class="notice partial">{ "No passage has every word; these are the best partial matches." }</p>
            } else if response.partial_total > 0 {
                <p class="note">{ format!("After them, {} with only some of the words.", plural(response.partial_total, "passage", "passages")) }</p>
            }
            if !response.unknown.is_empty() && response.matched_all {
                <p class="note">{ format!("Not in the corpus: {}.", response.unknown.join(", ")) }</p>
            }
            <ol class="hits" ref={list}>
                // Unkeyed: a new search patches the cards in place rather than rebuilding them.
                { for response.hits.iter().enumerate().map(|(i, hit)| html! {
                    <HitCard hit={hit.clone()} index={i} full={i < whole} />
                }) }
            </ol>
            if listed > response.hits.len() {
                <button class="more" onclick={more}>
                    { format!("Show more ({} of {listed})", response.hits.len()) }
                </button>
            }
        </section>
    }
}

/// How a selected filter value reads: a document's title rather than its file name.
fn filter_label(explorer: &crate::explorer::Explorer, field: Field, value: &str) -> String {
    if field == Field::Doc {
        if let Some(doc) = explorer.corpus.docs.iter().find(|d| d.id == value) {
            return doc.title.clone();
        }
    }
    value.to_string()
}

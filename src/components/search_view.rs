//! A search: the engine runs once per state change; facets and results show its response.

use std::rc::Rc;

use corpus::query::SearchResponse;
use yew::prelude::*;

use crate::components::facets::Facets;
use crate::components::query_problems::QueryProblems;
use crate::components::results::Results;
use crate::explorer::use_explorer;

/// Hits shown at first, and added by each "Show more".
pub const PAGE: usize = 20;

/// Milliseconds since the page started, for timing searches.
fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// A search outcome and how long the engine took.
#[derive(PartialEq)]
pub struct Outcome {
    pub response: SearchResponse,
    pub millis: f64,
}

#[function_component]
pub fn SearchView() -> Html {
    let explorer = use_explorer();
    let state = (*explorer.state).clone();
    let limit = use_state(|| PAGE);
    {
        // A new search starts again at the first page.
        let limit = limit.clone();
        let key = (state.query.clone(), state.filters.clone(), state.sort);
        use_effect_with(key, move |_| limit.set(PAGE));
    }
    let outcome = {
        let engine = explorer.engine.clone();
        let request = state.request(*limit);
        use_memo((request, explorer.chunks.loaded), move |(request, _)| {
            let start = now();
            let response = engine.search(request);
            Rc::new(Outcome {
                response,
                millis: now() - start,
            })
        })
    };
    let outcome: Rc<Outcome> = (*outcome).clone();
    let more = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set(*limit + PAGE))
    };
    // Keyboard focus in the results or the filters (not the search box, which is outside)
    // draws every card and facet, until the query changes: Tab and Shift+Tab then meet every
    // control, in order. Typing draws what is on screen (see `window.rs`).
    let focused_for = use_state(|| None::<String>);
    let all = focused_for.as_deref() == Some(state.query.as_str());
    let on_focus = {
        let focused_for = focused_for.clone();
        let query = state.query.clone();
        Callback::from(move |_: FocusEvent| {
            if focused_for.as_deref() != Some(query.as_str()) {
                focused_for.set(Some(query.clone()));
            }
        })
    };
    // Opening the filters (on a narrow screen) draws them all before they show.
    let on_open = {
        let focused_for = focused_for.clone();
        let query = state.query.clone();
        Callback::from(move |_: MouseEvent| focused_for.set(Some(query.clone())))
    };
    let selected = state.filters.len();
    // Filters start open beside the results on wide screens, folded above them on narrow ones.
    let wide = use_state(|| {
        web_sys::window()
            .and_then(|w| w.match_media("(min-width: 901px)").ok().flatten())
            .is_some_and(|m| m.matches())
    });
    // Folded filters (a narrow screen) draw no facet until they are opened.
    let details = use_node_ref();
    let folded = details
        .cast::<web_sys::Element>()
        .map_or(!*wide, |d| !d.has_attribute("open"));
    html! {
        <div class="search-layout" onfocusin={on_focus}>
            <h1 class="visually-hidden">{ "Search results" }</h1>
            <aside class="facets-column" aria-label="Filters">
                <details class="facets-toggle" open={*wide} ref={details}>
                    <summary onclick={on_open}>
                        { "Filters" }
                        if selected > 0 { <span class="badge">{ selected }</span> }
                    </summary>
                    <Facets facets={Rc::new(outcome.response.facets.clone())} {all} {folded} />
                </details>
            </aside>
            <div class="results-column">
                <QueryProblems query={state.query.clone()} errors={Rc::new(outcome.response.errors.clone())} />
                <Results outcome={outcome.clone()} on_more={more} {all} />
            </div>
        </div>
    }
}

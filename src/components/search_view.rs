//! A search: the engine runs once per state change; facets and results show its response.

use std::rc::Rc;

use corpus::query::{Facet, SearchResponse};
use yew::prelude::*;

use crate::components::facets::Facets;
use crate::components::query_problems::QueryProblems;
use crate::components::results::{Results, CARD_PX};
use crate::components::window::{screenful, use_window, window_key, WindowKey};
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
pub struct Outcome {
    pub response: SearchResponse,
    /// The response's facets (taken out of it), shared with the facet list, which compares them
    /// by pointer first.
    pub facets: Rc<Vec<Facet>>,
    pub millis: f64,
}

/// An outcome is made once per search (the view memoises it): two are the same when they are
/// one, which spares the results a deep comparison of every hit on each render.
impl PartialEq for Outcome {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Hits whose snippets a search asks for at a time (see [`snippets_for`]).
pub const SNIPPET_STEP: usize = 10;

/// How many hits get their snippets when the first `whole` are drawn whole: `whole` rounded up
/// to a step.
pub fn snippets_for(whole: usize) -> usize {
    whole
        .max(1)
        .div_ceil(SNIPPET_STEP)
        .saturating_mul(SNIPPET_STEP)
}

/// How many hits a search lists: a page for each new search (its query, filters and order), a
/// page more for each "Show more". Worked out as the view draws: an effect setting the limit
/// back after a new search drew the whole view a second time.
#[derive(Debug)]
pub struct Paging {
    key: WindowKey,
    limit: usize,
}

impl Paging {
    pub fn new(key: WindowKey) -> Self {
        Paging { key, limit: PAGE }
    }

    /// The limit for the search `key`: the first page again when it is another search.
    pub fn limit_for(&mut self, key: WindowKey) -> usize {
        if self.key != key {
            *self = Paging::new(key);
        }
        self.limit
    }

    /// One page more of the current search.
    pub fn more(&mut self) {
        self.limit += PAGE;
    }
}

#[function_component]
pub fn SearchView() -> Html {
    let explorer = use_explorer();
    let state = (*explorer.state).clone();
    let key = window_key(&state);
    let paging = use_mut_ref(|| Paging::new(key.clone()));
    let redraw = use_force_update();
    let limit = paging.borrow_mut().limit_for(key.clone());
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
    // How many cards are drawn whole: a screenful at first for each new search, more as the
    // list is scrolled (see `window.rs`). The search works out highlights and snippets (on a
    // sharded site, fetches texts) for those only, by steps of SNIPPET_STEP hits, so that the
    // window's first growth (once the page is laid out) does not search again.
    let first = *use_memo((), |_| screenful(CARD_PX, 3) - 1);
    let (window, list) = use_window(key, first);
    let whole = if all { usize::MAX } else { window };
    let snippets = snippets_for(whole);
    let outcome = {
        let engine = explorer.engine.clone();
        let request = state.request(limit).snippets(snippets);
        use_memo((request, explorer.chunks.loaded), move |(request, _)| {
            let start = now();
            let mut response = engine.search(request);
            let facets = Rc::new(std::mem::take(&mut response.facets));
            Rc::new(Outcome {
                response,
                facets,
                millis: now() - start,
            })
        })
    };
    let outcome: Rc<Outcome> = (*outcome).clone();
    // One callback for the view's life, so that the results' props compare equal when nothing
    // else changed.
    let more = use_memo((), move |_| {
        Callback::from(move |_| {
            paging.borrow_mut().more();
            redraw.force_update();
        })
    });
    let more: Callback<()> = (*more).clone();
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
                    <Facets facets={outcome.facets.clone()} {all} {folded} />
                </details>
            </aside>
            <div class="results-column">
                <QueryProblems query={state.query.clone()} errors={Rc::new(outcome.response.errors.clone())} />
                <Results outcome={outcome.clone()} on_more={more} {whole} {list} />
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::{snippets_for, Paging, PAGE, SNIPPET_STEP};
    use crate::state::{Field, Sort};

    fn key(query: &str) -> crate::components::window::WindowKey {
        (query.to_string(), Vec::new(), Sort::Relevance)
    }

    #[test]
    fn show_more_adds_a_page_to_the_same_search() {
        let mut paging = Paging::new(key("trade"));
        assert_eq!(paging.limit_for(key("trade")), PAGE);
        paging.more();
        paging.more();
        assert_eq!(paging.limit_for(key("trade")), 3 * PAGE);
        assert_eq!(paging.limit_for(key("trade")), 3 * PAGE);
    }

    #[test]
    fn another_query_filter_or_order_starts_at_the_first_page() {
        let mut paging = Paging::new(key("trade"));
        paging.more();
        assert_eq!(paging.limit_for(key("trade status")), PAGE);
        paging.more();
        let filtered = (
            "trade status".to_string(),
            vec![(Field::Person, "A".to_string())],
            Sort::Relevance,
        );
        assert_eq!(paging.limit_for(filtered), PAGE);
        paging.more();
        assert_eq!(
            paging.limit_for(("trade status".to_string(), Vec::new(), Sort::Newest)),
            PAGE
        );
    }

    #[test]
    fn snippets_are_asked_for_the_whole_cards_by_steps() {
        assert_eq!(snippets_for(0), SNIPPET_STEP);
        assert_eq!(snippets_for(3), SNIPPET_STEP);
        assert_eq!(snippets_for(SNIPPET_STEP), SNIPPET_STEP);
        assert_eq!(snippets_for(SNIPPET_STEP + 1), 2 * SNIPPET_STEP);
        // Every card whole: every snippet.
        assert_eq!(snippets_for(usize::MAX), usize::MAX);
    }
}

//! Facets beside the results: each value with the number of passages a click would give.
//! Values of one facet combine with OR, facets with AND. Windowed (`window.rs`): the facets
//! below the screen, or in the folded filters of a narrow screen, are drawn as their headings
//! until they come near it.

use std::rc::Rc;

use corpus::query::Facet;
use yew::prelude::*;

use crate::components::link::link;
use crate::components::window::{screenful, use_window, window_key};
use crate::explorer::use_explorer;
use crate::state::{EntityKind, Field};

#[derive(Properties, PartialEq)]
pub struct FacetsProps {
    pub facets: Rc<Vec<Facet>>,
    /// Every facet whole (keyboard focus is in the results or the filters).
    pub all: bool,
    /// The filters are folded away (a narrow screen): none is drawn whole at first.
    pub folded: bool,
}

/// The height a facet is taken to have when the first window is chosen (at least: most are
/// higher); the stylesheet gives a light facet this height (`.facet.light`).
const FACET_PX: f64 = 240.0;

#[function_component]
pub fn Facets(props: &FacetsProps) -> Html {
    let explorer = use_explorer();
    let state = &explorer.state;
    let screen = *use_memo((), |_| screenful(FACET_PX, 2) - 1);
    let first = if props.folded { 0 } else { screen };
    let (window, list) = use_window(window_key(state), first);
    let whole = if props.all { usize::MAX } else { window };
    let shown: Vec<&Facet> = props
        .facets
        .iter()
        .filter(|f| !f.values.is_empty())
        .collect();
    let any_selected = !explorer.state.filters.is_empty();
    if shown.is_empty() {
        return html! { <p class="facets-empty">{ "No filters apply to these results." }</p> };
    }
    let clear = {
        let explorer = explorer.clone();
        Callback::from(move |_| explorer.clear_filters())
    };
    html! {
        <div class="facets" ref={list}>
            if explorer.chunks.loading() {
                <p class="note" role="status">{ "Counts so far (estimated: still loading)." }</p>
            }
            if any_selected {
                <button class="clear-filters" onclick={clear}>{ "Clear all filters" }</button>
            }
            { for shown.into_iter().enumerate().map(|(i, facet)| {
                let Some(field) = Field::from_name(facet.key) else { return html! {} };
                let heading_id = format!("facet-{}", facet.key);
                if i >= whole {
                    return html! {
                        <section class="facet light" aria-labelledby={heading_id.clone()} data-index={i.to_string()}>
                            <h2 id={heading_id}>{ facet.label }</h2>
                        </section>
                    };
                }
                let kind = match field {
                    Field::Person => Some(EntityKind::Person),
                    Field::Org => Some(EntityKind::Organization),
                    Field::Place => Some(EntityKind::Place),
                    _ => None,
                };
                html! {
                    <section class="facet" aria-labelledby={heading_id.clone()}>
                        <h2 id={heading_id}>{ facet.label }</h2>
                        <ul>
                            { for facet.values.iter().map(|value| {
                                let toggle = {
                                    let explorer = explorer.clone();
                                    let id = value.id.clone();
                                    Callback::from(move |_: Event| explorer.toggle_filter(field, id.clone()))
                                };
                                let empty = value.count == 0 && !value.selected;
                                html! {
                                    <li class={classes!(empty.then_some("zero"))}>
                                        <label>
                                            <input type="checkbox" checked={value.selected} onchange={toggle} />
                                            if let Some(kind) = kind {
                                                <span class="value">{ link(&explorer, explorer.entity_ref_action(kind, &value.id), classes!("entity", kind.name()), html! { <>{ &value.label }</> }) }</span>
                                            } else {
                                                <span class="value" title={value.id.clone()}>{ &value.label }</span>
                                            }
                                            <span class="count">{ value.count }</span>
                                            // A word that never changes, where a label made for each count
                                            // was an attribute to set again on every search.
                                            <span class="visually-hidden">{ " passages" }</span>
                                        </label>
                                    </li>
                                }
                            }) }
                        </ul>
                    </section>
                }
            }) }
        </div>
    }
}

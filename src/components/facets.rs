//! Facets beside the results: each value with the number of passages a click would give.
//! Values of one facet combine with OR, facets with AND.

use std::rc::Rc;

use corpus::query::Facet;
use yew::prelude::*;

use crate::components::link::link;
use crate::explorer::use_explorer;
use crate::state::{EntityKind, Field};

#[derive(Properties, PartialEq)]
pub struct FacetsProps {
    pub facets: Rc<Vec<Facet>>,
}

#[function_component]
pub fn Facets(props: &FacetsProps) -> Html {
    let explorer = use_explorer();
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
        <div class="facets">
            if explorer.chunks.loading() {
                <p class="note" role="status">{ "Counts so far (estimated: still loading)." }</p>
            }
            if any_selected {
                <button class="clear-filters" onclick={clear}>{ "Clear all filters" }</button>
            }
            { for shown.into_iter().map(|facet| {
                let Some(field) = Field::from_name(facet.key) else { return html! {} };
                let heading_id = format!("facet-{}", facet.key);
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
                                            <span class="count" aria-label={format!("{} passages", value.count)}>{ value.count }</span>
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

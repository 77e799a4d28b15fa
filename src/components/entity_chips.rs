//! The people, organisations and places of a passage as chips: the name opens the entity's
//! page, the button beside it filters the results by it.

use yew::prelude::*;

use crate::components::link::EntityLink;
use crate::explorer::Explorer;
use crate::state::{kind_label, EntityKind, Field};

/// Chips shown per passage, at most.
const MAX_CHIPS: usize = 10;

/// The facet field of an entity kind.
pub fn kind_field(kind: EntityKind) -> Field {
    match kind {
        EntityKind::Person => Field::Person,
        EntityKind::Organization => Field::Org,
        EntityKind::Place => Field::Place,
    }
}

/// The names of a passage (corpus index) as chips.
pub fn entity_chips(explorer: &Explorer, passage: u32) -> Html {
    let corpus = explorer.corpus;
    // Mentions are sorted by passage: this passage's are one run.
    let start = corpus.mentions.partition_point(|m| m.passage < passage);
    let mut entities: Vec<u32> = Vec::new();
    for m in corpus.mentions[start..]
        .iter()
        .take_while(|m| m.passage == passage)
    {
        if !entities.contains(&m.entity) {
            entities.push(m.entity);
        }
    }
    if entities.is_empty() {
        return html! {};
    }
    let more = entities.len().saturating_sub(MAX_CHIPS);
    entities.truncate(MAX_CHIPS);
    html! {
        <ul class="entity-chips" aria-label="Names in this passage">
            { for entities.into_iter().map(|id| entity_chip(explorer, id, None)) }
            if more > 0 { <li class="chip more-chips">{ format!("+{more} more") }</li> }
        </ul>
    }
}

/// One chip, in a list: the name links to the entity's page (index into `corpus.entities`), the
/// button filters by it; `count` (mentions) is shown after the name.
pub fn entity_chip(explorer: &Explorer, entity: u32, count: Option<u32>) -> Html {
    let Some(e) = explorer.corpus.entities.get(entity as usize) else {
        return html! {};
    };
    let field = kind_field(e.kind);
    let selected = explorer
        .state
        .filters
        .iter()
        .any(|(f, v)| *f == field && *v == e.name);
    let toggle = {
        let explorer = explorer.clone();
        let name = e.name.clone();
        Callback::from(move |_| explorer.toggle_filter(field, name.clone()))
    };
    // A toggle: the name stays, `aria-pressed` says whether the filter is on.
    let label = format!("Filter by {} {}", kind_label(e.kind), e.name);
    html! {
        <li class={classes!("chip", e.kind.name())}>
            <EntityLink {entity} />
            if let Some(n) = count {
                <span class="count" title={format!("{n} mentions")}>{ n }</span>
            }
            <button type="button" class="chip-filter" aria-label={label} aria-pressed={selected.to_string()}
                onclick={toggle}>{ if selected { "−" } else { "+" } }</button>
        </li>
    }
}

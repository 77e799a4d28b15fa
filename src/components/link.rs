//! In-app links: a real `href` (the URL of the state the action leads to, so that it opens in
//! a new tab and can be copied) whose plain click dispatches the action instead. Plain functions
//! rather than components: a view lists hundreds of them, and a component each (with its own
//! subscription to the explorer's context) made every render of a long list several times
//! slower.

use yew::prelude::*;

use crate::components::in_app;
use crate::explorer::Explorer;
use crate::state::Action;

/// A link to the state `to` leads to, showing `children`.
pub fn link(explorer: &Explorer, to: Action, class: Classes, children: Html) -> Html {
    link_with(explorer, to, class, None, false, children)
}

/// A link with an accessible name of its own (`label`) and `aria-current="page"` when `current`.
pub fn link_with(
    explorer: &Explorer,
    to: Action,
    class: Classes,
    label: Option<AttrValue>,
    current: bool,
    children: Html,
) -> Html {
    let href = explorer.href(&to);
    let onclick = {
        let explorer = explorer.clone();
        in_app(move || explorer.dispatch(to.clone()))
    };
    html! {
        <a {class} {href} {onclick} aria-label={label} aria-current={current.then_some("page")}>
            { children }
        </a>
    }
}

/// A link to an entity's page (index into `corpus.entities`), marked by its kind, showing its
/// name or `children` (a mention as written, with its marks).
pub fn entity_link(explorer: &Explorer, entity: u32, children: Option<Html>) -> Html {
    let Some(e) = explorer.corpus.entities.get(entity as usize) else {
        return html! {};
    };
    let to = explorer.entity_action(entity);
    let text = children.unwrap_or_else(|| html! { { e.name.as_str() } });
    link(explorer, to, classes!("entity", e.kind.name()), text)
}
